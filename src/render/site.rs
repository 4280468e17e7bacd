//! Files of the whole site: the root language chooser, the 404 page, sitemap.xml, the theme's
//! static files and the resources pages link to.

use super::context::dir;
use super::templates::{BUILTIN_STATIC, Templates};
use super::{Content, OutputFile, tasks};
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::locale::autonym;
use crate::model::*;
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt::Write as _;

#[derive(Serialize)]
struct LanguageChoice {
    code: String,
    name: String,
    dir: &'static str,
    href: String,
    site_title: String,
    choose: String,
    title: String,
    text: String,
    go_home: String,
}

#[derive(Serialize)]
struct RootContext {
    lang: String,
    dir: &'static str,
    /// Prefix of shared files: `""` for the chooser, the site's absolute path for the 404 page.
    root: String,
    site_title: String,
    languages: Vec<LanguageChoice>,
}

pub fn site_files(
    site: &Site,
    i18n: &I18n,
    templates: &Templates,
) -> Vec<Result<OutputFile, Diagnostic>> {
    let mut files = vec![
        root_page(
            site,
            i18n,
            templates,
            "root.html",
            "index.html",
            String::new(),
        ),
        root_page(
            site,
            i18n,
            templates,
            "404.html",
            "404.html",
            base_path(&site.config.base_url),
        ),
        Ok(OutputFile::bytes("sitemap.xml", sitemap(site))),
    ];
    for lang in &site.config.languages {
        files.push(Ok(OutputFile::bytes(
            format!("{}/feed.xml", lang.code),
            feed(site, i18n, &lang.code),
        )));
    }
    for (path, text) in BUILTIN_STATIC {
        if !site.statics.iter().any(|s| s.out_path == path) {
            files.push(Ok(OutputFile::bytes(path, text)));
        }
    }
    files.extend(site.statics.iter().map(|s| {
        Ok(OutputFile {
            path: s.out_path.clone(),
            content: Content::Copy(s.abs.clone()),
        })
    }));
    for asset in assets(site) {
        for lang in &site.config.languages {
            files.push(Ok(OutputFile {
                path: format!("{}/{asset}", lang.code),
                content: Content::Copy(site.root.join("content").join(&asset)),
            }));
        }
    }
    files
}

/// The path part of the base URL (`/toolkit/`), so the 404 page works at any depth.
fn base_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or_else(|| "/".to_string(), |i| after_scheme[i..].to_string())
}

fn root_page(
    site: &Site,
    i18n: &I18n,
    templates: &Templates,
    template: &str,
    path: &str,
    root: String,
) -> Result<OutputFile, Diagnostic> {
    let default = &site.config.languages[0];
    let languages = site
        .config
        .languages
        .iter()
        .map(|l| LanguageChoice {
            code: l.code.clone(),
            name: autonym(&l.code).to_string(),
            dir: dir(l.rtl),
            href: format!("{root}{}/index.html", l.code),
            site_title: site.config.title.get(&l.code).text.to_string(),
            choose: i18n.t(&l.code, "choose-language", &[]),
            title: i18n.t(&l.code, "page-not-found-title", &[]),
            text: i18n.t(&l.code, "page-not-found-text", &[]),
            go_home: i18n.t(&l.code, "go-home", &[]),
        })
        .collect();
    let context = RootContext {
        lang: default.code.clone(),
        dir: dir(default.rtl),
        root,
        site_title: site.config.title.default_text().to_string(),
        languages,
    };
    Ok(OutputFile::bytes(
        path,
        templates.render(template, &context)?,
    ))
}

