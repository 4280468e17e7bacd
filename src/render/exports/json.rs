//! `directory.json`: an emergency's visible directory for other tools, with ids and keywords
//! (stable) and names in the language of the folder it is in. Each activation says what it
//! is (cluster, sector, area of responsibility), who leads it in what role, and the clusters
//! merged into it; each merged cluster is also listed on its own, naming its group.

use super::super::context::Here;
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
struct Named {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    acronym: Option<String>,
}

#[derive(Serialize)]
struct LeadJson {
    #[serde(flatten)]
    organisation: Named,
    /// `lead` or `convener`.
    role: &'static str,
}

#[derive(Serialize)]
struct HubJson {
    id: String,
    name: String,
    pcode: Option<String>,
}

#[derive(Serialize)]
struct MeetingJson {
    title: String,
    every: &'static str,
    day: String,
    time: String,
    duration_minutes: u32,
    timezone: &'static str,
    /// The first day; for `every: once`, the day.
    starts: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cancelled: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hub: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    link: Option<String>,
    /// A joint meeting: the clusters it is held with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    clusters: Vec<String>,
}

#[derive(Serialize)]
struct ResourceJson {
    title: String,
    kind: &'static str,
    /// The published address of a file, or the link.
    url: String,
}

#[derive(Serialize)]
struct GroupJson {
    id: String,
    kind: &'static str,
    name: String,
    lead: Option<Named>,
    members: Vec<Named>,
    meetings: Vec<MeetingJson>,
}

#[derive(Serialize)]
struct ActivationJson {
    cluster: Named,
    code: String,
    /// `cluster`, `sector` or `area-of-responsibility`.
    #[serde(rename = "type")]
    kind: &'static str,
    /// The cluster of an area of responsibility.
    parent: Option<String>,
    /// The group's name: the cluster's, or every cluster it covers ("Health and Nutrition").
    name: String,
    arrangement: &'static str,
    leads: Vec<LeadJson>,
    co_leads: Vec<LeadJson>,
    provider_of_last_resort: Vec<Named>,
    government_counterpart: Option<Named>,
    activated: String,
    deactivated: Option<String>,
    transitioned_to: Option<Named>,
    #[serde(skip_serializing_if = "Option::is_none")]
    handover_note: Option<String>,
    hubs: Vec<String>,
    partners: Vec<Named>,
    observers: Vec<Named>,
    merged_with: Vec<Named>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mailing_list: Option<String>,
    resources: Vec<ResourceJson>,
    groups: Vec<GroupJson>,
    reviewed: Option<String>,
    meetings: Vec<MeetingJson>,
}

/// A cluster with no activation of its own, coordinated by another's group.
#[derive(Serialize)]
struct MergedJson {
    cluster: Named,
    code: String,
    /// The activation (its cluster id) whose group covers it.
    group: String,
}

#[derive(Serialize)]
struct ContactJson {
    id: String,
    name: String,
    role: &'static str,
    cluster: Option<String>,
    organisation: String,
    hub: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    languages: Vec<String>,
    reviewed: Option<String>,
}

#[derive(Serialize)]
struct DirectoryJson {
    id: String,
    name: String,
    language: String,
    audience: &'static str,
    built: String,
    #[serde(rename = "type")]
    kind: Option<&'static str>,
    countries: Vec<String>,
    country_names: Vec<String>,
    glide: Option<String>,
    status: &'static str,
    started: String,
    ended: Option<String>,
    hubs: Vec<HubJson>,
    meetings: Vec<MeetingJson>,
    activations: Vec<ActivationJson>,
    merged: Vec<MergedJson>,
    contacts: Vec<ContactJson>,
}

