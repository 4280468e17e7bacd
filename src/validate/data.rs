//! The global collections: organisations, clusters (and areas of responsibility), glossary,
//! checklists and briefing packs.

use super::tree::Tree;
use super::{Checker, Ids, formats};
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::raw::RawPackSection;
use crate::load::source::FileRef;
use crate::load::yaml::{RawText, Sp};
use crate::load::{Entity, Loaded};
use crate::model::*;

/// The id of an entity: its `id`, or for a one-entity file, the file name.
fn entity_id<T>(
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

pub fn organisations(loaded: &Loaded, chk: &mut Checker) -> Ids<Organisation> {
    let mut ids = Ids::new(
        "organisation",
        "content/organisations/",
        loaded.broken.organisations,
    );
    for e in &loaded.organisations {
        let raw = &e.raw.value;
        let Some((id, loc)) = entity_id(e, &raw.id, chk) else {
            continue;
        };
        let kind = chk.keyword::<OrganisationType>(&e.file, &raw.kind);
        let website = raw.website.as_ref().and_then(|w| {
            chk.format(&e.file, w, &w.value, formats::web_url)
                .map(|()| w.value.clone())
        });
        let org = Organisation {
            id: id.clone(),
            acronym: raw.acronym.as_ref().map(|a| a.value.clone()),
            name: chk.text(&e.file, &raw.name),
            kind: kind.unwrap_or(OrganisationType::Other),
            website,
            source: e.file.path.to_string(),
        };
        ids.add(&id, loc, org, chk);
    }
    ids
}

pub fn clusters(loaded: &Loaded, orgs: &Ids<Organisation>, chk: &mut Checker) -> Ids<Cluster> {
    let mut ids = Ids::new("cluster", "content/clusters/", loaded.broken.clusters);
    let mut parents = Vec::new();
    for e in &loaded.clusters {
        let raw = &e.raw.value;
        let Some((id, loc)) = entity_id(e, &raw.id, chk) else {
            continue;
        };
        let code_ok = !raw.code.value.is_empty()
            && raw.code.value.len() <= 12
            && raw
                .code
                .value
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
        if !code_ok {
            chk.push(
                Diagnostic::error(
                    e.file.loc(&raw.code),
                    format!("`{}` is not a sector code", raw.code.value),
                )
                .with_hint("a code is a few capital letters or digits, such as WSH or HEA"),
            );
        }
        let cluster = Cluster {
            id: id.clone(),
            code: raw.code.value.clone(),
            abbreviation: raw.abbreviation.as_ref().map(|a| a.value.clone()),
            name: chk.text(&e.file, &raw.name),
            global_leads: orgs.resolve_all(&e.file, &raw.global_leads, chk),
            parent: None,
            children: Vec::new(),
            summary: raw.summary.as_ref().map(|s| markdown(chk, &e.file, s)),
            description: None,
            source: e.file.path.to_string(),
        };
        if ids.add(&id, loc, cluster, chk)
            && let Some(parent) = &raw.parent
        {
            parents.push((ids.items.len() - 1, e.file.clone(), parent));
        }
    }
    // Parents first, then the depth check: files are read in name order, so an area's
    // parent may get its own parent after the area was linked (issue #15).
    let mut linked = Vec::new();
    for (child, file, parent) in parents {
        let Some(p) = ids.resolve(&file, parent, chk) else {
            continue;
        };
        if p == child {
            chk.push(Diagnostic::error(
                file.loc(parent),
                "a cluster cannot be its own parent",
            ));
        } else {
            ids.items[child].parent = Some(p);
            linked.push((child, file, parent, p));
        }
    }
    for (child, file, parent, p) in linked {
        if ids.items[p].parent.is_some() {
            chk.push(Diagnostic::error(file.loc(parent), format!("`{}` is itself an area of responsibility; areas of responsibility sit directly under a cluster", parent.value)));
            ids.items[child].parent = None;
        } else {
            ids.items[p].children.push(child);
        }
    }
    ids
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

pub fn checklists(loaded: &Loaded, tree: &Tree, chk: &mut Checker) -> Ids<Checklist> {
    let mut ids = Ids::new("checklist", "content/checklists/", loaded.broken.checklists);
    for e in &loaded.checklists {
        let raw = &e.raw.value;
        let Some((id, loc)) = entity_id(e, &raw.id, chk) else {
            continue;
        };
        let sections = raw
            .sections
            .iter()
            .map(|s| ChecklistSection {
                title: chk.text(&e.file, &s.value.title),
                items: s
                    .value
                    .items
                    .iter()
                    .map(|item| {
                        let text = chk.text(
                            &e.file,
                            &Sp {
                                value: item.value.text.clone(),
                                referenced: item.referenced,
                                defined: item.defined,
                            },
                        );
                        let see = item
                            .value
                            .see
                            .as_ref()
                            .and_then(|see| tree.resolve_content_path(&e.file, see, chk));
                        ChecklistItem { text, see }
                    })
                    .collect(),
            })
            .collect();
        ids.add(
            &id,
            loc,
            Checklist {
                id: id.clone(),
                title: chk.text(&e.file, &raw.title),
                sections,
            },
            chk,
        );
    }
    ids
}

pub fn packs(
    loaded: &Loaded,
    tree: &Tree,
    checklists: &Ids<Checklist>,
    chk: &mut Checker,
) -> Vec<Pack> {
    let mut ids = Ids::new("pack", "content/packs/", false);
    for e in &loaded.packs {
        let raw = &e.raw.value;
        let Some((id, loc)) = entity_id(e, &raw.id, chk) else {
            continue;
        };
        let sections = raw
            .sections
            .iter()
            .filter_map(|s| match &s.value {
                RawPackSection::Page(path) => tree
                    .resolve_content_path(&e.file, path, chk)
                    .map(PackSection::Page),
                RawPackSection::Checklist(c) => checklists
                    .resolve(&e.file, c, chk)
                    .map(PackSection::Checklist),
                RawPackSection::Directory => Some(PackSection::Directory),
                RawPackSection::Glossary => Some(PackSection::Glossary),
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
            },
            chk,
        );
    }
    ids.items
}
