//! Raw structs: the toolkit's files exactly as written, every value with its location.
//! Unknown keys are refused here (`deny_unknown_fields`); meaning is checked in `validate`.

use super::yaml::{RawText, Scalar, Sp};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub title: Sp<RawText>,
    pub base_url: Sp<String>,
    pub languages: Sp<Vec<Sp<String>>>,
    pub theme: Option<Sp<String>>,
    pub review_after_days: Option<Sp<u32>>,
    pub edit_url: Option<Sp<String>>,
    pub markdown: Option<Sp<RawMarkdownOptions>>,
    /// Offline bundles (zips) of each language and section; an extension, default true.
    pub downloads: Option<Sp<bool>>,
    /// Every build also prints PDFs, as `--pdf` does.
    pub pdf: Option<Sp<bool>>,
    /// The paper PDFs are printed on: `a4` or `letter`.
    pub paper: Option<Sp<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMarkdownOptions {
    #[serde(default)]
    pub raw_html: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFrontMatter {
    pub title: Option<Sp<String>>,
    pub weight: Option<Sp<i64>>,
    pub summary: Option<Sp<String>>,
    pub reviewed: Option<Sp<Scalar>>,
    #[serde(default)]
    pub resources: Vec<Sp<RawResource>>,
    #[serde(default)]
    pub draft: bool,
    /// In a translation: the source it follows, as a git commit or a YYYY-MM-DD date.
    pub source_revision: Option<Sp<Scalar>>,
    /// Ideas this page explains, that data pages link to (`convener`...); an extension.
    #[serde(default)]
    pub explains: Vec<Sp<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResource {
    pub title: Sp<String>,
    pub url: Option<Sp<String>>,
    pub file: Option<Sp<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCluster {
    pub id: Option<Sp<String>>,
    pub code: Sp<String>,
    pub abbreviation: Option<Sp<String>>,
    pub name: Sp<RawText>,
    #[serde(default)]
    pub global_leads: Vec<Sp<RawLead>>,
    pub parent: Option<Sp<String>>,
    pub summary: Option<Sp<RawText>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrganisation {
    pub id: Option<Sp<String>>,
    pub acronym: Option<Sp<String>>,
    pub name: Sp<RawText>,
    #[serde(rename = "type")]
    pub kind: Sp<String>,
    pub website: Option<Sp<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEmergency {
    pub name: Sp<RawText>,
    #[serde(rename = "type")]
    pub kind: Option<Sp<String>>,
    pub countries: Sp<Vec<Sp<String>>>,
    pub glide: Option<Sp<String>>,
    pub status: Sp<String>,
    pub started: Sp<Scalar>,
    pub ended: Option<Sp<Scalar>>,
    pub contacts_public: Option<Sp<bool>>,
    #[serde(default)]
    pub hubs: Vec<Sp<RawHub>>,
    #[serde(default)]
    pub meetings: Vec<Sp<RawMeeting>>,
    #[serde(default)]
    pub activations: Vec<Sp<RawActivation>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHub {
    pub id: Sp<String>,
    pub name: Sp<RawText>,
    pub pcode: Option<Sp<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeeting {
    pub title: Sp<RawText>,
    pub every: Sp<String>,
    pub day: Option<Sp<String>>,
    /// For `every: once`, the day it happens (instead of `day` and `starts`).
    pub date: Option<Sp<Scalar>>,
    pub time: Sp<Scalar>,
    /// Minutes; an extension of the format (default 60).
    pub duration: Option<Sp<u32>>,
    pub timezone: Sp<String>,
    pub starts: Option<Sp<Scalar>>,
    pub location: Option<Sp<RawText>>,
    pub hub: Option<Sp<String>>,
    pub link: Option<Sp<String>>,
    #[serde(default)]
    pub cancelled: Vec<Sp<Scalar>>,
    /// A joint meeting: also shown on these clusters' activations.
    #[serde(default)]
    pub clusters: Vec<Sp<String>>,
    pub public_links: Option<Sp<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActivation {
    pub cluster: Sp<String>,
    pub arrangement: Option<Sp<String>>,
    #[serde(default)]
    pub leads: Vec<Sp<RawLead>>,
    #[serde(default)]
    pub co_leads: Vec<Sp<RawLead>>,
    pub government_counterpart: Option<Sp<String>>,
    pub activated: Sp<Scalar>,
    pub deactivated: Option<Sp<Scalar>>,
    pub transitioned_to: Option<Sp<String>>,
    #[serde(default)]
    pub hubs: Vec<Sp<String>>,
    #[serde(default)]
    pub partners: Vec<Sp<String>>,
    #[serde(default)]
    pub observers: Vec<Sp<String>>,
    #[serde(default)]
    pub merged_with: Vec<Sp<String>>,
    pub provider_of_last_resort: Option<Sp<String>>,
    pub reviewed: Option<Sp<Scalar>>,
    pub handover_note: Option<Sp<RawText>>,
    pub mailing_list: Option<Sp<String>>,
    pub public_links: Option<Sp<bool>>,
    #[serde(default)]
    pub resources: Vec<Sp<RawActivationResource>>,
    #[serde(default)]
    pub groups: Vec<Sp<RawGroup>>,
    #[serde(default)]
    pub meetings: Vec<Sp<RawMeeting>>,
}

/// One of an activation's documents or tools: a file in the emergency's `files/` folder, or a
/// link.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActivationResource {
    pub title: Sp<RawText>,
    pub kind: Sp<String>,
    pub file: Option<Sp<String>>,
    pub url: Option<Sp<String>>,
}

/// A strategic advisory group, working group or task force of an activation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: Sp<String>,
    pub kind: Sp<String>,
    pub name: Sp<RawText>,
    pub lead: Option<Sp<String>>,
    #[serde(default)]
    pub members: Vec<Sp<String>>,
    #[serde(default)]
    pub meetings: Vec<Sp<RawMeeting>>,
}

/// A lead: an organisation id, or a map. In a cluster's `global_leads`:
/// `{organisation: ifrc, when: natural-disaster, role: convener}` or
/// `{one_of: [unhcr, unicef], when: ...}`; in an activation: `{organisation: ifrc, role: convener}`.
#[derive(Debug)]
pub enum RawLead {
    Id(String),
    Map(Box<RawLeadMap>),
}

/// A lead written as a map.
#[derive(Debug)]
pub struct RawLeadMap {
    pub organisation: Option<Sp<String>>,
    pub one_of: Option<Sp<Vec<Sp<String>>>>,
    pub when: Option<Sp<RawWords>>,
    pub role: Option<Sp<String>>,
}

impl<'de> Deserialize<'de> for RawLead {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawLead;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an organisation id, or {organisation: <id>, role: convener}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawLead, E> {
                Ok(RawLead::Id(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawLead, A::Error> {
                let (mut organisation, mut one_of, mut when, mut role) = (None, None, None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "organisation" => organisation = Some(map.next_value()?),
                        "one_of" => one_of = Some(map.next_value()?),
                        "when" => when = Some(map.next_value()?),
                        "role" => role = Some(map.next_value()?),
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown key `{other}`; the keys allowed here are: organisation, one_of, when, role"
                            )));
                        }
                    }
                }
                Ok(RawLead::Map(Box::new(RawLeadMap {
                    organisation,
                    one_of,
                    when,
                    role,
                })))
            }
        }
        d.deserialize_any(V)
    }
}

/// One word or a list of words: `when: conflict` or `when: [conflict, mixed]`.
#[derive(Debug)]
pub enum RawWords {
    One(String),
    List(Vec<Sp<String>>),
}

impl<'de> Deserialize<'de> for RawWords {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawWords;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a word or a list of words")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawWords, E> {
                Ok(RawWords::One(v.to_string()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawWords, A::Error> {
                let mut words = Vec::new();
                while let Some(w) = seq.next_element()? {
                    words.push(w);
                }
                Ok(RawWords::List(words))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub id: Sp<String>,
    pub name: Sp<String>,
    pub role: Sp<String>,
    pub cluster: Sp<String>,
    pub organisation: Sp<String>,
    pub hub: Option<Sp<String>>,
    pub email: Option<Sp<String>>,
    pub phone: Option<Sp<Scalar>>,
    #[serde(default)]
    pub languages: Vec<Sp<String>>,
    pub visibility: Option<Sp<String>>,
    pub reviewed: Option<Sp<Scalar>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecklist {
    pub id: Option<Sp<String>>,
    pub title: Sp<RawText>,
    pub sections: Vec<Sp<RawChecklistSection>>,
    #[serde(default)]
    pub clusters: Vec<Sp<String>>,
    #[serde(default)]
    pub emergencies: Vec<Sp<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecklistSection {
    pub title: Sp<RawText>,
    pub items: Vec<Sp<RawChecklistItem>>,
    #[serde(default)]
    pub clusters: Vec<Sp<String>>,
    #[serde(default)]
    pub emergencies: Vec<Sp<String>>,
}

/// A checklist item: translatable text, or `{text: ..., see: page.md}` with optional
/// `see_resource`, `clusters` and `emergencies`.
#[derive(Debug, Default)]
pub struct RawChecklistItem {
    pub text: RawText,
    pub see: Option<Sp<String>>,
    pub see_resource: Option<Sp<String>>,
    pub clusters: Vec<Sp<String>>,
    pub emergencies: Vec<Sp<String>>,
}

impl<'de> Deserialize<'de> for RawChecklistItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawChecklistItem;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text, a map from language code to text, or {text: ..., see: page.md}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawChecklistItem, E> {
                Ok(RawChecklistItem {
                    text: RawText::Same(v.to_string()),
                    ..RawChecklistItem::default()
                })
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawChecklistItem, A::Error> {
                let mut languages = Vec::new();
                let mut item = RawChecklistItem::default();
                let mut text = None;
                let mut other = None;
                while let Some(key) = map.next_key::<Sp<String>>()? {
                    match key.value.as_str() {
                        "text" => text = Some(map.next_value::<RawText>()?),
                        "see" => item.see = Some(map.next_value()?),
                        "see_resource" => item.see_resource = Some(map.next_value()?),
                        "clusters" => item.clusters = map.next_value()?,
                        "emergencies" => item.emergencies = map.next_value()?,
                        _ => {
                            let Scalar(value) = map.next_value::<Scalar>()?;
                            languages.push((key, value));
                            continue;
                        }
                    }
                    other.get_or_insert(key.value);
                }
                match (text, other) {
                    (Some(text), _) if languages.is_empty() => {
                        Ok(RawChecklistItem { text, ..item })
                    }
                    (Some(_), _) => Err(de::Error::custom(format!(
                        "unknown key `{}`; an item with `text` may also have see, see_resource, clusters and emergencies",
                        languages[0].0.value
                    ))),
                    (None, Some(key)) => Err(de::Error::custom(format!(
                        "an item with `{key}` needs `text`"
                    ))),
                    (None, None) => Ok(RawChecklistItem {
                        text: RawText::PerLanguage(languages),
                        ..item
                    }),
                }
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPack {
    pub id: Option<Sp<String>>,
    pub title: Sp<RawText>,
    pub sections: Vec<Sp<RawPackSection>>,
    #[serde(default)]
    pub clusters: Vec<Sp<String>>,
    #[serde(default)]
    pub emergencies: Vec<Sp<String>>,
}

/// What one part of a briefing pack holds.
#[derive(Debug)]
pub enum RawPackPart {
    Page(Sp<String>),
    Checklist(Sp<String>),
    Directory,
    Glossary,
    Resources,
    Meetings,
    Groups,
}

/// One part of a briefing pack, in the order it is printed: `directory`, `page: <path>`, or a
/// map that adds `clusters:` and `emergencies:` to either.
#[derive(Debug)]
pub struct RawPackSection {
    pub part: RawPackPart,
    pub clusters: Vec<Sp<String>>,
    pub emergencies: Vec<Sp<String>>,
}

const PACK_SECTIONS: &str = "`page: <path>`, `checklist: <id>`, `directory`, `resources`, `meetings`, `groups` or `glossary`";

fn word_part(word: &str) -> Option<RawPackPart> {
    Some(match word {
        "directory" => RawPackPart::Directory,
        "glossary" => RawPackPart::Glossary,
        "resources" => RawPackPart::Resources,
        "meetings" => RawPackPart::Meetings,
        "groups" => RawPackPart::Groups,
        _ => return None,
    })
}

impl<'de> Deserialize<'de> for RawPackSection {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawPackSection;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{PACK_SECTIONS}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawPackSection, E> {
                match word_part(v) {
                    Some(part) => Ok(RawPackSection {
                        part,
                        clusters: Vec::new(),
                        emergencies: Vec::new(),
                    }),
                    None => Err(E::custom(format!(
                        "unknown pack section `{v}`; use {PACK_SECTIONS}"
                    ))),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawPackSection, A::Error> {
                let mut part = None;
                let (mut clusters, mut emergencies) = (Vec::new(), Vec::new());
                let mut any = false;
                while let Some(key) = map.next_key::<String>()? {
                    any = true;
                    let found = match key.as_str() {
                        "clusters" => {
                            clusters = map.next_value()?;
                            continue;
                        }
                        "emergencies" => {
                            emergencies = map.next_value()?;
                            continue;
                        }
                        "page" => RawPackPart::Page(map.next_value()?),
                        "checklist" => RawPackPart::Checklist(map.next_value()?),
                        word => match word_part(word) {
                            Some(p) => {
                                // `- resources:` followed by `clusters:`: the word has no value.
                                if map.next_value::<Option<Scalar>>()?.is_some() {
                                    return Err(de::Error::custom(format!(
                                        "`{word}` takes no value; write `- {word}`, with `clusters:` or `emergencies:` beside it if needed"
                                    )));
                                }
                                p
                            }
                            None => {
                                return Err(de::Error::custom(format!(
                                    "unknown key `{word}`; a pack section is {PACK_SECTIONS}, with optional `clusters` and `emergencies`"
                                )));
                            }
                        },
                    };
                    if part.is_some() {
                        return Err(de::Error::custom(
                            "a pack section holds one thing; start each section with `- `",
                        ));
                    }
                    part = Some(found);
                }
                match part {
                    Some(part) => Ok(RawPackSection {
                        part,
                        clusters,
                        emergencies,
                    }),
                    None if !any => Err(de::Error::custom(format!(
                        "an empty pack section; use {PACK_SECTIONS}"
                    ))),
                    None => Err(de::Error::custom(format!(
                        "this pack section says what it applies to but not what it holds; add {PACK_SECTIONS}"
                    ))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGlossaryEntry {
    pub id: Option<Sp<String>>,
    pub term: Sp<Scalar>,
    pub expansion: Sp<RawText>,
    pub definition: Option<Sp<RawText>>,
}
