//! A meeting: when it recurs, where, and in which time zone.

use super::Text;
use chrono::{NaiveDate, NaiveTime, Weekday};

crate::keywords! {
    /// How often a meeting happens (`every:`).
    pub enum Recurrence: "a recurrence" {
        Week = "week",
        TwoWeeks = "2-weeks",
        Month = "month",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Meeting {
    pub title: Text,
    pub every: Recurrence,
    pub day: Weekday,
    pub time: NaiveTime,
    /// How long the meeting lasts (`duration:` in minutes, 60 when not given).
    pub duration_minutes: u32,
    pub timezone: chrono_tz::Tz,
    pub starts: NaiveDate,
    pub location: Option<Text>,
    /// Index into the emergency's hubs.
    pub hub: Option<usize>,
}
