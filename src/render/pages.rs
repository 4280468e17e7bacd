//! Markdown pages: the home page, sections, pages and an emergency's own pages, each in every
//! language (a translation, or the default-language text marked as such).

use super::context::{Crumb, Frame, Here, Shown, dir};
use super::templates::Templates;
use super::{OutputFile, markdown_html, page_html};
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
pub struct ChildLink {
    pub number: Option<String>,
    pub title: Shown,
    pub summary: Option<Shown>,
    pub href: String,
}

#[derive(Serialize)]
pub struct ResourceLink {
    pub title: String,
    pub href: String,
    pub external: bool,
}

#[derive(Serialize)]
pub struct PageView {
    pub kind: &'static str,
    pub title: Shown,
    pub number: Option<String>,
    pub html: String,
    pub content_lang: String,
    pub content_dir: &'static str,
    /// The notice shown when the page is not translated into the reader's language.
    pub fallback: Option<String>,
    /// When the translation is older than its source: the notice, and the source page.
    pub outdated: Option<Notice>,
    /// The offline bundle of the whole language (home page) or of this section.
    pub download: Option<Notice>,
    pub summary: Option<Shown>,
    pub reviewed: Option<String>,
    pub overdue: Option<String>,
    pub children: Vec<ChildLink>,
    pub resources: Vec<ResourceLink>,
}

#[derive(Serialize)]
pub struct Notice {
    pub text: String,
    pub href: String,
    pub link: String,
}

#[derive(Serialize)]
pub struct EmergencyLink {
    pub name: Shown,
    pub href: String,
    pub status: String,
}

#[derive(Serialize)]
pub struct PageContext {
    #[serde(flatten)]
    pub frame: Frame,
    pub page: PageView,
    /// Active emergencies (on the home page).
    pub emergencies: Vec<EmergencyLink>,
}

/// One Markdown page in one language.
pub fn page(
    here: &Here,
    index: usize,
    bodies: &[Vec<Option<String>>],
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let page = &site.pages[index];
    let view = page_view(here, index, bodies);
    let (template, area, crumbs) = match &page.kind {
        PageKind::Home => ("home.html", "home", Vec::new()),
        PageKind::EmergencyPage { emergency } => {
            let mut crumbs = vec![
                here.crumb(site.home),
                Crumb {
                    title: Shown::new(
                        site,
                        &here.lang.code,
                        &here.t("emergencies-title"),
                        &here.lang.code,
                    ),
                    href: here.href("emergencies/"),
                },
            ];
            if let Some(e) = site.emergencies.iter().find(|e| &e.id == emergency) {
                crumbs.push(Crumb {
                    title: here.shown(&e.name),
                    href: here.href(&format!("emergencies/{}/", e.id)),
                });
            }
            ("page.html", "emergencies", crumbs)
        }
        _ => ("page.html", "home", here.page_crumbs(index)),
    };
    let current = page.kind.in_tree().then_some(index);
    let mut frame = here.frame(view.title.text.clone(), area, current, crumbs, &|l| {
        page.is_translated(l)
    });
    frame.description = view.summary.as_ref().map(|s| s.text.clone());
    let version = page.version(&here.lang.code);
    frame.edit_href = site
        .config
        .edit_url
        .as_ref()
        .map(|base| format!("{base}{}", version.source));
    let emergencies = if page.kind == PageKind::Home {
        site.emergencies
            .iter()
            .filter(|e| e.status != EmergencyStatus::Closed)
            .map(|e| EmergencyLink {
                name: here.shown(&e.name),
                href: here.href(&format!("emergencies/{}/", e.id)),
                status: here.t(&format!("status-{}", e.status.keyword())),
            })
            .collect()
    } else {
        Vec::new()
    };
    OutputFile::page(
        here,
        templates,
        template,
        &PageContext {
            frame,
            page: view,
            emergencies,
        },
    )
}

