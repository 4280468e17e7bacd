//! A briefing pack built for one activation: one print-ready page with a cover, a table of
//! contents and its sections in order (guidance pages, the activation's directory for this
//! audience, a checklist, the glossary). Links between included pages become anchors inside
//! the pack; links elsewhere become absolute addresses, as a printed pack needs.

use super::checklist::{SectionView, sections};
use super::context::{Frame, Here, Shown, dir};
use super::data::{HtmlBlock, OrgLink, org_link};
use super::emergencies::{
    ActivationRow, ContactGroup, MeetingView, activation_crumbs, activation_hubs,
    activation_meetings, activation_row, contact_groups, contacts_notice,
};
use super::templates::Templates;
use super::{InPack, OutputFile, markdown_html_in, markdown_html_plain};
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, autonym};
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
struct TocEntry {
    number: Option<String>,
    title: Shown,
    href: String,
}

#[derive(Serialize)]
struct GlossaryItem {
    id: String,
    term: String,
    expansion: Shown,
    definition: Option<HtmlBlock>,
}

/// One part of the pack, as the template shows it (`kind` says which).
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum Part {
    Page {
        anchor: String,
        number: Option<String>,
        title: Shown,
        html: String,
        lang: String,
        dir: &'static str,
        fallback: Option<String>,
    },
    Directory {
        anchor: String,
        title: String,
        row: Box<ActivationRow>,
        partners: Vec<OrgLink>,
        hubs: Vec<Shown>,
        meetings: Vec<MeetingView>,
        contacts: Vec<ContactGroup>,
        notice: Option<String>,
    },
    Checklist {
        anchor: String,
        title: Shown,
        sections: Vec<SectionView>,
    },
    Glossary {
        anchor: String,
        title: String,
        entries: Vec<GlossaryItem>,
    },
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
    let cluster = &site.clusters[a.cluster];
    let p = &site.packs[pi];
    // Each included page gets a prefix for its ids: p1-, p2-...
    let included: Vec<(usize, String)> = p
        .sections
        .iter()
        .filter_map(|s| {
            if let PackSection::Page(i) = s {
                Some(*i)
            } else {
                None
            }
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
    // Glossary terms link to the pack's own glossary, when it has one.
    let glossary_anchor = p
        .sections
        .iter()
        .position(|s| *s == PackSection::Glossary)
        .map(|n| format!("s{}", n + 1));
    let mut parts = Vec::new();
    let mut toc = Vec::new();
    for (n, section) in p.sections.iter().enumerate() {
        let anchor = format!("s{}", n + 1);
        match section {
            PackSection::Page(page) => {
                let pg = &site.pages[*page];
                let v = pg.version(lang);
                let prefix = &included
                    .iter()
                    .find(|(i, _)| i == page)
                    .map(|(_, p)| p.clone())
                    .unwrap_or_default();
                let html = markdown_html_in(
                    here,
                    &v.body,
                    &v.links,
                    Some(&InPack {
                        prefix,
                        included: &included,
                        glossary: glossary_anchor.as_deref(),
                    }),
                );
                let title = Shown::new(site, lang, &v.title, &v.lang);
                toc.push(TocEntry {
                    number: pg.number.clone(),
                    title: title.clone(),
                    href: format!("#{prefix}top"),
                });
                let rtl = site.config.language(&v.lang).is_some_and(|l| l.rtl);
                parts.push(Part::Page {
                    anchor: format!("{prefix}top"),
                    number: pg.number.clone(),
                    title,
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
                });
            }
            PackSection::Directory => {
                let title = here.t("pack-directory");
                toc.push(TocEntry {
                    number: None,
                    title: Shown::new(site, lang, &title, lang),
                    href: format!("#{anchor}"),
                });
                parts.push(Part::Directory {
                    anchor,
                    title,
                    row: Box::new(activation_row(here, e, a)),
                    partners: a.partners.iter().map(|&o| org_link(here, o)).collect(),
                    hubs: activation_hubs(here, e, a),
                    meetings: activation_meetings(here, e, a),
                    contacts: contact_groups(here, e, Some(ai)),
                    notice: contacts_notice(here, e),
                });
            }
            PackSection::Checklist(c) => {
                let list = &site.checklists[*c];
                let title = here.shown(&list.title);
                toc.push(TocEntry {
                    number: None,
                    title: title.clone(),
                    href: format!("#{anchor}"),
                });
                let link = |page: usize| in_pack(page).unwrap_or_else(|| absolute(page));
                parts.push(Part::Checklist {
                    anchor,
                    title,
                    sections: sections(here, list, &link),
                });
            }
            PackSection::Glossary => {
                let title = here.t("glossary-title");
                toc.push(TocEntry {
                    number: None,
                    title: Shown::new(site, lang, &title, lang),
                    href: format!("#{anchor}"),
                });
                let entries = site
                    .glossary
                    .iter()
                    .map(|g| GlossaryItem {
                        id: format!("{anchor}-{}", g.id),
                        term: g.term.clone(),
                        expansion: here.shown(&g.expansion),
                        definition: g.definition.as_ref().map(|d| {
                            let l = d.text.get(lang);
                            let shown = Shown::new(site, lang, "", l.lang);
                            let html = markdown_html_plain(
                                here,
                                l.text,
                                &d.links,
                                Some(&InPack {
                                    prefix: &format!("{anchor}-{}-", g.id),
                                    included: &included,
                                    glossary: None,
                                }),
                            );
                            HtmlBlock {
                                html,
                                lang: shown.lang,
                                dir: shown.dir,
                            }
                        }),
                    })
                    .collect();
                parts.push(Part::Glossary {
                    anchor,
                    title,
                    entries,
                });
            }
        }
    }
    let view = PackView {
        title: here.shown(&p.title),
        emergency: here.shown(&e.name),
        cluster: here.shown(&cluster.name),
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
    let crumbs = activation_crumbs(here, e, cluster);
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
