//! A global cluster, or an area of responsibility under one, and its global lead agencies.

use super::{MarkdownText, Text};

#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub id: String,
    pub code: String,
    pub abbreviation: Option<String>,
    pub name: Text,
    pub global_leads: Vec<usize>,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub summary: Option<MarkdownText>,
    /// The page of `content/clusters/<id>.md`, if any.
    pub description: Option<usize>,
    pub source: String,
}
