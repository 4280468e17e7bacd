//! Links in Markdown: every relative link and image is resolved to a page, an anchor or a
//! file, in every language the text is shown in; what leads nowhere is an error at its line.

use super::Checker;
use super::tree::{Tree, normalize, page_key};
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::Loaded;
use crate::load::source::LineIndex;
use crate::markdown::{self, Scan};
use crate::model::*;
use rayon::prelude::*;

pub fn resolve(site: &mut Site, loaded: &Loaded, tree: &Tree, chk: &mut Checker) {
    let scans: Vec<Vec<Scan>> = site
        .pages
        .par_iter()
        .map(|p| p.versions.iter().map(|v| markdown::scan(&v.body)).collect())
        .collect();
    for (page, page_scans) in site.pages.iter_mut().zip(&scans) {
        for (version, scan) in page.versions.iter_mut().zip(page_scans) {
            version.heading_ids = scan.heading_ids.clone();
        }
    }
    let languages: Vec<String> = site
        .config
        .languages
        .iter()
        .map(|l| l.code.clone())
        .collect();
    for (i, page_scans) in scans.iter().enumerate() {
        for (j, scan) in page_scans.iter().enumerate() {
            let version = &site.pages[i].versions[j];
            let dir = source_dir(&version.source);
            let index = LineIndex::new(&version.body);
            // The default text is also shown in every language the page is not translated into.
            let shown_in: Vec<&str> = if j == 0 {
                languages
                    .iter()
                    .map(String::as_str)
                    .filter(|l| *l == version.lang || !site.pages[i].is_translated(l))
                    .collect()
            } else {
                vec![version.lang.as_str()]
            };
            let mut links = Links::default();
            let mut has_title_links = false;
            for link in &scan.links {
                let (line, column) = index.position(link.offset);
                let loc = Loc::new(
                    &version.source.as_str().into(),
                    line + version.body_line - 1,
                    column,
                );
                let found = target(site, loaded, tree, &dir, &link.dest, &version.heading_ids)
                    .and_then(|t| check_anchor(site, t.as_ref(), &shown_in).map(|()| t));
                match found {
                    Ok(Some(t)) => {
                        has_title_links |= link.empty_text;
                        links.0.insert(link.dest.clone(), t);
                    }
                    Ok(None) => {}
                    Err((message, hint)) => {
                        chk.push(with_hint(Diagnostic::error(loc, message), hint))
                    }
                }
            }
            let version = &mut site.pages[i].versions[j];
            version.links = links;
            version.has_title_links = has_title_links;
        }
    }
    // Markdown in YAML fields: cluster summaries, glossary definitions, handover notes.
    let summaries: Vec<Links> = site
        .clusters
        .iter()
        .map(|c| field_links(site, loaded, tree, c.summary.as_ref(), chk))
        .collect();
    let definitions: Vec<Links> = site
        .glossary
        .iter()
        .map(|g| field_links(site, loaded, tree, g.definition.as_ref(), chk))
        .collect();
    for (c, links) in site.clusters.iter_mut().zip(summaries) {
        if let Some(s) = c.summary.as_mut() {
            s.links = links;
        }
    }
    for (g, links) in site.glossary.iter_mut().zip(definitions) {
        if let Some(d) = g.definition.as_mut() {
            d.links = links;
        }
    }
    // Handover notes.
    let notes: Vec<Vec<Links>> = site
        .emergencies
        .iter()
        .map(|e| {
            e.activations
                .iter()
                .map(|a| field_links(site, loaded, tree, a.handover_note.as_ref(), chk))
                .collect()
        })
        .collect();
    for (e, notes) in site.emergencies.iter_mut().zip(notes) {
        for (a, links) in e.activations.iter_mut().zip(notes) {
            if let Some(n) = a.handover_note.as_mut() {
                n.links = links;
            }
        }
    }
}

fn field_links(
    site: &Site,
    loaded: &Loaded,
    tree: &Tree,
    field: Option<&MarkdownText>,
    chk: &mut Checker,
) -> Links {
    let mut links = Links::default();
    let Some(field) = field else { return links };
    let dir = source_dir(&field.origin.path);
    let loc = Loc::new(
        &field.origin.path.as_str().into(),
        field.origin.line,
        field.origin.column,
    );
    for text in texts(&field.text) {
        for link in markdown::scan(text).links {
            match target(site, loaded, tree, &dir, &link.dest, &[])
                .and_then(|t| check_anchor(site, t.as_ref(), &[]).map(|()| t))
            {
                Ok(Some(t)) => {
                    links.0.insert(link.dest, t);
                }
                Ok(None) => {}
                Err((message, hint)) => {
                    chk.push(with_hint(Diagnostic::error(loc.clone(), message), hint))
                }
            }
        }
    }
    links
}

