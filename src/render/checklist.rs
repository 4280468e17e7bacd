//! A checklist built for one activation: its sections and items in the reader's language,
//! beside the facts a new partner needs first (leads, coordinators, next meetings, hubs).
//! Items are real checkboxes; ticks are remembered by `assets/coordkit.js` when it runs.

use super::OutputFile;
use super::context::{Frame, Here, Shown};
use super::data::{Link, OrgLink, org_link};
use super::emergencies::{
    ContactView, MeetingView, activation_crumbs, activation_hubs, contact_view, meeting,
};
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

/// A checklist's sections; `see` links are made by `link` (relative on pages, anchors or
/// absolute addresses in packs).
pub fn sections(
    here: &Here,
    checklist: &Checklist,
    link: &dyn Fn(usize) -> String,
) -> Vec<SectionView> {
    let mut seen: Vec<String> = Vec::new();
    let mut item_id = |text: &str| {
        let hash = short_hash(text);
        let n = seen.iter().filter(|h| **h == hash).count();
        seen.push(hash.clone());
        if n == 0 {
            hash
        } else {
            format!("{hash}-{}", n + 1)
        }
    };
    checklist
        .sections
        .iter()
        .map(|section| SectionView {
            title: here.shown(&section.title),
            items: section
                .items
                .iter()
                .map(|item| ItemView {
                    id: item_id(item.text.default_text()),
                    text: here.shown(&item.text),
                    see: item.see.map(|p| Link {
                        title: here.numbered_title(&here.site.pages[p]),
                        href: link(p),
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
    leads: Vec<OrgLink>,
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
    let sections = sections(here, list, &|p| here.href(&site.pages[p].path));
    let total = sections.iter().map(|s| s.items.len()).sum();
    let until = e.meetings_until(a);
    let coordinators = e
        .contacts
        .iter()
        .filter(|c| {
            c.cluster == Some(a.cluster)
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
                here.shown(&cluster.name).text,
                here.shown(&e.name).text
            ),
            &here.lang.code,
        ),
        href: here.href(&format!("emergencies/{}/{}/", e.id, cluster.id)),
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
        leads: a.leads.iter().map(|&o| org_link(here, o)).collect(),
        coordinators,
        meetings: a
            .meetings
            .iter()
            .map(|m| meeting(here, e, m, until))
            .filter(|m| m.next.is_some())
            .collect(),
        hubs: activation_hubs(here, e, a),
        activation,
    };
    let crumbs = activation_crumbs(here, e, cluster);
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
