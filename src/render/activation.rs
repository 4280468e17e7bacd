//! One activation's page: its facts, partners and observers, hubs, meetings with their next
//! occurrence, the contacts this build may show, and its downloads.

use super::OutputFile;
use super::context::{Crumb, Frame, Here, Shown};
use super::data::{HtmlBlock, Link, OrgLink, cluster_link, html_block, list_crumbs, org_link};
use super::emergencies::*;
use super::exports::{self, Download, Scope};
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::model::Keyword;
use serde::Serialize;

#[derive(Serialize)]
struct Member {
    org: OrgLink,
    kind: String,
}

#[derive(Serialize)]
struct PackLink {
    title: Shown,
    href: String,
    pdf: Option<String>,
}

#[derive(Serialize)]
struct ActivationView {
    #[serde(flatten)]
    row: ActivationRow,
    emergency: Link,
    global_cluster: Link,
    summary: Option<HtmlBlock>,
    leads_differ: Option<String>,
    partners: Vec<Member>,
    partners_count: String,
    observers: Vec<Member>,
    merged_with: Vec<Link>,
    hubs: Vec<Shown>,
    meetings: Vec<MeetingView>,
    this_week: Vec<WeekMeeting>,
    contacts: Vec<ContactGroup>,
    contacts_notice: Option<String>,
    downloads: Vec<Download>,
    checklists: Vec<Link>,
    packs: Vec<PackLink>,
    reviewed: Option<String>,
    overdue: Option<String>,
}

#[derive(Serialize)]
struct ActivationContext {
    #[serde(flatten)]
    frame: Frame,
    activation: ActivationView,
}

pub fn activation(
    here: &Here,
    ei: usize,
    ai: usize,
    templates: &Templates,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let site = here.site;
    let lang = &here.lang.code;
    let e = &site.emergencies[ei];
    let a = &e.activations[ai];
    let c = &site.clusters[a.cluster];
    let mut leads = a.leads.clone();
    let mut global = c.global_leads.clone();
    leads.sort_unstable();
    global.sort_unstable();
    let leads_differ = (leads != global && !global.is_empty()).then(|| {
        let names: Vec<String> = c
            .global_leads
            .iter()
            .map(|&o| org_link(here, o).short.text)
            .collect();
        here.i18n.t(
            lang,
            "leads-differ",
            &[("leads", Arg::Text(names.join(", ")))],
        )
    });
    let member = |o: usize| Member {
        org: org_link(here, o),
        kind: here.t(&format!(
            "org-type-{}",
            site.organisations[o].kind.keyword()
        )),
    };
    let (files, downloads) = exports::exports(
        here,
        &Scope {
            emergency: e,
            activation: Some(a),
        },
    );
    let view = ActivationView {
        row: activation_row(here, e, a),
        emergency: Link {
            title: here.shown(&e.name),
            href: here.href(&format!("emergencies/{}/", e.id)),
        },
        global_cluster: cluster_link(here, a.cluster),
        summary: c.summary.as_ref().map(|s| html_block(here, s)),
        leads_differ,
        partners: a.partners.iter().map(|&o| member(o)).collect(),
        partners_count: here.i18n.t(
            lang,
            "partners-count",
            &[("count", Arg::Number(a.partners.len() as f64))],
        ),
        observers: a.observers.iter().map(|&o| member(o)).collect(),
        merged_with: a
            .merged_with
            .iter()
            .map(|&m| cluster_link(here, m))
            .collect(),
        hubs: activation_hubs(here, e, a),
        meetings: activation_meetings(here, e, a),
        this_week: this_week(here, e, Some(ai)),
        contacts: contact_groups(here, e, Some(ai)),
        contacts_notice: contacts_notice(here, e),
        downloads,
        checklists: site
            .checklists
            .iter()
            .map(|l| Link {
                title: here.shown(&l.title),
                href: format!("{}/index.html", l.id),
            })
            .collect(),
        packs: site
            .packs
            .iter()
            .map(|p| PackLink {
                title: here.shown(&p.title),
                href: format!("{}/index.html", p.id),
                pdf: site.pdf.then(|| format!("{}.pdf", p.id)),
            })
            .collect(),
        reviewed: a.reviewed.map(|d| {
            here.i18n
                .t(lang, "last-reviewed", &[("date", Arg::Text(here.date(d)))])
        }),
        overdue: here.overdue(a.reviewed),
    };
    let mut crumbs = list_crumbs(here, &here.t("emergencies-title"), "emergencies/");
    crumbs.push(Crumb {
        title: view.emergency.title.clone(),
        href: view.emergency.href.clone(),
    });
    let title = format!("{} · {}", view.row.cluster.text, view.emergency.title.text);
    let frame = here.frame(title, "emergencies", None, crumbs, &|_| true);
    let mut files = files;
    files.push(OutputFile::page(
        here,
        templates,
        "activation.html",
        &ActivationContext {
            frame,
            activation: view,
        },
    )?);
    Ok(files)
}
