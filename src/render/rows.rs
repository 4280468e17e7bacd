//! An emergency's activations as directories list them: in order, each cluster followed by
//! its areas of responsibility (an area whose cluster is not active stands on its own row,
//! labelled), a merged group named after every cluster it covers with a row for each cluster
//! merged into it, a label for what each row is, and counts that keep clusters, sectors and
//! areas of responsibility apart.

use super::context::{Here, Shown};
use super::data::org_link;
use super::leads::leadership;
use crate::i18n::Arg;
use crate::model::*;
use serde::Serialize;

/// The name of the group an activation coordinates: its cluster's, or, for a merged group,
/// every cluster it covers ("Health and Nutrition").
pub fn group_name(here: &Here, a: &Activation) -> Shown {
    let site = here.site;
    if a.merged_with.is_empty() {
        return here.shown(&site.clusters[a.cluster].name);
    }
    let names: Vec<String> = a
        .clusters()
        .map(|c| here.shown(&site.clusters[c].name).text)
        .collect();
    Shown::new(
        site,
        &here.lang.code,
        &here.list_text(&names, false),
        &here.lang.code,
    )
}

/// What an activation is: "cluster", "sector" or "area" (of responsibility).
pub fn kind(site: &Site, a: &Activation) -> &'static str {
    if site.clusters[a.cluster].is_area() {
        "area"
    } else if a.arrangement == Arrangement::Sector {
        "sector"
    } else {
        "cluster"
    }
}

/// "Cluster", "Government-led sector", "Area of responsibility (Protection)".
pub fn kind_label(here: &Here, a: &Activation) -> String {
    let site = here.site;
    let c = &site.clusters[a.cluster];
    match (kind(site, a), c.parent) {
        ("area", Some(p)) => here.i18n.t(
            &here.lang.code,
            "kind-area-of",
            &[(
                "cluster",
                Arg::Text(here.shown(&site.clusters[p].name).text),
            )],
        ),
        (k, _) => here.t(&format!("kind-{k}")),
    }
}

/// The same label as HTML, the cluster of an area of responsibility linked to `href`.
pub fn kind_label_html(here: &Here, a: &Activation, parent_href: Option<&str>) -> String {
    let site = here.site;
    let c = &site.clusters[a.cluster];
    match (c.parent, parent_href) {
        (Some(p), Some(href)) => here.t_html(
            "kind-area-of",
            &[(
                "cluster",
                super::context::Part::Html(format!(
                    "<a href=\"{}\">{}</a>",
                    super::context::escape(href),
                    here.shown(&site.clusters[p].name).html()
                )),
            )],
        ),
        _ => super::context::escape(&kind_label(here, a)),
    }
}

/// One row of a directory.
#[derive(Serialize)]
pub struct ActivationRow {
    pub cluster: Shown,
    pub href: String,
    /// cluster | sector | area | merged (a cluster coordinated by another row's group)
    pub kind: &'static str,
    pub kind_label: String,
    /// Shown under the row above: an area of responsibility under its cluster, a merged
    /// cluster under its group.
    pub nested: bool,
    /// Who leads, in a few words (HTML).
    pub leads_html: String,
    pub state: String,
    pub active: bool,
}

pub fn state(here: &Here, a: &Activation) -> String {
    let lang = &here.lang.code;
    match (a.deactivated, a.transitioned_to) {
        (Some(d), Some(t)) => here.i18n.t(
            lang,
            "handed-over",
            &[
                ("organisation", Arg::Text(org_link(here, t).short.text)),
                ("date", Arg::Text(here.date(d))),
            ],
        ),
        (Some(d), None) => {
            here.i18n
                .t(lang, "deactivated-on", &[("date", Arg::Text(here.date(d)))])
        }
        (None, _) => here.i18n.t(
            lang,
            "active-since",
            &[("date", Arg::Text(here.date(a.activated)))],
        ),
    }
}

