//! Interface strings: Fluent bundles per language (built-in files overridden by the toolkit's
//! `translations/<lang>.ftl`), the fallback chain (language -> default -> English), the check
//! for missing messages, and the `t()` function templates call.

use crate::diagnostics::{Diagnostic, Loc};
use crate::load::FtlSource;
use crate::load::source::LineIndex;
use crate::model::Config;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// The interface languages coordkit ships.
pub const BUILTIN: [(&str, &str); 7] = [
    ("en", include_str!("../translations/en.ftl")),
    ("fr", include_str!("../translations/fr.ftl")),
    ("es", include_str!("../translations/es.ftl")),
    ("ar", include_str!("../translations/ar.ftl")),
    ("pt", include_str!("../translations/pt.ftl")),
    ("ru", include_str!("../translations/ru.ftl")),
    ("zh", include_str!("../translations/zh.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// Interface strings for every language of a toolkit. Cheap to share between threads.
#[derive(Clone)]
pub struct I18n {
    inner: Arc<Inner>,
}

struct Inner {
    /// Per language: (messages it has, messages the toolkit's own file defines).
    coverage: HashMap<String, (BTreeSet<String>, BTreeSet<String>)>,
    /// Every message an interface needs: the built-in English ones and the toolkit's own
    /// in the default language.
    reference: BTreeSet<String>,
    bundles: HashMap<String, Bundle>,
    /// For each language: itself, the default language, then English.
    chains: HashMap<String, Vec<String>>,
}

/// A value passed to a message: a number (for plurals) or text.
#[derive(Clone, Debug)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl I18n {
    pub fn new(config: &Config, toolkit: &[FtlSource], diagnostics: &mut Vec<Diagnostic>) -> I18n {
        let mut codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
        if !codes.iter().any(|c| c == "en") {
            codes.push("en".to_string());
        }
        let mut bundles = HashMap::new();
        let mut own_ids: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut toolkit_ids: HashMap<String, BTreeSet<String>> = HashMap::new();
        for code in &codes {
            let mut bundle = Bundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
            bundle.set_use_isolating(false);
            if let Some((_, text)) = BUILTIN
                .iter()
                .find(|(c, _)| *c == code.split('-').next().unwrap_or(code))
                && let Ok(resource) = FluentResource::try_new(text.to_string())
            {
                own_ids
                    .entry(code.clone())
                    .or_default()
                    .extend(message_ids(&resource));
                bundle.add_resource_overriding(resource);
            }
            for source in toolkit.iter().filter(|s| &s.lang == code) {
                let resource = match FluentResource::try_new(source.text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        let index = LineIndex::new(&source.text);
                        for e in errors {
                            let (line, column) =
                                index.position(e.slice.as_ref().map_or(e.pos.start, |s| s.start));
                            diagnostics.push(Diagnostic::error(
                                Loc::new(&source.file.path, line, column),
                                format!("this Fluent message cannot be read: {}", fluent_error(&e)),
                            ));
                        }
                        r
                    }
                };
                own_ids
                    .entry(code.clone())
                    .or_default()
                    .extend(message_ids(&resource));
                toolkit_ids
                    .entry(code.clone())
                    .or_default()
                    .extend(message_ids(&resource));
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(code.clone(), bundle);
        }
        // Files for languages the toolkit does not (yet) publish are simply not used.
        let default = config.default_lang().to_string();
        let chains = codes
            .iter()
            .map(|c| {
                let mut chain = vec![c.clone()];
                for f in [&default, &"en".to_string()] {
                    if !chain.contains(f) {
                        chain.push(f.clone());
                    }
                }
                (c.clone(), chain)
            })
            .collect();
        let empty = BTreeSet::new();
        let reference: BTreeSet<String> = own_ids
            .get("en")
            .unwrap_or(&empty)
            .iter()
            .chain(own_ids.get(&default).unwrap_or(&empty))
            .cloned()
            .collect();
        let coverage = codes
            .iter()
            .map(|c| {
                (
                    c.clone(),
                    (
                        own_ids.get(c).cloned().unwrap_or_default(),
                        toolkit_ids.get(c).cloned().unwrap_or_default(),
                    ),
                )
            })
            .collect();
        let i18n = I18n {
            inner: Arc::new(Inner {
                coverage,
                reference,
                bundles,
                chains,
            }),
        };
        i18n.report_missing(config, toolkit, &own_ids, diagnostics);
        i18n
    }

    /// Interface messages of a language: how many are needed, which are missing (shown in
    /// another language), and which of the toolkit's own are not used by any interface.
    pub fn coverage(&self, lang: &str) -> (usize, Vec<String>, Vec<String>) {
        let empty = (BTreeSet::new(), BTreeSet::new());
        let (have, own) = self.inner.coverage.get(lang).unwrap_or(&empty);
        let reference = &self.inner.reference;
        let missing = reference
            .iter()
            .filter(|id| !have.contains(*id))
            .cloned()
            .collect();
        let unused = own
            .iter()
            .filter(|id| !reference.contains(*id))
            .cloned()
            .collect();
        (reference.len(), missing, unused)
    }

    /// Warns, per language, about messages that fall back to another language.
    fn report_missing(
        &self,
        config: &Config,
        toolkit: &[FtlSource],
        own: &HashMap<String, BTreeSet<String>>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let empty = BTreeSet::new();
        let reference: BTreeSet<&String> = own
            .get("en")
            .unwrap_or(&empty)
            .iter()
            .chain(own.get(config.default_lang()).unwrap_or(&empty))
            .collect();
        for lang in &config.languages {
            let have = own.get(&lang.code).unwrap_or(&empty);
            let missing: Vec<&str> = reference
                .iter()
                .filter(|id| !have.contains(**id))
                .map(|s| s.as_str())
                .collect();
            if missing.is_empty() {
                continue;
            }
            let fallback = self.inner.chains[&lang.code]
                .get(1)
                .cloned()
                .unwrap_or_else(|| "en".into());
            let path = format!("translations/{}.ftl", lang.code);
            let loc = toolkit
                .iter()
                .find(|s| s.lang == lang.code)
                .map_or_else(|| Loc::file(&"toolkit.yaml".into()), |s| s.file.start());
            let shown: Vec<&str> = missing.iter().take(12).copied().collect();
            diagnostics.push(
                Diagnostic::warning(
                    loc,
                    format!(
                        "{} interface {} not translated into `{}`; {} shown in `{fallback}`",
                        missing.len(),
                        if missing.len() == 1 {
                            "message is"
                        } else {
                            "messages are"
                        },
                        lang.code,
                        if missing.len() == 1 {
                            "it is"
                        } else {
                            "they are"
                        },
                    ),
                )
                .with_hint(format!(
                    "add to {path}: {}{}",
                    shown.join(", "),
                    if missing.len() > shown.len() {
                        ", ..."
                    } else {
                        ""
                    }
                )),
            );
        }
    }

    /// Formats message `id` in `lang`, falling back along the chain; the id itself if no
    /// language has it (so a missing message is visible, never a failed build).
    pub fn t(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
        let fallback = vec![lang.to_string(), "en".to_string()];
        let chain = self.inner.chains.get(lang).unwrap_or(&fallback);
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Number(n) => a.set(*name, FluentValue::from(*n)),
                    Arg::Text(s) => a.set(*name, FluentValue::from(s.as_str())),
                }
            }
            a
        });
        for code in chain {
            let Some(bundle) = self.inner.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
        id.to_string()
    }

    /// A date written out in the reader's language: "14 March 2026", "14 mars 2026".
    pub fn date(&self, lang: &str, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = self.t(lang, &format!("month-{}", date.month()), &[]);
        self.t(
            lang,
            "date-long",
            &[
                ("day", Arg::Number(f64::from(date.day()))),
                ("month", Arg::Text(month)),
                ("year", Arg::Text(date.year().to_string())),
            ],
        )
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn fluent_error(e: &fluent_syntax::parser::ParserError) -> String {
    let text = e.kind.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, Text};

    fn config(langs: &[&str]) -> Config {
        Config {
            title: Text::Same("T".into()),
            base_url: "https://x.org/".into(),
            languages: langs
                .iter()
                .map(|l| Language {
                    code: l.to_string(),
                    rtl: *l == "ar",
                })
                .collect(),
            review_after_days: None,
            edit_url: None,
            raw_html: false,
            downloads: true,
            pdf: false,
            paper: crate::model::Paper::A4,
        }
    }

    #[test]
    fn builtin_files_parse_and_cover_english() {
        let en: BTreeSet<String> =
            message_ids(&FluentResource::try_new(BUILTIN[0].1.to_string()).unwrap())
                .into_iter()
                .collect();
        for (code, text) in BUILTIN {
            let resource = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, e)| panic!("{code}.ftl: {e:?}"));
            let ids: BTreeSet<String> = message_ids(&resource).into_iter().collect();
            let missing: Vec<_> = en.difference(&ids).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        }
    }

    #[test]
    fn plurals_and_fallback() {
        let mut d = Vec::new();
        let i18n = I18n::new(&config(&["en", "fr", "sw"]), &[], &mut d);
        assert_eq!(
            i18n.t("en", "partners-count", &[("count", Arg::Number(1.0))]),
            "1 partner"
        );
        assert_eq!(
            i18n.t("en", "partners-count", &[("count", Arg::Number(3.0))]),
            "3 partners"
        );
        assert_eq!(
            i18n.t("fr", "partners-count", &[("count", Arg::Number(3.0))]),
            "3 partenaires"
        );
        assert_eq!(i18n.t("sw", "skip-to-content", &[]), "Skip to content");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(
            d[0].message
                .ends_with("not translated into `sw`; they are shown in `en`"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn toolkit_files_override_and_report_syntax_errors() {
        let file = crate::load::source::FileRef::new("translations/en.ftl");
        let source = FtlSource {
            file,
            lang: "en".into(),
            text: "skip-to-content = Jump to the text\nbroken = {\n".into(),
        };
        let mut d = Vec::new();
        let i18n = I18n::new(&config(&["en"]), &[source], &mut d);
        assert_eq!(i18n.t("en", "skip-to-content", &[]), "Jump to the text");
        assert_eq!(d[0].loc.line, 2);
    }
}
