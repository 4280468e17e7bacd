//! `toolkit.yaml` -> `Config`: languages, addresses and options.

use super::formats;
use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::locale::{is_language_tag, is_rtl};
use crate::model::{Config, Language, Paper, Text};

/// The configuration; with a broken toolkit.yaml, a stand-in (English only) so that the rest
/// of the toolkit can still be checked.
pub fn config(
    loaded: &Loaded,
    settings: &super::Settings,
    diagnostics: &mut Vec<Diagnostic>,
) -> Config {
    let mut config = Config {
        title: Text::Same("Toolkit".into()),
        base_url: "/".into(),
        languages: vec![Language {
            code: "en".into(),
            rtl: false,
        }],
        review_after_days: None,
        edit_url: None,
        raw_html: false,
        downloads: true,
        pdf: false,
        paper: Paper::A4,
    };
    let Some((file, raw)) = &loaded.config else {
        return config;
    };
    let mut languages: Vec<Language> = Vec::new();
    for lang in &raw.languages.value {
        if !is_language_tag(&lang.value) {
            diagnostics.push(
                Diagnostic::error(
                    file.loc(lang),
                    format!("`{}` is not a language code", lang.value),
                )
                .with_hint("use codes such as en, fr, ar, pt-BR"),
            );
        } else if languages.iter().any(|l| l.code == lang.value) {
            diagnostics.push(Diagnostic::error(
                file.loc(lang),
                format!("the language `{}` is listed twice", lang.value),
            ));
        } else {
            languages.push(Language {
                code: lang.value.clone(),
                rtl: is_rtl(&lang.value),
            });
        }
    }
    if raw.languages.value.is_empty() {
        diagnostics.push(Diagnostic::error(
            file.loc(&raw.languages),
            "`languages` is empty; list at least one, such as [en]",
        ));
    }
    if !languages.is_empty() {
        config.languages = languages;
    }
    let base_url = settings
        .base_url
        .clone()
        .unwrap_or_else(|| raw.base_url.value.clone());
    match formats::web_url(&base_url) {
        Ok(()) => {
            config.base_url = if base_url.ends_with('/') {
                base_url
            } else {
                format!("{base_url}/")
            }
        }
        Err(message) => {
            let d = Diagnostic::error(file.loc(&raw.base_url), message);
            diagnostics.push(if settings.base_url.is_some() {
                d.with_hint("the address comes from --base-url")
            } else {
                d
            });
        }
    }
    if let Some(edit) = &raw.edit_url {
        match formats::web_url(&edit.value) {
            Ok(()) => {
                config.edit_url = Some(if edit.value.ends_with('/') {
                    edit.value.clone()
                } else {
                    format!("{}/", edit.value)
                })
            }
            Err(message) => diagnostics.push(Diagnostic::error(file.loc(edit), message)),
        }
    }
    config.review_after_days = raw.review_after_days.as_ref().map(|d| d.value);
    config.raw_html = raw.markdown.as_ref().is_some_and(|m| m.value.raw_html);
    config.downloads = raw.downloads.as_ref().is_none_or(|d| d.value);
    config.pdf = raw.pdf.as_ref().is_some_and(|p| p.value);
    if let Some(paper) = &raw.paper {
        match crate::model::Keyword::parse(&paper.value) {
            Ok(p) => config.paper = p,
            Err(message) => diagnostics.push(Diagnostic::error(file.loc(paper), message)),
        }
    }
    let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
    config.title = super::Checker::new(diagnostics, &codes).text(file, &raw.title);
    config
}
