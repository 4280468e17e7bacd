//! One activation: its arrangement, dates, leads and references.

use super::super::{Checker, Ids};
use super::meeting;
use crate::diagnostics::Diagnostic;
use crate::load::raw::RawActivation;
use crate::load::source::FileRef;
use crate::model::*;

#[allow(clippy::too_many_arguments)]
pub fn activation(
    file: &FileRef,
    raw: &RawActivation,
    cluster: usize,
    started: Option<chrono::NaiveDate>,
    hubs: &Ids<Hub>,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    chk: &mut Checker,
) -> Activation {
    let arrangement = raw
        .arrangement
        .as_ref()
        .and_then(|a| chk.keyword(file, a))
        .unwrap_or(Arrangement::Cluster);
    let activated = chk.date(file, &raw.activated);
    let deactivated = chk.optional_date(file, &raw.deactivated);
    if let (Some(a), Some(d), Some(sp)) = (activated, deactivated, &raw.deactivated)
        && d < a
    {
        chk.push(Diagnostic::error(
            file.loc(sp),
            format!("`deactivated` ({d}) is before `activated` ({a})"),
        ));
    }
    if let (Some(a), Some(s)) = (activated, started)
        && a < s
    {
        chk.push(Diagnostic::warning(
            file.loc(&raw.activated),
            format!("`activated` ({a}) is before the emergency `started` ({s})"),
        ));
    }
    if let (Some(t), None) = (&raw.transitioned_to, &raw.deactivated) {
        chk.push(Diagnostic::error(
            file.loc(t),
            "`transitioned_to` needs a `deactivated` date: the day the cluster handed over",
        ));
    }
    if raw.leads.is_empty() {
        chk.push(Diagnostic::warning(
            file.loc(&raw.cluster),
            "this activation has no `leads`",
        ));
    }
    let merged_with = raw
        .merged_with
        .iter()
        .filter_map(|m| {
            let c = clusters.resolve(file, m, chk)?;
            if c == cluster {
                chk.push(Diagnostic::error(
                    file.loc(m),
                    "a cluster cannot be merged with itself",
                ));
                return None;
            }
            Some(c)
        })
        .collect();
    Activation {
        cluster,
        arrangement,
        leads: orgs.resolve_all(file, &raw.leads, chk),
        co_leads: orgs.resolve_all(file, &raw.co_leads, chk),
        government_counterpart: raw
            .government_counterpart
            .as_ref()
            .and_then(|g| orgs.resolve(file, g, chk)),
        activated: activated.unwrap_or_default(),
        deactivated,
        transitioned_to: raw
            .transitioned_to
            .as_ref()
            .and_then(|t| orgs.resolve(file, t, chk)),
        hubs: hubs.resolve_all(file, &raw.hubs, chk),
        partners: orgs.resolve_all(file, &raw.partners, chk),
        observers: orgs.resolve_all(file, &raw.observers, chk),
        merged_with,
        reviewed: chk.reviewed(file, &raw.reviewed),
        meetings: raw
            .meetings
            .iter()
            .filter_map(|m| meeting(file, m, hubs, chk))
            .collect(),
    }
}
