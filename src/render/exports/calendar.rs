//! iCalendar (RFC 5545) through the `ics` crate: one event per meeting, its DTSTART and RRULE
//! taken from the rule set `schedule` builds (the one pages read their dates from), in the
//! meeting's time zone with a VTIMEZONE for each zone used, UIDs stable across builds so that
//! a calendar can subscribe to the file.

use crate::model::Meeting;
use crate::schedule;
use chrono::{DateTime, Datelike, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use ics::components::Property;
use ics::properties::{Description, DtStart, Duration, Location, RRule, Summary, TzName, URL};
use ics::{Daylight, Event, ICalendar, Standard, escape_text};

/// One meeting as it goes into a calendar, with its text already in the reader's language.
pub struct Entry<'a> {
    pub uid: String,
    pub meeting: &'a Meeting,
    pub title: String,
    pub location: Option<String>,
    pub description: String,
    pub url: String,
    /// The last day it can happen (the activation was deactivated, the emergency ended).
    pub until: Option<NaiveDate>,
}

pub fn calendar(name: &str, entries: &[Entry], stamp: NaiveDate) -> String {
    let mut cal = ICalendar::new("2.0", "-//coordkit//coordkit//EN");
    cal.push(Property::new("CALSCALE", "GREGORIAN"));
    cal.push(Property::new("METHOD", "PUBLISH"));
    cal.push(Property::new("X-WR-CALNAME", escape_text(name.to_string())));
    let mut zones: Vec<Tz> = entries.iter().map(|e| e.meeting.timezone).collect();
    zones.sort_by_key(|z| z.name());
    zones.dedup();
    for tz in zones {
        let from = entries
            .iter()
            .filter(|e| e.meeting.timezone == tz)
            .map(|e| e.meeting.starts.year())
            .min()
            .unwrap_or(stamp.year());
        cal.add_timezone(vtimezone(tz, from, stamp.year() + 2));
    }
    let dtstamp = format!("{}T000000Z", stamp.format("%Y%m%d"));
    for e in entries {
        let m = e.meeting;
        // A meeting that ended before it began has no occurrence to offer.
        let Some(dates) = schedule::occurrences(m, e.until) else {
            continue;
        };
        let mut event = Event::new(e.uid.clone(), dtstamp.clone());
        let start = dates.set.get_dt_start().naive_local();
        let mut dtstart = DtStart::new(start.format("%Y%m%dT%H%M%S").to_string());
        dtstart.add(ics::parameters::TzIDParam::new(m.timezone.name()));
        event.push(dtstart);
        event.push(Duration::new(format!("PT{}M", m.duration_minutes)));
        if let Some(rule) = dates.rule {
            event.push(RRule::new(rule));
        }
        // Cancelled days, in the meeting's zone, as the same set holds them.
        let exdates: Vec<String> = dates
            .set
            .get_exdate()
            .iter()
            .map(|d| d.naive_local().format("%Y%m%dT%H%M%S").to_string())
            .collect();
        if !exdates.is_empty() {
            let mut exdate = Property::new("EXDATE", exdates.join(","));
            exdate.add(ics::parameters::TzIDParam::new(m.timezone.name()));
            event.push(exdate);
        }
        if m.every == crate::model::Recurrence::Once && !m.cancelled.is_empty() {
            event.push(Property::new("STATUS", "CANCELLED"));
        }
        event.push(Summary::new(escape_text(e.title.clone())));
        if let Some(l) = &e.location {
            event.push(Location::new(escape_text(l.clone())));
        }
        let description = match &m.link {
            Some(link) => format!("{}\n{link}", e.description),
            None => e.description.clone(),
        };
        event.push(Description::new(escape_text(description)));
        event.push(URL::new(e.url.clone()));
        if let Some(link) = &m.link {
            // RFC 7986: where to join online.
            let mut conference = Property::new("CONFERENCE", link.clone());
            conference.add(ics::components::Parameter::new("VALUE", "URI"));
            event.push(conference);
        }
        cal.add_event(event);
    }
    cal.to_string()
}

