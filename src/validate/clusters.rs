//! Organisations, and clusters with their areas of responsibility and global leads.

use super::data::{entity_id, markdown};
use super::{Checker, Ids, formats, leads};
use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::model::*;

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
            global_leads: raw
                .global_leads
                .iter()
                .filter_map(|g| leads::global_lead(&e.file, g, orgs, chk))
                .collect(),
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