fn with_hint(d: Diagnostic, hint: Option<String>) -> Diagnostic {
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

fn texts(text: &Text) -> Vec<&str> {
    match text {
        Text::Same(s) => vec![s],
        Text::PerLanguage(entries) => entries.iter().map(|(_, t)| t.as_str()).collect(),
    }
}

/// `content/guidance/x.md` -> `guidance`.
fn source_dir(source: &str) -> String {
    let rel = source.strip_prefix("content/").unwrap_or(source);
    rel.rsplit_once('/')
        .map_or(String::new(), |(d, _)| d.to_string())
}

type Problem = (String, Option<String>);

/// What a link leads to: `None` for links left as written (external, same-page anchors).
fn target(
    site: &Site,
    loaded: &Loaded,
    tree: &Tree,
    dir: &str,
    dest: &str,
    own_ids: &[String],
) -> Result<Option<LinkTarget>, Problem> {
    if dest.trim().is_empty() {
        return Err(("this link has no address".into(), None));
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        if !own_ids.is_empty() && !own_ids.iter().any(|id| id == anchor) {
            return Err((
                format!("there is no heading with the id `{anchor}` on this page"),
                Some(ids_hint(own_ids)),
            ));
        }
        return Ok(None);
    }
    let scheme_end = dest.find(':');
    let first_slash = dest.find('/').unwrap_or(dest.len());
    if scheme_end.is_some_and(|c| c < first_slash) || dest.starts_with("//") {
        if !site.config.raw_html && markdown::is_unsafe_url(dest) {
            return Err((
                "this kind of link is not allowed: it could run code in the reader's browser"
                    .into(),
                None,
            ));
        }
        return Ok(None);
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let path = normalize(dir, path).map_err(|m| (m, None))?;
    if let Some(key) = page_key(&path) {
        return match tree.find(&key) {
            Some(page) => Ok(Some(LinkTarget::Page { page, anchor })),
            None => {
                let name = key.rsplit('/').next().unwrap_or(&key);
                let same_name = || {
                    tree.keys
                        .keys()
                        .find(|k| k.rsplit('/').next() == Some(name) && !tree.drafts.contains(*k))
                };
                let hint = super::did_you_mean(&key, tree.keys.keys())
                    .or_else(|| same_name().map(String::as_str))
                    .map(|k| format!("did you mean content/{}?", key_file(k, site, tree)));
                Err((format!("broken link: {}", tree.missing(&key, &path)), hint))
            }
        };
    }
    if let Some(page) = tree.find(path.trim_end_matches('/')) {
        return Ok(Some(LinkTarget::Page { page, anchor }));
    }
    if loaded.assets.contains(&path) {
        if !site.config.raw_html && runs_script(&path) {
            let (message, hint) = script_file(&path);
            return Err((message, Some(hint)));
        }
        return Ok(Some(LinkTarget::Asset(path)));
    }
    Err((
        format!("broken link: there is no file content/{path}"),
        None,
    ))
}

/// Files a browser runs as a page of the site's own origin, with its scripts: published only
/// when raw HTML is allowed, since they could do what raw HTML could (issue #8).
pub(super) fn runs_script(path: &str) -> bool {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    ["html", "htm", "xhtml", "svg", "js", "mjs", "xml"].contains(&ext.as_str())
}

pub(super) fn script_file(path: &str) -> (String, String) {
    (
        format!("content/{path} could run scripts on the site, so it is not published while raw HTML is off"),
        "offer it in another format (PDF, PNG), or set `markdown: {raw_html: true}` in toolkit.yaml if every author is trusted".into(),
    )
}

fn key_file(key: &str, site: &Site, tree: &Tree) -> String {
    tree.find(key)
        .map(|p| {
            site.pages[p].versions[0]
                .source
                .trim_start_matches("content/")
                .to_string()
        })
        .unwrap_or_else(|| format!("{key}.md"))
}

/// The anchor of a page link must exist in every language the link is shown in.
fn check_anchor(
    site: &Site,
    target: Option<&LinkTarget>,
    shown_in: &[&str],
) -> Result<(), Problem> {
    let Some(LinkTarget::Page {
        page,
        anchor: Some(anchor),
    }) = target
    else {
        return Ok(());
    };
    let page = &site.pages[*page];
    let langs: Vec<&str> = if shown_in.is_empty() {
        vec![page.versions[0].lang.as_str()]
    } else {
        shown_in.to_vec()
    };
    for lang in langs {
        let v = page.version(lang);
        if !v.heading_ids.iter().any(|id| id == anchor) {
            let message = if v.lang == page.versions[0].lang && lang == v.lang {
                format!(
                    "broken link: {} has no heading with the id `{anchor}`",
                    v.source
                )
            } else {
                format!(
                    "broken link: {} (the `{}` version) has no heading with the id `{anchor}`",
                    v.source, v.lang
                )
            };
            return Err((
                message,
                Some(format!(
                    "{}; an explicit id such as `## Equality {{#{anchor}}}` stays the same in every translation",
                    ids_hint(&v.heading_ids)
                )),
            ));
        }
    }
    Ok(())
}

fn ids_hint(ids: &[String]) -> String {
    if ids.is_empty() {
        return "that page has no headings".into();
    }
    let shown: Vec<String> = ids.iter().take(8).map(|i| format!("`{i}`")).collect();
    format!(
        "its heading ids are {}{}",
        shown.join(", "),
        if ids.len() > 8 { ", ..." } else { "" }
    )
}
