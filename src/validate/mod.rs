//! Validate: raw structs -> the `Site` model. Ids, references, dates, formats, translations
//! and audience filtering are checked here, every problem becoming a diagnostic at its place.
//! No I/O and no templates.

mod clusters;
mod config;
mod data;
mod emergency;
pub mod formats;
mod leads;
mod links;
mod pages;
mod tree;

use crate::diagnostics::{Diagnostic, Loc};
use crate::load::Loaded;
use crate::load::source::FileRef;
use crate::load::yaml::{RawText, Scalar, Sp};
use crate::model::{Audience, Site, Text};
use chrono::NaiveDate;
use std::collections::HashMap;

/// What the command line decides for a build.
#[derive(Clone, Debug)]
pub struct Settings {
    pub audience: Audience,
    pub build_date: NaiveDate,
    /// Replaces `base_url` of toolkit.yaml (`--base-url`).
    pub base_url: Option<String>,
    /// Whether briefing packs are also printed to PDF (`--pdf`), so pages link to them.
    pub pdf: bool,
}

/// Turns what was loaded into the site model. A model is always produced, so that every
/// problem can be reported; the caller stops if `diagnostics` holds errors.
pub fn validate(loaded: &Loaded, settings: &Settings, diagnostics: &mut Vec<Diagnostic>) -> Site {
    let config = config::config(loaded, settings, diagnostics);
    let mut chk = Checker::new(
        diagnostics,
        &config
            .languages
            .iter()
            .map(|l| l.code.clone())
            .collect::<Vec<_>>(),
    );
    chk.build_date = settings.build_date;
    chk.review_after_days = config.review_after_days;
    let organisations = clusters::organisations(loaded, &mut chk);
    let mut clusters = clusters::clusters(loaded, &organisations, &mut chk);
    let mut tree = pages::pages(loaded, &config, &mut chk);
    data::attach_descriptions(&mut clusters, &tree, &mut chk);
    let glossary = data::glossary(loaded, &mut chk);
    let within = data::Within {
        loaded,
        tree: &tree,
        clusters: &clusters,
    };
    let checklists = data::checklists(&within, &mut chk);
    let packs = data::packs(&within, &checklists, &mut chk);
    let emergencies = emergency::emergencies(
        loaded,
        &emergency::Collections {
            audience: settings.audience,
            orgs: &organisations,
            clusters: &clusters,
            checklists: &checklists,
        },
        &tree,
        &mut chk,
    );
    let pdf = settings.pdf || config.pdf;
    let mut site = Site {
        config,
        audience: settings.audience,
        build_date: settings.build_date,
        pdf,
        home: tree.home,
        emergencies_intro: tree.emergencies_intro,
        pages: std::mem::take(&mut tree.pages),
        clusters: clusters.items,
        organisations: organisations.items,
        emergencies,
        checklists: checklists.items,
        packs,
        glossary,
        statics: loaded
            .statics
            .iter()
            .map(|s| crate::model::StaticFile {
                out_path: s.out_path.clone(),
                shown: s.shown.clone(),
                abs: s.abs.clone(),
            })
            .collect(),
        root: loaded.root.clone(),
    };
    links::resolve(&mut site, loaded, &tree, &mut chk);
    site
}

fn line_break(loc: Loc) -> Diagnostic {
    Diagnostic::error(loc, "this name or title holds a line break")
        .with_hint("write it on one line; a summary or description can hold more")
}

/// A collection's ids, to resolve references and refuse duplicates.
pub(crate) struct Ids<T> {
    /// What one item is called in messages: "organisation".
    pub kind: &'static str,
    /// Where they are defined, for hints: "content/organisations/".
    pub home: &'static str,
    pub index: HashMap<String, (usize, Loc)>,
    pub items: Vec<T>,
    /// References are not checked when one of the collection's files could not be read.
    pub unchecked: bool,
}

impl<T> Ids<T> {
    pub fn new(kind: &'static str, home: &'static str, unchecked: bool) -> Ids<T> {
        Ids {
            kind,
            home,
            index: HashMap::new(),
            items: Vec::new(),
            unchecked,
        }
    }

