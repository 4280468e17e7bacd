//! One contact: role, cluster, organisation, email and phone, languages and visibility.

use super::super::{Checker, Ids, formats};
use crate::diagnostics::Diagnostic;
use crate::load::raw::RawContact;
use crate::load::source::FileRef;
use crate::model::*;

pub fn contact(
    file: &FileRef,
    raw: &RawContact,
    activated: &[usize],
    hubs: &Ids<Hub>,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    chk: &mut Checker,
) -> Option<Contact> {
    let id = chk.id(file, &raw.id);
    let role = chk.keyword::<Role>(file, &raw.role);
    // `Some(None)` is inter-cluster; `None` a cluster that could not be resolved.
    let cluster = if raw.cluster.value == "inter-cluster" {
        Some(None)
    } else {
        clusters.resolve(file, &raw.cluster, chk).map(|c| {
            if !activated.contains(&c) {
                chk.push(
                    Diagnostic::error(
                        file.loc(&raw.cluster),
                        format!(
                            "the {} cluster is not activated in this emergency",
                            raw.cluster.value
                        ),
                    )
                    .with_hint("add an activation to emergency.yaml, or use `inter-cluster`"),
                );
            }
            Some(c)
        })
    };
    let organisation = orgs.resolve(file, &raw.organisation, chk);
    let hub = raw.hub.as_ref().and_then(|h| hubs.resolve(file, h, chk));
    let email = raw.email.as_ref().and_then(|e| {
        chk.format(file, e, &e.value, formats::email)
            .map(|()| e.value.clone())
    });
    let phone = raw.phone.as_ref().and_then(|p| {
        chk.format(file, p, &p.value.0, formats::phone)
            .map(|()| p.value.0.clone())
    });
    if raw.email.is_none() && raw.phone.is_none() {
        chk.push(Diagnostic::error(
            file.loc(&raw.id),
            "this contact has neither `email` nor `phone`",
        ));
    }
    for l in &raw.languages {
        if !crate::locale::is_language_tag(&l.value) {
            chk.push(Diagnostic::error(
                file.loc(l),
                format!("`{}` is not a language code", l.value),
            ));
        }
    }
    let visibility = match &raw.visibility {
        // Unreadable visibility hides the contact: never publish by mistake.
        Some(v) => chk.keyword(file, v).unwrap_or(Visibility::Private),
        None => Visibility::Partners,
    };
    let reviewed = chk.reviewed(file, &raw.reviewed);
    Some(Contact {
        id: id?,
        name: chk
            .one_line(file, &raw.name)
            .then(|| raw.name.value.clone())?,
        role: role?,
        cluster: cluster?,
        organisation: organisation?,
        hub,
        email,
        phone,
        languages: raw.languages.iter().map(|l| l.value.clone()).collect(),
        visibility,
        reviewed,
    })
}
