//! Emergency pages: the list of emergencies, and what an emergency's directory and its
//! activations' pages share: activation rows, meetings and their next occurrence, contacts.

use super::OutputFile;
pub use super::contacts::{
    ContactGroup, ContactView, contact_groups, contact_view, contacts_notice,
};
use super::context::{Frame, Here, Shown};
use super::data::{HtmlBlock, OrgLink, org_link};
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::model::*;
use crate::schedule;
use chrono::{Datelike, NaiveDate};
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
            status: here.t(&format!("status-{}", e.status.keyword())),
            status_id: e.status.keyword(),
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

/// A meeting as pages show it: when it recurs and when it next happens.
#[derive(Serialize)]
pub struct MeetingView {
    pub title: Shown,
    pub when: String,
    pub starts: String,
    /// The next occurrence on or after the build date, or none once the meeting has ended.
    pub next: Option<String>,
    pub location: Option<Shown>,
    pub hub: Option<Shown>,
}

pub fn meeting(
    here: &Here,
    emergency: &Emergency,
    m: &Meeting,
    until: Option<NaiveDate>,
) -> MeetingView {
    let lang = &here.lang.code;
    let day = here.t(&format!("weekday-{}", m.day.keyword()));
    let when = here.i18n.t(
        lang,
        &format!("meeting-{}", m.every.keyword()),
        &[
            ("day", Arg::Text(day)),
            ("time", Arg::Text(m.time.format("%H:%M").to_string())),
            ("timezone", Arg::Text(m.timezone.name().to_string())),
        ],
    );
    let next = schedule::next_on_or_after(m, here.site.build_date, until).map(|d| {
        here.i18n.t(
            lang,
            "next-meeting",
            &[
                ("date", Arg::Text(long_date(here, d))),
                ("time", Arg::Text(m.time.format("%H:%M").to_string())),
            ],
        )
    });
    MeetingView {
        title: here.shown(&m.title),
        when,
        starts: here.i18n.t(
            lang,
            "meeting-starts",
            &[("date", Arg::Text(here.date(m.starts)))],
        ),
        next,
        location: m.location.as_ref().map(|l| here.shown(l)),
        hub: m.hub.map(|h| here.shown(&emergency.hubs[h].name)),
    }
}

/// An activation's hubs, by name.
pub fn activation_hubs(here: &Here, e: &Emergency, a: &Activation) -> Vec<Shown> {
    a.hubs
        .iter()
        .map(|&h| here.shown(&e.hubs[h].name))
        .collect()
}

/// An activation's meetings, each with its next day.
pub fn activation_meetings(here: &Here, e: &Emergency, a: &Activation) -> Vec<MeetingView> {
    a.meetings
        .iter()
        .map(|m| meeting(here, e, m, e.meetings_until(a)))
        .collect()
}

/// Breadcrumbs of the pages under an activation (checklists, packs): home, the emergencies,
/// the emergency, the activation.
pub fn activation_crumbs(
    here: &Here,
    e: &Emergency,
    cluster: &Cluster,
) -> Vec<super::context::Crumb> {
    use super::context::Crumb;
    vec![
        here.crumb(here.site.home),
        Crumb {
            title: Shown::new(
                here.site,
                &here.lang.code,
                &here.t("emergencies-title"),
                &here.lang.code,
            ),
            href: here.href("emergencies/"),
        },
        Crumb {
            title: here.shown(&e.name),
            href: here.href(&format!("emergencies/{}/", e.id)),
        },
        Crumb {
            title: here.shown(&cluster.name),
            href: here.href(&format!("emergencies/{}/{}/", e.id, cluster.id)),
        },
    ]
}

/// "Tuesday 1 December 2026", in the reader's language.
pub fn long_date(here: &Here, d: NaiveDate) -> String {
    let weekday = here.t(&format!("weekday-{}", d.weekday().keyword()));
    here.i18n.t(
        &here.lang.code,
        "weekday-date",
        &[
            ("weekday", Arg::Text(weekday)),
            ("date", Arg::Text(here.date(d))),
        ],
    )
}

/// A meeting on a given day of the coming week.
#[derive(Serialize)]
pub struct WeekMeeting {
    pub date: String,
    pub time: String,
    pub timezone: &'static str,
    pub title: Shown,
    pub group: Shown,
    pub href: String,
    pub location: Option<Shown>,
}

/// Meetings that happen in the seven days from the build date, in time order. With
/// `only`, the meetings of that activation alone.
pub fn this_week(here: &Here, e: &Emergency, only: Option<usize>) -> Vec<WeekMeeting> {
    let site = here.site;
    let today = site.build_date;
    let week_end = today + chrono::Days::new(6);
    let mut found: Vec<(NaiveDate, chrono::NaiveTime, WeekMeeting)> = Vec::new();
    let mut add = |m: &Meeting, group: Shown, href: String, until: Option<NaiveDate>| {
        if let Some(d) = schedule::next_on_or_after(m, today, until).filter(|d| *d <= week_end) {
            let view = WeekMeeting {
                date: long_date(here, d),
                time: m.time.format("%H:%M").to_string(),
                timezone: m.timezone.name(),
                title: here.shown(&m.title),
                group,
                href,
                location: m.location.as_ref().map(|l| here.shown(l)),
            };
            found.push((d, m.time, view));
        }
    };
    if only.is_none() {
        let inter = Shown::new(
            site,
            &here.lang.code,
            &here.t("inter-cluster"),
            &here.lang.code,
        );
        for m in &e.meetings {
            add(
                m,
                inter.clone(),
                here.href(&format!("emergencies/{}/", e.id)),
                e.ended,
            );
        }
    }
    for (i, a) in e.activations.iter().enumerate() {
        if only.is_some_and(|o| o != i) {
            continue;
        }
        let until = e.meetings_until(a);
        let c = &site.clusters[a.cluster];
        for m in &a.meetings {
            add(
                m,
                here.shown(&c.name),
                here.href(&format!("emergencies/{}/{}/", e.id, c.id)),
                until,
            );
        }
    }
    found.sort_by_key(|a| (a.0, a.1));
    found.into_iter().map(|(_, _, v)| v).collect()
}

#[derive(Serialize)]
pub struct ActivationRow {
    pub cluster: Shown,
    pub href: String,
    pub is_area: bool,
    pub arrangement: String,
    pub counterpart: Option<OrgLink>,
    pub leads: Vec<OrgLink>,
    pub co_leads: Vec<OrgLink>,
    pub state: String,
    pub active: bool,
}

pub fn state(here: &Here, a: &Activation) -> String {
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

pub fn activation_row(here: &Here, e: &Emergency, a: &Activation) -> ActivationRow {
    let c = &here.site.clusters[a.cluster];
    ActivationRow {
        cluster: here.shown(&c.name),
        href: here.href(&format!("emergencies/{}/{}/", e.id, c.id)),
        is_area: c.parent.is_some(),
        arrangement: here.t(&format!("arrangement-{}", a.arrangement.keyword())),
        counterpart: a.government_counterpart.map(|o| org_link(here, o)),
        leads: a.leads.iter().map(|&o| org_link(here, o)).collect(),
        co_leads: a.co_leads.iter().map(|&o| org_link(here, o)).collect(),
        state: state(here, a),
        active: a.deactivated.is_none(),
    }
}

/// Activations in directory order: each cluster, followed by its areas of responsibility.
pub fn ordered(here: &Here, e: &Emergency) -> Vec<usize> {
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
