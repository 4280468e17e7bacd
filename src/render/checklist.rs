//! A checklist built for one activation: the sections and items its scope admits, in the
//! reader's language, items linking to a page or to the activation's own resource, beside the
//! facts a new partner needs first (leads, coordinators, next meetings, hubs).
//! Items are real checkboxes; ticks are remembered by `assets/coordkit.js` when it runs.

use super::OutputFile;
use super::context::{Frame, Here, Shown};
use super::data::Link;
use super::documents::resources;
use super::emergencies::{
    ContactView, MeetingView, activation_crumbs, activation_href, activation_hubs, contact_view,
    group_name, meeting,
};
use super::leads::leadership;
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
pub struct ItemView {
    /// Stable across builds and languages, and when sections are reordered or renamed: the
    /// hash of the item's default text (then `-2`, `-3` for the same text again). It names the
    /// checkbox, so the ticks a reader saved stay with their items.
    pub id: String,
    pub text: Shown,
    pub see: Option<Link>,
}

#[derive(Serialize)]
pub struct SectionView {
    pub title: Shown,
    pub items: Vec<ItemView>,
}

/// A checklist's sections and items built into an activation; `see` links to pages are made
/// by `link` (relative on pages, anchors or absolute addresses in packs), `see_resource`
/// links lead to the activation's resource of that kind (`absolute` in packs).
pub fn sections(
    here: &Here,
    e: &Emergency,
    a: &Activation,
    checklist: &Checklist,
    link: &dyn Fn(usize) -> String,
    absolute: bool,
) -> Vec<SectionView> {
    // Ids come from the whole checklist, before scoping, so that an item keeps its id (and
    // its saved tick) whichever activation it is built into.
    let mut seen: Vec<String> = Vec::new();
    let mut ids: Vec<(*const ChecklistItem, String)> = Vec::new();
    for item in checklist.sections.iter().flat_map(|s| &s.items) {
        let hash = short_hash(item.text.default_text());
        let n = seen.iter().filter(|h| **h == hash).count();
        seen.push(hash.clone());
        let id = if n == 0 {
            hash
        } else {
            format!("{hash}-{}", n + 1)
        };
        ids.push((item as *const ChecklistItem, id));
    }
    let id_of = |item: &ChecklistItem| {
        ids.iter()
            .find(|(p, _)| std::ptr::eq(*p, item))
            .map(|(_, id)| id.clone())
            .unwrap_or_default()
    };
    let resources = resources(here, a, absolute);
    checklist
        .for_activation(e, a)
        .into_iter()
        .map(|(section, items)| SectionView {
            title: here.shown(&section.title),
            items: items
                .into_iter()
                .map(|item| ItemView {
                    id: id_of(item),
                    text: here.shown(&item.text),
                    see: item
                        .see
                        .map(|p| Link {
                            title: here.numbered_title(&here.site.pages[p]),
                            href: link(p),
                        })
                        .or_else(|| {
                            let kind = item.see_resource?;
                            let r = a.resources.iter().position(|r| r.kind == kind)?;
                            Some(Link {
                                title: resources[r].title.clone(),
                                href: resources[r].href.clone(),
                            })
                        }),
                })
                .collect(),
        })
        .collect()
}

/// FNV-1a, as 8 hex digits: a short id that stays the same while the text does.
pub fn short_hash(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

#[derive(Serialize)]
struct ChecklistView {
    title: Shown,
    activation: Link,
    storage_key: String,
    total: usize,
    /// "__DONE__ of 12 done": the script puts the count in.
    progress: String,
    sections: Vec<SectionView>,
    /// Who leads, in a few words (HTML).
    leads: String,
    coordinators: Vec<ContactView>,
    meetings: Vec<MeetingView>,
    hubs: Vec<Shown>,
}

#[derive(Serialize)]
struct ChecklistContext {
    #[serde(flatten)]
    frame: Frame,
    checklist: ChecklistView,
}

pub fn checklist(
    here: &Here,
    ei: usize,
    ai: usize,
    ci: usize,
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let e = &site.emergencies[ei];
    let a = &e.activations[ai];
    let cluster = &site.clusters[a.cluster];
    let list = &site.checklists[ci];
    let sections = sections(here, e, a, list, &|p| here.href(&site.pages[p].path), false);
    let total = sections.iter().map(|s| s.items.len()).sum();
    let coordinators = e
        .contacts
        .iter()
        .filter(|c| {
            c.cluster.is_some_and(|k| a.covers(k))
                && matches!(c.role, Role::Coordinator | Role::CoCoordinator)
        })
        .map(|c| contact_view(here, e, c))
        .collect();
    let activation = Link {
        title: Shown::new(
            site,
            &here.lang.code,
            &format!(
                "{} · {}",
                group_name(here, a).text,
                here.shown(&e.name).text
            ),
            &here.lang.code,
        ),
        href: activation_href(here, e, a),
    };
    let view = ChecklistView {
        title: here.shown(&list.title),
        storage_key: format!("coordkit:{}:{}:{}", e.id, cluster.id, list.id),
        progress: here.i18n.t(
            &here.lang.code,
            "checklist-progress",
            &[
                ("done", Arg::Text("__DONE__".into())),
                ("total", Arg::Number(total as f64)),
            ],
        ),
        total,
        sections,
        leads: leadership(here, e, a).summary,
        coordinators,
        meetings: e
            .meetings_for(ai)
            .iter()
            .map(|h| meeting(here, e, h))
            .filter(|m| m.next.is_some())
            .collect(),
        hubs: activation_hubs(here, e, a),
        activation,
    };
    let crumbs = activation_crumbs(here, e, a);
    let mut frame = here.frame(
        view.title.text.clone(),
        "emergencies",
        None,
        crumbs,
        &|_| true,
    );
    frame.scripts = true;
    OutputFile::page(
        here,
        templates,
        "checklist.html",
        &ChecklistContext {
            frame,
            checklist: view,
        },
    )
}
