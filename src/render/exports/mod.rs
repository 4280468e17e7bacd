//! Exports people reuse elsewhere, per emergency and per activation: contacts as vCard and
//! HXL-tagged CSV, meetings as iCalendar, the directory as JSON and CSV. Only what the build's
//! audience may see is in the model, so only that can be exported.

mod calendar;
mod hxl;
mod json;
mod vcard;

use super::OutputFile;
use super::context::Here;
use super::emergencies::{ContactView, contact_view};
use crate::model::*;

/// A file offered for download on a page.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Download {
    pub name: String,
    pub href: String,
    /// "vCard", "CSV (HXL)", ...
    pub format: String,
    pub size: String,
}

/// What one set of exports covers: a whole emergency, or one activation in it (its index).
pub struct Scope<'a> {
    pub emergency: &'a Emergency,
    pub activation: Option<usize>,
}

impl Scope<'_> {
    fn contacts(&self) -> Vec<&Contact> {
        let e = self.emergency;
        e.contacts
            .iter()
            .filter(|c| match self.activation {
                None => true,
                Some(a) => c.cluster.is_some_and(|k| e.activations[a].covers(k)),
            })
            .collect()
    }
}

impl Scope<'_> {
    /// Whether the scope has a meeting: its own, its groups', or a joint one naming it.
    fn has_meetings(&self) -> bool {
        match self.activation {
            Some(a) => !self.emergency.meetings_for(a).is_empty(),
            None => !self.emergency.meetings_held().is_empty(),
        }
    }

    /// The export files of this scope, beside its page. An export with no rows is neither
    /// written nor offered (issue #8): an empty contact list is not a download.
    pub fn file_names(&self) -> Vec<&'static str> {
        let mut names = Vec::new();
        if !self.contacts().is_empty() {
            names.extend(["contacts.vcf", "contacts.csv"]);
        }
        if self.has_meetings() {
            names.push("meetings.ics");
        }
        if self.activation.is_none() && !self.emergency.activations.is_empty() {
            names.extend(["directory.csv", "directory.json"]);
        }
        names
    }
}

/// The export files of a scope, written beside its page, and the downloads that list them.
/// An export with nothing in it (no contact this build may show, no meeting) is not made.
pub fn exports(here: &Here, scope: &Scope) -> (Vec<OutputFile>, Vec<Download>) {
    let contacts: Vec<ContactView> = scope
        .contacts()
        .into_iter()
        .map(|c| contact_view(here, scope.emergency, c))
        .collect();
    let files: Vec<(&str, &str, Vec<u8>)> = scope
        .file_names()
        .into_iter()
        .map(|name| match name {
            "contacts.vcf" => (
                name,
                "vCard",
                vcard_file(here, scope, &contacts).into_bytes(),
            ),
            "contacts.csv" => (name, "CSV (HXL)", contacts_csv(here, scope, &contacts)),
            "meetings.ics" => (
                name,
                "iCalendar",
                calendar_file(here, scope).unwrap_or_default().into_bytes(),
            ),
            "directory.csv" => (name, "CSV (HXL)", directory_csv(here, scope.emergency)),
            _ => (name, "JSON", json::directory(here, scope.emergency)),
        })
        .collect();
    let downloads = files
        .iter()
        .map(|(name, format, bytes)| Download {
            name: name.to_string(),
            href: name.to_string(),
            format: format.to_string(),
            size: size(bytes.len()),
        })
        .collect();
    let out = files
        .into_iter()
        .map(|(name, _, bytes)| {
            OutputFile::bytes(format!("{}/{}{name}", here.lang.code, here.path), bytes)
        })
        .collect();
    (out, downloads)
}

