//! The global collections read as entities (id from the file or the entry): the glossary,
//! checklists and briefing packs; cluster descriptions attached to their clusters.

use super::tree::Tree;
use super::{Checker, Ids, formats};
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::raw::RawPackPart;
use crate::load::source::FileRef;
use crate::load::yaml::{RawText, Sp};
use crate::load::{Entity, Loaded};
use crate::model::*;

/// The id of an entity: its `id`, or for a one-entity file, the file name.
pub(super) fn entity_id<T>(
    e: &Entity<T>,
    id: &Option<Sp<String>>,
    chk: &mut Checker,
) -> Option<(String, Loc)> {
    match id {
        Some(id) => chk.id(&e.file, id).map(|v| (v, e.file.loc(id))),
        None if e.in_list => {
            chk.push(Diagnostic::error(
                e.file.loc(&e.raw),
                "this entry has no `id`; each entry of a list needs one",
            ));
            None
        }
        None => match formats::id(&e.stem) {
            Ok(()) => Some((e.stem.clone(), e.file.start())),
            Err(message) => {
                chk.push(
                    Diagnostic::error(
                        e.file.start(),
                        format!("the file name is used as the id, but {message}"),
                    )
                    .with_hint(format!(
                        "rename the file or add an `id:` line; {}",
                        formats::ID_HINT
                    )),
                );
                None
            }
        },
    }
}

pub fn markdown(chk: &mut Checker, file: &FileRef, raw: &Sp<RawText>) -> MarkdownText {
    let loc = file.loc(raw);
    MarkdownText {
        text: chk.markdown_text(file, raw),
        links: Links::default(),
        origin: Origin {
            path: loc.path.to_string(),
            line: loc.line,
            column: loc.column,
        },
    }
}

/// Links `content/clusters/<id>.md` pages to their clusters.
pub fn attach_descriptions(clusters: &mut Ids<Cluster>, tree: &Tree, chk: &mut Checker) {
    for (i, page) in tree.pages.iter().enumerate() {
        let PageKind::ClusterDescription { cluster } = &page.kind else {
            continue;
        };
        match clusters.get(cluster) {
            Some(c) => clusters.items[c].description = Some(i),
            None if clusters.unchecked => {}
            None => {
                let v = &page.versions[0];
                let mut d = Diagnostic::error(
                    Loc::file(&v.source.as_str().into()),
                    format!("there is no cluster `{cluster}` for this description"),
                );
                if let Some(near) = super::did_you_mean(cluster, clusters.index.keys()) {
                    d = d.with_hint(format!("did you mean `{near}.md`?"));
                }
                chk.push(d);
            }
        }
    }
}

pub fn glossary(loaded: &Loaded, chk: &mut Checker) -> Vec<GlossaryEntry> {
    let mut ids = Ids::new("glossary", "content/glossary/", false);
    for e in &loaded.glossary {
        let raw = &e.raw.value;
        let Some((id, loc)) = entity_id(e, &raw.id, chk) else {
            continue;
        };
        let entry = GlossaryEntry {
            id: id.clone(),
            term: raw.term.value.0.clone(),
            expansion: chk.text(&e.file, &raw.expansion),
            definition: raw.definition.as_ref().map(|d| markdown(chk, &e.file, d)),
        };
        ids.add(&id, loc, entry, chk);
    }
    let mut entries = ids.items;
    entries.sort_by_cached_key(|e| (e.term.to_lowercase(), e.id.clone()));
    entries
}

/// `clusters:` and `emergencies:` of a checklist, a pack or one of their parts.
fn scope(
    file: &FileRef,
    clusters: &[Sp<String>],
    emergencies: &[Sp<String>],
    within: &Within,
    chk: &mut Checker,
) -> Scope {
    let mut ids: Ids<()> = Ids::new(
        "emergency",
        "content/emergencies/<id>/emergency.yaml",
        within.loaded.broken.emergencies,
    );
    for e in &within.loaded.emergencies {
        ids.index
            .insert(e.id.clone(), (ids.items.len(), e.file.start()));
        ids.items.push(());
    }
    Scope {
        clusters: within.clusters.resolve_all(file, clusters, chk),
        emergencies: emergencies
            .iter()
            .filter(|e| ids.resolve(file, e, chk).is_some())
            .map(|e| e.value.clone())
            .collect(),
    }
}

