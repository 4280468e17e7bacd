//! A briefing pack built for one activation: one print-ready page with a cover, a table of
//! contents and the sections its scope admits, in order (guidance pages, the activation's
//! directory for this audience, its documents, meetings and groups, a checklist, the glossary
//! of the terms it uses). Links between included pages become anchors inside the pack; links
//! elsewhere become absolute addresses, as a printed pack needs.

mod parts;

use super::context::{Frame, Here, Shown, dir};
use super::emergencies::{activation_crumbs, group_name};
use super::templates::Templates;
use super::{InPack, OutputFile, markdown_html_in};
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::locale::autonym;
use crate::model::*;
use parts::{For, Part};
use serde::Serialize;

#[derive(Serialize)]
struct TocEntry {
    number: Option<String>,
    title: Shown,
    href: String,
}

#[derive(Serialize)]
struct PackView {
    title: Shown,
    emergency: Shown,
    cluster: Shown,
    language: String,
    as_of: String,
    toc: Vec<TocEntry>,
    parts: Vec<Part>,
    /// The PDF beside the page, when this build prints packs.
    pdf: Option<String>,
}

#[derive(Serialize)]
struct PackContext {
    #[serde(flatten)]
    frame: Frame,
    pack: PackView,
}

/// The address of a pack's PDF, under `<lang>/`.
pub fn pdf_path(e: &Emergency, cluster: &Cluster, pack: &Pack) -> String {
    format!("emergencies/{}/{}/{}.pdf", e.id, cluster.id, pack.id)
}

pub fn pack(
    here: &Here,
    ei: usize,
    ai: usize,
    pi: usize,
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let lang = &here.lang.code;
    let e = &site.emergencies[ei];
    let a = &e.activations[ai];
    let p = &site.packs[pi];
    let at = For { e, ai };
    // Sections numbered in the pack's file, so anchors stay put whatever the scope leaves out.
    let sections: Vec<(usize, &PackSection)> = p
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.scope.admits(&e.id, a))
        .collect();
    // Each included page gets a prefix for its ids: p1-, p2-...
    let included: Vec<(usize, String)> = sections
        .iter()
        .filter_map(|(_, s)| match s.part {
            PackPart::Page(i) => Some(i),
            _ => None,
        })
        .enumerate()
        .map(|(n, page)| (page, format!("p{}-", n + 1)))
        .collect();
    let absolute =
        |page: usize| format!("{}{lang}/{}", site.config.base_url, site.pages[page].path);
    let in_pack = |page: usize| {
        included
            .iter()
            .find(|(i, _)| *i == page)
            .map(|(_, prefix)| format!("#{prefix}top"))
    };
    let link = |page: usize| in_pack(page).unwrap_or_else(|| absolute(page));
    let has = |part: &PackPart| sections.iter().any(|(_, s)| s.part == *part);
    // The glossary holds the terms the pack uses; terms link to it when there is one.
    let used = parts::used_terms(here, &pack_texts(here, e, a, &sections));
    let glossary_anchor = sections
        .iter()
        .find(|(_, s)| s.part == PackPart::Glossary)
        .filter(|_| !used.is_empty())
        .map(|(n, _)| format!("s{}", n + 1));
    let mut parts = Vec::new();
    for (n, section) in &sections {
        let anchor = format!("s{}", n + 1);
        let part = match &section.part {
            PackPart::Page(page) => Some(page_part(here, *page, &included, &glossary_anchor)),
            PackPart::Directory => Some(parts::directory(
                here,
                &at,
                anchor,
                !has(&PackPart::Meetings),
            )),
            PackPart::Resources => parts::documents(here, &at, anchor),
            PackPart::Meetings => parts::meetings(here, &at, anchor),
            PackPart::Groups => parts::groups_part(here, &at, anchor),
            PackPart::Checklist(c) => {
                parts::checklist(here, &at, &site.checklists[*c], anchor, &link)
            }
            PackPart::Glossary => parts::glossary(here, anchor, &used, &included),
        };
        parts.extend(part);
    }
    let toc = parts.iter().map(|p| toc_entry(here, p)).collect();
    let view = PackView {
        title: here.shown(&p.title),
        emergency: here.shown(&e.name),
        cluster: group_name(here, a),
        language: autonym(lang).to_string(),
        as_of: here.i18n.t(
            lang,
            "as-of",
            &[("date", Arg::Text(here.date(site.build_date)))],
        ),
        toc,
        parts,
        pdf: site.pdf.then(|| format!("../{}.pdf", p.id)),
    };
    let crumbs = activation_crumbs(here, e, a);
    let mut frame = here.frame(
        view.title.text.clone(),
        "emergencies",
        None,
        crumbs,
        &|_| true,
    );
    frame.nav_html = String::new();
    frame.scripts = true;
    frame.page_style = Some(running_header(&format!(
        "{} · {} · {}",
        view.title.text, view.cluster.text, view.emergency.text
    )));
    OutputFile::page(
        here,
        templates,
        "pack.html",
        &PackContext { frame, pack: view },
    )
}

