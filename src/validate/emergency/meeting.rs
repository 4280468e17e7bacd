//! One meeting: once (on `date`) or recurring (every `day` from `starts`), its time zone, hub
//! and duration, cancelled days, the online link this build may publish, and the clusters
//! that hold it jointly.

use super::super::{Checker, formats};
use super::Within;
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::raw::RawMeeting;
use crate::load::yaml::Sp;
use crate::model::*;
use chrono::Datelike;

/// A list of meetings; the clusters they name as joint go to `joint`, to be checked once
/// every activation is known.
pub fn meetings(
    w: &Within,
    raw: &[Sp<RawMeeting>],
    public_links: bool,
    joint: &mut Vec<(usize, Loc)>,
    chk: &mut Checker,
) -> Vec<Meeting> {
    raw.iter()
        .filter_map(|m| {
            let (m, named) = meeting(w, m, public_links, chk)?;
            joint.extend(named);
            Some(m)
        })
        .collect()
}

/// A meeting, and the clusters it names as joint (checked once every activation is known).
pub fn meeting(
    w: &Within,
    m: &Sp<RawMeeting>,
    public_links: bool,
    chk: &mut Checker,
) -> Option<(Meeting, Vec<(usize, Loc)>)> {
    let file = w.file;
    let raw = &m.value;
    let every = chk.keyword::<Recurrence>(file, &raw.every);
    let time = chk.format(file, &raw.time, &raw.time.value.0, formats::time);
    let timezone = chk.format(file, &raw.timezone, &raw.timezone.value, formats::timezone);
    let hub = raw.hub.as_ref().and_then(|h| w.hubs.resolve(file, h, chk));
    let title = chk.text(file, &raw.title);
    let location = raw.location.as_ref().map(|l| chk.text(file, l));
    let (day, starts) = match every {
        Some(Recurrence::Once) => once(w, raw, chk),
        // An unreadable `every` is reported; `day` and `starts` are still checked.
        every => recurring(w, raw, every, chk),
    };
    let duration_minutes = match &raw.duration {
        Some(d) if d.value == 0 || d.value > 24 * 60 => {
            chk.push(Diagnostic::error(
                file.loc(d),
                format!(
                    "`duration` is in minutes, from 1 to 1440; {} is not possible",
                    d.value
                ),
            ));
            60
        }
        Some(d) => d.value,
        None => 60,
    };
    let link = raw.link.as_ref().and_then(|l| {
        chk.format(file, l, &l.value, formats::web_url)
            .map(|()| l.value.clone())
    });
    let public = public_links || raw.public_links.as_ref().is_some_and(|p| p.value);
    let cancelled: Vec<(chrono::NaiveDate, Loc)> = raw
        .cancelled
        .iter()
        .filter_map(|c| chk.date(file, c).map(|d| (d, file.loc(c))))
        .collect();
    let joint = raw
        .clusters
        .iter()
        .filter_map(|c| w.clusters.resolve(file, c, chk).map(|i| (i, file.loc(c))))
        .collect::<Vec<_>>();
    let meeting = Meeting {
        title,
        duration_minutes,
        every: every?,
        day: day?,
        time: time?,
        timezone: timezone?,
        starts: starts?,
        location,
        hub,
        link: link.filter(|_| public || w.audience == Audience::Partners),
        cancelled: cancelled.iter().map(|(d, _)| *d).collect(),
        joint: joint.iter().map(|(c, _)| *c).collect(),
    };
    // Each cancelled day must be a day the meeting would have happened.
    let uncancelled = Meeting {
        cancelled: Vec::new(),
        ..meeting.clone()
    };
    for (date, loc) in &cancelled {
        let held = crate::schedule::occurrences(&uncancelled, None)
            .and_then(|o| {
                o.set
                    .into_iter()
                    .map(|d| d.date_naive())
                    .find(|d| d >= date)
            })
            .is_some_and(|d| d == *date);
        if !held {
            let when = match meeting.every {
                Recurrence::Once => format!("it is on {}", meeting.starts),
                _ => format!(
                    "it is every {} from {}",
                    meeting.day.keyword(),
                    crate::schedule::first(&meeting)
                ),
            };
            chk.push(Diagnostic::warning(
                loc.clone(),
                format!(
                    "this meeting does not happen on {date}, so it cannot be cancelled then: {when}"
                ),
            ));
        }
    }
    Some((meeting, joint))
}

/// `every: once`: the day is the `date`; `day` and `starts` have no place.
fn once(
    w: &Within,
    raw: &RawMeeting,
    chk: &mut Checker,
) -> (Option<chrono::Weekday>, Option<chrono::NaiveDate>) {
    let file = w.file;
    for (key, place) in [
        ("day", raw.day.as_ref().map(|d| file.loc(d))),
        ("starts", raw.starts.as_ref().map(|s| file.loc(s))),
    ] {
        if let Some(loc) = place {
            chk.push(Diagnostic::error(
                loc,
                format!("a one-off meeting (`every: once`) happens on its `date`; remove `{key}`"),
            ));
        }
    }
    let Some(date) = &raw.date else {
        chk.push(Diagnostic::error(
            file.loc(&raw.every),
            "a one-off meeting (`every: once`) needs `date`, the day it happens",
        ));
        return (None, None);
    };
    let date = chk.date(file, date);
    (date.map(|d| d.weekday()), date)
}

/// `every: week`, `2-weeks` or `month`: a `day` and a first day, `starts`; no `date`.
fn recurring(
    w: &Within,
    raw: &RawMeeting,
    every: Option<Recurrence>,
    chk: &mut Checker,
) -> (Option<chrono::Weekday>, Option<chrono::NaiveDate>) {
    let file = w.file;
    let (day, starts) = (
        raw.day
            .as_ref()
            .and_then(|d| chk.keyword::<chrono::Weekday>(file, d)),
        raw.starts.as_ref().and_then(|s| chk.date(file, s)),
    );
    if let (Some(d), Some(s), Some(sp)) = (day, starts, &raw.starts)
        && s.weekday() != d
    {
        chk.push(Diagnostic::warning(
            file.loc(sp),
            format!("`starts` ({s}) is not a {}", d.keyword()),
        ));
    }
    let Some(every) = every else {
        return (day, starts);
    };
    if let Some(date) = &raw.date {
        chk.push(
            Diagnostic::error(
                file.loc(date),
                format!(
                    "`date` is for a one-off meeting; this one recurs (`every: {}`) on its `day`, from `starts`",
                    every.keyword()
                ),
            )
            .with_hint("write `every: once` for a meeting held once, or replace `date` with `starts`"),
        );
    }
    let missing = |key: &str| {
        Diagnostic::error(
            file.loc(&raw.every),
            format!(
                "a meeting that recurs (`every: {}`) needs `{key}`",
                every.keyword()
            ),
        )
    };
    if raw.day.is_none() {
        chk.push(missing("day"));
    }
    if raw.starts.is_none() {
        chk.push(missing("starts"));
    }
    (day, starts)
}
