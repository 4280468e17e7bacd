//! Load: the only step that reads the toolkit folder. Files become raw structs that mirror
//! them, every value carrying its location; problems become diagnostics, never panics.

mod classify;
pub mod history;
pub mod pages;
pub mod raw;
pub mod safe;
pub mod source;
mod theme;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Loc};
use classify::{Kind, classify};
pub use pages::{PagePlace, PageSource};
use raw::*;
use rayon::prelude::*;
use source::FileRef;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
pub use theme::{FtlSource, StaticSource, TemplateSource};
use yaml::Sp;

/// An entity read from a collection file, with the file it came from.
#[derive(Debug)]
pub struct Entity<T> {
    pub file: FileRef,
    /// The file name without extension: the id of a one-entity file.
    pub stem: String,
    /// Whether the file holds a list (then every entity needs an `id`).
    pub in_list: bool,
    pub raw: Sp<T>,
}

/// One folder under `content/emergencies/`.
#[derive(Debug)]
pub struct EmergencySource {
    pub id: String,
    pub file: FileRef,
    pub raw: Option<RawEmergency>,
    pub contacts_file: Option<FileRef>,
    pub contacts: Vec<Sp<RawContact>>,
}

/// Collections whose files could not all be read: references into them are not checked,
/// to avoid a cascade of errors caused by one broken file.
#[derive(Debug, Default)]
pub struct Broken {
    pub config: bool,
    pub clusters: bool,
    pub organisations: bool,
    pub checklists: bool,
    pub emergencies: bool,
}

/// Everything read from a toolkit folder.
#[derive(Debug, Default)]
pub struct Loaded {
    pub config: Option<(FileRef, RawConfig)>,
    pub pages: Vec<PageSource>,
    pub clusters: Vec<Entity<RawCluster>>,
    pub organisations: Vec<Entity<RawOrganisation>>,
    pub emergencies: Vec<EmergencySource>,
    pub checklists: Vec<Entity<RawChecklist>>,
    pub packs: Vec<Entity<RawPack>>,
    pub glossary: Vec<Entity<RawGlossaryEntry>>,
    /// Other files under `content/` (paths relative to `content/`), usable as page resources.
    pub assets: BTreeSet<String>,
    pub translations: Vec<FtlSource>,
    pub templates: Vec<TemplateSource>,
    pub statics: Vec<StaticSource>,
    pub broken: Broken,
    /// When files last changed in git, if the toolkit is in a repository.
    pub history: Option<history::History>,
    /// The toolkit folder, for files copied as they are.
    pub root: PathBuf,
}

/// What parsing one file produced.
enum Parsed {
    Page(PageSource),
    Cluster(Vec<Entity<RawCluster>>),
    Organisation(Vec<Entity<RawOrganisation>>),
    Checklist(Vec<Entity<RawChecklist>>),
    Pack(Vec<Entity<RawPack>>),
    Glossary(Vec<Entity<RawGlossaryEntry>>),
    Emergency {
        id: String,
        file: FileRef,
        raw: Option<RawEmergency>,
    },
    Contacts {
        id: String,
        file: FileRef,
        raw: Vec<Sp<RawContact>>,
    },
    Failed(Kind),
    Nothing,
}