/// A VTIMEZONE with the zone's real transitions between `from` and `to` (years), found by
/// scanning its UTC offsets. A zone without transitions gets one STANDARD observance.
fn vtimezone(tz: Tz, from: i32, to: i32) -> ics::TimeZone<'static> {
    let offset = |t: DateTime<Utc>| tz.offset_from_utc_datetime(&t.naive_utc());
    let start = Utc
        .with_ymd_and_hms(from, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let end = Utc
        .with_ymd_and_hms(to, 12, 31, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let mut transitions = Vec::new();
    let mut day = start;
    while day < end {
        let next = day + chrono::Duration::days(1);
        if offset(day).fix() != offset(next).fix() {
            // Narrow the change down to the second.
            let (mut lo, mut hi) = (day, next);
            while (hi - lo).num_seconds() > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset(mid).fix() == offset(lo).fix() {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            transitions.push(hi);
        }
        day = next;
    }
    let hhmm = |secs: i32| {
        format!(
            "{}{:02}{:02}",
            if secs < 0 { '-' } else { '+' },
            secs.abs() / 3600,
            secs.abs() % 3600 / 60
        )
    };
    let first = offset(start);
    let mut zone: Option<ics::TimeZone> = None;
    let add = |zone: &mut Option<ics::TimeZone<'static>>,
               at: String,
               before: i32,
               after: chrono_tz::TzOffset| {
        let daylight = after.dst_offset().num_seconds() != 0;
        let name = after.abbreviation().unwrap_or("").to_string();
        if daylight {
            let mut d = Daylight::new(at, hhmm(before), hhmm(after.fix().local_minus_utc()));
            d.push(TzName::new(name));
            match zone {
                Some(z) => z.add_daylight(d),
                None => *zone = Some(ics::TimeZone::daylight(tz.name(), d)),
            }
        } else {
            let mut s = Standard::new(at, hhmm(before), hhmm(after.fix().local_minus_utc()));
            s.push(TzName::new(name));
            match zone {
                Some(z) => z.add_standard(s),
                None => *zone = Some(ics::TimeZone::standard(tz.name(), s)),
            }
        }
    };
    // The offset in force before the first change found, so every date is covered.
    let secs = first.fix().local_minus_utc();
    add(&mut zone, "19700101T000000".into(), secs, first);
    for t in transitions {
        let before = offset(t - chrono::Duration::seconds(1))
            .fix()
            .local_minus_utc();
        let after = offset(t);
        // DTSTART of an observance is the local time, in the offset before the change.
        let local = (t + chrono::Duration::seconds(i64::from(before))).naive_utc();
        add(
            &mut zone,
            local.format("%Y%m%dT%H%M%S").to_string(),
            before,
            after,
        );
    }
    zone.unwrap_or_else(|| {
        ics::TimeZone::standard(
            tz.name(),
            Standard::new("19700101T000000", "+0000", "+0000"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Recurrence, Text};

    fn meeting(tz: Tz) -> Meeting {
        Meeting {
            title: Text::Same("WASH".into()),
            every: Recurrence::TwoWeeks,
            day: chrono::Weekday::Tue,
            time: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            duration_minutes: 90,
            timezone: tz,
            starts: "2026-03-17".parse().unwrap(),
            location: Some(Text::Same("UNICEF office, Beira".into())),
            hub: None,
            link: None,
            cancelled: Vec::new(),
            joint: Vec::new(),
        }
    }

    fn entry(m: &Meeting) -> Entry<'_> {
        Entry {
            uid: "cyclone-wash-wash@toolkit.example.org".into(),
            meeting: m,
            title: "WASH coordination; weekly".into(),
            location: Some("UNICEF office, Beira".into()),
            description: "Water, Sanitation and Hygiene".into(),
            url: "https://toolkit.example.org/en/emergencies/cyclone/wash/".into(),
            until: Some("2026-11-30".parse().unwrap()),
        }
    }

    #[test]
    fn events_recur_in_their_time_zone() {
        let m = meeting(chrono_tz::Africa::Maputo);
        let text = calendar(
            "Cyclone, meetings",
            &[entry(&m)],
            "2026-11-26".parse().unwrap(),
        );
        assert!(
            text.starts_with(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//coordkit//coordkit//EN\r\n"
            ),
            "{text}"
        );
        assert!(text.contains("X-WR-CALNAME:Cyclone\\, meetings\r\n"));
        assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Africa/Maputo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0200\r\nTZNAME:CAT\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"), "{text}");
        assert!(text.contains("DTSTART;TZID=Africa/Maputo:20260317T100000\r\nDURATION:PT90M\r\nRRULE:FREQ=WEEKLY;UNTIL=20261130T215959Z;INTERVAL=2;BYDAY=TU\r\n"), "{text}");
        assert!(text.contains(
            "SUMMARY:WASH coordination\\; weekly\r\nLOCATION:UNICEF office\\, Beira\r\n"
        ));
        assert!(text.lines().all(|l| l.len() <= 75));
        assert!(text.split("\r\n").all(|l| !l.contains('\n')));
    }

    #[test]
    fn zones_with_summer_time_list_both_observances() {
        let m = meeting(chrono_tz::Europe::Paris);
        let text = calendar("x", &[entry(&m)], "2026-11-26".parse().unwrap());
        assert!(text.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD\r\n"), "{text}");
        assert!(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT\r\n"), "{text}");
        assert!(text.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD\r\n"), "{text}");
    }
}
