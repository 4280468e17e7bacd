//! Translation status, per language: pages missing or older than their source, interface
//! messages missing or unused, data texts without that language, and a percentage. Shown by
//! `coordkit check` and published as a page in partners builds.

use crate::i18n::I18n;
use crate::model::*;
use serde::Serialize;
use std::fmt::Write as _;

#[derive(Clone, Debug, Default, Serialize)]
pub struct LanguageStatus {
    pub lang: String,
    pub pages_total: usize,
    pub pages_translated: usize,
    /// Source files with no translation into this language.
    pub missing_pages: Vec<String>,
    /// Translations older than their source: (translation, source).
    pub outdated_pages: Vec<(String, String)>,
    pub messages_total: usize,
    pub missing_messages: Vec<String>,
    pub unused_messages: Vec<String>,
    pub texts_total: usize,
    /// Data texts with no version in this language, as "where: what".
    pub untranslated_texts: Vec<String>,
    /// The mean of the shares of pages, interface messages and data texts translated and up
    /// to date.
    pub percent: u32,
}

/// The status of every language except the default one.
pub fn status(site: &Site, i18n: &I18n) -> Vec<LanguageStatus> {
    site.config
        .languages
        .iter()
        .skip(1)
        .map(|l| language(site, i18n, &l.code))
        .collect()
}

fn language(site: &Site, i18n: &I18n, lang: &str) -> LanguageStatus {
    let mut s = LanguageStatus {
        lang: lang.to_string(),
        ..LanguageStatus::default()
    };
    for page in &site.pages {
        s.pages_total += 1;
        match page.versions.iter().find(|v| v.lang == lang) {
            Some(v) if v.outdated => s
                .outdated_pages
                .push((v.source.clone(), page.versions[0].source.clone())),
            Some(_) => s.pages_translated += 1,
            None => s.missing_pages.push(page.versions[0].source.clone()),
        }
    }
    let (total, missing, unused) = i18n.coverage(lang);
    s.messages_total = total;
    s.missing_messages = missing;
    s.unused_messages = unused;
    let mut texts: Vec<(String, &Text)> = Vec::new();
    for c in &site.clusters {
        texts.push((format!("{}: name", c.source), &c.name));
        if let Some(m) = &c.summary {
            texts.push((format!("{}: summary", c.source), &m.text));
        }
    }
    for o in &site.organisations {
        texts.push((format!("{}: name of {}", o.source, o.id), &o.name));
    }
    for e in &site.emergencies {
        texts.push((format!("{}: name", e.source), &e.name));
        let meetings = e
            .meetings
            .iter()
            .chain(e.activations.iter().flat_map(|a| &a.meetings));
        for m in meetings {
            texts.push((
                format!("{}: meeting \"{}\"", e.source, m.title.default_text()),
                &m.title,
            ));
        }
    }
    for c in &site.checklists {
        texts.push((format!("checklist {}: title", c.id), &c.title));
        for section in &c.sections {
            texts.push((
                format!(
                    "checklist {}: section \"{}\"",
                    c.id,
                    section.title.default_text()
                ),
                &section.title,
            ));
            for item in &section.items {
                texts.push((
                    format!("checklist {}: item \"{}\"", c.id, item.text.default_text()),
                    &item.text,
                ));
            }
        }
    }
    for p in &site.packs {
        texts.push((format!("pack {}: title", p.id), &p.title));
    }
    for g in &site.glossary {
        texts.push((format!("glossary {}: expansion", g.id), &g.expansion));
        if let Some(d) = &g.definition {
            texts.push((format!("glossary {}: definition", g.id), &d.text));
        }
    }
    // Text written once for every language (`name: Beira`) needs no translation.
    let translatable: Vec<&(String, &Text)> = texts
        .iter()
        .filter(|(_, t)| matches!(t, Text::PerLanguage(_)))
        .collect();
    s.texts_total = translatable.len();
    s.untranslated_texts = translatable
        .iter()
        .filter(|(_, t)| !t.has(lang))
        .map(|(w, _)| w.clone())
        .collect();
    // Pages, interface and data count equally, whatever their sizes.
    let share = |done: usize, all: usize| {
        if all == 0 {
            1.0
        } else {
            done as f64 / all as f64
        }
    };
    let shares = [
        share(s.pages_translated, s.pages_total),
        share(
            s.messages_total - s.missing_messages.len(),
            s.messages_total,
        ),
        share(s.texts_total - s.untranslated_texts.len(), s.texts_total),
    ];
    s.percent = (shares.iter().sum::<f64>() / 3.0 * 100.0).floor() as u32;
    s
}

/// The report `coordkit check` prints.
pub fn human(statuses: &[LanguageStatus]) -> String {
    let mut out = String::new();
    if statuses.is_empty() {
        return out;
    }
    out.push_str("translations:\n");
    for s in statuses {
        let _ = writeln!(
            out,
            "  {}  {}%  pages {}/{} ({} outdated), interface {}/{}, data {}/{}",
            s.lang,
            s.percent,
            s.pages_translated,
            s.pages_total,
            s.outdated_pages.len(),
            s.messages_total - s.missing_messages.len(),
            s.messages_total,
            s.texts_total - s.untranslated_texts.len(),
            s.texts_total
        );
        let list = |items: &[String]| {
            let shown: Vec<&str> = items.iter().take(10).map(String::as_str).collect();
            format!(
                "{}{}",
                shown.join(", "),
                if items.len() > 10 {
                    format!(", and {} more", items.len() - 10)
                } else {
                    String::new()
                }
            )
        };
        if !s.missing_pages.is_empty() {
            let _ = writeln!(out, "    missing pages: {}", list(&s.missing_pages));
        }
        for (t, src) in &s.outdated_pages {
            let _ = writeln!(out, "    outdated: {t} is older than {src}");
        }
        if !s.missing_messages.is_empty() {
            let _ = writeln!(
                out,
                "    missing interface messages: {}",
                list(&s.missing_messages)
            );
        }
        if !s.unused_messages.is_empty() {
            let _ = writeln!(
                out,
                "    unused interface messages in translations/{}.ftl: {}",
                s.lang,
                list(&s.unused_messages)
            );
        }
        if !s.untranslated_texts.is_empty() {
            let _ = writeln!(
                out,
                "    untranslated data: {}",
                list(&s.untranslated_texts)
            );
        }
    }
    out
}
