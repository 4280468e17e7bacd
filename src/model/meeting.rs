//! A meeting: when it recurs, where, and in which time zone.

use super::Text;
use chrono::{NaiveDate, NaiveTime, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recurrence {
    Week,
    TwoWeeks,
    Month,
}

impl Recurrence {
    pub fn id(self) -> &'static str {
        match self {
            Recurrence::Week => "week",
            Recurrence::TwoWeeks => "2-weeks",
            Recurrence::Month => "month",
        }
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
