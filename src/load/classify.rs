//! Which kind of toolkit file a path under `content/` is: a page (and where it belongs), a
//! collection file, an emergency's files, a resource, or something misplaced.

use super::pages::{self, PagePlace};

/// What a file under `content/` is, from its path alone.
#[derive(Clone, Debug)]
pub enum Kind {
    Page {
        key: String,
        lang: Option<String>,
        place: PagePlace,
    },
    Cluster,
    Organisation,
    Checklist,
    Pack,
    Glossary,
    Emergency {
        id: String,
    },
    Contacts {
        id: String,
    },
    Asset,
    Ignored(&'static str),
    Misplaced(String),
}

/// Decides what a file under `content/` is from its relative path.
pub fn classify(rel: &str) -> Kind {
    let parts: Vec<&str> = rel.split('/').collect();
    let file_name = parts[parts.len() - 1];
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let is_md = ext == "md";
    let is_yaml = ext == "yaml" || ext == "yml";
    let folder = if parts.len() > 1 { parts[0] } else { "" };
    match folder {
        "clusters" if is_md && parts.len() == 2 => {
            let (name, lang) = pages::name_and_language(file_name);
            Kind::Page {
                key: format!("clusters/{name}"),
                lang,
                place: PagePlace::ClusterDescription { cluster: name },
            }
        }
        "clusters" if is_md => Kind::Misplaced(
            "Markdown in content/clusters/ must be `<cluster id>.md`, directly in that folder"
                .into(),
        ),
        "clusters" if is_yaml => Kind::Cluster,
        "organisations" | "checklists" | "packs" | "glossary" if is_md => Kind::Misplaced(format!(
            "content/{folder}/ holds YAML data; Markdown is not allowed there"
        )),
        "organisations" if is_yaml => Kind::Organisation,
        "checklists" if is_yaml => Kind::Checklist,
        "packs" if is_yaml => Kind::Pack,
        "glossary" if is_yaml => Kind::Glossary,
        "emergencies" => classify_emergency(&parts, is_md, is_yaml),
        _ if is_md => {
            let (name, lang) = pages::name_and_language(file_name);
            let dir = parts[..parts.len() - 1].join("/");
            let (key, section) = if name == "_index" {
                (dir, true)
            } else if dir.is_empty() {
                (name, false)
            } else {
                (format!("{dir}/{name}"), false)
            };
            Kind::Page {
                key,
                lang,
                place: PagePlace::Tree { section },
            }
        }
        _ if is_yaml => Kind::Ignored(
            "YAML files outside the data folders (clusters, organisations, emergencies, checklists, packs, glossary) are not read",
        ),
        _ => Kind::Asset,
    }
}

fn classify_emergency(parts: &[&str], is_md: bool, is_yaml: bool) -> Kind {
    let file_name = parts[parts.len() - 1];
    match parts.len() {
        2 if is_md => {
            let (name, lang) = pages::name_and_language(file_name);
            if name == "_index" {
                Kind::Page {
                    key: "emergencies".into(),
                    lang,
                    place: PagePlace::EmergenciesIntro,
                }
            } else {
                Kind::Misplaced("Markdown directly in content/emergencies/ must be `_index.md`; an emergency's pages go in its folder".into())
            }
        }
        3 if is_md => {
            let (name, lang) = pages::name_and_language(file_name);
            let id = parts[1].to_string();
            Kind::Page {
                key: format!("emergencies/{id}/{name}"),
                lang,
                place: PagePlace::EmergencyPage {
                    emergency: id,
                    name,
                },
            }
        }
        3 if file_name == "emergency.yaml" => Kind::Emergency {
            id: parts[1].to_string(),
        },
        3 if file_name == "contacts.yaml" => Kind::Contacts {
            id: parts[1].to_string(),
        },
        _ if is_md => Kind::Misplaced(
            "an emergency's Markdown pages go directly in its folder, content/emergencies/<id>/"
                .into(),
        ),
        _ if is_yaml => Kind::Ignored(
            "an emergency folder holds emergency.yaml and contacts.yaml; other YAML files are not read",
        ),
        _ => Kind::Asset,
    }
}