pub fn directory(here: &Here, e: &Emergency) -> Vec<u8> {
    let site = here.site;
    let org = |o: usize| {
        let org = &site.organisations[o];
        Named {
            id: org.id.clone(),
            name: here.shown(&org.name).text,
            acronym: org.acronym.clone(),
        }
    };
    let lead = |l: &Lead| LeadJson {
        organisation: org(l.organisation),
        role: l.role.keyword(),
    };
    let cluster = |c: usize| Named {
        id: site.clusters[c].id.clone(),
        name: here.shown(&site.clusters[c].name).text,
        acronym: site.clusters[c].abbreviation.clone(),
    };
    let meeting = |m: &Meeting| MeetingJson {
        title: here.shown(&m.title).text,
        every: m.every.keyword(),
        day: m.day.keyword().to_string(),
        time: m.time.format("%H:%M").to_string(),
        duration_minutes: m.duration_minutes,
        timezone: m.timezone.name(),
        starts: m.starts.to_string(),
        cancelled: m.cancelled.iter().map(ToString::to_string).collect(),
        location: m.location.as_ref().map(|l| here.shown(l).text),
        hub: m.hub.map(|h| e.hubs[h].id.clone()),
        link: m.link.clone(),
        clusters: m
            .joint
            .iter()
            .map(|&c| site.clusters[c].id.clone())
            .collect(),
    };
    let resource = |r: &ActivationResource| ResourceJson {
        title: here.shown(&r.title).text,
        kind: r.kind.keyword(),
        url: match &r.target {
            ResourceTarget::Url(u) => u.clone(),
            ResourceTarget::File(p) => format!("{}{}/{p}", site.config.base_url, here.lang.code),
        },
    };
    let json = DirectoryJson {
        id: e.id.clone(),
        name: here.shown(&e.name).text,
        language: here.lang.code.clone(),
        audience: match site.audience {
            Audience::Public => "public",
            Audience::Partners => "partners",
        },
        built: site.build_date.to_string(),
        kind: e.kind.map(Keyword::keyword),
        countries: e.countries.clone(),
        country_names: e
            .countries
            .iter()
            .map(|c| crate::locale::country_name(c, &here.lang.code, site.config.default_lang()))
            .collect(),
        glide: e.glide.clone(),
        status: e.status.keyword(),
        started: e.started.to_string(),
        ended: e.ended.map(|d| d.to_string()),
        hubs: e
            .hubs
            .iter()
            .map(|h| HubJson {
                id: h.id.clone(),
                name: here.shown(&h.name).text,
                pcode: h.pcode.clone(),
            })
            .collect(),
        meetings: e.meetings.iter().map(meeting).collect(),
        activations: e
            .activations
            .iter()
            .map(|a| {
                let c = &site.clusters[a.cluster];
                ActivationJson {
                    cluster: cluster(a.cluster),
                    code: c.code.clone(),
                    kind: match super::super::rows::kind(site, a) {
                        "area" => "area-of-responsibility",
                        k => k,
                    },
                    parent: c.parent.map(|p| site.clusters[p].id.clone()),
                    name: super::super::rows::group_name(here, a).text,
                    arrangement: a.arrangement.keyword(),
                    leads: a.leads.iter().map(lead).collect(),
                    co_leads: a.co_leads.iter().map(lead).collect(),
                    provider_of_last_resort: a
                        .providers_of_last_resort()
                        .into_iter()
                        .map(org)
                        .collect(),
                    government_counterpart: a.government_counterpart.map(org),
                    activated: a.activated.to_string(),
                    deactivated: a.deactivated.map(|d| d.to_string()),
                    transitioned_to: a.transitioned_to.map(org),
                    handover_note: a
                        .handover_note
                        .as_ref()
                        .map(|n| n.text.get(&here.lang.code).text.to_string()),
                    hubs: a.hubs.iter().map(|&h| e.hubs[h].id.clone()).collect(),
                    partners: a.partners.iter().map(|&o| org(o)).collect(),
                    observers: a.observers.iter().map(|&o| org(o)).collect(),
                    merged_with: a.merged_with.iter().map(|&c| cluster(c)).collect(),
                    mailing_list: a.mailing_list.clone(),
                    resources: a.resources.iter().map(resource).collect(),
                    groups: a
                        .groups
                        .iter()
                        .map(|g| GroupJson {
                            id: g.id.clone(),
                            kind: g.kind.keyword(),
                            name: here.shown(&g.name).text,
                            lead: g.lead.map(org),
                            members: g.members.iter().map(|&o| org(o)).collect(),
                            meetings: g.meetings.iter().map(meeting).collect(),
                        })
                        .collect(),
                    reviewed: a.reviewed.map(|d| d.to_string()),
                    meetings: a.meetings.iter().map(meeting).collect(),
                }
            })
            .collect(),
        merged: e
            .activations
            .iter()
            .flat_map(|a| {
                a.merged_with.iter().map(|&c| MergedJson {
                    cluster: cluster(c),
                    code: site.clusters[c].code.clone(),
                    group: site.clusters[a.cluster].id.clone(),
                })
            })
            .collect(),
        contacts: e
            .contacts
            .iter()
            .map(|c| ContactJson {
                id: c.id.clone(),
                name: c.name.clone(),
                role: c.role.keyword(),
                cluster: c.cluster.map(|k| site.clusters[k].id.clone()),
                organisation: site.organisations[c.organisation].id.clone(),
                hub: c.hub.map(|h| e.hubs[h].id.clone()),
                email: c.email.clone(),
                phone: c.phone.clone(),
                languages: c.languages.clone(),
                reviewed: c.reviewed.map(|d| d.to_string()),
            })
            .collect(),
    };
    let mut out = serde_json::to_vec_pretty(&json).unwrap_or_default();
    out.push(b'\n');
    out
}
