//! An emergency and what is organised inside it: hubs, meetings, cluster activations and the
//! contacts this build's audience may see.

use super::Text;
use chrono::{NaiveDate, NaiveTime, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EmergencyStatus {
    Active,
    Transition,
    Closed,
}

impl EmergencyStatus {
    pub fn id(self) -> &'static str {
        match self {
            EmergencyStatus::Active => "active",
            EmergencyStatus::Transition => "transition",
            EmergencyStatus::Closed => "closed",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrangement {
    Cluster,
    /// A government-led sector.
    Sector,
}

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
pub struct Hub {
    pub id: String,
    pub name: Text,
    pub pcode: Option<String>,
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

#[derive(Clone, Debug, PartialEq)]
pub struct Activation {
    /// Index into the site's clusters.
    pub cluster: usize,
    pub arrangement: Arrangement,
    pub leads: Vec<usize>,
    pub co_leads: Vec<usize>,
    pub government_counterpart: Option<usize>,
    pub activated: NaiveDate,
    pub deactivated: Option<NaiveDate>,
    pub transitioned_to: Option<usize>,
    /// Indexes into the emergency's hubs.
    pub hubs: Vec<usize>,
    pub partners: Vec<usize>,
    pub observers: Vec<usize>,
    /// Clusters this group also covers.
    pub merged_with: Vec<usize>,
    pub reviewed: Option<NaiveDate>,
    pub meetings: Vec<Meeting>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Visibility {
    Public,
    Partners,
    Private,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Coordinator,
    CoCoordinator,
    InformationManagement,
    HubCoordinator,
    FocalPoint,
    Other,
}

impl Role {
    pub const ALL: [(&'static str, Role); 6] = [
        ("coordinator", Role::Coordinator),
        ("co-coordinator", Role::CoCoordinator),
        ("information-management", Role::InformationManagement),
        ("hub-coordinator", Role::HubCoordinator),
        ("focal-point", Role::FocalPoint),
        ("other", Role::Other),
    ];

    pub fn id(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, r)| *r == self)
            .map_or("other", |(id, _)| id)
    }
}

/// A person or mailbox. Only contacts visible to the build's audience reach the model.
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// Index into the site's clusters; `None` for inter-cluster contacts.
    pub cluster: Option<usize>,
    pub organisation: usize,
    pub hub: Option<usize>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub languages: Vec<String>,
    pub visibility: Visibility,
    pub reviewed: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Emergency {
    pub id: String,
    pub name: Text,
    pub countries: Vec<String>,
    pub glide: Option<String>,
    pub status: EmergencyStatus,
    pub started: NaiveDate,
    pub ended: Option<NaiveDate>,
    pub contacts_public: bool,
    pub hubs: Vec<Hub>,
    pub meetings: Vec<Meeting>,
    pub activations: Vec<Activation>,
    pub contacts: Vec<Contact>,
    /// The emergency's own Markdown pages (indexes into the site's pages).
    pub pages: Vec<usize>,
    pub source: String,
}

impl Emergency {
    pub fn activation(&self, cluster: usize) -> Option<&Activation> {
        self.activations.iter().find(|a| a.cluster == cluster)
    }

    /// The last day an activation's meetings can happen: it was deactivated, or the
    /// emergency ended.
    pub fn meetings_until(&self, a: &Activation) -> Option<NaiveDate> {
        [a.deactivated, self.ended].into_iter().flatten().min()
    }
}