/// The texts a pack shows in the reader's language, to find the glossary terms it uses.
fn pack_texts<'a>(
    here: &Here<'a>,
    e: &'a Emergency,
    a: &'a Activation,
    sections: &[(usize, &'a PackSection)],
) -> Vec<&'a str> {
    let site = here.site;
    let lang = &here.lang.code;
    let mut texts = Vec::new();
    for (_, s) in sections {
        match &s.part {
            PackPart::Page(p) => texts.push(site.pages[*p].version(lang).body.as_str()),
            PackPart::Checklist(c) => {
                for (section, items) in site.checklists[*c].for_activation(e, a) {
                    texts.push(section.title.get(lang).text);
                    texts.extend(items.iter().map(|i| i.text.get(lang).text));
                }
            }
            PackPart::Resources => texts.extend(a.resources.iter().map(|r| r.title.get(lang).text)),
            PackPart::Groups => texts.extend(a.groups.iter().map(|g| g.name.get(lang).text)),
            PackPart::Meetings | PackPart::Directory => texts.extend(
                a.meetings
                    .iter()
                    .chain(a.groups.iter().flat_map(|g| &g.meetings))
                    .map(|m| m.title.get(lang).text),
            ),
            PackPart::Glossary => {}
        }
    }
    texts
}

fn page_part(
    here: &Here,
    page: usize,
    included: &[(usize, String)],
    glossary: &Option<String>,
) -> Part {
    let site = here.site;
    let lang = &here.lang.code;
    let pg = &site.pages[page];
    let v = pg.version(lang);
    let prefix = included
        .iter()
        .find(|(i, _)| *i == page)
        .map(|(_, p)| p.clone())
        .unwrap_or_default();
    let html = markdown_html_in(
        here,
        &v.body,
        &v.links,
        Some(&InPack {
            prefix: &prefix,
            included,
            glossary: glossary.as_deref(),
        }),
    );
    let rtl = site.config.language(&v.lang).is_some_and(|l| l.rtl);
    Part::Page {
        anchor: format!("{prefix}top"),
        number: pg.number.clone(),
        title: Shown::new(site, lang, &v.title, &v.lang),
        html,
        lang: v.lang.clone(),
        dir: dir(rtl),
        fallback: (v.lang != *lang).then(|| {
            here.i18n.t(
                lang,
                "not-translated",
                &[
                    ("language", Arg::Text(autonym(lang).into())),
                    ("source", Arg::Text(autonym(&v.lang).into())),
                ],
            )
        }),
    }
}

/// The table of contents' line for a part.
fn toc_entry(here: &Here, part: &Part) -> TocEntry {
    let lang = &here.lang.code;
    let plain = |title: &str, anchor: &str| TocEntry {
        number: None,
        title: Shown::new(here.site, lang, title, lang),
        href: format!("#{anchor}"),
    };
    match part {
        Part::Page {
            anchor,
            number,
            title,
            ..
        } => TocEntry {
            number: number.clone(),
            title: title.clone(),
            href: format!("#{anchor}"),
        },
        Part::Checklist { anchor, title, .. } => TocEntry {
            number: None,
            title: title.clone(),
            href: format!("#{anchor}"),
        },
        Part::Directory { anchor, title, .. }
        | Part::Glossary { anchor, title, .. }
        | Part::Resources { anchor, title, .. }
        | Part::Meetings { anchor, title, .. }
        | Part::Groups { anchor, title, .. } => plain(title, anchor),
    }
}

/// Paged-media rules for the printed pack: its title at the top of every page, page numbers
/// at the bottom. The title is a CSS string, so quotes, backslashes and `<` are escaped.
fn running_header(title: &str) -> String {
    let mut escaped = String::new();
    for c in title.chars() {
        match c {
            '"' | '\\' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '<' => escaped.push_str("\\3C "),
            '\n' | '\r' => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    format!(
        "@page {{ @top-center {{ content: \"{escaped}\"; font: 8pt sans-serif; color: #555; }} @bottom-center {{ content: counter(page) \" / \" counter(pages); font: 8pt sans-serif; color: #555; direction: ltr; unicode-bidi: isolate; }} }}"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn running_header_cannot_close_the_style_element() {
        assert_eq!(
            super::running_header("A \"pack\" </style><script>"),
            "@page { @top-center { content: \"A \\\"pack\\\" \\3C /style>\\3C script>\"; font: 8pt sans-serif; color: #555; } @bottom-center { content: counter(page) \" / \" counter(pages); font: 8pt sans-serif; color: #555; direction: ltr; unicode-bidi: isolate; } }"
        );
    }
}
