//! A meeting: once or recurring, where, in which time zone, its cancelled days and online
//! link, and the clusters that hold it jointly.

use super::Text;
use chrono::{NaiveDate, NaiveTime, Weekday};

crate::keywords! {
    /// How often a meeting happens (`every:`).
    pub enum Recurrence: "a recurrence" {
        /// A one-off meeting, on `date`.
        Once = "once",
        Week = "week",
        TwoWeeks = "2-weeks",
        Month = "month",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Meeting {
    pub title: Text,
    pub every: Recurrence,
    /// The meeting's weekday (a one-off meeting's: the weekday of its date).
    pub day: Weekday,
    pub time: NaiveTime,
    /// How long the meeting lasts (`duration:` in minutes, 60 when not given).
    pub duration_minutes: u32,
    pub timezone: chrono_tz::Tz,
    /// The day it starts (a one-off meeting's: its date).
    pub starts: NaiveDate,
    pub location: Option<Text>,
    /// Index into the emergency's hubs.
    pub hub: Option<usize>,
    /// The online link, only when this build may publish it (partners, or `public_links`).
    pub link: Option<String>,
    /// Days without a meeting.
    pub cancelled: Vec<NaiveDate>,
    /// A joint meeting: the clusters it is also shown on (their activations).
    pub joint: Vec<usize>,
}
