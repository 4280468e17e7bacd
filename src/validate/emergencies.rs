//! Emergencies: hubs, meetings, cluster activations and contacts, with their references,
//! date order and formats; contacts the build's audience may not see are dropped here, so no
//! later step can publish them.

use super::tree::Tree;
use super::{Checker, Ids, formats};
use crate::diagnostics::Diagnostic;
use crate::load::raw::{RawActivation, RawContact, RawMeeting};
use crate::load::source::FileRef;
use crate::load::yaml::Sp;
use crate::load::{EmergencySource, Loaded};
use crate::model::*;

pub fn emergencies(
    loaded: &Loaded,
    audience: Audience,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    tree: &Tree,
    chk: &mut Checker,
) -> Vec<Emergency> {
    let mut out = Vec::new();
    for source in &loaded.emergencies {
        if let Some(e) = emergency(source, audience, orgs, clusters, chk) {
            out.push(e);
        }
    }
    for (i, page) in tree.pages.iter().enumerate() {
        let PageKind::EmergencyPage { emergency } = &page.kind else {
            continue;
        };
        let name = page.key.rsplit('/').next().unwrap_or_default();
        if clusters.get(name).is_some() {
            chk.push(Diagnostic::error(crate::diagnostics::Loc::file(&page.versions[0].source.as_str().into()),
                format!("an emergency page cannot be named `{name}`: that address belongs to the {name} cluster's activation"))
                .with_hint("rename the file"));
        }
        if let Some(e) = out.iter_mut().find(|e| &e.id == emergency) {
            e.pages.push(i);
        }
    }
    out
}

