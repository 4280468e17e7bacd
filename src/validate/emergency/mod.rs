//! Emergencies: their type, hubs, meetings, cluster activations and contacts, with their
//! references, date order and formats; contacts, online links and mailing lists the build's
//! audience may not see are dropped here, so no later step can publish them.

mod activation;
mod contact;
mod groups;
mod meeting;

use super::tree::Tree;
use super::{Checker, Ids, formats};
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::source::FileRef;
use crate::load::{EmergencySource, Loaded};
use crate::model::*;
use activation::activation;
use contact::contact;
use meeting::meetings;
use std::collections::BTreeSet;

/// What the parts of one emergency are checked against.
pub struct Within<'a> {
    pub file: &'a FileRef,
    /// The emergency's id (its folder).
    pub id: &'a str,
    pub kind: Option<EmergencyType>,
    pub audience: Audience,
    pub started: Option<chrono::NaiveDate>,
    pub hubs: &'a Ids<Hub>,
    pub orgs: &'a Ids<Organisation>,
    pub clusters: &'a Ids<Cluster>,
    /// Files under `content/`, for resources.
    pub assets: &'a BTreeSet<String>,
}

/// Clusters named by joint meetings (`clusters:`), checked once every activation is known.
pub type Joint = Vec<(usize, Loc)>;

/// The global collections an emergency is checked against.
pub struct Collections<'a> {
    pub audience: Audience,
    pub orgs: &'a Ids<Organisation>,
    pub clusters: &'a Ids<Cluster>,
    pub checklists: &'a Ids<Checklist>,
}

pub fn emergencies(
    loaded: &Loaded,
    with: &Collections,
    tree: &Tree,
    chk: &mut Checker,
) -> Vec<Emergency> {
    let mut out = Vec::new();
    for source in &loaded.emergencies {
        if let Some(e) = emergency(source, loaded, with, chk) {
            out.push(e);
        }
    }
    for (i, page) in tree.pages.iter().enumerate() {
        let PageKind::EmergencyPage { emergency } = &page.kind else {
            continue;
        };
        let name = page.key.rsplit('/').next().unwrap_or_default();
        if with.clusters.get(name).is_some() {
            chk.push(Diagnostic::error(crate::diagnostics::Loc::file(&page.versions[0].source.as_str().into()),
                format!("an emergency page cannot be named `{name}`: that address belongs to the {name} cluster's activation"))
                .with_hint("rename the file"));
        }
        if let Some(e) = out.iter_mut().find(|e| &e.id == emergency) {
            e.pages.push(i);
        }
    }
    out
}

