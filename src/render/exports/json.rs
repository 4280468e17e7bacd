//! `directory.json`: an emergency's visible directory for other tools, with ids (stable) and
//! names in the language of the folder it is in.

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
    starts: NaiveDateString,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hub: Option<String>,
}

type NaiveDateString = String;

#[derive(Serialize)]
struct ActivationJson {
    cluster: Named,
    code: String,
    arrangement: &'static str,
    leads: Vec<Named>,
    co_leads: Vec<Named>,
    government_counterpart: Option<Named>,
    activated: String,
    deactivated: Option<String>,
    transitioned_to: Option<Named>,
    hubs: Vec<String>,
    partners: Vec<Named>,
    observers: Vec<Named>,
    merged_with: Vec<Named>,
    reviewed: Option<String>,
    meetings: Vec<MeetingJson>,
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
    countries: Vec<String>,
    glide: Option<String>,
    status: &'static str,
    started: String,
    ended: Option<String>,
    hubs: Vec<HubJson>,
    meetings: Vec<MeetingJson>,
    activations: Vec<ActivationJson>,
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
        location: m.location.as_ref().map(|l| here.shown(l).text),
        hub: m.hub.map(|h| e.hubs[h].id.clone()),
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
        countries: e.countries.clone(),
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
            .map(|a| ActivationJson {
                cluster: cluster(a.cluster),
                code: site.clusters[a.cluster].code.clone(),
                arrangement: a.arrangement.keyword(),
                leads: a.leads.iter().map(|&o| org(o)).collect(),
                co_leads: a.co_leads.iter().map(|&o| org(o)).collect(),
                government_counterpart: a.government_counterpart.map(org),
                activated: a.activated.to_string(),
                deactivated: a.deactivated.map(|d| d.to_string()),
                transitioned_to: a.transitioned_to.map(org),
                hubs: a.hubs.iter().map(|&h| e.hubs[h].id.clone()).collect(),
                partners: a.partners.iter().map(|&o| org(o)).collect(),
                observers: a.observers.iter().map(|&o| org(o)).collect(),
                merged_with: a.merged_with.iter().map(|&c| cluster(c)).collect(),
                reviewed: a.reviewed.map(|d| d.to_string()),
                meetings: a.meetings.iter().map(meeting).collect(),
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
