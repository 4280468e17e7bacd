//! The parts of a briefing pack that come from data: the activation's directory (leadership,
//! partners, hubs, meetings, contacts), its documents, meetings and groups, a checklist, and
//! the glossary limited to the terms the pack uses.

use super::super::checklist::{SectionView, sections};
use super::super::context::{Here, Shown};
use super::super::data::{HtmlBlock, OrgLink, org_link};
use super::super::documents::{GroupView, ResourceView, groups, resources};
use super::super::emergencies::{
    ActivationRow, ContactGroup, MeetingView, activation_hubs, activation_meetings, activation_row,
    contact_groups, contacts_notice,
};
use super::super::leads::{Leadership, leadership};
use super::super::{InPack, markdown_html_plain};
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
pub struct GlossaryItem {
    id: String,
    term: String,
    expansion: Shown,
    definition: Option<HtmlBlock>,
}

/// One part of the pack, as the template shows it (`kind` says which).
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Part {
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
        leadership: Leadership,
        partners: Vec<OrgLink>,
        hubs: Vec<Shown>,
        /// Empty when the pack has a meetings part of its own.
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
    Resources {
        anchor: String,
        title: String,
        resources: Vec<ResourceView>,
        mailing_list: Option<String>,
    },
    Meetings {
        anchor: String,
        title: String,
        meetings: Vec<MeetingView>,
    },
    Groups {
        anchor: String,
        title: String,
        groups: Vec<GroupView>,
    },
}

/// The activation this pack is built for.
pub struct For<'a> {
    pub e: &'a Emergency,
    pub ai: usize,
}

impl For<'_> {
    fn a(&self) -> &Activation {
        &self.e.activations[self.ai]
    }
}

pub fn directory(here: &Here, at: &For, anchor: String, with_meetings: bool) -> Part {
    let (e, a) = (at.e, at.a());
    Part::Directory {
        anchor,
        title: here.t("pack-directory"),
        row: Box::new(activation_row(here, e, a, false)),
        leadership: leadership(here, e, a),
        partners: a.partners.iter().map(|&o| org_link(here, o)).collect(),
        hubs: activation_hubs(here, e, a),
        meetings: if with_meetings {
            activation_meetings(here, e, at.ai)
        } else {
            Vec::new()
        },
        contacts: contact_groups(here, e, Some(at.ai)),
        notice: contacts_notice(here, e),
    }
}

/// The activation's documents (absolute addresses: a printed pack is read away from the
/// site), or nothing when it has none.
pub fn documents(here: &Here, at: &For, anchor: String) -> Option<Part> {
    let a = at.a();
    (!a.resources.is_empty() || a.mailing_list.is_some()).then(|| Part::Resources {
        anchor,
        title: here.t("resources-title"),
        resources: resources(here, a, true),
        mailing_list: a.mailing_list.clone(),
    })
}

pub fn meetings(here: &Here, at: &For, anchor: String) -> Option<Part> {
    let meetings = activation_meetings(here, at.e, at.ai);
    (!meetings.is_empty()).then(|| Part::Meetings {
        anchor,
        title: here.t("meetings"),
        meetings,
    })
}

pub fn groups_part(here: &Here, at: &For, anchor: String) -> Option<Part> {
    let groups = groups(here, at.e, at.ai);
    (!groups.is_empty()).then(|| Part::Groups {
        anchor,
        title: here.t("groups-title"),
        groups,
    })
}

pub fn checklist(
    here: &Here,
    at: &For,
    list: &Checklist,
    anchor: String,
    link: &dyn Fn(usize) -> String,
) -> Option<Part> {
    let sections = sections(here, at.e, at.a(), list, link, true);
    (!sections.is_empty()).then(|| Part::Checklist {
        anchor,
        title: here.shown(&list.title),
        sections,
    })
}

/// The glossary entries a pack uses: terms found in the texts it shows, then in those
/// entries' definitions, until no new term turns up.
pub fn used_terms(here: &Here, texts: &[&str]) -> Vec<usize> {
    let lang = &here.lang.code;
    let mut found = Vec::new();
    for t in texts {
        here.glossary.found_in(t, &mut found);
    }
    let mut checked = 0;
    while checked < found.len() {
        if let Some(d) = &here.site.glossary[found[checked]].definition {
            here.glossary.found_in(d.text.get(lang).text, &mut found);
        }
        checked += 1;
    }
    found.sort_unstable();
    found
}

pub fn glossary(
    here: &Here,
    anchor: String,
    used: &[usize],
    included: &[(usize, String)],
) -> Option<Part> {
    let site = here.site;
    let lang = &here.lang.code;
    let entries: Vec<GlossaryItem> = used
        .iter()
        .map(|&i| &site.glossary[i])
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
                        included,
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
    (!entries.is_empty()).then(|| Part::Glossary {
        anchor,
        title: here.t("glossary-title"),
        entries,
    })
}