fn emergency(
    source: &EmergencySource,
    audience: Audience,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    chk: &mut Checker,
) -> Option<Emergency> {
    let raw = source.raw.as_ref()?;
    let file = &source.file;
    if let Err(message) = formats::id(&source.id) {
        chk.push(
            Diagnostic::error(
                file.start(),
                format!("the folder name is used as the emergency's id, but {message}"),
            )
            .with_hint(formats::ID_HINT),
        );
        return None;
    }
    let countries: Vec<String> = raw
        .countries
        .value
        .iter()
        .filter(|c| chk.format(file, c, &c.value, formats::country).is_some())
        .map(|c| c.value.clone())
        .collect();
    if raw.countries.value.is_empty() {
        chk.push(Diagnostic::error(
            file.loc(&raw.countries),
            "`countries` is empty; list at least one ISO 3166-1 alpha-3 code",
        ));
    }
    if let Some(glide) = &raw.glide
        && let Some(country) = chk.format(file, glide, &glide.value, |g| {
            formats::glide(g).map(str::to_string)
        })
        && !countries.is_empty()
        && !countries.contains(&country)
    {
        chk.push(Diagnostic::warning(
            file.loc(glide),
            format!("the GLIDE number's country `{country}` is not one of `countries`"),
        ));
    }
    let status = match raw.status.value.as_str() {
        "active" => EmergencyStatus::Active,
        "transition" => EmergencyStatus::Transition,
        "closed" => EmergencyStatus::Closed,
        other => {
            chk.push(Diagnostic::error(
                file.loc(&raw.status),
                format!("`{other}` is not an emergency status; use active, transition or closed"),
            ));
            EmergencyStatus::Active
        }
    };
    let started = chk.date(file, &raw.started);
    let ended = chk.optional_date(file, &raw.ended);
    if let (Some(s), Some(e), Some(sp)) = (started, ended, &raw.ended)
        && e < s
    {
        chk.push(Diagnostic::error(
            file.loc(sp),
            format!("`ended` ({e}) is before `started` ({s})"),
        ));
    }
    let mut hubs: Ids<Hub> = Ids::new("hub", "the emergency's `hubs`", false);
    for h in &raw.hubs {
        if let Some(id) = chk.id(file, &h.value.id) {
            let hub = Hub {
                id: id.clone(),
                name: chk.text(file, &h.value.name),
                pcode: h.value.pcode.as_ref().map(|p| p.value.clone()),
            };
            hubs.add(&id, file.loc(&h.value.id), hub, chk);
        }
    }
    let meetings = raw
        .meetings
        .iter()
        .filter_map(|m| meeting(file, m, &hubs, chk))
        .collect();
    let mut activations: Ids<Activation> =
        Ids::new("activation", "the emergency's `activations`", false);
    let mut merged = Vec::new();
    for a in &raw.activations {
        let Some(cluster) = clusters.resolve(file, &a.value.cluster, chk) else {
            continue;
        };
        let activation = activation(file, &a.value, cluster, started, &hubs, orgs, clusters, chk);
        if status == EmergencyStatus::Closed && activation.deactivated.is_none() {
            chk.push(Diagnostic::warning(
                file.loc(&a.value.cluster),
                "the emergency is closed but this activation has no `deactivated` date",
            ));
        }
        // A cluster merged with itself is reported once, as that (issue #15).
        merged.extend(
            a.value
                .merged_with
                .iter()
                .filter_map(|m| clusters.get(&m.value).map(|c| (c, m)))
                .filter(|(c, _)| *c != cluster),
        );
        if activations.get(&a.value.cluster.value).is_some() {
            chk.push(Diagnostic::error(
                file.loc(&a.value.cluster),
                format!(
                    "`{}` is activated twice in this emergency",
                    a.value.cluster.value
                ),
            ));
            continue;
        }
        activations.add(
            &a.value.cluster.value,
            file.loc(&a.value.cluster),
            activation,
            chk,
        );
    }
    for (c, m) in merged {
        if activations.get(&clusters.items[c].id).is_some() {
            chk.push(Diagnostic::error(
                file.loc(m),
                format!(
                    "`{}` has its own activation here, so it cannot also be merged into another",
                    m.value
                ),
            ));
        }
    }
    let activated_clusters: Vec<usize> = activations
        .items
        .iter()
        .flat_map(|a| std::iter::once(a.cluster).chain(a.merged_with.iter().copied()))
        .collect();
    let mut contacts: Ids<Contact> = Ids::new("contact", "contacts.yaml", false);
    if let Some(contacts_file) = &source.contacts_file {
        for c in &source.contacts {
            let Some(contact) = contact(
                contacts_file,
                &c.value,
                &activated_clusters,
                &hubs,
                orgs,
                clusters,
                chk,
            ) else {
                continue;
            };
            let visible = match (contact.visibility, audience) {
                (Visibility::Private, _) => false,
                (Visibility::Public, Audience::Public) => {
                    raw.contacts_public.as_ref().is_none_or(|p| p.value)
                }
                (Visibility::Partners, Audience::Public) => false,
                (_, Audience::Partners) => true,
            };
            let id = contact.id.clone();
            let loc = contacts_file.loc(&c.value.id);
            if visible {
                contacts.add(&id, loc, contact, chk);
            } else if let Some((_, first)) = contacts.index.get(&id) {
                chk.push(
                    Diagnostic::error(loc, format!("the contact id `{id}` is used twice"))
                        .with_hint(format!(
                            "it is first defined at {}:{}:{}",
                            first.path, first.line, first.column
                        )),
                );
            }
        }
    }
    Some(Emergency {
        id: source.id.clone(),
        name: chk.text(file, &raw.name),
        countries,
        glide: raw.glide.as_ref().map(|g| g.value.clone()),
        status,
        started: started.unwrap_or_default(),
        ended,
        contacts_public: raw.contacts_public.as_ref().is_none_or(|p| p.value),
        hubs: hubs.items,
        meetings,
        activations: activations.items,
        contacts: contacts.items,
        pages: Vec::new(),
        source: file.path.to_string(),
    })
}

