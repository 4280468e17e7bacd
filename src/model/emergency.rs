//! An emergency: its status, dates and hubs, and what is organised inside it (meetings,
//! activations, the contacts this build's audience may see).

use super::{Activation, Contact, Meeting, Text};
use chrono::NaiveDate;

crate::keywords! {
    /// Where an emergency stands (`status:`); also the order of the emergencies list.
    pub enum EmergencyStatus: "an emergency status" {
        Active = "active",
        Transition = "transition",
        Closed = "closed",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hub {
    pub id: String,
    pub name: Text,
    pub pcode: Option<String>,
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
