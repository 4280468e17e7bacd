//! Files of the whole site: the root language chooser, the 404 page, sitemap.xml, the theme's
//! static files and the resources pages link to.

use super::context::dir;
use super::templates::{BUILTIN_STATIC, Templates};
use super::{Content, OutputFile, tasks};
use crate::diagnostics::Diagnostic;
use crate::i18n::{I18n, autonym};
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

pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// Files under `content/` that pages link to or list as resources, by path under `content/`.
fn assets(site: &Site) -> BTreeSet<String> {
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
    out
}