pub fn activation_href(here: &Here, e: &Emergency, a: &Activation) -> String {
    here.href(&format!(
        "emergencies/{}/{}/",
        e.id, here.site.clusters[a.cluster].id
    ))
}

pub fn activation_row(here: &Here, e: &Emergency, a: &Activation, nested: bool) -> ActivationRow {
    ActivationRow {
        cluster: group_name(here, a),
        href: activation_href(here, e, a),
        kind: kind(here.site, a),
        kind_label: kind_label(here, a),
        nested,
        leads_html: leadership(here, e, a).summary,
        state: state(here, a),
        active: e.is_running(a),
    }
}

/// Whether an area of responsibility's row goes under its cluster's: the cluster has its own
/// activation here, active unless the area's is not either.
fn parent_row(e: &Emergency, site: &Site, a: &Activation) -> Option<usize> {
    let p = site.clusters[a.cluster].parent?;
    let pi = e.activations.iter().position(|x| x.cluster == p)?;
    (e.is_running(&e.activations[pi]) || !e.is_running(a)).then_some(pi)
}

/// Activations in directory order, each with whether it is nested under the one before:
/// each cluster or sector, then its areas of responsibility.
pub fn ordered(here: &Here, e: &Emergency) -> Vec<(usize, bool)> {
    let site = here.site;
    let name = |a: usize| group_name(here, &e.activations[a]).text.to_lowercase();
    let mut top: Vec<usize> = (0..e.activations.len())
        .filter(|&a| parent_row(e, site, &e.activations[a]).is_none())
        .collect();
    top.sort_by_cached_key(|&a| name(a));
    let mut out = Vec::new();
    for t in top {
        out.push((t, false));
        let mut areas: Vec<usize> = (0..e.activations.len())
            .filter(|&a| parent_row(e, site, &e.activations[a]) == Some(t))
            .collect();
        areas.sort_by_cached_key(|&a| name(a));
        out.extend(areas.into_iter().map(|a| (a, true)));
    }
    out
}

/// The directory's rows: activations in order, and under a merged group one row for each
/// cluster it covers besides its own, leading to the group.
pub fn directory_rows(here: &Here, e: &Emergency) -> Vec<ActivationRow> {
    let site = here.site;
    let mut rows = Vec::new();
    for (ai, nested) in ordered(here, e) {
        let a = &e.activations[ai];
        let row = activation_row(here, e, a, nested);
        let merged: Vec<ActivationRow> = a
            .merged_with
            .iter()
            .map(|&c| ActivationRow {
                cluster: here.shown(&site.clusters[c].name),
                href: row.href.clone(),
                kind: "merged",
                kind_label: here.i18n.t(
                    &here.lang.code,
                    "merged-into",
                    &[("group", Arg::Text(row.cluster.text.clone()))],
                ),
                nested: true,
                leads_html: row.leads_html.clone(),
                state: row.state.clone(),
                active: row.active,
            })
            .collect();
        rows.push(row);
        rows.extend(merged);
    }
    rows
}

/// "4 clusters, 1 sector, 1 area of responsibility": what is active in an emergency. A
/// merged group counts once.
pub fn counts(here: &Here, e: &Emergency) -> String {
    let lang = &here.lang.code;
    let mut n = [0usize; 3];
    for a in e.activations.iter().filter(|a| e.is_running(a)) {
        n[match kind(here.site, a) {
            "cluster" => 0,
            "sector" => 1,
            _ => 2,
        }] += 1;
    }
    let parts: Vec<String> = ["count-clusters", "count-sectors", "count-areas"]
        .iter()
        .zip(n)
        .filter(|(_, n)| *n > 0)
        .map(|(id, n)| here.i18n.t(lang, id, &[("count", Arg::Number(n as f64))]))
        .collect();
    if parts.is_empty() {
        here.t("count-none")
    } else {
        parts.join(&here.t("list-comma"))
    }
}
