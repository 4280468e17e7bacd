//! An emergency's directory: every activation, hubs, this week's meetings, the contacts this
//! build's audience may see, the emergency's pages and its downloads; printed, a compact
//! contact sheet with the build date and a QR code to the live page.

use super::OutputFile;
use super::context::{Frame, Here, Shown};
use super::data::{Link, list_crumbs};
use super::emergencies::*;
use super::exports::{self, Download, Scope};
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::i18n::Arg;
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
struct HubRow {
    name: Shown,
    pcode: Option<String>,
    clusters: Vec<Link>,
}

#[derive(Serialize)]
struct EmergencyView {
    name: Shown,
    status: String,
    status_id: &'static str,
    closed: bool,
    /// "Natural disaster", when the emergency says its type.
    kind: Option<String>,
    countries: String,
    /// "4 clusters, 1 sector, 1 area of responsibility".
    active: String,
    glide: Option<String>,
    started: String,
    ended: Option<String>,
    activations: Vec<ActivationRow>,
    hubs: Vec<HubRow>,
    meetings: Vec<MeetingView>,
    this_week: Vec<WeekMeeting>,
    contacts: Vec<ContactGroup>,
    contacts_notice: Option<String>,
    pages: Vec<Link>,
    downloads: Vec<Download>,
    /// "As of 26 November 2026", for the printed sheet.
    as_of: String,
    live_url: String,
    qr_svg: String,
}

#[derive(Serialize)]
struct EmergencyContext {
    #[serde(flatten)]
    frame: Frame,
    emergency: EmergencyView,
}

pub fn emergency(
    here: &Here,
    i: usize,
    templates: &Templates,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let site = here.site;
    let e = &site.emergencies[i];
    let hubs = e
        .hubs
        .iter()
        .enumerate()
        .map(|(h, hub)| HubRow {
            name: here.shown(&hub.name),
            pcode: hub.pcode.clone(),
            clusters: ordered(here, e)
                .into_iter()
                .map(|(a, _)| &e.activations[a])
                .filter(|a| a.hubs.contains(&h) && e.is_running(a))
                .map(|a| Link {
                    title: group_name(here, a),
                    href: activation_href(here, e, a),
                })
                .collect(),
        })
        .collect();
    let (mut files, downloads) = exports::exports(
        here,
        &Scope {
            emergency: e,
            activation: None,
        },
    );
    let live_url = format!("{}{}/{}", site.config.base_url, here.lang.code, here.path);
    let view = EmergencyView {
        name: here.shown(&e.name),
        status: here.t(&format!("status-{}", e.status.keyword())),
        status_id: e.status.keyword(),
        closed: e.status == EmergencyStatus::Closed,
        kind: e
            .kind
            .map(|k| here.t(&format!("emergency-type-{}", k.keyword()))),
        countries: country_names(here, e),
        active: counts(here, e),
        glide: e.glide.clone(),
        started: here.date(e.started),
        ended: e.ended.map(|d| here.date(d)),
        activations: directory_rows(here, e),
        hubs,
        meetings: e
            .meetings_held()
            .iter()
            .filter(|h| h.holder == Holder::Emergency)
            .map(|h| meeting(here, e, h))
            .collect(),
        this_week: this_week(here, e, None),
        contacts: contact_groups(here, e, None),
        contacts_notice: contacts_notice(here, e),
        pages: e
            .pages
            .iter()
            .map(|&p| Link {
                title: here.numbered_title(&site.pages[p]),
                href: here.href(&site.pages[p].path),
            })
            .collect(),
        downloads,
        as_of: here.i18n.t(
            &here.lang.code,
            "as-of",
            &[("date", Arg::Text(here.date(site.build_date)))],
        ),
        qr_svg: qr_svg(&live_url),
        live_url,
    };
    let frame = here.frame(
        view.name.text.clone(),
        "emergencies",
        None,
        list_crumbs(here, &here.t("emergencies-title"), "emergencies/"),
        &|_| true,
    );
    files.push(OutputFile::page(
        here,
        templates,
        "emergency.html",
        &EmergencyContext {
            frame,
            emergency: view,
        },
    )?);
    Ok(files)
}

/// A QR code of `url` as inline SVG (one path, no external file), for printed sheets.
pub fn qr_svg(url: &str) -> String {
    let Ok(code) = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
    else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(112, 112)
        .quiet_zone(true)
        .dark_color(qrcode::render::svg::Color("#000"))
        .light_color(qrcode::render::svg::Color("#fff"))
        .build();
    // Drop the XML declaration: the SVG goes inside the page.
    match svg.find("<svg") {
        Some(i) => svg[i..].replacen(
            "<svg",
            "<svg role=\"img\" aria-hidden=\"true\" focusable=\"false\"",
            1,
        ),
        None => String::new(),
    }
}
