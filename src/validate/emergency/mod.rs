//! Emergencies: hubs, meetings, cluster activations and contacts, with their references,
//! date order and formats; contacts the build's audience may not see are dropped here, so no
//! later step can publish them.

mod activation;
mod contact;
mod meeting;

use super::tree::Tree;
use super::{Checker, Ids, formats};
use crate::diagnostics::Diagnostic;
use crate::load::{EmergencySource, Loaded};
use crate::model::*;
use activation::activation;
use contact::contact;
use meeting::meeting;

pub fn emergencies(
    loaded: &Loaded,
    audience: Audience,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    tree: &Tree,
    chk: &mut Checker,
) -> Vec<Emergency> {
    let mut out = Vec::new();
    for source in &loaded.emergencies {
        if let Some(e) = emergency(source, audience, orgs, clusters, chk) {
            out.push(e);
        }
    }
    for (i, page) in tree.pages.iter().enumerate() {
        let PageKind::EmergencyPage { emergency } = &page.kind else {
            continue;
        };
        let name = page.key.rsplit('/').next().unwrap_or_default();
        if clusters.get(name).is_some() {
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
    audience: Audience,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    chk: &mut Checker,
) -> Option<Emergency> {
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
    let meetings = raw
        .meetings
        .iter()
        .filter_map(|m| meeting(file, m, &hubs, chk))
        .collect();
    let mut activations: Ids<Activation> =
        Ids::new("activation", "the emergency's `activations`", false);
    let mut merged = Vec::new();
    for a in &raw.activations {
        let Some(cluster) = clusters.resolve(file, &a.value.cluster, chk) else {
            continue;
        };
        let activation = activation(file, &a.value, cluster, started, &hubs, orgs, clusters, chk);
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
        activations.add(
            &a.value.cluster.value,
            file.loc(&a.value.cluster),
            activation,
            chk,
        );
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
        .flat_map(|a| std::iter::once(a.cluster).chain(a.merged_with.iter().copied()))
        .collect();
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
