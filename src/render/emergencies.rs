//! Emergency pages: the list, each emergency's page and each activation's page.

use super::OutputFile;
use super::context::{Frame, Here, Shown};
use super::data::{HtmlBlock, Link, OrgLink, cluster_link, html_block, list_crumbs, org_link};
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
struct EmergencyRow {
    name: Shown,
    href: String,
    status: String,
    status_id: &'static str,
    countries: Vec<String>,
    glide: Option<String>,
    started: String,
    ended: Option<String>,
    active_clusters: String,
}

#[derive(Serialize)]
struct EmergenciesContext {
    #[serde(flatten)]
    frame: Frame,
    intro: Option<HtmlBlock>,
    emergencies: Vec<EmergencyRow>,
}

fn active_count(e: &Emergency) -> usize {
    e.activations
        .iter()
        .filter(|a| a.deactivated.is_none())
        .count()
}

pub fn emergencies(
    here: &Here,
    bodies: &[Vec<Option<String>>],
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let intro = site.emergencies_intro.map(|p| {
        let (html, v) = super::page_html(here, p, bodies);
        let shown = Shown::new(site, &here.lang.code, "", &v.lang);
        HtmlBlock {
            html,
            lang: shown.lang,
            dir: shown.dir,
        }
    });
    let mut order: Vec<&Emergency> = site.emergencies.iter().collect();
    order.sort_by(|a, b| {
        a.status
            .cmp(&b.status)
            .then(b.started.cmp(&a.started))
            .then(a.id.cmp(&b.id))
    });
    let rows = order
        .into_iter()
        .map(|e| EmergencyRow {
            name: here.shown(&e.name),
            href: here.href(&format!("emergencies/{}/", e.id)),
            status: here.t(&format!("status-{}", e.status.id())),
            status_id: e.status.id(),
            countries: e.countries.clone(),
            glide: e.glide.clone(),
            started: here.date(e.started),
            ended: e.ended.map(|d| here.date(d)),
            active_clusters: here.i18n.t(
                &here.lang.code,
                "active-clusters",
                &[("count", Arg::Number(active_count(e) as f64))],
            ),
        })
        .collect();
    let frame = here.frame(
        here.t("emergencies-title"),
        "emergencies",
        None,
        vec![here.crumb(site.home)],
        &|_| true,
    );
    OutputFile::page(
        here,
        templates,
        "emergencies.html",
        &EmergenciesContext {
            frame,
            intro,
            emergencies: rows,
        },
    )
}

#[derive(Serialize)]
struct MeetingView {
    title: Shown,
    when: String,
    starts: String,
    location: Option<Shown>,
    hub: Option<Shown>,
}

fn meeting(here: &Here, emergency: &Emergency, m: &Meeting) -> MeetingView {
    let lang = &here.lang.code;
    let day = here.t(&format!("weekday-{}", weekday_id(m.day)));
    let when = here.i18n.t(
        lang,
        &format!("meeting-{}", m.every.id()),
        &[
            ("day", Arg::Text(day)),
            ("time", Arg::Text(m.time.format("%H:%M").to_string())),
            ("timezone", Arg::Text(m.timezone.name().to_string())),
        ],
    );
    MeetingView {
        title: here.shown(&m.title),
        when,
        starts: here.i18n.t(
            lang,
            "meeting-starts",
            &[("date", Arg::Text(here.date(m.starts)))],
        ),
        location: m.location.as_ref().map(|l| here.shown(l)),
        hub: m.hub.map(|h| here.shown(&emergency.hubs[h].name)),
    }
}

fn weekday_id(day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match day {
        Mon => "monday",
        Tue => "tuesday",
        Wed => "wednesday",
        Thu => "thursday",
        Fri => "friday",
        Sat => "saturday",
        Sun => "sunday",
    }
}

#[derive(Serialize)]
struct ActivationRow {
    cluster: Shown,
    href: String,
    is_area: bool,
    arrangement: String,
    counterpart: Option<OrgLink>,
    leads: Vec<OrgLink>,
    co_leads: Vec<OrgLink>,
    state: String,
    active: bool,
}

