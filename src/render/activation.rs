//! One activation's page: what it is (cluster, sector, area of responsibility, merged group),
//! who is accountable and in what role, its documents, groups, meetings with their next
//! occurrence, partners and observers, the contacts this build may show, its checklists and
//! packs while it runs, who took over after a handover, and its downloads.

use super::OutputFile;
use super::context::{Crumb, Frame, Here, Shown};
use super::data::{HtmlBlock, Link, OrgLink, cluster_link, html_block, list_crumbs, org_link};
use super::documents::{GroupView, ResourceView, groups, resources};
use super::emergencies::*;
use super::exports::{self, Download, Scope};
use super::leads::{Leadership, leadership};
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::model::*;
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

/// What a deactivated activation says about how coordination went on.
#[derive(Serialize)]
struct Handover {
    /// "The National Water Authority has coordinated since 31 October 2026." (HTML)
    now: Option<String>,
    note: Option<HtmlBlock>,
    /// The contacts, in this emergency, of the organisation that took over.
    contacts: Vec<ContactView>,
    contacts_title: Option<String>,
}

#[derive(Serialize)]
struct ActivationView {
    title: Shown,
    kind: &'static str,
    /// "Cluster", "Area of responsibility of the Protection cluster" (linked) (HTML).
    kind_label: String,
    state: String,
    running: bool,
    emergency: Link,
    global_cluster: Link,
    /// For a merged group: every cluster it covers, linked to its global page.
    covers: Vec<Link>,
    leadership: Leadership,
    summary: Option<HtmlBlock>,
    partners: Vec<Member>,
    partners_count: String,
    observers: Vec<Member>,
    hubs: Vec<Shown>,
    resources: Vec<ResourceView>,
    mailing_list: Option<String>,
    groups: Vec<GroupView>,
    meetings: Vec<MeetingView>,
    this_week: Vec<WeekMeeting>,
    contacts: Vec<ContactGroup>,
    contacts_notice: Option<String>,
    handover: Option<Handover>,
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

fn handover(here: &Here, e: &Emergency, a: &Activation) -> Option<Handover> {
    let d = a.deactivated?;
    let now = a.transitioned_to.map(|t| {
        here.t_html(
            "handover-now",
            &[
                (
                    "organisation",
                    super::context::Part::Html(org_link(here, t).html()),
                ),
                ("date", super::context::Part::Text(here.date(d))),
            ],
        )
    });
    let contacts: Vec<ContactView> = a
        .transitioned_to
        .map(|t| {
            e.contacts
                .iter()
                .filter(|c| c.organisation == t)
                .map(|c| contact_view(here, e, c))
                .collect()
        })
        .unwrap_or_default();
    Some(Handover {
        now,
        note: a.handover_note.as_ref().map(|n| html_block(here, n)),
        contacts_title: a.transitioned_to.filter(|_| !contacts.is_empty()).map(|t| {
            here.i18n.t(
                &here.lang.code,
                "handover-contacts",
                &[("organisation", Arg::Text(org_link(here, t).short.text))],
            )
        }),
        contacts,
    })
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
            activation: Some(ai),
        },
    );
    // An area of responsibility links to its cluster's activation here, else its global page.
    let parent_href = c
        .parent
        .map(|p| match e.activations.iter().find(|x| x.cluster == p) {
            Some(pa) => activation_href(here, e, pa),
            None => cluster_link(here, p).href,
        });
    let view = ActivationView {
        title: group_name(here, a),
        kind: kind(site, a),
        kind_label: kind_label_html(here, a, parent_href.as_deref()),
        state: state(here, a),
        running: e.is_running(a),
        emergency: Link {
            title: here.shown(&e.name),
            href: here.href(&format!("emergencies/{}/", e.id)),
        },
        global_cluster: cluster_link(here, a.cluster),
        covers: if a.merged_with.is_empty() {
            Vec::new()
        } else {
            a.clusters().map(|k| cluster_link(here, k)).collect()
        },
        leadership: leadership(here, e, a),
        summary: c.summary.as_ref().map(|s| html_block(here, s)),
        partners: a.partners.iter().map(|&o| member(o)).collect(),
        partners_count: here.i18n.t(
            lang,
            "partners-count",
            &[("count", Arg::Number(a.partners.len() as f64))],
        ),
        observers: a.observers.iter().map(|&o| member(o)).collect(),
        hubs: activation_hubs(here, e, a),
        resources: resources(here, a, false),
        mailing_list: a.mailing_list.clone(),
        groups: groups(here, e, ai),
        meetings: activation_meetings(here, e, ai),
        this_week: this_week(here, e, Some(ai)),
        contacts: contact_groups(here, e, Some(ai)),
        contacts_notice: contacts_notice(here, e),
        handover: handover(here, e, a),
        downloads,
        checklists: site
            .checklists_for(e, a)
            .into_iter()
            .map(|l| Link {
                title: here.shown(&site.checklists[l].title),
                href: format!("{}/index.html", site.checklists[l].id),
            })
            .collect(),
        packs: site
            .packs_for(e, a)
            .into_iter()
            .map(|p| &site.packs[p])
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
    let title = format!("{} · {}", view.title.text, view.emergency.title.text);
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
