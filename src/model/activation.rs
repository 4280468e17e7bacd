//! A cluster's activation in an emergency: who leads it and in what role, who is the provider
//! of last resort, its hubs, partners, documents, groups and meetings, and how coordination
//! went on after it was deactivated.

use super::{LeadRole, MarkdownText, Meeting, ResourceTarget, Text};
use chrono::NaiveDate;

crate::keywords! {
    /// How an activation is organised (`arrangement:`).
    pub enum Arrangement: "an arrangement" {
        Cluster = "cluster",
        /// A government-led sector.
        Sector = "sector",
    }
}

crate::keywords! {
    /// What one of an activation's documents or tools is (`kind:`).
    pub enum ResourceKind: "a resource kind" {
        TermsOfReference = "terms-of-reference",
        Strategy = "strategy",
        Template = "template",
        Dashboard = "dashboard",
        Report = "report",
        Map = "map",
        Other = "other",
    }
}

crate::keywords! {
    /// What a group inside an activation is (`kind:`).
    pub enum GroupKind: "a group kind" {
        StrategicAdvisoryGroup = "strategic-advisory-group",
        TechnicalWorkingGroup = "technical-working-group",
        TaskForce = "task-force",
        Other = "other",
    }
}

/// An organisation leading an activation, as a lead agency or as a convener.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lead {
    pub organisation: usize,
    pub role: LeadRole,
}

/// One of an activation's documents or tools.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivationResource {
    pub title: Text,
    pub kind: ResourceKind,
    /// A file is under `content/emergencies/<e>/files/`.
    pub target: ResourceTarget,
}

/// A strategic advisory group, working group or task force.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    pub kind: GroupKind,
    pub name: Text,
    pub lead: Option<usize>,
    pub members: Vec<usize>,
    pub meetings: Vec<Meeting>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Activation {
    /// Index into the site's clusters.
    pub cluster: usize,
    pub arrangement: Arrangement,
    pub leads: Vec<Lead>,
    pub co_leads: Vec<Lead>,
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
    /// As written; see [`Activation::providers_of_last_resort`].
    pub provider_of_last_resort: Option<usize>,
    pub reviewed: Option<NaiveDate>,
    pub handover_note: Option<MarkdownText>,
    /// Present only when this build may publish it (partners, or `public_links: true`).
    pub mailing_list: Option<String>,
    pub resources: Vec<ActivationResource>,
    pub groups: Vec<Group>,
    pub meetings: Vec<Meeting>,
}

impl Activation {
    /// The clusters this activation coordinates: its own, then those merged into it.
    pub fn clusters(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.cluster).chain(self.merged_with.iter().copied())
    }

    pub fn covers(&self, cluster: usize) -> bool {
        self.cluster == cluster || self.merged_with.contains(&cluster)
    }

    /// Who the Humanitarian Coordinator can call on as the provider of last resort: as
    /// written, else, in a cluster, the leads whose role is lead (never a convener).
    pub fn providers_of_last_resort(&self) -> Vec<usize> {
        match self.provider_of_last_resort {
            Some(o) => vec![o],
            None if self.arrangement == Arrangement::Cluster => self
                .leads
                .iter()
                .filter(|l| l.role == LeadRole::Lead)
                .map(|l| l.organisation)
                .collect(),
            None => Vec::new(),
        }
    }

    /// Whether an organisation leads or co-leads this activation, in any role.
    pub fn is_led_by(&self, organisation: usize) -> bool {
        self.leads
            .iter()
            .chain(&self.co_leads)
            .any(|l| l.organisation == organisation)
    }
}
