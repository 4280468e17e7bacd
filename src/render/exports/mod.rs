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

/// What one set of exports covers: a whole emergency, or one activation in it.
pub struct Scope<'a> {
    pub emergency: &'a Emergency,
    pub activation: Option<&'a Activation>,
}

impl Scope<'_> {
    fn contacts(&self) -> Vec<&Contact> {
        self.emergency
            .contacts
            .iter()
            .filter(|c| match self.activation {
                None => true,
                Some(a) => c
                    .cluster
                    .is_some_and(|k| k == a.cluster || a.merged_with.contains(&k)),
            })
            .collect()
    }
}

impl Scope<'_> {
    fn has_meetings(&self) -> bool {
        match self.activation {
            Some(a) => !a.meetings.is_empty(),
            None => {
                !self.emergency.meetings.is_empty()
                    || self
                        .emergency
                        .activations
                        .iter()
                        .any(|a| !a.meetings.is_empty())
            }
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
            "meetings.ics" => (name, "iCalendar", calendar_file(here, scope).into_bytes()),
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
    let header: Vec<String> = [
        "emergency",
        "countries",
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

fn directory_csv(here: &Here, e: &Emergency) -> Vec<u8> {
    let site = here.site;
    let header: Vec<String> = [
        "emergency",
        "countries",
        "cluster-code",
        "cluster",
        "arrangement",
        "leads",
        "leads-acronyms",
        "co-leads",
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
    let rows: Vec<Vec<String>> = e
        .activations
        .iter()
        .map(|a| {
            let c = &site.clusters[a.cluster];
            vec![
                crisis_code(e),
                e.countries.join(" "),
                c.code.clone(),
                here.shown(&c.name).text,
                here.t(&format!("arrangement-{}", a.arrangement.keyword())),
                names(&a.leads),
                a.leads
                    .iter()
                    .map(|&o| {
                        site.organisations[o]
                            .acronym
                            .clone()
                            .unwrap_or_else(|| site.organisations[o].id.clone())
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                names(&a.co_leads),
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
            ]
        })
        .collect();
    hxl::table(&header, &hxl::DIRECTORY_TAGS, &rows)
}

fn calendar_file(here: &Here, scope: &Scope) -> String {
    let site = here.site;
    let e = scope.emergency;
    let page = |path: &str| format!("{}{}/{path}", site.config.base_url, here.lang.code);
    // (meeting, scope in its UID, description, page, last day)
    let mut found: Vec<(&Meeting, &str, String, String, Option<chrono::NaiveDate>)> = Vec::new();
    let emergency_name = here.shown(&e.name).text;
    if scope.activation.is_none() {
        for m in &e.meetings {
            found.push((
                m,
                "inter-cluster",
                emergency_name.clone(),
                page(&format!("emergencies/{}/", e.id)),
                e.ended,
            ));
        }
    }
    for a in &e.activations {
        if scope.activation.is_some_and(|only| !std::ptr::eq(only, a)) {
            continue;
        }
        let c = &site.clusters[a.cluster];
        let until = e.meetings_until(a);
        for m in &a.meetings {
            let description = format!("{} · {emergency_name}", here.shown(&c.name).text);
            found.push((
                m,
                &c.id,
                description,
                page(&format!("emergencies/{}/{}/", e.id, c.id)),
                until,
            ));
        }
    }
    let mut uids: Vec<String> = Vec::new();
    let entries: Vec<calendar::Entry> = found
        .into_iter()
        .map(|(m, scope_id, description, url, until)| {
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
                until,
            }
        })
        .collect();
    let name = here.i18n.t(
        &here.lang.code,
        "calendar-name",
        &[("emergency", crate::i18n::Arg::Text(emergency_name.clone()))],
    );
    calendar::calendar(&name, &entries, site.build_date)
}