    /// Adds an item under `id`, or reports the duplicate.
    pub fn add(&mut self, id: &str, loc: Loc, item: T, chk: &mut Checker) -> bool {
        if let Some((_, first)) = self.index.get(id) {
            chk.push(
                Diagnostic::error(loc, format!("the {} id `{id}` is used twice", self.kind))
                    .with_hint(format!(
                        "it is first defined at {}:{}:{}",
                        first.path, first.line, first.column
                    )),
            );
            return false;
        }
        self.index.insert(id.to_string(), (self.items.len(), loc));
        self.items.push(item);
        true
    }

    pub fn get(&self, id: &str) -> Option<usize> {
        self.index.get(id).map(|(i, _)| *i)
    }

    /// Resolves a reference written in a file, reporting an unknown id with a suggestion.
    pub fn resolve(&self, file: &FileRef, id: &Sp<String>, chk: &mut Checker) -> Option<usize> {
        if let Some(i) = self.get(&id.value) {
            return Some(i);
        }
        if !self.unchecked {
            let mut d = Diagnostic::error(
                file.loc(id),
                format!("there is no {} `{}`", self.kind, id.value),
            );
            // "emergency" -> "emergencies"; "cluster" -> "clusters".
            let kinds = match self.kind.strip_suffix('y') {
                Some(stem) => format!("{stem}ies"),
                None => format!("{}s", self.kind),
            };
            d = match did_you_mean(&id.value, self.index.keys()) {
                Some(near) => d.with_hint(format!(
                    "did you mean `{near}`? {kinds} are defined in {}",
                    self.home
                )),
                None => d.with_hint(format!("{kinds} are defined in {}", self.home)),
            };
            chk.push(d);
        }
        None
    }

    pub fn resolve_all(&self, file: &FileRef, ids: &[Sp<String>], chk: &mut Checker) -> Vec<usize> {
        ids.iter()
            .filter_map(|id| self.resolve(file, id, chk))
            .collect()
    }
}

/// The closest known name, if it is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(
    wrong: &str,
    known: impl Iterator<Item = &'a String>,
) -> Option<&'a str> {
    known
        .map(|k| (strsim::damerau_levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d < k.len())
        .min()
        .map(|(_, k)| k.as_str())
}

/// Collects diagnostics and knows the toolkit's languages, for the small checks every
/// collection shares.
pub(crate) struct Checker<'a> {
    diagnostics: &'a mut Vec<Diagnostic>,
    pub languages: Vec<String>,
    pub build_date: NaiveDate,
    pub review_after_days: Option<u32>,
}