fn state(here: &Here, a: &Activation) -> String {
    let lang = &here.lang.code;
    match (a.deactivated, a.transitioned_to) {
        (Some(d), Some(t)) => here.i18n.t(
            lang,
            "handed-over",
            &[
                ("organisation", Arg::Text(org_link(here, t).short.text)),
                ("date", Arg::Text(here.date(d))),
            ],
        ),
        (Some(d), None) => {
            here.i18n
                .t(lang, "deactivated-on", &[("date", Arg::Text(here.date(d)))])
        }
        (None, _) => here.i18n.t(
            lang,
            "active-since",
            &[("date", Arg::Text(here.date(a.activated)))],
        ),
    }
}

fn activation_row(here: &Here, e: &Emergency, a: &Activation) -> ActivationRow {
    let c = &here.site.clusters[a.cluster];
    ActivationRow {
        cluster: here.shown(&c.name),
        href: here.href(&format!("emergencies/{}/{}/", e.id, c.id)),
        is_area: c.parent.is_some(),
        arrangement: here.t(match a.arrangement {
            Arrangement::Cluster => "arrangement-cluster",
            Arrangement::Sector => "arrangement-sector",
        }),
        counterpart: a.government_counterpart.map(|o| org_link(here, o)),
        leads: a.leads.iter().map(|&o| org_link(here, o)).collect(),
        co_leads: a.co_leads.iter().map(|&o| org_link(here, o)).collect(),
        state: state(here, a),
        active: a.deactivated.is_none(),
    }
}

/// Activations in directory order: each cluster, followed by its areas of responsibility.
fn ordered(here: &Here, e: &Emergency) -> Vec<usize> {
    let site = here.site;
    let name = |a: usize| {
        site.clusters[e.activations[a].cluster]
            .name
            .get(&here.lang.code)
            .text
            .to_lowercase()
    };
    let mut top: Vec<usize> = (0..e.activations.len())
        .filter(|&a| {
            site.clusters[e.activations[a].cluster]
                .parent
                .is_none_or(|p| e.activation(p).is_none())
        })
        .collect();
    top.sort_by_cached_key(|&a| name(a));
    let mut out = Vec::new();
    for t in top {
        out.push(t);
        let mut areas: Vec<usize> = (0..e.activations.len())
            .filter(|&a| {
                site.clusters[e.activations[a].cluster].parent == Some(e.activations[t].cluster)
            })
            .collect();
        areas.sort_by_cached_key(|&a| name(a));
        out.extend(areas);
    }
    out
}

#[derive(Serialize)]
struct HubRow {
    name: Shown,
    pcode: Option<String>,
    clusters: Vec<Link>,
}

#[derive(Serialize)]
struct EmergencyView {
    name: Shown,
    status: String,
    status_id: &'static str,
    closed: bool,
    countries: Vec<String>,
    glide: Option<String>,
    started: String,
    ended: Option<String>,
    activations: Vec<ActivationRow>,
    hubs: Vec<HubRow>,
    meetings: Vec<MeetingView>,
    pages: Vec<Link>,
}

#[derive(Serialize)]
struct EmergencyContext {
    #[serde(flatten)]
    frame: Frame,
    emergency: EmergencyView,
}

