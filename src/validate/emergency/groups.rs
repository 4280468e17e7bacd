//! An activation's groups (strategic advisory group, working groups, task forces): their ids,
//! kinds, lead, members and meetings; and its documents and tools (`resources`), each a file
//! in the emergency's `files/` folder or a link.

use super::super::{Checker, Ids, did_you_mean, formats};
use super::{Joint, Within, meetings};
use crate::diagnostics::Diagnostic;
use crate::load::raw::{RawActivationResource, RawGroup};
use crate::load::yaml::Sp;
use crate::model::*;

pub fn groups(
    w: &Within,
    raw: &[Sp<RawGroup>],
    public_links: bool,
    joint: &mut Joint,
    chk: &mut Checker,
) -> Vec<Group> {
    let file = w.file;
    let mut ids: Ids<Group> = Ids::new("group", "the activation's `groups`", false);
    for g in raw {
        let g = &g.value;
        let Some(id) = chk.id(file, &g.id) else {
            continue;
        };
        let kind = chk.keyword::<GroupKind>(file, &g.kind);
        let group = Group {
            id: id.clone(),
            kind: kind.unwrap_or(GroupKind::Other),
            name: chk.text(file, &g.name),
            lead: g.lead.as_ref().and_then(|l| w.orgs.resolve(file, l, chk)),
            members: w.orgs.resolve_all(file, &g.members, chk),
            meetings: meetings(w, &g.meetings, public_links, joint, chk),
        };
        ids.add(&id, file.loc(&g.id), group, chk);
    }
    ids.items
}

pub fn resource(
    w: &Within,
    raw: &Sp<RawActivationResource>,
    chk: &mut Checker,
) -> Option<ActivationResource> {
    let file = w.file;
    let r = &raw.value;
    let title = chk.text(file, &r.title);
    let kind = chk.keyword::<ResourceKind>(file, &r.kind);
    let target = match (&r.file, &r.url) {
        (Some(f), None) => {
            let name = &f.value;
            let folder = format!("emergencies/{}/files/", w.id);
            let safe = !name.is_empty()
                && !name.starts_with('/')
                && !name.contains('\\')
                && name
                    .split('/')
                    .all(|s| !s.is_empty() && s != "." && s != "..");
            if !safe {
                chk.push(
                    Diagnostic::error(
                        file.loc(f),
                        format!("`{name}` is not a file name inside content/{folder}"),
                    )
                    .with_hint("write the file's name (or its path inside that folder), such as tor-2026.pdf"),
                );
                return None;
            }
            let path = format!("{folder}{name}");
            if !w.assets.contains(&path) {
                let here: Vec<String> = w
                    .assets
                    .iter()
                    .filter_map(|a| a.strip_prefix(&folder).map(str::to_string))
                    .collect();
                let mut d =
                    Diagnostic::error(file.loc(f), format!("there is no file content/{path}"));
                d = match did_you_mean(name, here.iter()) {
                    Some(near) => d.with_hint(format!("did you mean `{near}`?")),
                    None => d.with_hint(format!("an activation's files go in content/{folder}")),
                };
                chk.push(d);
                return None;
            }
            ResourceTarget::File(path)
        }
        (None, Some(u)) => {
            chk.format(file, u, &u.value, formats::web_url)?;
            ResourceTarget::Url(u.value.clone())
        }
        (Some(f), Some(_)) => {
            chk.push(Diagnostic::error(
                file.loc(f),
                "a resource is either a `file` or a `url`, not both",
            ));
            return None;
        }
        (None, None) => {
            chk.push(
                Diagnostic::error(file.loc(raw), "this resource has neither `file` nor `url`")
                    .with_hint(format!(
                        "add `file:` (a file in content/emergencies/{}/files/) or `url:`",
                        w.id
                    )),
            );
            return None;
        }
    };
    Some(ActivationResource {
        title,
        kind: kind?,
        target,
    })
}
