//! YAML parsing with locations: serde-saphyr with `Spanned` values, the translatable-text
//! type, and files that hold either one entity or a list of them.

use super::source::FileRef;
use crate::diagnostics::Diagnostic;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde_saphyr::{MessageFormatter, Spanned};
use std::fmt;

/// A YAML value together with where it was written.
pub type Sp<T> = Spanned<T>;

/// Parses YAML text into `T`, turning the first syntax or shape problem into a diagnostic,
/// and every other unknown key of the file into one more (issue #8: a file with three
/// misspelt keys took three runs to fix). serde stops at the first unknown key, so each is
/// blanked out of the text, keeping its lines, and the text parsed again.
pub fn parse<T: DeserializeOwned>(text: &str, file: &FileRef) -> Result<T, Vec<Diagnostic>> {
    let first = match parse_once::<T>(text, file) {
        Ok(v) => return Ok(v),
        Err(d) => d,
    };
    let mut found = vec![first.0];
    let mut text = text.to_string();
    let mut at = first.1;
    // A bound keeps a file of a thousand unknown keys from being parsed a thousand times.
    for _ in 0..20 {
        let Some((line, column)) = at.filter(|_| found.last().is_some_and(is_unknown_key)) else {
            break;
        };
        let before = text.clone();
        if !blank_entry(&mut text, line, column) {
            break;
        }
        let mut again = parse_once::<T>(&text, file);
        // A misspelt required key: without it the key is missing, so it is read as the key
        // that is missing instead, and the rest of the file is still checked.
        if let Err((d, _)) = &again
            && let Some(missing) = d.message.strip_prefix("missing key `")
            && let Some(missing) = missing.strip_suffix('`')
        {
            text = before;
            if !rename_key(&mut text, line, column, missing) {
                break;
            }
            again = parse_once::<T>(&text, file);
        }
        match again {
            Ok(_) => break,
            Err((d, next)) if is_unknown_key(&d) => {
                found.push(d);
                at = next;
            }
            Err(_) => break,
        }
    }
    Err(found)
}

fn is_unknown_key(d: &Diagnostic) -> bool {
    d.message.starts_with("unknown key ")
}

/// Blanks the mapping entry whose key starts at (`line`, `column`) (1-based) and the lines
/// below it that are indented more deeply (its value), keeping every line. Only block-style
/// entries can be blanked; false otherwise.
fn blank_entry(text: &mut String, line: usize, column: usize) -> bool {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let Some(key_line) = lines.get(line.wrapping_sub(1)) else {
        return false;
    };
    let start = key_line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(key_line.len(), |(i, _)| i);
    let prefix = &key_line[..start];
    if !prefix.chars().all(|c| c == ' ' || c == '-') {
        return false;
    }
    let indent = prefix.chars().count();
    lines[line - 1] = prefix.to_string();
    for l in lines.iter_mut().skip(line) {
        let trimmed = l.trim_start_matches(' ');
        let deeper = l.len() - trimmed.len() > indent;
        if !(trimmed.is_empty() || trimmed.starts_with('#') || deeper) {
            break;
        }
        l.clear();
    }
    *text = lines.join("\n");
    true
}

/// Replaces the key starting at (`line`, `column`) with `key`.
fn rename_key(text: &mut String, line: usize, column: usize, key: &str) -> bool {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let Some(l) = lines.get_mut(line.wrapping_sub(1)) else {
        return false;
    };
    let Some((start, _)) = l.char_indices().nth(column.saturating_sub(1)) else {
        return false;
    };
    let Some(end) = l[start..].find(':').map(|i| start + i) else {
        return false;
    };
    l.replace_range(start..end, key);
    *text = lines.join("\n");
    true
}

/// One parse: the problem, and where it is (line, column) when known.
fn parse_once<T: DeserializeOwned>(
    text: &str,
    file: &FileRef,
) -> Result<T, (Diagnostic, Option<(usize, usize)>)> {
    let options = serde_saphyr::options! {
        with_snippet: false,
        strict_booleans: true,
    };
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|e| diagnostic(&e, text, file))
}

/// The parser's error at its place, in a coordinator's words, and that place (line, column)
/// when known.
fn diagnostic(
    e: &serde_saphyr::Error,
    text: &str,
    file: &FileRef,
) -> (Diagnostic, Option<(usize, usize)>) {
    let message = serde_saphyr::UserMessageFormatter
        .format_message(e)
        .into_owned();
    let at = e
        .location()
        .filter(|at| at.line() > 0)
        .map(|at| (at.line() as usize, at.column() as usize));
    let loc = match at {
        Some((line, column)) => file.at(line as u32, column as u32),
        None => file.start(),
    };
    let d = Diagnostic::error(loc, tidy_message(&message));
    let in_flow_map = at.is_some_and(|(line, column)| in_flow_map(text, line, column));
    if in_flow_map && message.starts_with("invalid type: unit value") {
        // `{en: Water, Sanitation and Hygiene}`: the comma ended the text, and the rest
        // became a key without a value.
        (d.with_hint("in `{...}`, a comma ends the text: quote text that holds one, such as {en: \"Water, Sanitation and Hygiene\"}"), at)
    } else {
        (d, at)
    }
}

/// Whether a line and column (1-based) of `text` lie inside `{...}` opened on that line.
fn in_flow_map(text: &str, line: usize, column: usize) -> bool {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else {
        return false;
    };
    let before: String = l.chars().take(column.saturating_sub(1)).collect();
    before.matches('{').count() > before.matches('}').count()
}

