//! Who is accountable, as pages say it: a cluster's global leads with their conditions ("IOM
//! in natural disasters; UNHCR in conflicts", "IFRC convenes in natural disasters"), and an
//! activation's leadership (lead agencies, conveners, co-leads, the provider of last resort,
//! a ministry leading a sector) with the sentences that explain a convener, a sector, and
//! leads that differ from the global ones.

use super::context::{Here, Part, escape};
use super::data::org_link;
use crate::model::*;
use serde::Serialize;

/// "in natural disasters and in conflicts".
fn when(here: &Here, kinds: &[EmergencyType]) -> String {
    let phrases: Vec<String> = kinds
        .iter()
        .map(|k| here.t(&format!("when-{}", k.keyword())))
        .collect();
    here.list_text(&phrases, false)
}

fn orgs_html(here: &Here, orgs: &[usize], or: bool) -> String {
    let links: Vec<String> = orgs.iter().map(|&o| org_link(here, o).html()).collect();
    here.list_html(&links, or)
}

/// One global lead entry as a phrase: "IOM in natural disasters", "IFRC convenes in natural
/// disasters", "UNHCR, UNICEF or OHCHR in natural disasters, agreed in the country".
pub fn global_lead_html(here: &Here, g: &GlobalLead) -> String {
    let who = match &g.agency {
        Agency::Organisation(o) => org_link(here, *o).html(),
        Agency::OneOf(list) => orgs_html(here, list, true),
    };
    let one_of = matches!(g.agency, Agency::OneOf(_));
    let id = match (g.role, one_of, g.when.is_empty()) {
        (LeadRole::Lead, false, true) => return who,
        (LeadRole::Lead, false, false) => "global-lead-when",
        (LeadRole::Convener, _, true) => "global-convener",
        (LeadRole::Convener, _, false) => "global-convener-when",
        (LeadRole::Lead, true, true) => "global-one-of",
        (LeadRole::Lead, true, false) => "global-one-of-when",
    };
    here.t_html(
        id,
        &[
            ("lead", Part::Html(who)),
            ("when", Part::Text(when(here, &g.when))),
        ],
    )
}

/// A cluster's global leads in one line: "IOM in natural disasters; UNHCR in conflicts".
pub fn global_leads_html(here: &Here, c: &Cluster) -> String {
    let parts: Vec<String> = c
        .global_leads
        .iter()
        .map(|g| global_lead_html(here, g))
        .collect();
    // Co-leads in every kind of emergency read as one list: "UNICEF and Save the Children".
    let plain = c.global_leads.iter().all(|g| {
        g.when.is_empty() && g.role == LeadRole::Lead && matches!(g.agency, Agency::Organisation(_))
    });
    if plain {
        here.list_html(&parts, false)
    } else {
        parts.join(&escape(&here.t("list-semicolon")))
    }
}

/// A term of an activation's leadership and its value, both HTML.
#[derive(Debug, Serialize)]
pub struct Fact {
    pub label: String,
    pub html: String,
}

/// An activation's leadership, as its page, its directory row and its pack show it.
#[derive(Debug, Serialize)]
pub struct Leadership {
    pub facts: Vec<Fact>,
    /// Sentences that explain a convener or a sector, and leads that differ (HTML).
    pub notes: Vec<String>,
    /// The lead in a few words, for tables: "UNICEF", "Ministry of Education (with UNICEF)".
    pub summary: String,
}

/// A link to the page that explains an idea, if the toolkit has one: " Read more: 1.2 …".
fn read_more(here: &Here, concept: Concept) -> String {
    here.site.explaining(concept).map_or_else(String::new, |p| {
        let title = here.numbered_title(&here.site.pages[p]);
        let link = format!(
            "<a href=\"{}\">{}</a>",
            escape(&here.href(&here.site.pages[p].path)),
            title.html()
        );
        format!(
            " {}",
            here.t_html("read-more", &[("page", Part::Html(link))])
        )
    })
}

/// A label that links to the page explaining it, when there is one.
fn label(here: &Here, text: &str, concept: Concept) -> String {
    match here.site.explaining(concept) {
        Some(p) => format!(
            "<a href=\"{}\">{}</a>",
            escape(&here.href(&here.site.pages[p].path)),
            escape(text)
        ),
        None => escape(text),
    }
}

fn with_roles(here: &Here, leads: &[&Lead]) -> String {
    let items: Vec<String> = leads
        .iter()
        .map(|l| {
            let link = org_link(here, l.organisation).html();
            match l.role {
                LeadRole::Lead => link,
                LeadRole::Convener => {
                    here.t_html("as-convener-of", &[("organisation", Part::Html(link))])
                }
            }
        })
        .collect();
    here.list_html(&items, false)
}

