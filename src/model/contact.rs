//! A person or mailbox, with the visibility that decides which builds may publish it.

use chrono::NaiveDate;

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
