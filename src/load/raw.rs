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
    pub global_leads: Vec<Sp<String>>,
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
    pub day: Sp<String>,
    pub time: Sp<Scalar>,
    /// Minutes; an extension of the format (default 60).
    pub duration: Option<Sp<u32>>,
    pub timezone: Sp<String>,
    pub starts: Sp<Scalar>,
    pub location: Option<Sp<RawText>>,
    pub hub: Option<Sp<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActivation {
    pub cluster: Sp<String>,
    pub arrangement: Option<Sp<String>>,
    #[serde(default)]
    pub leads: Vec<Sp<String>>,
    #[serde(default)]
    pub co_leads: Vec<Sp<String>>,
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
    pub reviewed: Option<Sp<Scalar>>,
    #[serde(default)]
    pub meetings: Vec<Sp<RawMeeting>>,
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecklistSection {
    pub title: Sp<RawText>,
    pub items: Vec<Sp<RawChecklistItem>>,
}

/// A checklist item: translatable text, or `{text: ..., see: page.md}`.
#[derive(Debug)]
pub struct RawChecklistItem {
    pub text: RawText,
    pub see: Option<Sp<String>>,
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
                    see: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawChecklistItem, A::Error> {
                let mut languages = Vec::new();
                let mut text = None;
                let mut see = None;
                while let Some(key) = map.next_key::<Sp<String>>()? {
                    match key.value.as_str() {
                        "text" => text = Some(map.next_value::<RawText>()?),
                        "see" => see = Some(map.next_value::<Sp<String>>()?),
                        _ => {
                            let Scalar(value) = map.next_value::<Scalar>()?;
                            languages.push((key, value));
                        }
                    }
                }
                match text {
                    Some(text) if languages.is_empty() => Ok(RawChecklistItem { text, see }),
                    Some(_) => Err(de::Error::custom(format!(
                        "unknown key `{}`; an item with `text` may only also have `see`",
                        languages[0].0.value
                    ))),
                    None if see.is_some() => {
                        Err(de::Error::custom("an item with `see` needs `text`"))
                    }
                    None => Ok(RawChecklistItem {
                        text: RawText::PerLanguage(languages),
                        see: None,
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
}

/// One part of a briefing pack, in the order it is printed.
#[derive(Debug)]
pub enum RawPackSection {
    Page(Sp<String>),
    Checklist(Sp<String>),
    Directory,
    Glossary,
}

impl<'de> Deserialize<'de> for RawPackSection {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawPackSection;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`directory`, `glossary`, `page: <path>` or `checklist: <id>`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawPackSection, E> {
                match v {
                    "directory" => Ok(RawPackSection::Directory),
                    "glossary" => Ok(RawPackSection::Glossary),
                    other => Err(E::custom(format!(
                        "unknown pack section `{other}`; use `directory`, `glossary`, `page: <path>` or `checklist: <id>`"
                    ))),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawPackSection, A::Error> {
                let Some(key) = map.next_key::<String>()? else {
                    return Err(de::Error::custom(
                        "an empty pack section; use `page: <path>` or `checklist: <id>`",
                    ));
                };
                let section = match key.as_str() {
                    "page" => RawPackSection::Page(map.next_value()?),
                    "checklist" => RawPackSection::Checklist(map.next_value()?),
                    other => {
                        return Err(de::Error::custom(format!(
                            "unknown key `{other}`; a pack section is `page: <path>`, `checklist: <id>`, `directory` or `glossary`"
                        )));
                    }
                };
                if map.next_key::<String>()?.is_some() {
                    return Err(de::Error::custom(
                        "a pack section has one key; start each section with `- `",
                    ));
                }
                Ok(section)
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