fn size(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// The host of the site, for UIDs that stay the same from build to build.
fn host(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    rest.split('/').next().unwrap_or(rest)
}

fn vcard_file(here: &Here, scope: &Scope, contacts: &[ContactView]) -> String {
    let e = scope.emergency;
    let cards: Vec<vcard::Card> = contacts
        .iter()
        .map(|c| vcard::Card {
            uid: format!(
                "urn:coordkit:{}:{}:{}",
                host(&here.site.config.base_url),
                e.id,
                c.id
            ),
            name: &c.name,
            organisation: c.organisation.name.text.clone(),
            role: c.role.clone(),
            note: [
                Some(c.cluster.text.clone()),
                c.hub.as_ref().map(|h| h.text.clone()),
                Some(here.shown(&e.name).text),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
            email: c.email.as_deref(),
            phone: c.phone.as_deref(),
            languages: &c.language_codes,
            revised: c.reviewed_iso.as_ref().map(|d| d.replace('-', "")),
        })
        .collect();
    vcard::cards(&cards)
}

fn contacts_csv(here: &Here, scope: &Scope, contacts: &[ContactView]) -> Vec<u8> {
    let e = scope.emergency;
    let country_names = super::emergencies::country_names(here, e);
    let header: Vec<String> = [
        "emergency",
        "countries",
        "country-names",
        "cluster-code",
        "cluster",
        "organisation",
        "organisation-acronym",
        "organisation-type",
        "contact-name",
        "contact-role",
        "contact-email",
        "contact-phone",
        "hub",
        "reviewed",
    ]
    .iter()
    .map(|k| here.t(&format!("column-{k}")))
    .collect();
    let rows: Vec<Vec<String>> = contacts
        .iter()
        .map(|c| {
            vec![
                crisis_code(e),
                e.countries.join(" "),
                country_names.clone(),
                c.cluster_code.clone(),
                c.cluster.text.clone(),
                c.organisation.name.text.clone(),
                c.organisation_acronym.clone(),
                c.organisation_type.clone(),
                c.name.clone(),
                c.role.clone(),
                c.email.clone().unwrap_or_default(),
                c.phone.clone().unwrap_or_default(),
                c.hub.as_ref().map(|h| h.text.clone()).unwrap_or_default(),
                c.reviewed_iso.clone().unwrap_or_default(),
            ]
        })
        .collect();
    hxl::table(&header, &hxl::CONTACT_TAGS, &rows)
}

/// The emergency's GLIDE number, or its id when it has none.
fn crisis_code(e: &Emergency) -> String {
    e.glide.clone().unwrap_or_else(|| e.id.clone())
}

/// One row per activation, and one per cluster merged into another's group; sectors show
/// the ministry as lead and the agencies as co-leads, as pages do.
fn directory_csv(here: &Here, e: &Emergency) -> Vec<u8> {
    let site = here.site;
    let header: Vec<String> = [
        "emergency",
        "countries",
        "country-names",
        "cluster-code",
        "cluster",
        "type",
        "group",
        "parent-code",
        "arrangement",
        "leads",
        "leads-acronyms",
        "conveners",
        "co-leads",
        "provider-of-last-resort",
        "government-counterpart",
        "status",
        "activated",
        "deactivated",
        "hubs",
    ]
    .iter()
    .map(|k| here.t(&format!("column-{k}")))
    .collect();
    let names = |orgs: &[usize]| {
        orgs.iter()
            .map(|&o| here.shown(&site.organisations[o].name).text)
            .collect::<Vec<_>>()
            .join("; ")
    };
    let acronyms = |orgs: &[usize]| {
        orgs.iter()
            .map(|&o| {
                site.organisations[o]
                    .acronym
                    .clone()
                    .unwrap_or_else(|| site.organisations[o].id.clone())
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let country_names = super::emergencies::country_names(here, e);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (ai, _) in super::rows::ordered(here, e) {
        let a = &e.activations[ai];
        let of = |role: LeadRole, list: &[Lead]| -> Vec<usize> {
            list.iter()
                .filter(|l| l.role == role)
                .map(|l| l.organisation)
                .collect()
        };
        let (leads, co_leads): (Vec<usize>, Vec<usize>) =
            match (a.arrangement, a.government_counterpart) {
                (Arrangement::Sector, Some(g)) => (
                    vec![g],
                    a.leads
                        .iter()
                        .chain(&a.co_leads)
                        .map(|l| l.organisation)
                        .filter(|&o| o != g)
                        .collect(),
                ),
                _ => (
                    of(LeadRole::Lead, &a.leads),
                    a.co_leads.iter().map(|l| l.organisation).collect(),
                ),
            };
        let group = if a.merged_with.is_empty() {
            String::new()
        } else {
            super::rows::group_name(here, a).text
        };
        for c in a.clusters() {
            let cluster = &site.clusters[c];
            let kind = if c == a.cluster {
                super::rows::kind_label(here, a)
            } else {
                here.t(if cluster.is_area() {
                    "kind-area"
                } else {
                    "kind-cluster"
                })
            };
            rows.push(vec![
                crisis_code(e),
                e.countries.join(" "),
                country_names.clone(),
                cluster.code.clone(),
                here.shown(&cluster.name).text,
                kind,
                group.clone(),
                cluster
                    .parent
                    .map(|p| site.clusters[p].code.clone())
                    .unwrap_or_default(),
                here.t(&format!("arrangement-{}", a.arrangement.keyword())),
                names(&leads),
                acronyms(&leads),
                names(&of(LeadRole::Convener, &a.leads)),
                names(&co_leads),
                names(&a.providers_of_last_resort()),
                a.government_counterpart
                    .map(|o| names(&[o]))
                    .unwrap_or_default(),
                super::emergencies::state(here, a),
                a.activated.to_string(),
                a.deactivated.map(|d| d.to_string()).unwrap_or_default(),
                a.hubs
                    .iter()
                    .map(|&h| here.shown(&e.hubs[h].name).text)
                    .collect::<Vec<_>>()
                    .join("; "),
            ]);
        }
    }
    hxl::table(&header, &hxl::DIRECTORY_TAGS, &rows)
}

/// The meetings of a scope as iCalendar; none when it has no meeting.
fn calendar_file(here: &Here, scope: &Scope) -> Option<String> {
    let site = here.site;
    let e = scope.emergency;
    let page = |path: &str| format!("{}{}/{path}", site.config.base_url, here.lang.code);
    let emergency_name = here.shown(&e.name).text;
    let held = match scope.activation {
        None => e.meetings_held(),
        Some(ai) => e.meetings_for(ai),
    };
    if held.is_empty() {
        return None;
    }
    let mut uids: Vec<String> = Vec::new();
    let entries: Vec<calendar::Entry> = held
        .iter()
        .map(|h| {
            let m = h.meeting;
            // (scope in its UID, who holds it, page)
            let (scope_id, holder, url) = match h.holder {
                Holder::Emergency => (
                    "inter-cluster".to_string(),
                    None,
                    page(&format!("emergencies/{}/", e.id)),
                ),
                Holder::Activation(ai) | Holder::Group(ai, _) => {
                    let a = &e.activations[ai];
                    let c = &site.clusters[a.cluster];
                    let name = super::rows::group_name(here, a).text;
                    let url = page(&format!("emergencies/{}/{}/", e.id, c.id));
                    match h.holder {
                        Holder::Group(_, gi) => {
                            let g = &a.groups[gi];
                            (
                                format!("{}-{}", c.id, g.id),
                                Some(format!("{name} · {}", here.shown(&g.name).text)),
                                url,
                            )
                        }
                        _ => (c.id.clone(), Some(name), url),
                    }
                }
            };
            let description = match holder {
                Some(h) => format!("{h} · {emergency_name}"),
                None => emergency_name.clone(),
            };
            let base = format!(
                "{}-{scope_id}-{}",
                e.id,
                crate::markdown::slugify(m.title.default_text())
            );
            let mut uid = format!("{base}@{}", host(&site.config.base_url));
            let mut n = 1;
            while uids.contains(&uid) {
                n += 1;
                uid = format!("{base}-{n}@{}", host(&site.config.base_url));
            }
            uids.push(uid.clone());
            calendar::Entry {
                uid,
                meeting: m,
                title: here.shown(&m.title).text,
                location: m.location.as_ref().map(|l| here.shown(l).text),
                description,
                url,
                until: h.until,
            }
        })
        .collect();
    let name = here.i18n.t(
        &here.lang.code,
        "calendar-name",
        &[("emergency", crate::i18n::Arg::Text(emergency_name.clone()))],
    );
    Some(calendar::calendar(&name, &entries, site.build_date))
}