/// Every HTML page in every language, with its alternates in the other languages.
fn sitemap(site: &Site) -> String {
    let base = &site.config.base_url;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut paths: Vec<String> = tasks(site).into_iter().map(|t| t.path(site)).collect();
    paths.sort();
    for path in &paths {
        for lang in &site.config.languages {
            let _ = writeln!(
                out,
                "<url><loc>{}</loc>",
                xml_escape(&format!("{base}{}/{path}", lang.code))
            );
            for alt in &site.config.languages {
                let _ = writeln!(
                    out,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt.code,
                    xml_escape(&format!("{base}{}/{path}", alt.code))
                );
            }
            out.push_str("</url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// The most recently reviewed pages and activations of a language, as an Atom feed.
fn feed(site: &Site, i18n: &I18n, lang: &str) -> String {
    let base = &site.config.base_url;
    // (date, title, address under <lang>/, summary)
    let mut entries: Vec<(chrono::NaiveDate, String, String, String)> = Vec::new();
    for page in site.pages.iter().filter(|p| {
        !matches!(
            p.kind,
            PageKind::ClusterDescription { .. } | PageKind::EmergenciesIntro
        )
    }) {
        let v = page.version(lang);
        if let Some(date) = v.reviewed {
            let title = match &page.number {
                Some(n) => format!("{n} {}", v.title),
                None => v.title.clone(),
            };
            entries.push((
                date,
                title,
                page.path.clone(),
                v.summary.clone().unwrap_or_default(),
            ));
        }
    }
    for e in &site.emergencies {
        for a in &e.activations {
            if let Some(date) = a.reviewed {
                let c = &site.clusters[a.cluster];
                let title = format!("{} · {}", c.name.get(lang).text, e.name.get(lang).text);
                entries.push((
                    date,
                    title,
                    format!("emergencies/{}/{}/", e.id, c.id),
                    String::new(),
                ));
            }
        }
    }
    entries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
    entries.truncate(50);
    let updated = entries.first().map_or(site.build_date, |e| e.0);
    let home = format!("{base}{lang}/");
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">"
    );
    let _ = writeln!(
        out,
        "<title>{}</title>",
        xml_escape(site.config.title.get(lang).text)
    );
    let _ = writeln!(
        out,
        "<subtitle>{}</subtitle>",
        xml_escape(&i18n.t(lang, "feed-subtitle", &[]))
    );
    let _ = writeln!(
        out,
        "<link rel=\"self\" href=\"{}feed.xml\"/>\n<link rel=\"alternate\" href=\"{}\"/>",
        xml_escape(&home),
        xml_escape(&home)
    );
    let _ = writeln!(
        out,
        "<id>{}</id>\n<updated>{updated}T00:00:00Z</updated>",
        xml_escape(&home)
    );
    let _ = writeln!(
        out,
        "<author><name>{}</name></author>",
        xml_escape(site.config.title.get(lang).text)
    );
    for (date, title, path, summary) in &entries {
        let url = xml_escape(&format!("{home}{path}"));
        let _ = write!(
            out,
            "<entry><title>{}</title><link rel=\"alternate\" href=\"{url}\"/><id>{url}</id><updated>{date}T00:00:00Z</updated>",
            xml_escape(title)
        );
        if !summary.is_empty() {
            let _ = write!(out, "<summary>{}</summary>", xml_escape(summary));
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// Files under `content/` that pages link to or list as resources, by path under `content/`.
pub(super) fn assets(site: &Site) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut add = |links: &Links| {
        for t in links.0.values() {
            if let LinkTarget::Asset(p) = t {
                out.insert(p.clone());
            }
        }
    };
    for page in &site.pages {
        for v in &page.versions {
            add(&v.links);
        }
    }
    for c in &site.clusters {
        if let Some(s) = &c.summary {
            add(&s.links);
        }
    }
    for g in &site.glossary {
        if let Some(d) = &g.definition {
            add(&d.links);
        }
    }
    for page in &site.pages {
        for v in &page.versions {
            for r in &v.resources {
                if let ResourceTarget::File(p) = &r.target {
                    out.insert(p.clone());
                }
            }
        }
    }
    // Activations' files, under emergencies/<e>/files/, and what handover notes link to.
    for e in &site.emergencies {
        for a in &e.activations {
            for t in a.handover_note.iter().flat_map(|n| n.links.0.values()) {
                if let LinkTarget::Asset(p) = t {
                    out.insert(p.clone());
                }
            }
        }
        for r in e.activations.iter().flat_map(|a| &a.resources) {
            if let ResourceTarget::File(p) = &r.target {
                out.insert(p.clone());
            }
        }
    }
    out
}