#[allow(clippy::too_many_arguments)]
fn activation(
    file: &FileRef,
    raw: &RawActivation,
    cluster: usize,
    started: Option<chrono::NaiveDate>,
    hubs: &Ids<Hub>,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    chk: &mut Checker,
) -> Activation {
    let arrangement = match raw.arrangement.as_ref().map(|a| a.value.as_str()) {
        None | Some("cluster") => Arrangement::Cluster,
        Some("sector") => Arrangement::Sector,
        Some(other) => {
            let at = raw
                .arrangement
                .as_ref()
                .map_or_else(|| file.loc(&raw.cluster), |a| file.loc(a));
            chk.push(Diagnostic::error(at, format!("`{other}` is not an arrangement; use `cluster` or `sector` (a government-led sector)")));
            Arrangement::Cluster
        }
    };
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

fn meeting(
    file: &FileRef,
    m: &Sp<RawMeeting>,
    hubs: &Ids<Hub>,
    chk: &mut Checker,
) -> Option<Meeting> {
    let raw = &m.value;
    let every = match raw.every.value.as_str() {
        "week" => Some(Recurrence::Week),
        "2-weeks" => Some(Recurrence::TwoWeeks),
        "month" => Some(Recurrence::Month),
        other => {
            chk.push(Diagnostic::error(
                file.loc(&raw.every),
                format!("`{other}` is not a recurrence; use week, 2-weeks or month"),
            ));
            None
        }
    };
    let day = chk.format(file, &raw.day, &raw.day.value, formats::weekday);
    let time = chk.format(file, &raw.time, &raw.time.value.0, formats::time);
    let timezone = chk.format(file, &raw.timezone, &raw.timezone.value, formats::timezone);
    let starts = chk.date(file, &raw.starts);
    let hub = raw.hub.as_ref().and_then(|h| hubs.resolve(file, h, chk));
    let title = chk.text(file, &raw.title);
    let location = raw.location.as_ref().map(|l| chk.text(file, l));
    if let (Some(d), Some(s), Some(sp)) = (day, starts, Some(&raw.starts)) {
        use chrono::Datelike;
        if s.weekday() != d {
            chk.push(Diagnostic::warning(
                file.loc(sp),
                format!("`starts` ({s}) is not a {}", raw.day.value),
            ));
        }
    }
    let duration_minutes = match &raw.duration {
        Some(d) if d.value == 0 || d.value > 24 * 60 => {
            chk.push(Diagnostic::error(
                file.loc(d),
                format!(
                    "`duration` is in minutes, from 1 to 1440; {} is not possible",
                    d.value
                ),
            ));
            60
        }
        Some(d) => d.value,
        None => 60,
    };
    Some(Meeting {
        title,
        duration_minutes,
        every: every?,
        day: day?,
        time: time?,
        timezone: timezone?,
        starts: starts?,
        location,
        hub,
    })
}

fn contact(
    file: &FileRef,
    raw: &RawContact,
    activated: &[usize],
    hubs: &Ids<Hub>,
    orgs: &Ids<Organisation>,
    clusters: &Ids<Cluster>,
    chk: &mut Checker,
) -> Option<Contact> {
    let id = chk.id(file, &raw.id);
    let role = Role::ALL
        .iter()
        .find(|(n, _)| *n == raw.role.value)
        .map(|(_, r)| *r);
    if role.is_none() {
        let names: Vec<&str> = Role::ALL.iter().map(|(n, _)| *n).collect();
        chk.push(
            Diagnostic::error(
                file.loc(&raw.role),
                format!("`{}` is not a contact role", raw.role.value),
            )
            .with_hint(format!("use one of {}", names.join(", "))),
        );
    }
    // `Some(None)` is inter-cluster; `None` a cluster that could not be resolved.
    let cluster = if raw.cluster.value == "inter-cluster" {
        Some(None)
    } else {
        clusters.resolve(file, &raw.cluster, chk).map(|c| {
            if !activated.contains(&c) {
                chk.push(
                    Diagnostic::error(
                        file.loc(&raw.cluster),
                        format!(
                            "the {} cluster is not activated in this emergency",
                            raw.cluster.value
                        ),
                    )
                    .with_hint("add an activation to emergency.yaml, or use `inter-cluster`"),
                );
            }
            Some(c)
        })
    };
    let organisation = orgs.resolve(file, &raw.organisation, chk);
    let hub = raw.hub.as_ref().and_then(|h| hubs.resolve(file, h, chk));
    let email = raw.email.as_ref().and_then(|e| {
        chk.format(file, e, &e.value, formats::email)
            .map(|()| e.value.clone())
    });
    let phone = raw.phone.as_ref().and_then(|p| {
        chk.format(file, p, &p.value.0, formats::phone)
            .map(|()| p.value.0.clone())
    });
    if raw.email.is_none() && raw.phone.is_none() {
        chk.push(Diagnostic::error(
            file.loc(&raw.id),
            "this contact has neither `email` nor `phone`",
        ));
    }
    for l in &raw.languages {
        if !crate::load::pages::is_language_tag(&l.value) {
            chk.push(Diagnostic::error(
                file.loc(l),
                format!("`{}` is not a language code", l.value),
            ));
        }
    }
    let visibility = match raw.visibility.as_ref().map(|v| v.value.as_str()) {
        None | Some("partners") => Visibility::Partners,
        Some("public") => Visibility::Public,
        Some("private") => Visibility::Private,
        Some(other) => {
            let at = raw
                .visibility
                .as_ref()
                .map_or_else(|| file.loc(&raw.id), |v| file.loc(v));
            chk.push(Diagnostic::error(
                at,
                format!("`{other}` is not a visibility; use public, partners or private"),
            ));
            Visibility::Private
        }
    };
    let reviewed = chk.reviewed(file, &raw.reviewed);
    Some(Contact {
        id: id?,
        name: chk
            .one_line(file, &raw.name)
            .then(|| raw.name.value.clone())?,
        role: role?,
        cluster: cluster?,
        organisation: organisation?,
        hub,
        email,
        phone,
        languages: raw.languages.iter().map(|l| l.value.clone()).collect(),
        visibility,
        reviewed,
    })
}
