//! An activation's documents and tools, and its groups with their members and meetings, as
//! its page and its briefing packs show them.

use super::context::{Here, Shown};
use super::data::{OrgLink, org_link};
use super::meetings::{MeetingView, meeting};
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
pub struct ResourceView {
    pub title: Shown,
    /// "Terms of reference", "Dashboard"...
    pub kind: String,
    pub kind_id: &'static str,
    pub href: String,
    /// A link to another site (rather than a file of this one).
    pub external: bool,
}

/// An activation's resources. Files are linked relative to the page, or (`absolute`, for
/// printed packs) by their published address.
pub fn resources(here: &Here, a: &Activation, absolute: bool) -> Vec<ResourceView> {
    let site = here.site;
    a.resources
        .iter()
        .map(|r| {
            let (href, external) = match &r.target {
                ResourceTarget::Url(u) => (u.clone(), true),
                ResourceTarget::File(path) if absolute => (
                    format!("{}{}/{path}", site.config.base_url, here.lang.code),
                    false,
                ),
                ResourceTarget::File(path) => (format!("{}{path}", here.up()), false),
            };
            ResourceView {
                title: here.shown(&r.title),
                kind: here.t(&format!("resource-kind-{}", r.kind.keyword())),
                kind_id: r.kind.keyword(),
                href,
                external,
            }
        })
        .collect()
}

#[derive(Serialize)]
pub struct GroupView {
    pub id: String,
    pub name: Shown,
    /// "Strategic advisory group", "Technical working group"...
    pub kind: String,
    pub lead: Option<OrgLink>,
    pub members: Vec<OrgLink>,
    pub meetings: Vec<MeetingView>,
}

/// An activation's groups, each with its meetings.
pub fn groups(here: &Here, e: &Emergency, ai: usize) -> Vec<GroupView> {
    let a = &e.activations[ai];
    let held = e.meetings_for(ai);
    a.groups
        .iter()
        .enumerate()
        .map(|(gi, g)| GroupView {
            id: g.id.clone(),
            name: here.shown(&g.name),
            kind: here.t(&format!("group-kind-{}", g.kind.keyword())),
            lead: g.lead.map(|o| org_link(here, o)),
            members: g.members.iter().map(|&o| org_link(here, o)).collect(),
            meetings: held
                .iter()
                .filter(|h| h.holder == Holder::Group(ai, gi))
                .map(|h| meeting(here, e, h))
                .collect(),
        })
        .collect()
}
