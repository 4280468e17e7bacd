//! One meeting: when it recurs, its time zone, hub and duration.

use super::super::{Checker, Ids, formats};
use crate::diagnostics::Diagnostic;
use crate::load::raw::RawMeeting;
use crate::load::source::FileRef;
use crate::load::yaml::Sp;
use crate::model::*;

pub fn meeting(
    file: &FileRef,
    m: &Sp<RawMeeting>,
    hubs: &Ids<Hub>,
    chk: &mut Checker,
) -> Option<Meeting> {
    let raw = &m.value;
    let every = chk.keyword::<Recurrence>(file, &raw.every);
    let day = chk.keyword::<chrono::Weekday>(file, &raw.day);
    let time = chk.format(file, &raw.time, &raw.time.value.0, formats::time);
    let timezone = chk.format(file, &raw.timezone, &raw.timezone.value, formats::timezone);
    let starts = chk.date(file, &raw.starts);
    let hub = raw.hub.as_ref().and_then(|h| hubs.resolve(file, h, chk));
    let title = chk.text(file, &raw.title);
    let location = raw.location.as_ref().map(|l| chk.text(file, l));
    if let (Some(d), Some(s), Some(sp)) = (day, starts, Some(&raw.starts)) {
        use chrono::Datelike;
        if s.weekday() != d {
            chk.push(Diagnostic::warning(
                file.loc(sp),
                format!("`starts` ({s}) is not a {}", raw.day.value),
            ));
        }
    }
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
    Some(Meeting {
        title,
        duration_minutes,
        every: every?,
        day: day?,
        time: time?,
        timezone: timezone?,
        starts: starts?,
        location,
        hub,
    })
}
