//! Emergency pages: the list of emergencies, and what an emergency's directory and its
//! activations' pages share: hubs, breadcrumbs, country names, and (re-exported) rows,
//! meetings and contacts.

use super::OutputFile;
pub use super::contacts::{
    ContactGroup, ContactView, contact_groups, contact_view, contacts_notice,
};
use super::context::{Frame, Here, Shown};
use super::data::HtmlBlock;
pub use super::meetings::*;
pub use super::rows::*;
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
struct EmergencyRow {
    name: Shown,
    href: String,
    status: String,
    status_id: &'static str,
    countries: String,
    glide: Option<String>,
    started: String,
    ended: Option<String>,
    /// "4 clusters, 1 sector, 1 area of responsibility".
    active: String,
}

#[derive(Serialize)]
struct EmergenciesContext {
    #[serde(flatten)]
    frame: Frame,
    intro: Option<HtmlBlock>,
    emergencies: Vec<EmergencyRow>,
}

/// An emergency's countries by name, in the reader's language: "Mozambique, Malawi".
pub fn country_names(here: &Here, e: &Emergency) -> String {
    let names: Vec<String> = e
        .countries
        .iter()
        .map(|c| crate::locale::country_name(c, &here.lang.code, here.site.config.default_lang()))
        .collect();
    here.list_text(&names, false)
}

pub fn emergencies(
    here: &Here,
    bodies: &[Vec<Option<String>>],
    templates: &Templates,
) -> Result<OutputFile, Diagnostic> {
    let site = here.site;
    let intro = site.emergencies_intro.map(|p| {
        let (html, v) = super::page_html(here, p, bodies);
        let shown = Shown::new(site, &here.lang.code, "", &v.lang);
        HtmlBlock {
            html,
            lang: shown.lang,
            dir: shown.dir,
        }
    });
    let mut order: Vec<&Emergency> = site.emergencies.iter().collect();
    order.sort_by(|a, b| {
        a.status
            .cmp(&b.status)
            .then(b.started.cmp(&a.started))
            .then(a.id.cmp(&b.id))
    });
    let rows = order
        .into_iter()
        .map(|e| EmergencyRow {
            name: here.shown(&e.name),
            href: here.href(&format!("emergencies/{}/", e.id)),
            status: here.t(&format!("status-{}", e.status.keyword())),
            status_id: e.status.keyword(),
            countries: country_names(here, e),
            glide: e.glide.clone(),
            started: here.date(e.started),
            ended: e.ended.map(|d| here.date(d)),
            active: counts(here, e),
        })
        .collect();
    let frame = here.frame(
        here.t("emergencies-title"),
        "emergencies",
        None,
        vec![here.crumb(site.home)],
        &|_| true,
    );
    OutputFile::page(
        here,
        templates,
        "emergencies.html",
        &EmergenciesContext {
            frame,
            intro,
            emergencies: rows,
        },
    )
}

/// An activation's hubs, by name.
pub fn activation_hubs(here: &Here, e: &Emergency, a: &Activation) -> Vec<Shown> {
    a.hubs
        .iter()
        .map(|&h| here.shown(&e.hubs[h].name))
        .collect()
}

/// Breadcrumbs of the pages under an activation (checklists, packs): home, the emergencies,
/// the emergency, the activation.
pub fn activation_crumbs(here: &Here, e: &Emergency, a: &Activation) -> Vec<super::context::Crumb> {
    use super::context::Crumb;
    vec![
        here.crumb(here.site.home),
        Crumb {
            title: Shown::new(
                here.site,
                &here.lang.code,
                &here.t("emergencies-title"),
                &here.lang.code,
            ),
            href: here.href("emergencies/"),
        },
        Crumb {
            title: here.shown(&e.name),
            href: here.href(&format!("emergencies/{}/", e.id)),
        },
        Crumb {
            title: group_name(here, a),
            href: activation_href(here, e, a),
        },
    ]
}
