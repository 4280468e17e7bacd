//! Data pages: global clusters (with their global leads and conditions), organisations (with
//! what they lead worldwide and their roles in each emergency) and the glossary.

use super::context::{Crumb, Frame, Here, Shown, dir};
use super::leads::{global_lead_html, global_leads_html};
use super::rows::{activation_href, group_name};
use super::templates::Templates;
use super::{OutputFile, markdown_html};
use crate::diagnostics::Diagnostic;
use crate::model::*;
use serde::Serialize;

/// Markdown from YAML, rendered in the language it is really in.
#[derive(Serialize)]
pub struct HtmlBlock {
    pub html: String,
    pub lang: Option<String>,
    pub dir: Option<&'static str>,
}

pub fn html_block(here: &Here, text: &MarkdownText) -> HtmlBlock {
    block(here, text, true)
}

/// Markdown from YAML; glossary definitions do not mark glossary terms in themselves.
fn block(here: &Here, text: &MarkdownText, mark_terms: bool) -> HtmlBlock {
    let l = text.text.get(&here.lang.code);
    let shown = Shown::new(here.site, &here.lang.code, "", l.lang);
    let html = if mark_terms {
        markdown_html(here, l.text, &text.links)
    } else {
        super::markdown_html_plain(here, l.text, &text.links, None)
    };
    HtmlBlock {
        html,
        lang: shown.lang,
        dir: shown.dir,
    }
}

#[derive(Serialize)]
pub struct Link {
    pub title: Shown,
    pub href: String,
}

#[derive(Clone, Serialize)]
pub struct OrgLink {
    pub short: Shown,
    pub name: Shown,
    pub href: String,
}

impl OrgLink {
    /// The link as HTML, as the templates' `orgs` filter writes it.
    pub fn html(&self) -> String {
        super::context::anchor(&self.href, &self.name.text, &self.short.html())
    }
}

pub fn org_link(here: &Here, org: usize) -> OrgLink {
    let o = &here.site.organisations[org];
    let name = here.shown(&o.name);
    OrgLink {
        short: o.acronym.as_ref().map_or_else(
            || name.clone(),
            |a| Shown::new(here.site, &here.lang.code, a, &here.lang.code),
        ),
        name,
        href: here.href(&format!("organisations/{}/", o.id)),
    }
}

pub fn cluster_link(here: &Here, cluster: usize) -> Link {
    let c = &here.site.clusters[cluster];
    Link {
        title: here.shown(&c.name),
        href: here.href(&format!("clusters/{}/", c.id)),
    }
}

/// Breadcrumbs of data pages: home, then the list.
pub fn list_crumbs(here: &Here, list_title: &str, list_path: &str) -> Vec<Crumb> {
    vec![
        here.crumb(here.site.home),
        Crumb {
            title: Shown::new(here.site, &here.lang.code, list_title, &here.lang.code),
            href: here.href(list_path),
        },
    ]
}

fn frame(here: &Here, title: String, area: &'static str, crumbs: Vec<Crumb>) -> Frame {
    here.frame(title, area, None, crumbs, &|_| true)
}

#[derive(Serialize)]
struct ClusterRow {
    name: Shown,
    abbreviation: Option<String>,
    code: String,
    href: String,
    /// "IOM in natural disasters; UNHCR in conflicts" (HTML).
    leads: String,
    children: Vec<ClusterRow>,
}

#[derive(Serialize)]
struct ClustersContext {
    #[serde(flatten)]
    frame: Frame,
    clusters: Vec<ClusterRow>,
}

fn cluster_row(here: &Here, i: usize) -> ClusterRow {
    let c = &here.site.clusters[i];
    ClusterRow {
        name: here.shown(&c.name),
        abbreviation: c.abbreviation.clone(),
        code: c.code.clone(),
        href: here.href(&format!("clusters/{}/", c.id)),
        leads: global_leads_html(here, c),
        children: sorted_by_name(here, &c.children)
            .into_iter()
            .map(|ch| cluster_row(here, ch))
            .collect(),
    }
}

fn sorted_by_name(here: &Here, clusters: &[usize]) -> Vec<usize> {
    let mut out = clusters.to_vec();
    out.sort_by_cached_key(|&c| {
        here.site.clusters[c]
            .name
            .get(&here.lang.code)
            .text
            .to_lowercase()
    });
    out
}

pub fn clusters(here: &Here, templates: &Templates) -> Result<OutputFile, Diagnostic> {
    let top: Vec<usize> = (0..here.site.clusters.len())
        .filter(|&c| here.site.clusters[c].parent.is_none())
        .collect();
    let clusters = sorted_by_name(here, &top)
        .into_iter()
        .map(|c| cluster_row(here, c))
        .collect();
    let frame = frame(
        here,
        here.t("clusters-title"),
        "clusters",
        vec![here.crumb(here.site.home)],
    );
    OutputFile::page(
        here,
        templates,
        "clusters.html",
        &ClustersContext { frame, clusters },
    )
}

