//! Contacts as pages and exports show them: in the reader's language, grouped by cluster in
//! directory order, national contacts before hub ones. Only contacts the build's audience may
//! see are in the model, so only those can appear here.

use super::context::{Here, Shown};
use super::data::{OrgLink, org_link};
use super::rows::{activation_href, group_name, ordered};
use crate::model::*;
use serde::Serialize;

/// A contact as pages and exports show it, in the reader's language.
#[derive(Clone, Serialize)]
pub struct ContactView {
    pub id: String,
    pub name: String,
    pub role: String,
    pub cluster: Shown,
    pub cluster_code: String,
    pub organisation: OrgLink,
    pub organisation_acronym: String,
    pub organisation_type: String,
    pub hub: Option<Shown>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub tel_href: Option<String>,
    /// Language names, for people; codes, for vCard.
    pub languages: Vec<String>,
    pub language_codes: Vec<String>,
    pub reviewed: Option<String>,
    pub reviewed_iso: Option<String>,
}

pub fn contact_view(here: &Here, e: &Emergency, c: &Contact) -> ContactView {
    let site = here.site;
    let org = &site.organisations[c.organisation];
    let (cluster, cluster_code) = match c.cluster {
        Some(k) => (
            here.shown(&site.clusters[k].name),
            site.clusters[k].code.clone(),
        ),
        None => (
            Shown::new(
                site,
                &here.lang.code,
                &here.t("inter-cluster"),
                &here.lang.code,
            ),
            String::new(),
        ),
    };
    ContactView {
        id: c.id.clone(),
        name: c.name.clone(),
        role: here.t(&format!("role-{}", c.role.keyword())),
        cluster,
        cluster_code,
        organisation: org_link(here, c.organisation),
        organisation_acronym: org.acronym.clone().unwrap_or_default(),
        organisation_type: here.t(&format!("org-type-{}", org.kind.keyword())),
        hub: c.hub.map(|h| here.shown(&e.hubs[h].name)),
        email: c.email.clone(),
        phone: c.phone.clone(),
        tel_href: c.phone.as_ref().map(|p| {
            format!(
                "tel:{}",
                p.chars()
                    .filter(|ch| ch.is_ascii_digit() || *ch == '+')
                    .collect::<String>()
            )
        }),
        languages: c
            .languages
            .iter()
            .map(|l| crate::locale::autonym(l).to_string())
            .collect(),
        language_codes: c.languages.clone(),
        reviewed: c.reviewed.map(|d| here.date(d)),
        reviewed_iso: c.reviewed.map(|d| d.to_string()),
    }
}

/// Contacts of one cluster (or inter-cluster), national first, then by hub.
#[derive(Serialize)]
pub struct ContactGroup {
    pub title: Shown,
    pub href: Option<String>,
    pub contacts: Vec<ContactView>,
}

/// The contacts of `e` this build may show, grouped by cluster in directory order.
pub fn contact_groups(here: &Here, e: &Emergency, only: Option<usize>) -> Vec<ContactGroup> {
    let site = here.site;
    let mut groups = Vec::new();
    let sorted = |mut list: Vec<&Contact>| {
        list.sort_by_key(|c| (c.hub.is_some(), c.hub, c.role as u8, c.name.to_lowercase()));
        list.into_iter()
            .map(|c| contact_view(here, e, c))
            .collect::<Vec<_>>()
    };
    if only.is_none() {
        let inter: Vec<&Contact> = e.contacts.iter().filter(|c| c.cluster.is_none()).collect();
        if !inter.is_empty() {
            groups.push(ContactGroup {
                title: Shown::new(
                    site,
                    &here.lang.code,
                    &here.t("inter-cluster"),
                    &here.lang.code,
                ),
                href: None,
                contacts: sorted(inter),
            });
        }
    }
    for (ai, _) in ordered(here, e) {
        if only.is_some_and(|o| o != ai) {
            continue;
        }
        let a = &e.activations[ai];
        let list: Vec<&Contact> = e
            .contacts
            .iter()
            .filter(|c| c.cluster.is_some_and(|k| a.covers(k)))
            .collect();
        if !list.is_empty() {
            groups.push(ContactGroup {
                title: group_name(here, a),
                href: Some(activation_href(here, e, a)),
                contacts: sorted(list),
            });
        }
    }
    groups
}

/// Why a page shows no contact, when it is because of the audience.
pub fn contacts_notice(here: &Here, e: &Emergency) -> Option<String> {
    (here.site.audience == Audience::Public && !e.contacts_public)
        .then(|| here.t("contacts-partners-only"))
}