/// Reads a toolkit folder. Never fails: what cannot be read is reported in `diagnostics`.
pub fn load(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Loaded {
    let mut loaded = Loaded {
        root: root.to_path_buf(),
        ..Loaded::default()
    };
    let fence = safe::Fence::new(root);
    let config_file = FileRef::new("toolkit.yaml");
    let config_path = root.join("toolkit.yaml");
    let linked = config_path.is_symlink();
    let config_read = if linked {
        fence.follow(
            &config_path,
            "toolkit.yaml",
            &safe::Area {
                dir: root,
                name: "the toolkit folder",
            },
        )
    } else {
        Ok(String::new())
    };
    match config_read
        .and_then(|_| source::read_text(&config_path, &config_file))
        .map_err(|d| vec![d])
        .and_then(|t| yaml::parse(&t, &config_file))
    {
        Ok(config) => loaded.config = Some((config_file, config)),
        Err(mut found) => {
            if !linked && !config_path.exists() {
                found = vec![Diagnostic::error(config_file.start(), "there is no toolkit.yaml in this folder")
                    .with_hint("run coordkit in a toolkit folder, give its path, or create one with `coordkit new DIR`")];
            }
            diagnostics.extend(found);
            loaded.broken.config = true;
        }
    }
    let content = root.join("content");
    if !content.is_dir() {
        diagnostics.push(Diagnostic::error(
            Loc::file(&"content".into()),
            "there is no content/ folder in this toolkit",
        ));
    } else {
        match fence.area(&content, "content") {
            Ok(real) => load_content(&fence, &real, &mut loaded, diagnostics),
            Err(d) => diagnostics.push(d),
        }
    }
    let theme = loaded
        .config
        .as_ref()
        .and_then(|(file, c)| c.theme.as_ref().map(|t| (file.loc(t), t.value.clone())));
    theme::load(root, &fence, theme, &mut loaded, diagnostics);
    loaded.history = history::History::read(root).map(|mut h| {
        for p in loaded.pages.iter().filter(|p| p.lang.is_some()) {
            let Some(rev) = p
                .front
                .source_revision
                .as_ref()
                .map(|r| r.value.0.clone())
                .filter(|r| history::is_commit(r))
            else {
                continue;
            };
            let source = p.file.path.replacen(
                &format!(".{}.md", p.lang.as_deref().unwrap_or_default()),
                ".md",
                1,
            );
            if let Some(changed) = history::History::changed_since(root, &rev, &source) {
                h.changed_after_revision
                    .insert(p.file.path.to_string(), changed);
            }
        }
        h
    });
    loaded
}

/// Whether toolkit.yaml says `pdf: true`, for the command line to find a browser before
/// building (a toolkit.yaml that cannot be read says no; the build reports why).
pub fn asks_for_pdf(root: &Path) -> bool {
    let file = FileRef::new("toolkit.yaml");
    source::read_text(&root.join("toolkit.yaml"), &file)
        .ok()
        .and_then(|t| yaml::parse::<RawConfig>(&t, &file).ok())
        .is_some_and(|c| c.pdf.is_some_and(|p| p.value))
}

/// Walks `content/` (its real path) without following links: each link is judged by the
/// policy of `safe.rs`, each resource's size checked, and only regular files are read.
fn load_content(
    fence: &safe::Fence,
    content: &Path,
    loaded: &mut Loaded,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut files = Vec::new();
    let walker = walkdir::WalkDir::new(content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let e = match entry {
            Ok(e) => e,
            Err(e) => {
                diagnostics.push(walk_error(content, &e));
                continue;
            }
        };
        let kind = e.file_type();
        if kind.is_dir() {
            continue;
        }
        let rel = relative(content, e.path());
        let shown = format!("content/{rel}");
        let checked = if kind.is_symlink() {
            safe::content_link(fence, e.path(), &rel, content).map(|()| Kind::Asset)
        } else if !kind.is_file() {
            Err(safe::not_regular(Loc::file(&shown.as_str().into())))
        } else {
            match classify(&rel) {
                Kind::Asset => safe::copy_size(e.path(), &shown).map(|()| Kind::Asset),
                other => Ok(other),
            }
        };
        match checked {
            Ok(Kind::Asset) => {
                loaded.assets.insert(rel);
            }
            Ok(kind) => files.push((e.into_path(), rel, kind)),
            Err(d) => diagnostics.push(d),
        }
    }
    let parsed: Vec<(Parsed, Vec<Diagnostic>)> = files
        .into_par_iter()
        .map(|(abs, rel, kind)| {
            let mut found = Vec::new();
            let parsed = parse_file(&abs, &rel, kind, &mut found);
            (parsed, found)
        })
        .collect();
    for (parsed, found) in parsed {
        diagnostics.extend(found);
        match parsed {
            Parsed::Page(p) => loaded.pages.push(p),
            Parsed::Cluster(e) => loaded.clusters.extend(e),
            Parsed::Organisation(e) => loaded.organisations.extend(e),
            Parsed::Checklist(e) => loaded.checklists.extend(e),
            Parsed::Pack(e) => loaded.packs.extend(e),
            Parsed::Glossary(e) => loaded.glossary.extend(e),
            Parsed::Emergency { id, file, raw } => emergency(loaded, &id, file.clone()).raw = raw,
            Parsed::Contacts { id, file, raw } => {
                let folder_file = FileRef::new(&format!("content/emergencies/{id}/emergency.yaml"));
                let e = emergency(loaded, &id, folder_file);
                e.contacts_file = Some(file);
                e.contacts = raw;
            }
            Parsed::Failed(kind) => mark_broken(&mut loaded.broken, &kind),
            Parsed::Nothing => {}
        }
    }
    for p in &loaded.pages {
        if let PagePlace::EmergencyPage { emergency: id, .. } = &p.place
            && !loaded.emergencies.iter().any(|e| &e.id == id)
        {
            let file = FileRef::new(&format!("content/emergencies/{id}/emergency.yaml"));
            diagnostics.push(
                Diagnostic::error(
                    p.file.start(),
                    format!(
                        "this page is in content/emergencies/{id}/, which has no emergency.yaml"
                    ),
                )
                .with_hint(format!(
                    "create {} or move the page out of content/emergencies/",
                    file.path
                )),
            );
        }
    }
    let mut orphans = Vec::new();
    for e in &loaded.emergencies {
        if e.raw.is_none() && !loaded.broken.emergencies && e.contacts_file.is_some() {
            orphans.push(Diagnostic::error(
                e.file.start(),
                format!(
                    "content/emergencies/{}/ has contacts.yaml but no emergency.yaml",
                    e.id
                ),
            ));
        }
    }
    diagnostics.extend(orphans);
}

fn emergency<'a>(loaded: &'a mut Loaded, id: &str, file: FileRef) -> &'a mut EmergencySource {
    if let Some(i) = loaded.emergencies.iter().position(|e| e.id == id) {
        if file.path.ends_with("emergency.yaml") {
            loaded.emergencies[i].file = file;
        }
        return &mut loaded.emergencies[i];
    }
    loaded.emergencies.push(EmergencySource {
        id: id.to_string(),
        file,
        raw: None,
        contacts_file: None,
        contacts: Vec::new(),
    });
    loaded.emergencies.last_mut().expect("just pushed") // ok: pushed on the line above
}

