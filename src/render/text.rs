//! Markdown on pages: links become addresses relative to the page (or anchors and published
//! addresses inside a pack), glossary terms are marked, and a page's HTML comes from the
//! per-version cache when it is the same in every language.

use super::context::{self, Here};
use crate::markdown;
use crate::model::*;

/// The glossary's terms, found in text by one automaton built once per build.
pub struct GlossaryTerms {
    matcher: Option<aho_corasick::AhoCorasick>,
    /// Pattern index -> glossary entry index.
    entries: Vec<usize>,
}

impl GlossaryTerms {
    pub fn new(site: &Site) -> GlossaryTerms {
        let entries: Vec<usize> = (0..site.glossary.len())
            .filter(|&g| site.glossary[g].term.chars().count() >= 2)
            .collect();
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(entries.iter().map(|&g| site.glossary[g].term.as_str()))
            .ok()
            .filter(|_| !entries.is_empty());
        GlossaryTerms { matcher, entries }
    }

    /// Whether a text uses any term (then its HTML depends on the reader's language).
    pub fn used_in(&self, text: &str) -> bool {
        self.matcher.as_ref().is_some_and(|m| m.is_match(text))
    }

    /// The glossary entries (indexes) a text uses, as words of their own.
    pub fn found_in(&self, text: &str, found: &mut Vec<usize>) {
        let Some(m) = &self.matcher else {
            return;
        };
        for hit in m.find_iter(text) {
            let entry = self.entries[hit.pattern().as_usize()];
            if crate::markdown::whole_word(text, hit.start(), hit.end()) && !found.contains(&entry)
            {
                found.push(entry);
            }
        }
    }
}

/// The HTML of a page's text in `here`'s language (its translation or the default text),
/// from the per-version cache when the result does not depend on the language.
pub fn page_html<'s>(
    here: &Here<'s>,
    page: usize,
    bodies: &[Vec<Option<String>>],
) -> (String, &'s PageVersion) {
    let p = &here.site.pages[page];
    let v = p.version(&here.lang.code);
    let vi = p
        .versions
        .iter()
        .position(|x| x.lang == v.lang)
        .unwrap_or(0);
    let html = bodies[page][vi]
        .clone()
        .unwrap_or_else(|| markdown_html(here, &v.body, &v.links));
    (html, v)
}

/// Markdown to HTML for a page at `here`: links become addresses relative to the page.
pub fn markdown_html(here: &Here, text: &str, links: &Links) -> String {
    markdown_html_in(here, text, links, None)
}

/// Markdown without glossary marking (glossary definitions themselves).
pub fn markdown_html_plain(
    here: &Here,
    text: &str,
    links: &Links,
    pack: Option<&InPack>,
) -> String {
    render_markdown(here, text, links, pack, false)
}

/// Where a text is shown inside a briefing pack: its pages' ids carry `prefix`, and links to
/// the pack's other pages become anchors (`included`: page index -> that page's prefix).
pub struct InPack<'a> {
    pub prefix: &'a str,
    pub included: &'a [(usize, String)],
    /// The anchor of the pack's glossary section, if it has one.
    pub glossary: Option<&'a str>,
}

/// Markdown to HTML, on a page (`pack` is `None`) or inside a pack, where links to pages
/// outside it become absolute addresses, since a printed pack has no "next page".
pub fn markdown_html_in(here: &Here, text: &str, links: &Links, pack: Option<&InPack>) -> String {
    render_markdown(here, text, links, pack, true)
}

fn render_markdown(
    here: &Here,
    text: &str,
    links: &Links,
    pack: Option<&InPack>,
    mark_terms: bool,
) -> String {
    let site = here.site;
    let up = here.up();
    let absolute = format!("{}{}/", site.config.base_url, here.lang.code);
    let outside = if pack.is_some() {
        absolute.as_str()
    } else {
        up.as_str()
    };
    // On pages, `<path>index.html` relative to the page (it works from disk too); in packs,
    // the published address, since a printed pack is read away from the site.
    let index = if pack.is_some() { "" } else { "index.html" };
    let href = |t: &LinkTarget| {
        let anchor = |a: &Option<String>| a.as_ref().map(|a| format!("#{a}")).unwrap_or_default();
        match t {
            LinkTarget::Page { page, anchor: a } => {
                let inside = pack.and_then(|p| p.included.iter().find(|(i, _)| i == page));
                match inside {
                    Some((_, prefix)) => format!("#{prefix}{}", a.as_deref().unwrap_or("top")),
                    None => format!("{outside}{}{index}{}", site.pages[*page].path, anchor(a)),
                }
            }
            LinkTarget::Address { path, anchor: a } => {
                format!("{outside}{path}{index}{}", anchor(a))
            }
            LinkTarget::Asset(path) => format!("{outside}{path}"),
        }
    };
    let title = |t: &LinkTarget| match t {
        LinkTarget::Page { page, .. } => here.numbered_title(&site.pages[*page]).text,
        LinkTarget::Address { path, .. } => path.clone(),
        LinkTarget::Asset(path) => path.rsplit('/').next().unwrap_or(path).to_string(),
    };
    let lang = here.lang.code.as_str();
    let term_html = |i: usize, matched: &str| {
        let entry = &site.glossary[here.glossary.entries[i]];
        let href = match pack {
            Some(InPack {
                glossary: Some(anchor),
                ..
            }) => format!("#{anchor}-{}", entry.id),
            Some(_) => format!("{absolute}glossary/#{}", entry.id),
            None => format!("{up}glossary/index.html#{}", entry.id),
        };
        format!(
            "<abbr title=\"{}\"><a class=\"term\" href=\"{href}\">{}</a></abbr>",
            context::escape(entry.expansion.get(lang).text),
            context::escape(matched)
        )
    };
    let terms = here
        .glossary
        .matcher
        .as_ref()
        .filter(|_| mark_terms)
        .map(|matcher| markdown::Terms {
            matcher,
            html: &term_html,
        });
    markdown::to_html(
        text,
        &markdown::Rendering {
            links,
            raw_html: site.config.raw_html,
            href: &href,
            title: &title,
            terms: terms.as_ref(),
            id_prefix: pack.map_or("", |p| p.prefix),
        },
    )
}