fn emergency(
    source: &EmergencySource,
    loaded: &Loaded,
    with: &Collections,
    chk: &mut Checker,
) -> Option<Emergency> {
    let (audience, orgs, clusters) = (with.audience, with.orgs, with.clusters);
    let raw = source.raw.as_ref()?;
    let file = &source.file;
    if let Err(message) = formats::id(&source.id) {
        chk.push(
            Diagnostic::error(
                file.start(),
                format!("the folder name is used as the emergency's id, but {message}"),
            )
            .with_hint(formats::ID_HINT),
        );
        return None;
    }
    let countries: Vec<String> = raw
        .countries
        .value
        .iter()
        .filter(|c| chk.format(file, c, &c.value, formats::country).is_some())
        .map(|c| c.value.clone())
        .collect();
    if raw.countries.value.is_empty() {
        chk.push(Diagnostic::error(
            file.loc(&raw.countries),
            "`countries` is empty; list at least one ISO 3166-1 alpha-3 code",
        ));
    }
    if let Some(glide) = &raw.glide
        && let Some(country) = chk.format(file, glide, &glide.value, |g| {
            formats::glide(g).map(str::to_string)
        })
        && !countries.is_empty()
        && !countries.contains(&country)
    {
        chk.push(Diagnostic::warning(
            file.loc(glide),
            format!("the GLIDE number's country `{country}` is not one of `countries`"),
        ));
    }
    let status = chk
        .keyword(file, &raw.status)
        .unwrap_or(EmergencyStatus::Active);
    let started = chk.date(file, &raw.started);
    let ended = chk.optional_date(file, &raw.ended);
    if let (Some(s), Some(e), Some(sp)) = (started, ended, &raw.ended)
        && e < s
    {
        chk.push(Diagnostic::error(
            file.loc(sp),
            format!("`ended` ({e}) is before `started` ({s})"),
        ));
    }
    let mut hubs: Ids<Hub> = Ids::new("hub", "the emergency's `hubs`", false);
    for h in &raw.hubs {
        if let Some(id) = chk.id(file, &h.value.id) {
            let hub = Hub {
                id: id.clone(),
                name: chk.text(file, &h.value.name),
                pcode: h.value.pcode.as_ref().map(|p| p.value.clone()),
            };
            hubs.add(&id, file.loc(&h.value.id), hub, chk);
        }
    }
    let within = Within {
        file,
        id: &source.id,
        kind: raw.kind.as_ref().and_then(|k| chk.keyword(file, k)),
        audience,
        started,
        hubs: &hubs,
        orgs,
        clusters,
        assets: &loaded.assets,
    };
    let mut joint: Joint = Vec::new();
    let meetings = meetings(&within, &raw.meetings, false, &mut joint, chk);
    let mut activations: Ids<Activation> =
        Ids::new("activation", "the emergency's `activations`", false);
    let mut merged = Vec::new();
    // Where each activation is written, for checks made once all are known.
    let mut places = Vec::new();
    for a in &raw.activations {
        let Some(cluster) = clusters.resolve(file, &a.value.cluster, chk) else {
            continue;
        };
        let activation = activation(&within, &a.value, cluster, &mut joint, chk);
        if status == EmergencyStatus::Closed && activation.deactivated.is_none() {
            chk.push(Diagnostic::warning(
                file.loc(&a.value.cluster),
                "the emergency is closed but this activation has no `deactivated` date",
            ));
        }
        // A cluster merged with itself is reported once, as that (issue #15).
        merged.extend(
            a.value
                .merged_with
                .iter()
                .filter_map(|m| clusters.get(&m.value).map(|c| (c, m)))
                .filter(|(c, _)| *c != cluster),
        );
        if activations.get(&a.value.cluster.value).is_some() {
            chk.push(Diagnostic::error(
                file.loc(&a.value.cluster),
                format!(
                    "`{}` is activated twice in this emergency",
                    a.value.cluster.value
                ),
            ));
            continue;
        }
        if activations.add(
            &a.value.cluster.value,
            file.loc(&a.value.cluster),
            activation,
            chk,
        ) {
            // The kinds of resource written, even those whose file or link is wrong (that
            // is reported already, and should not also count as missing).
            let kinds: Vec<ResourceKind> = a
                .value
                .resources
                .iter()
                .filter_map(|r| ResourceKind::from_keyword(&r.value.kind.value))
                .collect();
            places.push((file.loc(&a.value.cluster), kinds));
        }
    }
    for (c, m) in merged {
        if activations.get(&clusters.items[c].id).is_some() {
            chk.push(Diagnostic::error(
                file.loc(m),
                format!(
                    "`{}` has its own activation here, so it cannot also be merged into another",
                    m.value
                ),
            ));
        }
    }
    let activated_clusters: Vec<usize> = activations
        .items
        .iter()
        .flat_map(Activation::clusters)
        .collect();
    for (c, loc) in joint {
        if !activated_clusters.contains(&c) {
            chk.push(
                Diagnostic::error(
                    loc,
                    format!(
                        "the {} cluster is not activated in this emergency",
                        clusters.items[c].id
                    ),
                )
                .with_hint("a joint meeting is shown on the activations of the clusters it names"),
            );
        }
    }
    for (a, (at, kinds)) in activations.items.iter().zip(places) {
        if status != EmergencyStatus::Closed && a.deactivated.is_none() {
            missing_resources(&source.id, a, &kinds, at, with, chk);
        }
    }
    let mut contacts: Ids<Contact> = Ids::new("contact", "contacts.yaml", false);
    if let Some(contacts_file) = &source.contacts_file {
        for c in &source.contacts {
            let Some(contact) = contact(
                contacts_file,
                &c.value,
                &activated_clusters,
                &hubs,
                orgs,
                clusters,
                chk,
            ) else {
                continue;
            };
            let visible = match (contact.visibility, audience) {
                (Visibility::Private, _) => false,
                (Visibility::Public, Audience::Public) => {
                    raw.contacts_public.as_ref().is_none_or(|p| p.value)
                }
                (Visibility::Partners, Audience::Public) => false,
                (_, Audience::Partners) => true,
            };
            let id = contact.id.clone();
            let loc = contacts_file.loc(&c.value.id);
            if visible {
                contacts.add(&id, loc, contact, chk);
            } else if let Some((_, first)) = contacts.index.get(&id) {
                chk.push(
                    Diagnostic::error(loc, format!("the contact id `{id}` is used twice"))
                        .with_hint(format!(
                            "it is first defined at {}:{}:{}",
                            first.path, first.line, first.column
                        )),
                );
            }
        }
    }
    Some(Emergency {
        id: source.id.clone(),
        name: chk.text(file, &raw.name),
        kind: within.kind,
        countries,
        glide: raw.glide.as_ref().map(|g| g.value.clone()),
        status,
        started: started.unwrap_or_default(),
        ended,
        contacts_public: raw.contacts_public.as_ref().is_none_or(|p| p.value),
        hubs: hubs.items,
        meetings,
        activations: activations.items,
        contacts: contacts.items,
        pages: Vec::new(),
        source: file.path.to_string(),
    })
}

/// Checklist items that link to a kind of resource (`see_resource`) this activation lacks.
fn missing_resources(
    emergency: &str,
    a: &Activation,
    written: &[ResourceKind],
    at: Loc,
    with: &Collections,
    chk: &mut Checker,
) {
    for list in &with.checklists.items {
        let mut kinds: Vec<ResourceKind> = Vec::new();
        if !list.scope.admits(emergency, a) {
            continue;
        }
        for s in list
            .sections
            .iter()
            .filter(|s| s.scope.admits(emergency, a))
        {
            for i in s.items.iter().filter(|i| i.scope.admits(emergency, a)) {
                if let Some(k) = i.see_resource
                    && !written.contains(&k)
                    && !kinds.contains(&k)
                {
                    kinds.push(k);
                }
            }
        }
        for k in kinds {
            chk.push(
                Diagnostic::warning(
                    at.clone(),
                    format!(
                        "the `{}` checklist links to this activation's `{}` (`see_resource`), but it has no resource of that kind",
                        list.id,
                        k.keyword()
                    ),
                )
                .with_hint(format!(
                    "add one to its `resources` with `kind: {}`, or give the checklist item `clusters:` or `emergencies:`",
                    k.keyword()
                )),
            );
        }
    }
}
