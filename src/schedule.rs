//! When meetings happen: each meeting becomes one iCalendar rule set (DTSTART in the meeting's
//! own time zone, its RRULE, UNTIL the day it ends, an EXDATE for each cancelled day; a
//! one-off meeting has its one date), built by the `rrule` crate. Pages take
//! the next occurrence from that set and `meetings.ics` writes the same set's rule, so a page
//! and a calendar cannot disagree about a date.

use crate::model::{Meeting, Recurrence};
use chrono::{Datelike, NaiveDate, TimeZone, Weekday};
use rrule::{Frequency, NWeekday, RRule, RRuleSet, Tz};

/// The nth weekday of its month that `date` is (1 to 5).
pub fn week_of_month(date: NaiveDate) -> u32 {
    (date.day() - 1) / 7 + 1
}

/// The first day a meeting happens: `starts` if it falls on the meeting's day, else the next
/// such day.
pub fn first(m: &Meeting) -> NaiveDate {
    let mut d = m.starts;
    for _ in 0..7 {
        if d.weekday() == m.day {
            return d;
        }
        d = d.succ_opt().unwrap_or(d);
    }
    d
}

/// A date at a time in a meeting's zone (the earlier instant when clocks go back, the instant
/// after the gap when they go forward).
fn local(m: &Meeting, date: NaiveDate) -> Option<chrono::DateTime<Tz>> {
    let tz: Tz = m.timezone.into();
    let naive = date.and_time(m.time);
    tz.from_local_datetime(&naive).earliest().or_else(|| {
        tz.from_local_datetime(&(naive + chrono::Duration::hours(1)))
            .earliest()
    })
}

/// A meeting's dates as one rule set, and its RRULE as written in a calendar.
pub struct Occurrences {
    pub set: RRuleSet,
    /// The rule as the meeting states it (`FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`), before the
    /// `rrule` crate fills in the parts DTSTART implies (BYHOUR, BYMINUTE...).
    pub rule: Option<String>,
}

/// A meeting's occurrences, ending on `until` (the activation was deactivated or the
/// emergency ended). `None` when the meeting ended before it started.
pub fn occurrences(m: &Meeting, until: Option<NaiveDate>) -> Option<Occurrences> {
    let start = local(m, first(m))?;
    let cancelled = m.cancelled.iter().filter_map(|&d| local(m, d)).collect();
    if m.every == Recurrence::Once {
        if until.is_some_and(|u| u < m.starts) {
            return None;
        }
        let set = RRuleSet::new(start).rdate(start).set_exdates(cancelled);
        return Some(Occurrences { set, rule: None });
    }
    let day = match m.day {
        Weekday::Mon => rrule::Weekday::Mon,
        Weekday::Tue => rrule::Weekday::Tue,
        Weekday::Wed => rrule::Weekday::Wed,
        Weekday::Thu => rrule::Weekday::Thu,
        Weekday::Fri => rrule::Weekday::Fri,
        Weekday::Sat => rrule::Weekday::Sat,
        Weekday::Sun => rrule::Weekday::Sun,
    };
    let rule = match m.every {
        Recurrence::Once | Recurrence::Week => {
            RRule::new(Frequency::Weekly).by_weekday(vec![NWeekday::Every(day)])
        }
        Recurrence::TwoWeeks => RRule::new(Frequency::Weekly)
            .interval(2)
            .by_weekday(vec![NWeekday::Every(day)]),
        Recurrence::Month => {
            // The week of the month of the first meeting; the fifth is "the last".
            let week = week_of_month(first(m));
            let n = if week >= 5 { -1 } else { week as i16 };
            RRule::new(Frequency::Monthly).by_weekday(vec![NWeekday::Nth(n, day)])
        }
    };
    let rule = match until {
        // UNTIL is inclusive and, with a zoned DTSTART, written in UTC: the end of the last
        // day in the meeting's zone.
        Some(u) => {
            let tz: Tz = m.timezone.into();
            let end = tz
                .from_local_datetime(&u.and_hms_opt(23, 59, 59)?)
                .latest()?
                .with_timezone(&Tz::UTC);
            rule.until(end)
        }
        None => rule,
    };
    let written = rule_text(&rule);
    Some(Occurrences {
        set: rule.build(start).ok()?.set_exdates(cancelled),
        rule: Some(written),
    })
}

/// The rule as RFC 5545 writes it, from the rule's own parts. (The crate's `Display` writes
/// the first weekday of a month as `BYDAY=WE`, which means every Wednesday.)
fn rule_text<S>(rule: &RRule<S>) -> String {
    let mut parts = vec![format!("FREQ={}", rule.get_freq())];
    if let Some(until) = rule.get_until() {
        parts.push(format!("UNTIL={}Z", until.format("%Y%m%dT%H%M%S")));
    }
    if rule.get_interval() != 1 {
        parts.push(format!("INTERVAL={}", rule.get_interval()));
    }
    let days: Vec<String> = rule
        .get_by_weekday()
        .iter()
        .map(|d| match d {
            NWeekday::Every(w) => weekday_code(*w).to_string(),
            NWeekday::Nth(n, w) => format!("{n}{}", weekday_code(*w)),
        })
        .collect();
    if !days.is_empty() {
        parts.push(format!("BYDAY={}", days.join(",")));
    }
    parts.join(";")
}

