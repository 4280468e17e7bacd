//! Reading one toolkit file as text: unreadable files, invalid UTF-8, byte-order marks and
//! empty files become diagnostics here, so the parsers only ever see clean text.

use crate::diagnostics::{Diagnostic, Loc};
use serde_saphyr::Spanned;
use std::path::Path;
use std::sync::Arc;

/// Where a piece of parsed text came from: the file, and how many lines precede the parsed
/// part (front matter starts on line 2 of a page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRef {
    pub path: Arc<str>,
    pub line_offset: u32,
}

impl FileRef {
    pub fn new(path: &str) -> FileRef {
        FileRef {
            path: Arc::from(path),
            line_offset: 0,
        }
    }

    pub fn with_offset(&self, line_offset: u32) -> FileRef {
        FileRef {
            path: Arc::clone(&self.path),
            line_offset,
        }
    }

    /// The location of a spanned YAML value in the file.
    pub fn loc<T>(&self, value: &Spanned<T>) -> Loc {
        let at = value.referenced;
        if at.line() == 0 {
            return self.start();
        }
        Loc::new(
            &self.path,
            clamp(at.line()) + self.line_offset,
            clamp(at.column()),
        )
    }

    /// A line and column inside the parsed part.
    pub fn at(&self, line: u32, column: u32) -> Loc {
        Loc::new(&self.path, line + self.line_offset, column)
    }

    pub fn start(&self) -> Loc {
        Loc::file(&self.path)
    }
}

fn clamp(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Reads a whole file as UTF-8 text without a byte-order mark. `rel` is the path shown to users.
/// Files over [`super::safe::TEXT_LIMIT`], pipes and devices are refused.
pub fn read_text(abs: &Path, rel: &FileRef) -> Result<String, Diagnostic> {
    let bytes = super::safe::read_bounded(abs, rel.start())?;
    text_from_bytes(bytes, rel)
}

pub fn text_from_bytes(bytes: Vec<u8>, rel: &FileRef) -> Result<String, Diagnostic> {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() as u32 + 1;
            return Err(Diagnostic::error(
                Loc::new(&rel.path, line, column),
                "this file is not valid UTF-8 text",
            )
            .with_hint("save it with the UTF-8 encoding (most editors offer it under \"Save with encoding\")"));
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    if text.trim().is_empty() {
        return Err(Diagnostic::error(rel.start(), "this file is empty"));
    }
    Ok(text)
}

/// A short, stable reason for an I/O error (no OS error numbers in user-facing text).
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "it does not exist".to_string(),
        PermissionDenied => "permission denied".to_string(),
        IsADirectory => "it is a folder".to_string(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

/// Maps byte offsets in a text to 1-based line and column (columns count characters).
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    pub fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line as u32 + 1, column as u32 + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_points_at_the_bad_byte() {
        let rel = FileRef::new("content/a.md");
        let err = text_from_bytes(b"---\ntitle: caf\xe9\n".to_vec(), &rel).unwrap_err();
        assert_eq!((err.loc.line, err.loc.column), (2, 11));
        assert_eq!(err.message, "this file is not valid UTF-8 text");
    }

    #[test]
    fn empty_and_blank_files_are_errors() {
        let rel = FileRef::new("content/a.yaml");
        assert_eq!(
            text_from_bytes(b" \n\n".to_vec(), &rel)
                .unwrap_err()
                .message,
            "this file is empty"
        );
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let rel = FileRef::new("a");
        assert_eq!(
            text_from_bytes("\u{feff}x: 1".as_bytes().to_vec(), &rel).unwrap(),
            "x: 1"
        );
    }

    #[test]
    fn line_index_counts_characters() {
        let index = LineIndex::new("ab\nçé x\n");
        assert_eq!(index.position(0), (1, 1));
        assert_eq!(index.position(3), (2, 1));
        assert_eq!(index.position(8), (2, 4));
    }
}
