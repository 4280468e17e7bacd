//! A person or mailbox, with the visibility that decides which builds may publish it.

use chrono::NaiveDate;

crate::keywords! {
    /// Which builds may publish a contact (`visibility:`).
    pub enum Visibility: "a visibility" {
        Public = "public",
        Partners = "partners",
        Private = "private",
    }
}

crate::keywords! {
    /// What a contact does (`role:`).
    pub enum Role: "a contact role" {
        Coordinator = "coordinator",
        CoCoordinator = "co-coordinator",
        InformationManagement = "information-management",
        HubCoordinator = "hub-coordinator",
        FocalPoint = "focal-point",
        Other = "other",
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