fn mark_broken(broken: &mut Broken, kind: &Kind) {
    match kind {
        Kind::Cluster => broken.clusters = true,
        Kind::Organisation => broken.organisations = true,
        Kind::Checklist => broken.checklists = true,
        Kind::Emergency { .. } | Kind::Contacts { .. } => broken.emergencies = true,
        _ => {}
    }
}

fn relative(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn walk_error(content: &Path, e: &walkdir::Error) -> Diagnostic {
    let path = e
        .path()
        .map(|p| format!("content/{}", relative(content, p)))
        .unwrap_or_else(|| "content".into());
    let loc = Loc::file(&path.as_str().into());
    let reason = e
        .io_error()
        .map(source::io_reason)
        .unwrap_or_else(|| e.to_string());
    Diagnostic::error(loc, format!("cannot read this path: {reason}"))
}

fn parse_file(abs: &Path, rel: &str, kind: Kind, diagnostics: &mut Vec<Diagnostic>) -> Parsed {
    let file = FileRef::new(&format!("content/{rel}"));
    match &kind {
        Kind::Asset => return Parsed::Nothing,
        Kind::Ignored(why) => {
            diagnostics.push(Diagnostic::warning(
                file.start(),
                format!("this file is ignored: {why}"),
            ));
            return Parsed::Nothing;
        }
        Kind::Misplaced(why) => {
            diagnostics.push(Diagnostic::error(file.start(), why.clone()));
            return Parsed::Nothing;
        }
        _ => {}
    }
    let text = match source::read_text(abs, &file) {
        Ok(text) => text,
        Err(d) => {
            diagnostics.push(d);
            return Parsed::Failed(kind);
        }
    };
    let stem = rel
        .rsplit('/')
        .next()
        .unwrap_or(rel)
        .rsplit_once('.')
        .map_or(rel, |(s, _)| s)
        .to_string();
    let result = match kind.clone() {
        Kind::Page { key, lang, place } => {
            return Parsed::Page(pages::parse_page(
                &text,
                file,
                key,
                lang,
                place,
                diagnostics,
            ));
        }
        Kind::Cluster => entities(&text, &file, &stem).map(Parsed::Cluster),
        Kind::Organisation => entities(&text, &file, &stem).map(Parsed::Organisation),
        Kind::Checklist => entities(&text, &file, &stem).map(Parsed::Checklist),
        Kind::Pack => entities(&text, &file, &stem).map(Parsed::Pack),
        Kind::Glossary => entities(&text, &file, &stem).map(Parsed::Glossary),
        Kind::Emergency { id } => yaml::parse(&text, &file).map(|raw| Parsed::Emergency {
            id,
            file: file.clone(),
            raw: Some(raw),
        }),
        Kind::Contacts { id } => yaml::parse(&text, &file).map(|raw| Parsed::Contacts {
            id,
            file: file.clone(),
            raw,
        }),
        Kind::Asset | Kind::Ignored(_) | Kind::Misplaced(_) => Ok(Parsed::Nothing),
    };
    match result {
        Ok(parsed) => parsed,
        Err(found) => {
            diagnostics.extend(found);
            Parsed::Failed(kind)
        }
    }
}

/// A collection file holds one entity or a list of them.
fn entities<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &FileRef,
    stem: &str,
) -> Result<Vec<Entity<T>>, Vec<Diagnostic>> {
    let in_list = yaml::is_list(text);
    let raws: Vec<Sp<T>> = if in_list {
        yaml::parse(text, file)?
    } else {
        vec![yaml::parse(text, file)?]
    };
    Ok(raws
        .into_iter()
        .map(|raw| Entity {
            file: file.clone(),
            stem: stem.to_string(),
            in_list,
            raw,
        })
        .collect())
}