pub fn leadership(here: &Here, e: &Emergency, a: &Activation) -> Leadership {
    let lang = &here.lang.code;
    let c = &here.site.clusters[a.cluster];
    let area = if c.is_area() { "yes" } else { "no" };
    let count = |n: usize, id: &str| {
        here.i18n
            .t(lang, id, &[("count", crate::i18n::Arg::Number(n as f64))])
    };
    let mut facts = Vec::new();
    let mut notes = Vec::new();
    let leads: Vec<&Lead> = a
        .leads
        .iter()
        .filter(|l| l.role == LeadRole::Lead)
        .collect();
    let conveners: Vec<&Lead> = a
        .leads
        .iter()
        .filter(|l| l.role == LeadRole::Convener)
        .collect();
    let summary = if a.arrangement == Arrangement::Sector {
        // The ministry leads; the agencies named as leads and co-leads support it.
        let supporting: Vec<&Lead> = a
            .leads
            .iter()
            .chain(&a.co_leads)
            .filter(|l| Some(l.organisation) != a.government_counterpart)
            .collect();
        let ministry = a.government_counterpart.map(|g| org_link(here, g).html());
        if let Some(m) = &ministry {
            facts.push(Fact {
                label: label(
                    here,
                    &here.t("led-by-government"),
                    Concept::GovernmentLedSector,
                ),
                html: m.clone(),
            });
        }
        if !supporting.is_empty() {
            facts.push(Fact {
                label: escape(&here.t("supporting-co-leads")),
                html: with_roles(here, &supporting),
            });
        }
        let note = match &ministry {
            Some(m) => here.t_html("sector-note", &[("ministry", Part::Html(m.clone()))]),
            None => escape(&here.t("sector-note-no-ministry")),
        };
        notes.push(format!(
            "{note}{}",
            read_more(here, Concept::GovernmentLedSector)
        ));
        match (&ministry, supporting.is_empty()) {
            (Some(m), false) => here.t_html(
                "ministry-with",
                &[
                    ("ministry", Part::Html(m.clone())),
                    ("agencies", Part::Html(with_roles(here, &supporting))),
                ],
            ),
            (Some(m), true) => m.clone(),
            (None, _) => with_roles(here, &supporting),
        }
    } else {
        if !leads.is_empty() {
            facts.push(Fact {
                label: escape(&count(leads.len(), "lead-agencies")),
                html: with_roles(here, &leads),
            });
        }
        if !conveners.is_empty() {
            facts.push(Fact {
                label: label(
                    here,
                    &count(conveners.len(), "conveners"),
                    Concept::Convener,
                ),
                // The label says they convene.
                html: orgs_html(
                    here,
                    &conveners.iter().map(|l| l.organisation).collect::<Vec<_>>(),
                    false,
                ),
            });
        }
        if !a.co_leads.is_empty() {
            facts.push(Fact {
                label: escape(&here.t("co-leads")),
                html: with_roles(here, &a.co_leads.iter().collect::<Vec<_>>()),
            });
        }
        with_roles(here, &a.leads.iter().collect::<Vec<_>>())
    };
    let polr = a.providers_of_last_resort();
    // After a handover the question no longer arises.
    if e.is_running(a) && (a.arrangement == Arrangement::Cluster || !polr.is_empty()) {
        facts.push(Fact {
            label: label(
                here,
                &here.t("provider-of-last-resort"),
                Concept::ProviderOfLastResort,
            ),
            html: if polr.is_empty() {
                escape(&here.t("no-provider-of-last-resort"))
            } else {
                orgs_html(here, &polr, false)
            },
        });
    }
    if let Some(g) = a.government_counterpart
        && a.arrangement == Arrangement::Cluster
    {
        facts.push(Fact {
            label: escape(&here.t("government-counterpart")),
            html: org_link(here, g).html(),
        });
    }
    for l in a.leads.iter().chain(&a.co_leads) {
        if l.role == LeadRole::Convener {
            let note = here.t_html(
                "convener-note",
                &[
                    (
                        "organisation",
                        Part::Html(org_link(here, l.organisation).html()),
                    ),
                    ("area", Part::Text(area.into())),
                ],
            );
            notes.push(format!("{note}{}", read_more(here, Concept::Convener)));
        }
    }
    if let Some(note) = leads_differ(here, e, a) {
        notes.push(note);
    }
    Leadership {
        facts,
        notes,
        summary,
    }
}

/// The note where an activation's leads differ from the global leads that apply to the
/// emergency's type; none when the type is unknown, none for a government-led sector.
pub fn leads_differ(here: &Here, e: &Emergency, a: &Activation) -> Option<String> {
    let kind = e.kind?;
    if a.arrangement == Arrangement::Sector {
        return None;
    }
    let c = &here.site.clusters[a.cluster];
    let applicable = c.leads_for(kind);
    if applicable.is_empty() {
        return None;
    }
    let named = |o: usize| applicable.iter().any(|g| g.names(o));
    let stranger = a.leads.iter().any(|l| !named(l.organisation));
    // In a mixed emergency the entries are alternatives; otherwise each fixed lead is expected.
    let absent = kind != EmergencyType::Mixed
        && applicable.iter().any(|g| match g.agency {
            Agency::Organisation(o) => !a.is_led_by(o),
            Agency::OneOf(_) => false,
        });
    let one_of_unmet = applicable.iter().any(|g| match &g.agency {
        Agency::OneOf(list) => !list.iter().any(|&o| a.is_led_by(o)),
        Agency::Organisation(_) => false,
    }) && kind != EmergencyType::Mixed;
    if !(stranger || absent || one_of_unmet) {
        return None;
    }
    let entries: Vec<String> = applicable
        .iter()
        .map(|g| match &g.agency {
            Agency::Organisation(o) => org_link(here, *o).html(),
            Agency::OneOf(list) => orgs_html(here, list, true),
        })
        .collect();
    Some(here.t_html(
        "leads-differ",
        &[
            ("when", Part::Text(when(here, &[kind]))),
            ("leads", Part::Html(here.list_html(&entries, false))),
            (
                "area",
                Part::Text(if c.is_area() { "yes" } else { "no" }.into()),
            ),
        ],
    ))
}
