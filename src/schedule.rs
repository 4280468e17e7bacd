//! When meetings happen: the next occurrences of a recurring meeting from a given day, in the
//! meeting's own time zone, and the same rule written as an iCalendar RRULE. Plain functions
//! over the model, shared by pages and calendar exports.

use crate::model::{Meeting, Recurrence};
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The nth weekday of its month that `date` is (1 to 5).
pub fn week_of_month(date: NaiveDate) -> u32 {
    (date.day() - 1) / 7 + 1
}

/// The `n`th `weekday` of a month (n = 5 means the last one).
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<NaiveDate> {
    if n >= 5 {
        let next_month = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        }?;
        let mut d = next_month.pred_opt()?;
        while d.weekday() != weekday {
            d = d.pred_opt()?;
        }
        return Some(d);
    }
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8)
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

/// Which week of the month a monthly meeting keeps (1-4, or 5 for "the last").
fn monthly_week(m: &Meeting) -> u32 {
    week_of_month(first(m)).min(5)
}

/// The next occurrence on or after `from`, or `None` once the meeting has ended (`until`).
pub fn next_on_or_after(
    m: &Meeting,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let start = first(m);
    let next = if from <= start {
        start
    } else {
        match m.every {
            Recurrence::Week | Recurrence::TwoWeeks => {
                let step = if m.every == Recurrence::Week { 7 } else { 14 };
                let days = (from - start).num_days();
                let periods = (days + step - 1) / step;
                start.checked_add_days(Days::new((periods * step) as u64))?
            }
            Recurrence::Month => {
                let week = monthly_week(m);
                let (mut y, mut mo) = (from.year(), from.month());
                loop {
                    if let Some(d) = nth_weekday(y, mo, m.day, week).filter(|d| *d >= from) {
                        break d;
                    }
                    (y, mo) = if mo == 12 { (y + 1, 1) } else { (y, mo + 1) };
                }
            }
        }
    };
    match until {
        Some(u) if next > u => None,
        _ => Some(next),
    }
}

/// The RFC 5545 recurrence rule of a meeting, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`.
pub fn rrule(m: &Meeting, until: Option<NaiveDate>) -> String {
    let day = match m.day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    };
    let mut rule = match m.every {
        Recurrence::Week => format!("FREQ=WEEKLY;BYDAY={day}"),
        Recurrence::TwoWeeks => format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={day}"),
        Recurrence::Month => {
            let week = monthly_week(m);
            let n = if week >= 5 {
                "-1".to_string()
            } else {
                week.to_string()
            };
            format!("FREQ=MONTHLY;BYDAY={n}{day}")
        }
    };
    if let Some(u) = until {
        // UNTIL is inclusive; as a date-time it must be in UTC when DTSTART has a time zone.
        rule.push_str(&format!(";UNTIL={}T235959Z", u.format("%Y%m%d")));
    }
    rule
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
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
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
    }

    #[test]
    fn monthly_meetings_keep_their_week_of_the_month() {
        // 2026-03-17 is the third Tuesday of March.
        let m = meeting(Recurrence::Month, Weekday::Tue, "2026-03-17");
        assert_eq!(
            next_on_or_after(&m, d("2026-11-26"), None),
            Some(d("2026-12-15"))
        );
        assert_eq!(rrule(&m, None), "FREQ=MONTHLY;BYDAY=3TU");
        // 2026-03-31 is the fifth, so the last, Tuesday.
        let last = meeting(Recurrence::Month, Weekday::Tue, "2026-03-31");
        assert_eq!(
            next_on_or_after(&last, d("2026-04-01"), None),
            Some(d("2026-04-28"))
        );
        assert_eq!(rrule(&last, None), "FREQ=MONTHLY;BYDAY=-1TU");
    }

    #[test]
    fn meetings_end_with_their_activation() {
        let m = meeting(Recurrence::Week, Weekday::Tue, "2026-03-17");
        assert_eq!(
            next_on_or_after(&m, d("2026-11-26"), Some(d("2026-11-30"))),
            None
        );
        assert_eq!(
            rrule(&m, Some(d("2026-11-30"))),
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261130T235959Z"
        );
    }

    #[test]
    fn a_start_off_the_meeting_day_moves_to_the_next_one() {
        let m = meeting(Recurrence::TwoWeeks, Weekday::Thu, "2026-03-16");
        assert_eq!(first(&m), d("2026-03-19"));
    }
}