#[derive(Serialize)]
struct ActiveIn {
    emergency: Shown,
    /// The merged group that coordinates it there, if any.
    group: Option<Shown>,
    href: String,
    status: String,
}

#[derive(Serialize)]
struct Description {
    html: String,
    lang: String,
    dir: &'static str,
    fallback: bool,
}

#[derive(Serialize)]
struct ClusterView {
    name: Shown,
    abbreviation: Option<String>,
    code: String,
    /// One line per global lead entry (HTML).
    leads: Vec<String>,
    /// Whether it is an area of responsibility.
    is_area: bool,
    parent: Option<Link>,
    children: Vec<Link>,
    summary: Option<HtmlBlock>,
    description: Option<Description>,
    active_in: Vec<ActiveIn>,
}

#[derive(Serialize)]
struct ClusterContext {
    #[serde(flatten)]
    frame: Frame,
    cluster: ClusterView,
}

pub fn cluster(
    here: &Here,
    i: usize,
    bodies: &[Vec<Option<String>>],
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let c = &site.clusters[i];
    let description = c.description.map(|p| {
        let (html, v) = super::page_html(here, p, bodies);
        let rtl = site.config.language(&v.lang).is_some_and(|l| l.rtl);
        Description {
            html,
            lang: v.lang.clone(),
            dir: dir(rtl),
            fallback: v.lang != here.lang.code,
        }
    });
    let mut active_in = Vec::new();
    for e in &site.emergencies {
        for a in &e.activations {
            if a.covers(i) {
                active_in.push(ActiveIn {
                    emergency: here.shown(&e.name),
                    group: (!a.merged_with.is_empty()).then(|| group_name(here, a)),
                    href: activation_href(here, e, a),
                    status: here.t(&format!(
                        "status-{}",
                        if a.deactivated.is_some() {
                            "closed"
                        } else {
                            e.status.keyword()
                        }
                    )),
                });
            }
        }
    }
    let view = ClusterView {
        name: here.shown(&c.name),
        abbreviation: c.abbreviation.clone(),
        code: c.code.clone(),
        leads: c
            .global_leads
            .iter()
            .map(|g| global_lead_html(here, g))
            .collect(),
        is_area: c.is_area(),
        parent: c.parent.map(|p| cluster_link(here, p)),
        children: sorted_by_name(here, &c.children)
            .into_iter()
            .map(|ch| cluster_link(here, ch))
            .collect(),
        summary: c.summary.as_ref().map(|s| html_block(here, s)),
        description,
        active_in,
    };
    let frame = frame(
        here,
        view.name.text.clone(),
        "clusters",
        list_crumbs(here, &here.t("clusters-title"), "clusters/"),
    );
    OutputFile::page(
        here,
        templates,
        "cluster.html",
        &ClusterContext {
            frame,
            cluster: view,
        },
    )
}

#[derive(Serialize)]
struct OrgRow {
    link: OrgLink,
    kind: String,
}

#[derive(Serialize)]
struct OrganisationsContext {
    #[serde(flatten)]
    frame: Frame,
    organisations: Vec<OrgRow>,
}

pub fn organisations(here: &Here, templates: &Templates) -> Result<OutputFile, Diagnostic> {
    let mut rows: Vec<OrgRow> = (0..here.site.organisations.len())
        .map(|o| OrgRow {
            link: org_link(here, o),
            kind: here.t(&format!(
                "org-type-{}",
                here.site.organisations[o].kind.keyword()
            )),
        })
        .collect();
    rows.sort_by_cached_key(|r| r.link.short.text.to_lowercase());
    let frame = frame(
        here,
        here.t("organisations-title"),
        "organisations",
        vec![here.crumb(here.site.home)],
    );
    OutputFile::page(
        here,
        templates,
        "organisations.html",
        &OrganisationsContext {
            frame,
            organisations: rows,
        },
    )
}

#[derive(Serialize)]
struct RoleRow {
    emergency: Shown,
    cluster: Shown,
    href: String,
    role: String,
}

/// A cluster the organisation leads worldwide, with the condition when there is one.
#[derive(Serialize)]
struct GlobalRole {
    cluster: Link,
    /// "IFRC convenes in natural disasters" (HTML), when it is not a lead in every emergency.
    detail: Option<String>,
}

#[derive(Serialize)]
struct OrganisationView {
    acronym: Option<String>,
    name: Shown,
    kind: String,
    website: Option<String>,
    global_lead_of: Vec<GlobalRole>,
    roles: Vec<RoleRow>,
}

#[derive(Serialize)]
struct OrganisationContext {
    #[serde(flatten)]
    frame: Frame,
    organisation: OrganisationView,
}

