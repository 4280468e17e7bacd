//! Markdown files: splitting YAML front matter from the body, and naming a page from its
//! path (`guidance/partnership.fr.md` is the French version of page `guidance/partnership`).

use super::raw::RawFrontMatter;
use super::source::FileRef;
use super::yaml;
use crate::diagnostics::Diagnostic;

/// Where a Markdown file belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PagePlace {
    /// The guidance tree: the home page, sections (`_index.md`) and pages.
    Tree { section: bool },
    /// `content/clusters/<id>.md`: a cluster's long description.
    ClusterDescription { cluster: String },
    /// `content/emergencies/_index.md`: the introduction of the emergencies list.
    EmergenciesIntro,
    /// `content/emergencies/<e>/<name>.md`: one of an emergency's own pages.
    EmergencyPage { emergency: String, name: String },
}

/// One Markdown file, split and with its front matter parsed.
#[derive(Debug)]
pub struct PageSource {
    pub file: FileRef,
    /// The page's path under `content/` without language and extension: `""` is the home
    /// page, `guidance` the section of `guidance/_index.md`.
    pub key: String,
    /// The language suffix of a translation (`fr` in `partnership.fr.md`).
    pub lang: Option<String>,
    pub place: PagePlace,
    pub front: RawFrontMatter,
    /// False when the front matter is missing or could not be read (already reported).
    pub front_ok: bool,
    pub body: String,
    /// The line of the file where `body` starts.
    pub body_line: u32,
}

/// Splits `---` front matter from the body. Returns the front matter text (if any), the body
/// and the line on which the body starts.
pub fn split(text: &str, file: &FileRef) -> Result<(Option<String>, String, u32), Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return Ok((None, String::new(), 1));
    };
    if first.trim_end() != "---" {
        return Ok((None, text.to_string(), 1));
    }
    let mut front = String::new();
    let mut consumed = first.len();
    let mut line = 1;
    for l in lines {
        line += 1;
        consumed += l.len();
        let t = l.trim_end();
        if t == "---" || t == "..." {
            return Ok((Some(front), text[consumed..].to_string(), line + 1));
        }
        front.push_str(l);
    }
    Err(
        Diagnostic::error(file.start(), "the front matter is not closed")
            .with_hint("add a line with only `---` after the last front matter line"),
    )
}

/// Reads a Markdown file's front matter. A page without front matter is an error where a
/// title is needed (`needs_front`).
pub fn parse_page(
    text: &str,
    file: FileRef,
    key: String,
    lang: Option<String>,
    place: PagePlace,
    diagnostics: &mut Vec<Diagnostic>,
) -> PageSource {
    let needs_front = matches!(
        place,
        PagePlace::Tree { .. } | PagePlace::EmergencyPage { .. }
    );
    let (front, body, body_line, front_ok) = match split(text, &file) {
        Err(d) => {
            diagnostics.push(d);
            (RawFrontMatter::default(), String::new(), 1, false)
        }
        Ok((None, body, line)) => {
            if needs_front {
                diagnostics.push(
                    Diagnostic::error(file.start(), "this page has no front matter")
                        .with_hint("start the file with `---`, a line `title: ...`, and `---`"),
                );
            }
            (RawFrontMatter::default(), body, line, !needs_front)
        }
        Ok((Some(front_text), body, line)) => {
            let parsed = if front_text.trim().is_empty() {
                Ok(RawFrontMatter::default())
            } else {
                yaml::parse::<RawFrontMatter>(&front_text, &file.with_offset(1)) // see PageSource::front_file
            };
            match parsed {
                Ok(front) => (front, body, line, true),
                Err(found) => {
                    diagnostics.extend(found);
                    (RawFrontMatter::default(), body, line, false)
                }
            }
        }
    };
    if front_ok && needs_front && front.title.is_none() {
        diagnostics.push(Diagnostic::error(
            file.at(1, 1),
            "this page has no `title` in its front matter",
        ));
    }
    PageSource {
        file,
        key,
        lang,
        place,
        front,
        front_ok,
        body,
        body_line,
    }
}

/// Splits `name.fr.md` into (`name`, Some(`fr`)); `name.md` into (`name`, None).
pub fn name_and_language(file_name: &str) -> (String, Option<String>) {
    let stem = file_name.strip_suffix(".md").unwrap_or(file_name);
    if let Some((name, suffix)) = stem.rsplit_once('.')
        && crate::locale::is_language_tag(suffix)
        && !name.is_empty()
    {
        return (name.to_string(), Some(suffix.to_string()));
    }
    (stem.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let file = FileRef::new("content/a.md");
        let (front, body, line) = split("---\ntitle: A\n---\n# Hi\n", &file).unwrap();
        assert_eq!(
            (front.as_deref(), body.as_str(), line),
            (Some("title: A\n"), "# Hi\n", 4)
        );
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let file = FileRef::new("content/a.md");
        let err = split("---\ntitle: A\n# Hi\n", &file).unwrap_err();
        assert_eq!(err.message, "the front matter is not closed");
    }

    #[test]
    fn translations_are_named_by_suffix() {
        assert_eq!(
            name_and_language("partnership.fr.md"),
            ("partnership".into(), Some("fr".into()))
        );
        assert_eq!(
            name_and_language("a.pt-BR.md"),
            ("a".into(), Some("pt-BR".into()))
        );
        assert_eq!(name_and_language("v1.2.md"), ("v1.2".into(), None));
        assert_eq!(name_and_language("_index.md"), ("_index".into(), None));
    }
}