/// serde's wording is written for programmers; say the same things in a coordinator's words.
fn tidy_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field ")
        && let Some((field, expected)) = rest.split_once(", expected one of ")
    {
        return if expected.contains(", ") {
            format!("unknown key {field}; the keys allowed here are: {expected}")
        } else {
            format!("unknown key {field}; the only key allowed here is {expected}")
        };
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("missing key {field}");
    }
    // Wrong types (issue #15: "invalid i64" and "expected sequence start" reached users).
    if let Some(kind) = message.strip_prefix("invalid ")
        && [
            "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "usize",
        ]
        .contains(&kind)
    {
        return "this needs a whole number, such as 10".to_string();
    }
    if message == "expected sequence start" {
        return "this needs a list, such as [a, b], or lines that start with `- `".to_string();
    }
    if message == "expected string scalar" {
        return "this needs text, not a list or a map".to_string();
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let found = match found {
            "unit value" => return format!("there is no value here; it needs {expected}"),
            "sequence" => "a list",
            "map" => "a map",
            _ => return message.to_string(),
        };
        return format!("this is {found}, but it needs {expected}");
    }
    // The parser's limits against alias bombs (issue #15: it printed its own debug output).
    if message.starts_with("YAML document too large or too complex") {
        return "this file is too large or too complex to read; aliases (`*name`) that repeat large parts are the usual cause".to_string();
    }
    message.to_string()
}

/// Whether a YAML file holds a list of entities (a top-level sequence) rather than one entity.
pub fn is_list(text: &str) -> bool {
    for line in text.lines() {
        let line = line.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty()
            || trimmed.starts_with('#')
            || trimmed.starts_with('%')
            || trimmed == "---"
        {
            continue;
        }
        let trimmed = trimmed.strip_prefix("--- ").unwrap_or(trimmed).trim_start();
        return trimmed == "-" || trimmed.starts_with("- ") || trimmed.starts_with('[');
    }
    false
}

/// A scalar read as text: `12`, `true` and `2026-01-01` are all kept as the text written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scalar(pub String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
                Ok(Scalar(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// Translatable text as written: one string for every language, or a map from language code
/// to string. (A hand-written visitor rather than `#[serde(untagged)]`, which loses locations.)
#[derive(Clone, Debug)]
pub enum RawText {
    Same(String),
    PerLanguage(Vec<(Sp<String>, String)>),
}

impl Default for RawText {
    fn default() -> RawText {
        RawText::Same(String::new())
    }
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "text, or a map from language code to text such as {en: Health, fr: Santé}",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawText, E> {
                Ok(RawText::Same(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                let mut entries = Vec::new();
                while let Some((lang, Scalar(text))) = map.next_entry::<Sp<String>, Scalar>()? {
                    entries.push((lang, text));
                }
                Ok(RawText::PerLanguage(entries))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Probe {
        name: Sp<RawText>,
        #[allow(dead_code)]
        id: Option<Sp<String>>,
    }

    fn file() -> FileRef {
        FileRef::new("content/x.yaml")
    }

    #[test]
    fn text_is_one_string_or_a_language_map() {
        let p: Probe = parse("name: {en: Health, fr: Santé}\n", &file()).unwrap();
        match p.name.value {
            RawText::PerLanguage(entries) => {
                assert_eq!(entries[1].0.value, "fr");
                assert_eq!(entries[1].0.referenced.column(), 20);
                assert_eq!(entries[1].1, "Santé");
            }
            other => panic!("{other:?}"),
        }
        let p: Probe = parse("name: 2026\n", &file()).unwrap();
        assert!(matches!(p.name.value, RawText::Same(s) if s == "2026"));
    }

    #[test]
    fn unknown_keys_are_reported_with_their_place() {
        let err = &parse::<Probe>("name: x\nnmae: y\n", &file()).unwrap_err()[0];
        assert_eq!(
            (err.loc.line, err.loc.column, err.message.as_str()),
            (
                2,
                1,
                "unknown key `nmae`; the keys allowed here are: name, id"
            )
        );
    }

    #[test]
    fn offsets_shift_front_matter_lines() {
        let err = parse::<Probe>("id: [x\n", &file().with_offset(1)).unwrap_err();
        assert_eq!(err[0].loc.line, 2);
    }

    #[test]
    fn issue_8_every_unknown_key_of_a_file_is_reported() {
        let text = "- nmae: x\n  id: a\n- name: y\n  idd:\n    nested: 1\n    more: 2\n  # note\n- name: z\n  naem: w\n";
        let found: Vec<(u32, u32, String)> = parse::<Vec<Probe>>(text, &file())
            .unwrap_err()
            .into_iter()
            .map(|d| (d.loc.line, d.loc.column, d.message))
            .collect();
        let allowed = "the keys allowed here are: name, id";
        assert_eq!(
            found,
            vec![
                (1, 3, format!("unknown key `nmae`; {allowed}")),
                (4, 3, format!("unknown key `idd`; {allowed}")),
                (9, 3, format!("unknown key `naem`; {allowed}")),
            ]
        );
    }

    #[test]
    fn list_files_are_recognised() {
        assert!(is_list("# comment\n\n- id: a\n"));
        assert!(is_list("---\n- id: a\n"));
        assert!(is_list("[a, b]"));
        assert!(!is_list("id: a\nlist:\n  - x\n"));
    }
}