/// What checklists and packs refer to.
pub struct Within<'a> {
    pub loaded: &'a Loaded,
    pub tree: &'a Tree,
    pub clusters: &'a Ids<Cluster>,
}

pub fn checklists(within: &Within, chk: &mut Checker) -> Ids<Checklist> {
    let loaded = within.loaded;
    let mut ids = Ids::new("checklist", "content/checklists/", loaded.broken.checklists);
    for e in &loaded.checklists {
        let raw = &e.raw.value;
        let Some((id, loc)) = entity_id(e, &raw.id, chk) else {
            continue;
        };
        let mut sections = Vec::new();
        for s in &raw.sections {
            let s = &s.value;
            let mut items = Vec::new();
            for item in &s.items {
                let text = chk.text(
                    &e.file,
                    &Sp {
                        value: item.value.text.clone(),
                        referenced: item.referenced,
                        defined: item.defined,
                    },
                );
                let i = &item.value;
                if let (Some(see), Some(_)) = (&i.see, &i.see_resource) {
                    chk.push(Diagnostic::error(
                        e.file.loc(see),
                        "an item links to a page (`see`) or to a resource (`see_resource`), not both",
                    ));
                }
                let see = i
                    .see
                    .as_ref()
                    .and_then(|see| within.tree.resolve_content_path(&e.file, see, chk));
                let see_resource = i
                    .see_resource
                    .as_ref()
                    .and_then(|k| chk.keyword::<ResourceKind>(&e.file, k));
                items.push(ChecklistItem {
                    text,
                    see,
                    see_resource,
                    scope: scope(&e.file, &i.clusters, &i.emergencies, within, chk),
                });
            }
            sections.push(ChecklistSection {
                title: chk.text(&e.file, &s.title),
                items,
                scope: scope(&e.file, &s.clusters, &s.emergencies, within, chk),
            });
        }
        ids.add(
            &id,
            loc,
            Checklist {
                id: id.clone(),
                title: chk.text(&e.file, &raw.title),
                sections,
                scope: scope(&e.file, &raw.clusters, &raw.emergencies, within, chk),
            },
            chk,
        );
    }
    ids
}

pub fn packs(within: &Within, checklists: &Ids<Checklist>, chk: &mut Checker) -> Vec<Pack> {
    let loaded = within.loaded;
    let mut ids = Ids::new("pack", "content/packs/", false);
    for e in &loaded.packs {
        let raw = &e.raw.value;
        let Some((id, loc)) = entity_id(e, &raw.id, chk) else {
            continue;
        };
        let sections = raw
            .sections
            .iter()
            .filter_map(|s| {
                let s = &s.value;
                let part = match &s.part {
                    RawPackPart::Page(path) => within
                        .tree
                        .resolve_content_path(&e.file, path, chk)
                        .map(PackPart::Page),
                    RawPackPart::Checklist(c) => {
                        checklists.resolve(&e.file, c, chk).map(PackPart::Checklist)
                    }
                    RawPackPart::Directory => Some(PackPart::Directory),
                    RawPackPart::Glossary => Some(PackPart::Glossary),
                    RawPackPart::Resources => Some(PackPart::Resources),
                    RawPackPart::Meetings => Some(PackPart::Meetings),
                    RawPackPart::Groups => Some(PackPart::Groups),
                };
                let scope = scope(&e.file, &s.clusters, &s.emergencies, within, chk);
                Some(PackSection { part: part?, scope })
            })
            .collect();
        // A checklist and a pack are both published under the activation's address.
        if let Some((_, first)) = checklists.index.get(&id) {
            chk.push(
                Diagnostic::error(loc.clone(), format!("the pack `{id}` and the checklist `{id}` would both be written to <lang>/emergencies/<e>/<cluster>/{id}/index.html"))
                    .with_hint(format!("rename one of them; the checklist is at {}:{}:{}", first.path, first.line, first.column)),
            );
        }
        ids.add(
            &id,
            loc,
            Pack {
                id: id.clone(),
                title: chk.text(&e.file, &raw.title),
                sections,
                scope: scope(&e.file, &raw.clusters, &raw.emergencies, within, chk),
            },
            chk,
        );
    }
    ids.items
}