impl<'a> Checker<'a> {
    fn new(diagnostics: &'a mut Vec<Diagnostic>, languages: &[String]) -> Checker<'a> {
        Checker {
            diagnostics,
            languages: languages.to_vec(),
            build_date: NaiveDate::MIN,
            review_after_days: None,
        }
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Checks a value with a format function, reporting its message at the value.
    pub fn format<T, V>(
        &mut self,
        file: &FileRef,
        value: &Sp<V>,
        text: &str,
        f: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        match f(text) {
            Ok(v) => Some(v),
            Err(message) => {
                self.push(Diagnostic::error(file.loc(value), message));
                None
            }
        }
    }

    /// A word from one of the format's fixed lists (`status: active`, `every: week`...).
    pub fn keyword<K: crate::model::Keyword>(
        &mut self,
        file: &FileRef,
        value: &Sp<String>,
    ) -> Option<K> {
        self.format(file, value, &value.value, K::parse)
    }

    pub fn id(&mut self, file: &FileRef, id: &Sp<String>) -> Option<String> {
        match formats::id(&id.value) {
            Ok(()) => Some(id.value.clone()),
            Err(message) => {
                self.push(Diagnostic::error(file.loc(id), message).with_hint(formats::ID_HINT));
                None
            }
        }
    }

    pub fn date(&mut self, file: &FileRef, value: &Sp<Scalar>) -> Option<NaiveDate> {
        self.format(file, value, &value.value.0, formats::date)
    }

    pub fn optional_date(
        &mut self,
        file: &FileRef,
        value: &Option<Sp<Scalar>>,
    ) -> Option<NaiveDate> {
        value.as_ref().and_then(|v| self.date(file, v))
    }

    /// A `reviewed` date: real, not in the future, and a warning once it is older than
    /// `review_after_days`.
    pub fn reviewed(&mut self, file: &FileRef, value: &Option<Sp<Scalar>>) -> Option<NaiveDate> {
        let v = value.as_ref()?;
        let date = self.date(file, v)?;
        let age = (self.build_date - date).num_days();
        if age < 0 {
            self.push(Diagnostic::warning(
                file.loc(v),
                format!("`reviewed` date {date} is in the future"),
            ));
        } else if let Some(limit) = self.review_after_days
            && age > i64::from(limit)
        {
            self.push(
                Diagnostic::warning(
                    file.loc(v),
                    format!("last reviewed {age} days ago, more than review_after_days ({limit})"),
                )
                .with_hint("check the content is still right, then update `reviewed`"),
            );
        }
        Some(date)
    }

    /// Translatable one-line text (names and titles): see [`Checker::markdown_text`].
    pub fn text(&mut self, file: &FileRef, raw: &Sp<RawText>) -> Text {
        let text = self.markdown_text(file, raw);
        let lines = match &text {
            Text::Same(s) => vec![s.as_str()],
            Text::PerLanguage(entries) => entries.iter().map(|(_, t)| t.as_str()).collect(),
        };
        if lines.iter().any(|t| t.contains(['\n', '\r'])) {
            self.push(line_break(file.loc(raw)));
        }
        text
    }

    /// A one-line value written as plain text (a contact's name): false if it is not one line
    /// of visible text (issue #8: a line break could forge fields of a vCard or a CSV row).
    pub fn one_line(&mut self, file: &FileRef, value: &Sp<String>) -> bool {
        if value.value.contains(['\n', '\r']) {
            self.push(line_break(file.loc(value)));
            return false;
        }
        self.visible(file, value, &value.value)
    }

    /// Refuses invisible control characters and bidirectional overrides, which can make text
    /// read differently from what it is, on pages and in terminals (issue #8).
    fn visible<V>(&mut self, file: &FileRef, at: &Sp<V>, text: &str) -> bool {
        let Some(c) = text.chars().find(|&c| {
            (c.is_control() && c != '\n' && c != '\t' && c != '\r')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        }) else {
            return true;
        };
        self.push(
            Diagnostic::error(
                file.loc(at),
                format!(
                    "this text holds the invisible control character U+{:04X}, which can disguise what readers see",
                    c as u32
                ),
            )
            .with_hint("delete it; the direction of right-to-left text is set by its language"),
        );
        false
    }

    /// Translatable text, which may hold several lines (Markdown). A map must hold the default
    /// language; other languages fall back to it.
    pub fn markdown_text(&mut self, file: &FileRef, raw: &Sp<RawText>) -> Text {
        let all: Vec<&str> = match &raw.value {
            RawText::Same(s) => vec![s.as_str()],
            RawText::PerLanguage(entries) => entries.iter().map(|(_, t)| t.as_str()).collect(),
        };
        for t in all {
            if !self.visible(file, raw, t) {
                break;
            }
        }
        match &raw.value {
            RawText::Same(s) => Text::Same(s.clone()),
            RawText::PerLanguage(entries) => {
                let mut out: Vec<(String, String)> = Vec::with_capacity(entries.len());
                for (lang, text) in entries {
                    if !crate::locale::is_language_tag(&lang.value) {
                        self.push(
                            Diagnostic::error(
                                file.loc(lang),
                                format!("`{}` is not a language code", lang.value),
                            )
                            .with_hint("use codes such as en, fr, ar, pt-BR"),
                        );
                        continue;
                    }
                    out.push((lang.value.clone(), text.clone()));
                }
                let default = self.languages[0].clone();
                match out.iter().position(|(l, _)| *l == default) {
                    Some(i) => {
                        let first = out.remove(i);
                        out.insert(0, first);
                    }
                    None => {
                        self.push(Diagnostic::error(
                            file.loc(raw),
                            format!("this text has no `{default}` version, the default language"),
                        ));
                        if out.is_empty() {
                            return Text::Same(String::new());
                        }
                    }
                }
                Text::PerLanguage(out)
            }
        }
    }
}