pub fn page_view(here: &Here, index: usize, bodies: &[Vec<Option<String>>]) -> PageView {
    let site = here.site;
    let page = &site.pages[index];
    let lang = &here.lang.code;
    let (html, version) = page_html(here, index, bodies);
    let fallback = (version.lang != *lang).then(|| {
        here.i18n.t(
            lang,
            "not-translated",
            &[
                (
                    "language",
                    Arg::Text(crate::locale::autonym(lang).to_string()),
                ),
                (
                    "source",
                    Arg::Text(crate::locale::autonym(&version.lang).to_string()),
                ),
            ],
        )
    });
    let overdue = here.overdue(version.reviewed);
    let download = match page.kind {
        PageKind::Home if site.config.downloads => Some(format!("downloads/{lang}.zip")),
        PageKind::Section if site.config.downloads => Some(super::section_zip(lang, &page.path)),
        _ => None,
    }
    .map(|zip| Notice {
        text: crate::output::Slot::size_of(&zip).marker(),
        href: format!("{}{zip}", here.root()),
        link: here.t(if page.kind == PageKind::Home {
            "download-toolkit"
        } else {
            "download-section"
        }),
    });
    let outdated = version.outdated.then(|| {
        let source_lang = &page.versions[0].lang;
        Notice {
            text: here.t("translation-outdated"),
            href: format!("{}{source_lang}/{}index.html", here.root(), page.path),
            link: here.i18n.t(
                lang,
                "read-source",
                &[(
                    "language",
                    Arg::Text(crate::locale::autonym(source_lang).into()),
                )],
            ),
        }
    });
    let content_rtl = site.config.language(&version.lang).is_some_and(|l| l.rtl);
    PageView {
        kind: match page.kind {
            PageKind::Home => "home",
            PageKind::Section => "section",
            PageKind::EmergencyPage { .. } => "emergency-page",
            _ => "page",
        },
        title: Shown::new(site, lang, &version.title, &version.lang),
        number: page.number.clone(),
        html,
        content_lang: version.lang.clone(),
        content_dir: dir(content_rtl),
        fallback,
        outdated,
        download,
        summary: version
            .summary
            .as_ref()
            .map(|s| Shown::new(site, lang, s, &version.lang)),
        reviewed: version.reviewed.map(|d| {
            here.i18n
                .t(lang, "last-reviewed", &[("date", Arg::Text(here.date(d)))])
        }),
        overdue,
        children: page
            .children
            .iter()
            .map(|&c| {
                let child = &site.pages[c];
                let cv = child.version(lang);
                ChildLink {
                    number: child.number.clone(),
                    title: Shown::new(site, lang, &cv.title, &cv.lang),
                    summary: cv
                        .summary
                        .as_ref()
                        .map(|s| Shown::new(site, lang, s, &cv.lang)),
                    href: here.href(&child.path),
                }
            })
            .collect(),
        resources: version
            .resources
            .iter()
            .map(|r| match &r.target {
                ResourceTarget::Url(url) => ResourceLink {
                    title: r.title.clone(),
                    href: url.clone(),
                    external: true,
                },
                ResourceTarget::File(path) => ResourceLink {
                    title: r.title.clone(),
                    href: format!("{}{path}", here.up()),
                    external: false,
                },
            })
            .collect(),
    }
}

/// Every page's Markdown rendered once per version, where the result is the same in every
/// language (no empty-text links); `None` where it must be rendered per language.
pub fn bodies(
    site: &Site,
    i18n: &crate::i18n::I18n,
    glossary: &super::GlossaryTerms,
) -> Vec<Vec<Option<String>>> {
    use rayon::prelude::*;
    site.pages
        .par_iter()
        .map(|page| {
            page.versions
                .iter()
                .map(|v| {
                    // Empty-text links and glossary terms read differently in each language.
                    (!v.has_title_links && !glossary.used_in(&v.body)).then(|| {
                        let lang = site
                            .config
                            .language(&v.lang)
                            .unwrap_or(&site.config.languages[0]);
                        let here = Here {
                            glossary,
                            site,
                            i18n,
                            lang,
                            path: page.path.clone(),
                        };
                        markdown_html(&here, &v.body, &v.links)
                    })
                })
                .collect()
        })
        .collect()
}

#[derive(Serialize)]
struct TranslationsContext<'a> {
    #[serde(flatten)]
    frame: Frame,
    statuses: Vec<LanguageRow<'a>>,
}

#[derive(Serialize)]
struct LanguageRow<'a> {
    name: &'a str,
    status: &'a crate::translations::LanguageStatus,
}

#[derive(Serialize)]
struct SearchContext {
    #[serde(flatten)]
    frame: Frame,
}

/// The search page; its index is `<lang>/search-index.js`.
pub fn search(here: &Here, templates: &Templates) -> Result<OutputFile, Diagnostic> {
    let frame = here.frame(
        here.t("search-title"),
        "search",
        None,
        vec![here.crumb(here.site.home)],
        &|_| true,
    );
    OutputFile::page(here, templates, "search.html", &SearchContext { frame })
}

/// The translation status page: for translators, in partners builds only.
pub fn translations(
    here: &Here,
    status: &[crate::translations::LanguageStatus],
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let statuses = status
        .iter()
        .map(|s| LanguageRow {
            name: crate::locale::autonym(&s.lang),
            status: s,
        })
        .collect();
    let frame = here.frame(
        here.t("translations-title"),
        "home",
        None,
        vec![here.crumb(here.site.home)],
        &|_| true,
    );
    OutputFile::page(
        here,
        templates,
        "translations.html",
        &TranslationsContext { frame, statuses },
    )
}
