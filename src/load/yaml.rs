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

/// Parses YAML text into `T`, turning the first syntax or shape problem into a diagnostic.
pub fn parse<T: DeserializeOwned>(text: &str, file: &FileRef) -> Result<T, Diagnostic> {
    let options = serde_saphyr::options! {
        with_snippet: false,
        strict_booleans: true,
    };
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|e| {
        let message = serde_saphyr::UserMessageFormatter
            .format_message(&e)
            .into_owned();
        let loc = match e.location() {
            Some(at) if at.line() > 0 => file.at(at.line() as u32, at.column() as u32),
            _ => file.start(),
        };
        Diagnostic::error(loc, tidy_message(&message))
    })
}

/// serde's wording is written for programmers; say the same things in a coordinator's words.
fn tidy_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field ") {
        if let Some((field, expected)) = rest.split_once(", expected one of ") {
            return format!("unknown key {field}; the keys allowed here are: {expected}");
        }
        if let Some((field, expected)) = rest.split_once(", expected ") {
            return format!("unknown key {field}; the only key allowed here is {expected}");
        }
        if let Some((field, _)) = rest.split_once(", there are no fields") {
            return format!("unknown key {field}; no keys are allowed here");
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("missing key {field}");
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
        let err = parse::<Probe>("name: x\nnmae: y\n", &file()).unwrap_err();
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
        assert_eq!(err.loc.line, 2);
    }

    #[test]
    fn list_files_are_recognised() {
        assert!(is_list("# comment\n\n- id: a\n"));
        assert!(is_list("---\n- id: a\n"));
        assert!(is_list("[a, b]"));
        assert!(!is_list("id: a\nlist:\n  - x\n"));
    }
}
