//! Write: the only module that touches the output folder. The site is written into a
//! temporary folder beside it, then swapped in, so a failed build never leaves half a site
//! and an earlier output stays exactly as it was.

use crate::render::{Content, OutputFile};
use rayon::prelude::*;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// Marks a folder as coordkit's output, so coordkit never replaces a folder it did not write.
pub const MARKER: &str = ".coordkit-output";

#[derive(Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The output folder cannot be used (a command-line problem: exit 2).
    Refused(String),
    /// Writing failed (disk full, permissions...).
    Io(String),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Refused(m) | WriteError::Io(m) => f.write_str(m),
        }
    }
}

fn io(what: &str, path: &Path, e: &std::io::Error) -> WriteError {
    WriteError::Io(format!(
        "cannot {what} {}: {}",
        path.display(),
        crate::load::source::io_reason(e)
    ))
}

/// Whether `out` may be replaced: missing, empty, or written by coordkit before.
pub fn check_out(out: &Path, toolkit: &Path) -> Result<(), WriteError> {
    if let (Ok(o), Ok(t)) = (absolute(out), absolute(toolkit)) {
        if t.starts_with(&o) {
            return Err(WriteError::Refused(format!(
                "refusing to write the site to {}: it holds the toolkit itself",
                out.display()
            )));
        }
        if o.starts_with(t.join("content"))
            || o.starts_with(t.join("themes"))
            || o.starts_with(t.join("translations"))
        {
            return Err(WriteError::Refused(format!(
                "refusing to write the site to {}: it is inside the toolkit's sources",
                out.display()
            )));
        }
    }
    if out.is_file() {
        return Err(WriteError::Refused(format!(
            "refusing to write the site to {}: it is a file",
            out.display()
        )));
    }
    if out.is_dir()
        && !out.join(MARKER).exists()
        && fs::read_dir(out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(WriteError::Refused(format!(
            "refusing to replace {}: it is not empty and was not written by coordkit; remove it or choose another --out",
            out.display()
        )));
    }
    Ok(())
}

fn absolute(p: &Path) -> std::io::Result<PathBuf> {
    let abs = std::path::absolute(p)?;
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

/// An output path must stay inside the output folder: no `..`, no absolute parts.
fn safe(path: &str) -> bool {
    !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        && !path.contains('\\')
}

/// A fresh folder beside the output that files are written into while the site renders;
/// `commit` puts it in place of the output, and dropping it without committing removes it.
pub struct Staging {
    out: PathBuf,
    tmp: PathBuf,
    old: PathBuf,
    /// The first write that failed; later files are not attempted.
    failed: Mutex<Option<WriteError>>,
    committed: bool,
}

impl Staging {
    pub fn new(out: &Path, toolkit: &Path) -> Result<Staging, WriteError> {
        check_out(out, toolkit)?;
        let name = out
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(|e| io("create", &parent, &e))?;
        let pid = std::process::id();
        let tmp = parent.join(format!(".{name}.coordkit-new-{pid}"));
        let old = parent.join(format!(".{name}.coordkit-old-{pid}"));
        let _ = fs::remove_dir_all(&tmp);
        fs::create_dir_all(&tmp).map_err(|e| io("create", &tmp, &e))?;
        let staging = Staging {
            out: out.to_path_buf(),
            tmp,
            old,
            failed: Mutex::new(None),
            committed: false,
        };
        fs::write(
            staging.tmp.join(MARKER),
            "This folder is written by coordkit and replaced on every build.\n",
        )
        .map_err(|e| io("write", &staging.tmp.join(MARKER), &e))?;
        Ok(staging)
    }

    /// The folder being filled, for steps that read back what was written (PDF printing).
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// The output folder this staging will replace.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Writes one file (from any thread). A failure is kept and reported by `commit`.
    pub fn put(&self, file: &OutputFile) {
        if self.failed.lock().map(|f| f.is_some()).unwrap_or(true) {
            return;
        }
        if let Err(e) = self.put_inner(file)
            && let Ok(mut slot) = self.failed.lock()
        {
            slot.get_or_insert(e);
        }
    }

    fn put_inner(&self, file: &OutputFile) -> Result<(), WriteError> {
        if !safe(&file.path) {
            return Err(WriteError::Refused(format!(
                "refusing to write outside the output folder: {}",
                file.path
            )));
        }
        let target = self.tmp.join(&file.path);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| io("create", dir, &e))?;
        }
        match &file.content {
            Content::Bytes(b) => fs::write(&target, b).map_err(|e| io("write", &target, &e)),
            Content::Copy(from) => fs::copy(from, &target)
                .map(|_| ())
                .map_err(|e| io("copy", from, &e)),
        }
    }

    /// Puts the staged folder in place of the output; the earlier output is removed.
    pub fn commit(mut self) -> Result<(), WriteError> {
        if let Some(e) = self.failed.lock().ok().and_then(|mut f| f.take()) {
            return Err(e);
        }
        swap(&self.out, &self.tmp, &self.old)?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Writes files already in memory (used by tests and by callers that hold the site).
pub fn write(out: &Path, toolkit: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
    let staging = Staging::new(out, toolkit)?;
    files.par_iter().for_each(|f| staging.put(f));
    staging.commit()
}

fn swap(out: &Path, tmp: &Path, old: &Path) -> Result<(), WriteError> {
    let had_old = out.exists();
    if had_old {
        let _ = fs::remove_dir_all(old);
        fs::rename(out, old).map_err(|e| io("move aside", out, &e))?;
    }
    if let Err(e) = fs::rename(tmp, out) {
        if had_old {
            let _ = fs::rename(old, out);
        }
        return Err(io("move into place", out, &e));
    }
    if had_old {
        remove_in_parallel(old);
    }
    Ok(())
}

/// Removes a folder, its top-level entries in parallel (an output has one per language,
/// and removing ten thousand page folders one by one was most of a rebuild's time).
fn remove_in_parallel(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.par_iter().for_each(|p| {
            let _ = if p.is_dir() {
                fs::remove_dir_all(p)
            } else {
                fs::remove_file(p)
            };
        });
    }
    let _ = fs::remove_dir_all(dir);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_cannot_escape() {
        assert!(safe("en/index.html"));
        assert!(!safe("../x"));
        assert!(!safe("/etc/passwd"));
        assert!(!safe("en/../../x"));
    }

    #[test]
    fn foreign_folders_are_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("mine.txt"), "keep").unwrap();
        let toolkit = dir.path().join("toolkit");
        let err = write(&out, &toolkit, &[OutputFile::bytes("a.html", "x")]).unwrap_err();
        assert!(matches!(err, WriteError::Refused(_)));
        assert_eq!(fs::read_to_string(out.join("mine.txt")).unwrap(), "keep");
    }

    #[test]
    fn a_second_write_replaces_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let toolkit = dir.path().join("toolkit");
        write(
            &out,
            &toolkit,
            &[
                OutputFile::bytes("en/a.html", "1"),
                OutputFile::bytes("b.html", "1"),
            ],
        )
        .unwrap();
        write(&out, &toolkit, &[OutputFile::bytes("en/a.html", "2")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("en/a.html")).unwrap(), "2");
        assert!(!out.join("b.html").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }
}
