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

crate::keywords! {
    /// The kind of emergency (`type:`): which global leads apply depends on it.
    pub enum EmergencyType: "an emergency type" {
        NaturalDisaster = "natural-disaster",
        Conflict = "conflict",
        Mixed = "mixed",
        DiseaseOutbreak = "disease-outbreak",
        Other = "other",
    }
}

/// Who holds a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    /// The emergency as a whole (inter-cluster).
    Emergency,
    /// An activation (index into the emergency's activations).
    Activation(usize),
    /// A group of an activation: (activation, group).
    Group(usize, usize),
}

/// A meeting with who holds it and the last day it can happen.
#[derive(Clone, Copy, Debug)]
pub struct Held<'a> {
    pub meeting: &'a Meeting,
    pub holder: Holder,
    pub until: Option<NaiveDate>,
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
    pub kind: Option<EmergencyType>,
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

    /// The activation that coordinates a cluster here: its own, or the group it is merged into.
    pub fn covering(&self, cluster: usize) -> Option<usize> {
        self.activations.iter().position(|a| a.covers(cluster))
    }

    /// Whether an activation is still working: not deactivated, in an emergency that is not
    /// closed. Only these get checklists and briefing packs.
    pub fn is_running(&self, a: &Activation) -> bool {
        a.deactivated.is_none() && self.status != EmergencyStatus::Closed
    }

    /// Every meeting of the emergency, once each: inter-cluster, then each activation's own
    /// and its groups'.
    pub fn meetings_held(&self) -> Vec<Held<'_>> {
        let mut out: Vec<Held> = self
            .meetings
            .iter()
            .map(|m| Held {
                meeting: m,
                holder: Holder::Emergency,
                until: self.ended,
            })
            .collect();
        for (ai, a) in self.activations.iter().enumerate() {
            let until = self.meetings_until(a);
            out.extend(a.meetings.iter().map(|m| Held {
                meeting: m,
                holder: Holder::Activation(ai),
                until,
            }));
            for (gi, g) in a.groups.iter().enumerate() {
                out.extend(g.meetings.iter().map(|m| Held {
                    meeting: m,
                    holder: Holder::Group(ai, gi),
                    until,
                }));
            }
        }
        out
    }

    /// The meetings an activation's partners are asked to: its own and its groups', and
    /// joint meetings held elsewhere that name a cluster it covers.
    pub fn meetings_for(&self, ai: usize) -> Vec<Held<'_>> {
        let a = &self.activations[ai];
        self.meetings_held()
            .into_iter()
            .filter(|h| match h.holder {
                Holder::Activation(x) | Holder::Group(x, _) if x == ai => true,
                _ => h.meeting.joint.iter().any(|&c| a.covers(c)),
            })
            .collect()
    }

    /// The last day an activation's meetings can happen: it was deactivated, or the
    /// emergency ended.
    pub fn meetings_until(&self, a: &Activation) -> Option<NaiveDate> {
        [a.deactivated, self.ended].into_iter().flatten().min()
    }
}
