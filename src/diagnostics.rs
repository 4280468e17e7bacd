//! Diagnostics: every problem found in a toolkit, where it is (`path:line:column`), and the
//! three ways of printing them (human, JSON, GitHub workflow annotations).

use serde::Serialize;
use std::fmt::Write as _;
use std::sync::Arc;

/// How bad a problem is: warnings never fail a build, errors always do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A place in a toolkit file. `path` is relative to the toolkit folder, with `/` separators.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Loc {
    pub path: Arc<str>,
    pub line: u32,
    pub column: u32,
}

impl Loc {
    pub fn new(path: &Arc<str>, line: u32, column: u32) -> Loc {
        Loc {
            path: Arc::clone(path),
            line: line.max(1),
            column: column.max(1),
        }
    }

    /// The start of a file, for problems that concern the whole file.
    pub fn file(path: &Arc<str>) -> Loc {
        Loc::new(path, 1, 1)
    }
}

/// One problem, as the user will read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    #[serde(flatten)]
    pub loc: Loc,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(loc: Loc, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            loc,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(loc: Loc, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            loc,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Puts diagnostics in reading order: by file, then line, then column.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| a.loc.cmp(&b.loc).then_with(|| a.message.cmp(&b.message)));
}

pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

/// How `check` prints its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Github,
}

pub fn format(diagnostics: &[Diagnostic], format: Format) -> String {
    match format {
        Format::Human => human(diagnostics),
        Format::Json => json(diagnostics),
        Format::Github => github(diagnostics),
    }
}

/// `path:line:column: error: message`, then an indented hint, then a count.
pub fn human(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(
            out,
            "{}:{}:{}: {severity}: {}",
            printable(&d.loc.path),
            d.loc.line,
            d.loc.column,
            printable(&d.message)
        );
        if let Some(hint) = &d.hint {
            let _ = writeln!(out, "  hint: {}", printable(hint));
        }
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if !diagnostics.is_empty() {
        let _ = writeln!(
            out,
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
    }
    out
}

/// Text from a toolkit as a terminal or a CI log may show it: control characters (ESC, CR,
/// BEL...) and bidirectional overrides become `\u{1b}`, so quoted user text can neither
/// move the cursor, recolour the log, forge lines nor reorder what is read (issue #8).
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if unsafe_char(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

pub fn json(diagnostics: &[Diagnostic]) -> String {
    // Serializing plain strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(diagnostics).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}

/// GitHub Actions workflow commands, so problems show on the pull request's lines.
pub fn github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = printable(&d.message).into_owned();
        if let Some(hint) = &d.hint {
            message.push('\n');
            message.push_str(&printable(hint));
        }
        let _ = writeln!(
            out,
            "::{level} file={},line={},col={}::{}",
            github_property(&d.loc.path),
            d.loc.line,
            d.loc.column,
            github_data(&message)
        );
    }
    out
}

fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Diagnostic> {
        let path: Arc<str> = Arc::from("content/a.yaml");
        vec![
            Diagnostic::error(Loc::new(&path, 3, 7), "unknown organisation `unicfe`")
                .with_hint("did you mean `unicef`?"),
            Diagnostic::warning(Loc::new(&path, 9, 1), "reviewed 400 days ago"),
        ]
    }

    #[test]
    fn human_format_is_path_line_column() {
        assert_eq!(
            human(&sample()),
            "content/a.yaml:3:7: error: unknown organisation `unicfe`\n  hint: did you mean `unicef`?\n\
             content/a.yaml:9:1: warning: reviewed 400 days ago\n1 error, 1 warning\n"
        );
    }

    #[test]
    fn issue_8_terminal_control_characters_are_shown_not_obeyed() {
        let path: Arc<str> = Arc::from("content/a.yaml");
        let d = Diagnostic::error(
            Loc::new(&path, 1, 1),
            "there is no organisation `\u{1b}[2J\rok\u{7}\u{202e}gnp.exe`",
        );
        assert_eq!(
            human(&[d]),
            "content/a.yaml:1:1: error: there is no organisation `\\u{1b}[2J\\u{d}ok\\u{7}\\u{202e}gnp.exe`\n1 error, 0 warnings\n"
        );
    }

    #[test]
    fn github_format_escapes_newlines_and_properties() {
        assert_eq!(
            github(&sample()).lines().next(),
            Some(
                "::error file=content/a.yaml,line=3,col=7::unknown organisation `unicfe`%0Adid you mean `unicef`?"
            )
        );
    }

    #[test]
    fn json_format_flattens_the_location() {
        let text = json(&sample());
        assert!(text.contains("\"path\": \"content/a.yaml\""), "{text}");
        assert!(text.contains("\"severity\": \"error\""), "{text}");
    }
}
