//! Meetings as pages show them: when they recur (or the one day a one-off meeting happens),
//! the next occurrence and the cancelled days still to come, taken from the same rule set as
//! `meetings.ics`; who holds them (joint meetings name their clusters); the coming week.

use super::context::{Here, Shown};
use super::rows::group_name;
use crate::i18n::Arg;
use crate::model::*;
use crate::schedule;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A meeting as pages show it.
#[derive(Serialize)]
pub struct MeetingView {
    pub title: Shown,
    /// "Every Tuesday at 10:00 (Africa/Maputo)", "Friday 4 December 2026 at 09:00 (…)".
    pub when: String,
    /// "from 17 March 2026", for recurring meetings.
    pub starts: Option<String>,
    /// The next occurrence on or after the build date, or none once the meeting has ended.
    pub next: Option<String>,
    /// Cancelled days from the build date on: "No meeting on Tuesday 1 December 2026".
    pub cancelled: Option<String>,
    pub location: Option<Shown>,
    pub hub: Option<Shown>,
    /// The online link, when this build publishes it.
    pub link: Option<String>,
    /// "Joint meeting: Health and WASH".
    pub joint: Option<String>,
}

fn time(m: &Meeting) -> String {
    m.time.format("%H:%M").to_string()
}

pub fn meeting(here: &Here, e: &Emergency, held: &Held) -> MeetingView {
    let lang = &here.lang.code;
    let m = held.meeting;
    let day = here.t(&format!("weekday-{}", m.day.keyword()));
    let mut args = vec![
        ("day", Arg::Text(day)),
        // The weekday's keyword, for languages whose words agree with it.
        ("dayid", Arg::Text(m.day.keyword().to_string())),
        ("time", Arg::Text(time(m))),
        ("timezone", Arg::Text(m.timezone.name().to_string())),
    ];
    match m.every {
        Recurrence::Once => args.push(("date", Arg::Text(long_date(here, m.starts)))),
        Recurrence::Month => args.push((
            "week",
            Arg::Number(f64::from(schedule::week_of_month(schedule::first(m)))),
        )),
        _ => {}
    }
    let when = here
        .i18n
        .t(lang, &format!("meeting-{}", m.every.keyword()), &args);
    let next = schedule::next_on_or_after(m, here.site.build_date, held.until).map(|d| {
        here.i18n.t(
            lang,
            "next-meeting",
            &[
                ("date", Arg::Text(long_date(here, d))),
                ("time", Arg::Text(time(m))),
            ],
        )
    });
    let coming: Vec<String> = m
        .cancelled
        .iter()
        .filter(|d| **d >= here.site.build_date)
        .map(|&d| long_date(here, d))
        .collect();
    // Short names where clusters have them: "Health and WASH".
    let joint: Vec<String> = m
        .joint
        .iter()
        .map(|&c| &here.site.clusters[c])
        .map(|c| {
            c.abbreviation
                .clone()
                .unwrap_or_else(|| here.shown(&c.name).text)
        })
        .collect();
    MeetingView {
        title: here.shown(&m.title),
        when,
        starts: (m.every != Recurrence::Once).then(|| {
            here.i18n.t(
                lang,
                "meeting-starts",
                &[("date", Arg::Text(here.date(m.starts)))],
            )
        }),
        next,
        cancelled: (!coming.is_empty()).then(|| {
            here.i18n.t(
                lang,
                "meeting-cancelled",
                &[("dates", Arg::Text(here.list_text(&coming, false)))],
            )
        }),
        location: m.location.as_ref().map(|l| here.shown(l)),
        hub: m.hub.map(|h| here.shown(&e.hubs[h].name)),
        link: m.link.clone(),
        joint: (!joint.is_empty()).then(|| {
            here.i18n.t(
                lang,
                "meeting-joint",
                &[("clusters", Arg::Text(here.list_text(&joint, false)))],
            )
        }),
    }
}

/// The meetings shown on an activation's page: its own, and joint meetings naming it (its
/// groups' meetings are shown with the groups).
pub fn activation_meetings(here: &Here, e: &Emergency, ai: usize) -> Vec<MeetingView> {
    let mut held: Vec<Held> = e
        .meetings_for(ai)
        .into_iter()
        .filter(|h| !matches!(h.holder, Holder::Group(..)))
        .collect();
    // Its own meetings first, then those held jointly by others.
    held.sort_by_key(|h| h.holder != Holder::Activation(ai));
    held.iter().map(|h| meeting(here, e, h)).collect()
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
    /// Who holds it: "Inter-cluster", "Health and Nutrition", "WASH · Strategic Advisory Group".
    pub group: Shown,
    pub href: String,
    pub location: Option<Shown>,
}

/// Who holds a meeting, and the page that says more.
fn holder(here: &Here, e: &Emergency, held: &Held) -> (Shown, String) {
    let lang = &here.lang.code;
    let activation = |ai: usize| {
        let a = &e.activations[ai];
        (
            group_name(here, a),
            here.href(&format!(
                "emergencies/{}/{}/",
                e.id, here.site.clusters[a.cluster].id
            )),
        )
    };
    match held.holder {
        Holder::Emergency => (
            Shown::new(here.site, lang, &here.t("inter-cluster"), lang),
            here.href(&format!("emergencies/{}/", e.id)),
        ),
        Holder::Activation(ai) => activation(ai),
        Holder::Group(ai, gi) => {
            let (name, href) = activation(ai);
            let g = here.shown(&e.activations[ai].groups[gi].name);
            (
                Shown::new(
                    here.site,
                    lang,
                    &format!("{} · {}", name.text, g.text),
                    lang,
                ),
                format!("{href}#groups"),
            )
        }
    }
}

/// Meetings that happen in the seven days from the build date, in time order. With
/// `only`, the meetings of that activation's partners.
pub fn this_week(here: &Here, e: &Emergency, only: Option<usize>) -> Vec<WeekMeeting> {
    let today = here.site.build_date;
    let week_end = today + chrono::Days::new(6);
    let held = match only {
        Some(ai) => e.meetings_for(ai),
        None => e.meetings_held(),
    };
    let mut found: Vec<(NaiveDate, chrono::NaiveTime, WeekMeeting)> = Vec::new();
    for h in &held {
        let m = h.meeting;
        let Some(d) = schedule::next_on_or_after(m, today, h.until).filter(|d| *d <= week_end)
        else {
            continue;
        };
        let (group, href) = holder(here, e, h);
        found.push((
            d,
            m.time,
            WeekMeeting {
                date: long_date(here, d),
                time: time(m),
                timezone: m.timezone.name(),
                title: here.shown(&m.title),
                group,
                href,
                location: m.location.as_ref().map(|l| here.shown(l)),
            },
        ));
    }
    found.sort_by_key(|a| (a.0, a.1));
    found.into_iter().map(|(_, _, v)| v).collect()
}
