//! One activation: its arrangement and dates, who leads it and in what role, the provider of
//! last resort, its documents, groups, meetings, mailing list and handover note.

use super::super::{Checker, leads};
use super::groups::{groups, resource};
use super::{Joint, Within, meetings};
use crate::diagnostics::Diagnostic;
use crate::load::raw::{RawActivation, RawLead};
use crate::load::yaml::Sp;
use crate::model::*;

pub fn activation(
    w: &Within,
    raw: &RawActivation,
    cluster: usize,
    joint: &mut Joint,
    chk: &mut Checker,
) -> Activation {
    let file = w.file;
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
    if let (Some(a), Some(s)) = (activated, w.started)
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
    if let (Some(n), None) = (&raw.handover_note, &raw.deactivated) {
        chk.push(Diagnostic::warning(
            file.loc(n),
            "`handover_note` says how coordination goes on after deactivation, but this activation has no `deactivated` date",
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
            let c = w.clusters.resolve(file, m, chk)?;
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
    let government_counterpart = raw
        .government_counterpart
        .as_ref()
        .and_then(|g| w.orgs.resolve(file, g, chk));
    if arrangement == Arrangement::Sector && raw.government_counterpart.is_none() {
        chk.push(
            Diagnostic::warning(
                file.loc(raw.arrangement.as_ref().unwrap_or(&raw.cluster)),
                "a government-led sector is led by a ministry; name it in `government_counterpart`",
            )
            .with_hint(
                "pages show that ministry as the lead, and `leads` as the agencies supporting it",
            ),
        );
    }
    let leads = lead_list(w, cluster, &raw.leads, chk);
    let co_leads = lead_list(w, cluster, &raw.co_leads, chk);
    let provider_of_last_resort = raw.provider_of_last_resort.as_ref().and_then(|p| {
        let o = w.orgs.resolve(file, p, chk)?;
        if leads
            .iter()
            .chain(&co_leads)
            .any(|l| l.organisation == o && l.role == LeadRole::Convener)
        {
            chk.push(Diagnostic::error(
                file.loc(p),
                format!(
                    "`{}` convenes this activation, and a convener is not the provider of last resort",
                    p.value
                ),
            ));
            return None;
        }
        Some(o)
    });
    let public_links = raw.public_links.as_ref().is_some_and(|p| p.value);
    let publish = public_links || w.audience == Audience::Partners;
    let mailing_list = raw.mailing_list.as_ref().and_then(|m| {
        chk.format(file, m, &m.value, super::super::formats::email)
            .map(|()| m.value.clone())
    });
    let handover_note = raw
        .handover_note
        .as_ref()
        .map(|n| super::super::data::markdown(chk, file, n));
    Activation {
        cluster,
        arrangement,
        leads,
        co_leads,
        government_counterpart,
        activated: activated.unwrap_or_default(),
        deactivated,
        transitioned_to: raw
            .transitioned_to
            .as_ref()
            .and_then(|t| w.orgs.resolve(file, t, chk)),
        hubs: w.hubs.resolve_all(file, &raw.hubs, chk),
        partners: w.orgs.resolve_all(file, &raw.partners, chk),
        observers: w.orgs.resolve_all(file, &raw.observers, chk),
        merged_with,
        provider_of_last_resort,
        reviewed: chk.reviewed(file, &raw.reviewed),
        handover_note,
        mailing_list: mailing_list.filter(|_| publish),
        resources: raw
            .resources
            .iter()
            .filter_map(|r| resource(w, r, chk))
            .collect(),
        groups: groups(w, &raw.groups, public_links, joint, chk),
        meetings: meetings(w, &raw.meetings, public_links, joint, chk),
    }
}

/// `leads` or `co_leads`. A plain id is a lead agency; where the global leads that apply to
/// this kind of emergency make that organisation a convener, saying so is asked for, so
/// that no page calls a convener accountable by accident.
fn lead_list(w: &Within, cluster: usize, raw: &[Sp<RawLead>], chk: &mut Checker) -> Vec<Lead> {
    let c = &w.clusters.items[cluster];
    let mut out = Vec::new();
    for r in raw {
        let Some((lead, explicit)) = leads::lead(w.file, r, w.orgs, chk) else {
            continue;
        };
        if let Some(kind) = w.kind
            && !explicit
            && c.leads_for(kind)
                .iter()
                .any(|g| g.role == LeadRole::Convener && g.names(lead.organisation))
        {
            let id = &w.orgs.items[lead.organisation].id;
            chk.push(
                Diagnostic::warning(
                    leads::lead_loc(w.file, r),
                    format!(
                        "in a {} emergency `{id}` convenes the {} cluster worldwide, but it is listed here as a lead agency",
                        kind.keyword(),
                        c.id
                    ),
                )
                .with_hint(format!(
                    "write `{{organisation: {id}, role: convener}}`, or `role: lead` if it is accountable as a lead agency here"
                )),
            );
        }
        if out
            .iter()
            .any(|l: &Lead| l.organisation == lead.organisation)
        {
            chk.push(Diagnostic::error(
                leads::lead_loc(w.file, r),
                format!("`{}` is listed twice", w.orgs.items[lead.organisation].id),
            ));
            continue;
        }
        out.push(lead);
    }
    out
}
