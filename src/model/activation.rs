//! A cluster's activation in an emergency: who leads it and how, its hubs, partners and
//! meetings.

use super::Meeting;
use chrono::NaiveDate;

crate::keywords! {
    /// How an activation is organised (`arrangement:`).
    pub enum Arrangement: "an arrangement" {
        Cluster = "cluster",
        /// A government-led sector.
        Sector = "sector",
    }
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
