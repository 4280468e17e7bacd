//! Who leads: the entries of a cluster's `global_leads` (an organisation or `one_of` several,
//! in some kinds of emergency, as lead or convener) and of an activation's `leads` and
//! `co_leads` (an organisation, as lead or convener), each misuse reported where it is written.

use super::{Checker, Ids};
use crate::diagnostics::Diagnostic;
use crate::load::raw::{RawLead, RawWords};
use crate::load::source::FileRef;
use crate::load::yaml::Sp;
use crate::model::*;

/// One entry of `global_leads`.
pub fn global_lead(
    file: &FileRef,
    raw: &Sp<RawLead>,
    orgs: &Ids<Organisation>,
    chk: &mut Checker,
) -> Option<GlobalLead> {
    let (organisation, one_of, when, role) = match &raw.value {
        RawLead::Id(id) => {
            let id = Sp {
                value: id.clone(),
                referenced: raw.referenced,
                defined: raw.defined,
            };
            return orgs.resolve(file, &id, chk).map(|o| GlobalLead {
                agency: Agency::Organisation(o),
                when: Vec::new(),
                role: LeadRole::Lead,
            });
        }
        RawLead::Map(m) => (&m.organisation, &m.one_of, &m.when, &m.role),
    };
    let role = role
        .as_ref()
        .map_or(Some(LeadRole::Lead), |r| chk.keyword(file, r));
    let when = when
        .as_ref()
        .map_or_else(Vec::new, |w| emergency_types(file, w, chk));
    let agency = match (organisation, one_of) {
        (Some(o), None) => Agency::Organisation(orgs.resolve(file, o, chk)?),
        (None, Some(list)) => {
            if list.value.len() < 2 {
                chk.push(
                    Diagnostic::error(
                        file.loc(list),
                        "`one_of` lists the organisations among which the lead is agreed in the country; it needs two or more",
                    )
                    .with_hint("for a single organisation, write `organisation: <id>`"),
                );
                return None;
            }
            let resolved = orgs.resolve_all(file, &list.value, chk);
            if resolved.len() < list.value.len() {
                return None;
            }
            Agency::OneOf(resolved)
        }
        (Some(o), Some(_)) => {
            chk.push(Diagnostic::error(
                file.loc(o),
                "an entry names either one `organisation` or `one_of` several, not both",
            ));
            return None;
        }
        (None, None) => {
            chk.push(
                Diagnostic::error(file.loc(raw), "this global lead names no organisation")
                    .with_hint("write `organisation: <id>`, or `one_of: [<id>, <id>]`"),
            );
            return None;
        }
    };
    Some(GlobalLead {
        agency,
        when,
        role: role?,
    })
}

/// `when: natural-disaster` or `when: [conflict, mixed]`.
fn emergency_types(file: &FileRef, raw: &Sp<RawWords>, chk: &mut Checker) -> Vec<EmergencyType> {
    let words: Vec<Sp<String>> = match &raw.value {
        RawWords::One(w) => vec![Sp {
            value: w.clone(),
            referenced: raw.referenced,
            defined: raw.defined,
        }],
        RawWords::List(list) => list.clone(),
    };
    if words.is_empty() {
        chk.push(
            Diagnostic::error(file.loc(raw), "`when` is empty").with_hint(
                "name one or more kinds of emergency, or remove `when` for a lead in every kind",
            ),
        );
    }
    words
        .iter()
        .filter_map(|w| chk.keyword::<EmergencyType>(file, w))
        .collect()
}

/// One entry of an activation's `leads` or `co_leads`; `explicit` tells whether the role was
/// written (a plain id is a lead).
pub fn lead(
    file: &FileRef,
    raw: &Sp<RawLead>,
    orgs: &Ids<Organisation>,
    chk: &mut Checker,
) -> Option<(Lead, bool)> {
    match &raw.value {
        RawLead::Id(id) => {
            let id = Sp {
                value: id.clone(),
                referenced: raw.referenced,
                defined: raw.defined,
            };
            orgs.resolve(file, &id, chk).map(|o| {
                (
                    Lead {
                        organisation: o,
                        role: LeadRole::Lead,
                    },
                    false,
                )
            })
        }
        RawLead::Map(m) => {
            let (organisation, one_of, when, role) = (&m.organisation, &m.one_of, &m.when, &m.role);
            if let Some(w) = when {
                chk.push(
                    Diagnostic::error(
                        file.loc(w),
                        "`when` belongs in a cluster's `global_leads`; an activation's leads are those of its emergency",
                    )
                    .with_hint("remove `when`; the emergency's `type` says what kind of emergency it is"),
                );
            }
            if let Some(list) = one_of {
                chk.push(
                    Diagnostic::error(
                        file.loc(list),
                        "`one_of` belongs in a cluster's `global_leads`; here, name the organisation agreed in the country",
                    )
                    .with_hint("write `organisation: <id>`"),
                );
                return None;
            }
            let Some(organisation) = organisation else {
                chk.push(
                    Diagnostic::error(file.loc(raw), "this lead names no organisation")
                        .with_hint("write `organisation: <id>`"),
                );
                return None;
            };
            let written = role.is_some();
            let role = role
                .as_ref()
                .map_or(Some(LeadRole::Lead), |r| chk.keyword(file, r));
            let o = orgs.resolve(file, organisation, chk)?;
            Some((
                Lead {
                    organisation: o,
                    role: role?,
                },
                written,
            ))
        }
    }
}

/// The place of a lead entry, for messages about it.
pub fn lead_loc(file: &FileRef, raw: &Sp<RawLead>) -> crate::diagnostics::Loc {
    match &raw.value {
        RawLead::Map(m) => m
            .organisation
            .as_ref()
            .map_or_else(|| file.loc(raw), |o| file.loc(o)),
        RawLead::Id(_) => file.loc(raw),
    }
}