/// What an organisation is to an activation, in the words of its page's table.
fn roles_in(here: &Here, e: &Emergency, a: &Activation, o: usize) -> Vec<String> {
    let sector = a.arrangement == Arrangement::Sector;
    let role_of = |list: &[Lead]| list.iter().find(|l| l.organisation == o).map(|l| l.role);
    let mut out: Vec<String> = Vec::new();
    let mut say = |id: &str| out.push(here.t(id));
    match (sector, a.government_counterpart == Some(o)) {
        (true, true) => say("as-ministry-lead"),
        (false, true) => say("as-counterpart"),
        _ => {}
    }
    match role_of(&a.leads) {
        Some(_) if sector && a.government_counterpart != Some(o) => say("as-supporting-co-lead"),
        Some(LeadRole::Lead) if !sector => say("as-lead"),
        Some(LeadRole::Convener) => say("as-convener"),
        _ => {}
    }
    match role_of(&a.co_leads) {
        Some(_) if sector => say("as-supporting-co-lead"),
        Some(LeadRole::Convener) => say("as-co-convener"),
        Some(LeadRole::Lead) => say("as-co-lead"),
        None => {}
    }
    if e.is_running(a) && a.providers_of_last_resort().contains(&o) {
        say("as-provider-of-last-resort");
    }
    if a.partners.contains(&o) {
        say("as-partner");
    }
    if a.observers.contains(&o) {
        say("as-observer");
    }
    if a.transitioned_to == Some(o) {
        say("took-over");
    }
    for g in &a.groups {
        let name = here.shown(&g.name).text;
        let id = if g.lead == Some(o) {
            "as-group-lead"
        } else if g.members.contains(&o) {
            "as-group-member"
        } else {
            continue;
        };
        out.push(here.i18n.t(
            &here.lang.code,
            id,
            &[("group", crate::i18n::Arg::Text(name))],
        ));
    }
    out.dedup();
    out
}

pub fn organisation(
    here: &Here,
    i: usize,
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let o = &site.organisations[i];
    let mut roles = Vec::new();
    for e in &site.emergencies {
        for a in &e.activations {
            let said = roles_in(here, e, a, i);
            if !said.is_empty() {
                roles.push(RoleRow {
                    emergency: here.shown(&e.name),
                    cluster: group_name(here, a),
                    href: activation_href(here, e, a),
                    role: said.join(&here.t("list-comma")),
                });
            }
        }
    }
    let view = OrganisationView {
        acronym: o.acronym.clone(),
        name: here.shown(&o.name),
        kind: here.t(&format!("org-type-{}", o.kind.keyword())),
        website: o.website.clone(),
        global_lead_of: (0..site.clusters.len())
            .filter(|&c| site.clusters[c].is_global_lead(i))
            .map(|c| {
                let cl = &site.clusters[c];
                let entries: Vec<&GlobalLead> =
                    cl.global_leads.iter().filter(|g| g.names(i)).collect();
                let plain = entries.iter().all(|g| {
                    g.when.is_empty()
                        && g.role == LeadRole::Lead
                        && matches!(g.agency, Agency::Organisation(_))
                });
                GlobalRole {
                    cluster: cluster_link(here, c),
                    detail: (!plain).then(|| {
                        entries
                            .iter()
                            .map(|g| global_lead_html(here, g))
                            .collect::<Vec<_>>()
                            .join(&super::context::escape(&here.t("list-semicolon")))
                    }),
                }
            })
            .collect(),
        roles,
    };
    let title = o.acronym.clone().unwrap_or_else(|| view.name.text.clone());
    let frame = frame(
        here,
        title,
        "organisations",
        list_crumbs(here, &here.t("organisations-title"), "organisations/"),
    );
    OutputFile::page(
        here,
        templates,
        "organisation.html",
        &OrganisationContext {
            frame,
            organisation: view,
        },
    )
}

#[derive(Serialize)]
struct GlossaryView {
    id: String,
    term: String,
    expansion: Shown,
    definition: Option<HtmlBlock>,
}

#[derive(Serialize)]
struct GlossaryContext {
    #[serde(flatten)]
    frame: Frame,
    entries: Vec<GlossaryView>,
}

pub fn glossary(here: &Here, templates: &Templates) -> Result<OutputFile, Diagnostic> {
    let entries = here
        .site
        .glossary
        .iter()
        .map(|g| GlossaryView {
            id: g.id.clone(),
            term: g.term.clone(),
            expansion: here.shown(&g.expansion),
            definition: g.definition.as_ref().map(|d| block(here, d, false)),
        })
        .collect();
    let frame = frame(
        here,
        here.t("glossary-title"),
        "glossary",
        vec![here.crumb(here.site.home)],
    );
    OutputFile::page(
        here,
        templates,
        "glossary.html",
        &GlossaryContext { frame, entries },
    )
}