pub fn emergency(here: &Here, i: usize, templates: &Templates) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let e = &site.emergencies[i];
    let hubs = e
        .hubs
        .iter()
        .enumerate()
        .map(|(h, hub)| HubRow {
            name: here.shown(&hub.name),
            pcode: hub.pcode.clone(),
            clusters: e
                .activations
                .iter()
                .filter(|a| a.hubs.contains(&h))
                .map(|a| Link {
                    title: here.shown(&site.clusters[a.cluster].name),
                    href: here.href(&format!(
                        "emergencies/{}/{}/",
                        e.id, site.clusters[a.cluster].id
                    )),
                })
                .collect(),
        })
        .collect();
    let view = EmergencyView {
        name: here.shown(&e.name),
        status: here.t(&format!("status-{}", e.status.id())),
        status_id: e.status.id(),
        closed: e.status == EmergencyStatus::Closed,
        countries: e.countries.clone(),
        glide: e.glide.clone(),
        started: here.date(e.started),
        ended: e.ended.map(|d| here.date(d)),
        activations: ordered(here, e)
            .into_iter()
            .map(|a| activation_row(here, e, &e.activations[a]))
            .collect(),
        hubs,
        meetings: e.meetings.iter().map(|m| meeting(here, e, m)).collect(),
        pages: e
            .pages
            .iter()
            .map(|&p| Link {
                title: here.numbered_title(&site.pages[p]),
                href: here.href(&site.pages[p].path),
            })
            .collect(),
    };
    let frame = here.frame(
        view.name.text.clone(),
        "emergencies",
        None,
        list_crumbs(here, &here.t("emergencies-title"), "emergencies/"),
        &|_| true,
    );
    OutputFile::page(
        here,
        templates,
        "emergency.html",
        &EmergencyContext {
            frame,
            emergency: view,
        },
    )
}

#[derive(Serialize)]
struct ActivationView {
    #[serde(flatten)]
    row: ActivationRow,
    emergency: Link,
    global_cluster: Link,
    summary: Option<HtmlBlock>,
    leads_differ: Option<String>,
    partners: Vec<OrgLink>,
    partners_count: String,
    observers: Vec<OrgLink>,
    merged_with: Vec<Link>,
    hubs: Vec<Shown>,
    meetings: Vec<MeetingView>,
    reviewed: Option<String>,
    overdue: Option<String>,
}

#[derive(Serialize)]
struct ActivationContext {
    #[serde(flatten)]
    frame: Frame,
    activation: ActivationView,
}

pub fn activation(
    here: &Here,
    ei: usize,
    ai: usize,
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let lang = &here.lang.code;
    let e = &site.emergencies[ei];
    let a = &e.activations[ai];
    let c = &site.clusters[a.cluster];
    let mut leads = a.leads.clone();
    let mut global = c.global_leads.clone();
    leads.sort_unstable();
    global.sort_unstable();
    let leads_differ = (leads != global && !global.is_empty()).then(|| {
        let names: Vec<String> = c
            .global_leads
            .iter()
            .map(|&o| org_link(here, o).short.text)
            .collect();
        here.i18n.t(
            lang,
            "leads-differ",
            &[("leads", Arg::Text(names.join(", ")))],
        )
    });
    let overdue = here.overdue(a.reviewed);
    let view = ActivationView {
        row: activation_row(here, e, a),
        emergency: Link {
            title: here.shown(&e.name),
            href: here.href(&format!("emergencies/{}/", e.id)),
        },
        global_cluster: cluster_link(here, a.cluster),
        summary: c.summary.as_ref().map(|s| html_block(here, s)),
        leads_differ,
        partners: a.partners.iter().map(|&o| org_link(here, o)).collect(),
        partners_count: here.i18n.t(
            lang,
            "partners-count",
            &[("count", Arg::Number(a.partners.len() as f64))],
        ),
        observers: a.observers.iter().map(|&o| org_link(here, o)).collect(),
        merged_with: a
            .merged_with
            .iter()
            .map(|&m| cluster_link(here, m))
            .collect(),
        hubs: a
            .hubs
            .iter()
            .map(|&h| here.shown(&e.hubs[h].name))
            .collect(),
        meetings: a.meetings.iter().map(|m| meeting(here, e, m)).collect(),
        reviewed: a.reviewed.map(|d| {
            here.i18n
                .t(lang, "last-reviewed", &[("date", Arg::Text(here.date(d)))])
        }),
        overdue,
    };
    let mut crumbs = list_crumbs(here, &here.t("emergencies-title"), "emergencies/");
    crumbs.push(super::context::Crumb {
        title: view.emergency.title.clone(),
        href: view.emergency.href.clone(),
    });
    let title = format!("{} · {}", view.row.cluster.text, view.emergency.title.text);
    let frame = here.frame(title, "emergencies", None, crumbs, &|_| true);
    OutputFile::page(
        here,
        templates,
        "activation.html",
        &ActivationContext {
            frame,
            activation: view,
        },
    )
}