fn weekday_code(w: rrule::Weekday) -> &'static str {
    match w {
        rrule::Weekday::Mon => "MO",
        rrule::Weekday::Tue => "TU",
        rrule::Weekday::Wed => "WE",
        rrule::Weekday::Thu => "TH",
        rrule::Weekday::Fri => "FR",
        rrule::Weekday::Sat => "SA",
        rrule::Weekday::Sun => "SU",
    }
}

/// The next occurrence on or after `from`, or `None` once the meeting has ended.
pub fn next_on_or_after(
    m: &Meeting,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Option<NaiveDate> {
    occurrences(m, until)?
        .set
        .into_iter()
        .map(|d| d.date_naive())
        .find(|d| *d >= from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn meeting(every: Recurrence, day: Weekday, starts: &str) -> Meeting {
        Meeting {
            title: Text::Same("M".into()),
            every,
            day,
            time: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            duration_minutes: 60,
            timezone: chrono_tz::Africa::Maputo,
            starts: starts.parse().unwrap(),
            location: None,
            hub: None,
            link: None,
            cancelled: Vec::new(),
            joint: Vec::new(),
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn rule(m: &Meeting, until: Option<&str>) -> String {
        occurrences(m, until.map(d)).unwrap().rule.unwrap()
    }

    #[test]
    fn weekly_and_fortnightly_meetings_keep_their_rhythm() {
        let m = meeting(Recurrence::Week, Weekday::Tue, "2026-03-17");
        assert_eq!(
            next_on_or_after(&m, d("2026-11-26"), None),
            Some(d("2026-12-01"))
        );
        assert_eq!(
            next_on_or_after(&m, d("2026-12-01"), None),
            Some(d("2026-12-01"))
        );
        assert_eq!(
            next_on_or_after(&m, d("2026-01-01"), None),
            Some(d("2026-03-17"))
        );
        let f = meeting(Recurrence::TwoWeeks, Weekday::Thu, "2026-03-19");
        // 2026-03-19 + 18 fortnights = 2026-11-26.
        assert_eq!(
            next_on_or_after(&f, d("2026-11-26"), None),
            Some(d("2026-11-26"))
        );
        assert_eq!(
            next_on_or_after(&f, d("2026-11-27"), None),
            Some(d("2026-12-10"))
        );
        assert_eq!(rule(&f, None), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    }

    #[test]
    fn monthly_meetings_keep_their_week_of_the_month() {
        // 2026-03-17 is the third Tuesday of March.
        let m = meeting(Recurrence::Month, Weekday::Tue, "2026-03-17");
        assert_eq!(
            next_on_or_after(&m, d("2026-11-26"), None),
            Some(d("2026-12-15"))
        );
        assert_eq!(rule(&m, None), "FREQ=MONTHLY;BYDAY=3TU");
        // 2026-03-31 is the fifth, so the last, Tuesday.
        let last = meeting(Recurrence::Month, Weekday::Tue, "2026-03-31");
        assert_eq!(
            next_on_or_after(&last, d("2026-04-01"), None),
            Some(d("2026-04-28"))
        );
        assert_eq!(rule(&last, None), "FREQ=MONTHLY;BYDAY=-1TU");
        // The first weekday of the month keeps its number (the crate would drop it).
        let first_wed = meeting(Recurrence::Month, Weekday::Wed, "2026-04-01");
        assert_eq!(rule(&first_wed, None), "FREQ=MONTHLY;BYDAY=1WE");
    }

    #[test]
    fn meetings_end_with_their_activation() {
        let m = meeting(Recurrence::Week, Weekday::Tue, "2026-03-17");
        assert_eq!(
            next_on_or_after(&m, d("2026-11-26"), Some(d("2026-11-30"))),
            None
        );
        // The end of 30 November in Maputo (UTC+2), in UTC.
        assert_eq!(
            rule(&m, Some("2026-11-30")),
            "FREQ=WEEKLY;UNTIL=20261130T215959Z;BYDAY=TU"
        );
        // A meeting that would start after its activation ended never happens.
        assert!(occurrences(&m, Some(d("2026-03-01"))).is_none());
    }

    #[test]
    fn cancelled_days_are_skipped_and_one_off_meetings_happen_once() {
        let mut m = meeting(Recurrence::Week, Weekday::Tue, "2026-03-17");
        m.cancelled = vec![d("2026-12-01")];
        assert_eq!(
            next_on_or_after(&m, d("2026-11-26"), None),
            Some(d("2026-12-08"))
        );
        let exdates = occurrences(&m, None).unwrap().set.get_exdate().clone();
        assert_eq!(exdates[0].naive_local().to_string(), "2026-12-01 10:00:00");
        let mut once = meeting(Recurrence::Once, Weekday::Fri, "2026-12-04");
        assert_eq!(
            next_on_or_after(&once, d("2026-11-26"), None),
            Some(d("2026-12-04"))
        );
        assert_eq!(next_on_or_after(&once, d("2026-12-05"), None), None);
        assert!(occurrences(&once, None).unwrap().rule.is_none());
        once.cancelled = vec![d("2026-12-04")];
        assert_eq!(next_on_or_after(&once, d("2026-11-26"), None), None);
    }

    #[test]
    fn a_start_off_the_meeting_day_moves_to_the_next_one() {
        let m = meeting(Recurrence::TwoWeeks, Weekday::Thu, "2026-03-16");
        assert_eq!(first(&m), d("2026-03-19"));
    }
}
