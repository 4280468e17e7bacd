//! Markdown pages -> `Page`s: translations grouped with their source, drafts left out,
//! front matter checked and resources resolved. The tree itself is built in `tree.rs`.

use super::tree::{Tree, link_tree, normalize};
use super::{Checker, formats};
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::source::FileRef;
use crate::load::yaml::Sp;
use crate::load::{Loaded, PagePlace, PageSource};
use crate::model::*;
use std::collections::{BTreeMap, HashMap, HashSet};

fn kind_of(place: &PagePlace, key: &str) -> PageKind {
    match place {
        PagePlace::Tree { .. } if key.is_empty() => PageKind::Home,
        PagePlace::Tree { section: true } => PageKind::Section,
        PagePlace::Tree { section: false } => PageKind::Page,
        PagePlace::ClusterDescription { cluster } => PageKind::ClusterDescription {
            cluster: cluster.clone(),
        },
        PagePlace::EmergenciesIntro => PageKind::EmergenciesIntro,
        PagePlace::EmergencyPage { emergency, .. } => PageKind::EmergencyPage {
            emergency: emergency.clone(),
        },
    }
}

fn address(kind: &PageKind, key: &str) -> String {
    match kind {
        PageKind::Home => String::new(),
        PageKind::ClusterDescription { cluster } => format!("clusters/{cluster}/"),
        _ => format!("{key}/"),
    }
}

pub fn pages(loaded: &Loaded, config: &Config, chk: &mut Checker) -> Tree {
    let default_lang = config.default_lang().to_string();
    let mut groups: BTreeMap<&str, Vec<&PageSource>> = BTreeMap::new();
    for p in &loaded.pages {
        groups.entry(p.key.as_str()).or_default().push(p);
    }
    let mut tree = Tree {
        pages: Vec::new(),
        home: 0,
        emergencies_intro: None,
        keys: HashMap::new(),
        drafts: Vec::new(),
    };
    let keys: HashSet<String> = groups.keys().map(|k| k.to_string()).collect();
    // Which page explains each idea, and where it says so.
    let mut explained: Vec<(Concept, Loc)> = Vec::new();
    for (key, sources) in groups {
        let defaults: Vec<&&PageSource> = sources.iter().filter(|s| s.lang.is_none()).collect();
        if defaults.len() > 1 {
            chk.push(
                Diagnostic::error(
                    defaults[1].file.start(),
                    format!(
                        "{} and {} would both be written to <lang>/{}index.html",
                        defaults[0].file.path,
                        defaults[1].file.path,
                        address(&kind_of(&defaults[0].place, key), key)
                    ),
                )
                .with_hint("keep one of them"),
            );
        }
        let Some(source) = defaults.first() else {
            for t in &sources {
                chk.push(
                    Diagnostic::error(
                        t.file.start(),
                        "this translation has no source page in the default language",
                    )
                    .with_hint(format!(
                        "create {} or rename this file",
                        source_name(&t.file.path)
                    )),
                );
            }
            continue;
        };
        if source.front.draft {
            tree.drafts.push(key.to_string());
            continue;
        }
        if !check_segments(source, key, &keys, chk) {
            continue;
        }
        let mut versions = vec![version(source, &default_lang, loaded, config.raw_html, chk)];
        for t in sources.iter().filter(|s| s.lang.is_some()) {
            let lang = t.lang.as_deref().unwrap_or_default();
            if lang == default_lang {
                chk.push(
                    Diagnostic::error(
                        t.file.start(),
                        format!("`{lang}` is the default language, so this is not a translation"),
                    )
                    .with_hint(format!(
                        "the default-language text belongs in {}",
                        source_name(&t.file.path)
                    )),
                );
            } else if config.language(lang).is_none() {
                // With a broken toolkit.yaml the languages are not known: say nothing of them.
                if loaded.broken.config {
                    continue;
                }
                chk.push(Diagnostic::warning(
                    t.file.start(),
                    format!(
                        "this file is ignored: `{lang}` is not one of the languages in toolkit.yaml"
                    ),
                ));
            } else if !t.front.draft {
                let mut v = version(t, lang, loaded, config.raw_html, chk);
                v.outdated = outdated(t, source, versions[0].reviewed, loaded, chk);
                if t.front.title.is_none() {
                    v.title = versions[0].title.clone();
                }
                versions.push(v);
            }
        }
        let kind = kind_of(&source.place, key);
        let index = tree.pages.len();
        match kind {
            PageKind::Home => tree.home = index,
            PageKind::EmergenciesIntro => tree.emergencies_intro = Some(index),
            _ => {}
        }
        tree.keys.insert(key.to_string(), index);
        tree.pages.push(Page {
            key: key.to_string(),
            path: address(&kind, key),
            kind,
            parent: None,
            children: Vec::new(),
            number: None,
            weight: source.front.weight.as_ref().map(|w| w.value),
            versions,
            explains: explains(source, &sources, &mut explained, chk),
        });
    }
    if !tree.pages.iter().any(|p| p.kind == PageKind::Home) {
        chk.push(
            Diagnostic::error(
                Loc::file(&"content/_index.md".into()),
                "there is no home page",
            )
            .with_hint("create content/_index.md with front matter and a welcome text"),
        );
        tree.home = tree.pages.len();
        tree.pages.push(stand_in_home(config));
    }
    link_tree(&mut tree, chk);
    tree
}

fn source_name(translation: &str) -> String {
    let (dir, file) = translation.rsplit_once('/').unwrap_or(("", translation));
    let (name, _) = crate::load::pages::name_and_language(file);
    format!("{dir}/{name}.md")
}

/// How many folders deep a page may be under `content/` (`a/b/c.md` is 3 levels). Every
/// level adds a breadcrumb, a navigation list and `../` to every link of every page below
/// it, so output grew with the cube of the depth (issue #8: 1,500 levels wrote 22 GB).
pub const MAX_DEPTH: usize = 8;

/// Page file and folder names become addresses, so they follow the rules of ids; and pages
/// may not be nested deeper than [`MAX_DEPTH`]. Returns false for a page left out.
fn check_segments(
    source: &PageSource,
    key: &str,
    keys: &HashSet<String>,
    chk: &mut Checker,
) -> bool {
    if !matches!(
        source.place,
        PagePlace::Tree { .. } | PagePlace::EmergencyPage { .. }
    ) {
        return true;
    }
    let depth = key.split('/').filter(|s| !s.is_empty()).count();
    if depth > MAX_DEPTH {
        // Reported at the first page too deep on each branch, not at every page below it.
        let top: Vec<&str> = key.split('/').take(MAX_DEPTH + 1).collect();
        if depth == MAX_DEPTH + 1 || !keys.contains(&top.join("/")) {
            chk.push(
                Diagnostic::error(
                    source.file.start(),
                    format!(
                        "this page is {depth} levels deep under content/; coordkit allows {MAX_DEPTH}"
                    ),
                )
                .with_hint("move it, and what is below it, nearer the top: deep folders make long addresses and breadcrumbs"),
            );
        }
        return false;
    }
    if let Some(bad) = key
        .split('/')
        .filter(|s| !s.is_empty())
        .find(|s| formats::id(s).is_err())
    {
        chk.push(
            Diagnostic::error(
                source.file.start(),
                format!("`{bad}` in this file's path cannot be part of an address"),
            )
            .with_hint(format!(
                "page files and folders are named like ids: {}",
                formats::ID_HINT
            )),
        );
    }
    true
}

fn version(
    source: &PageSource,
    lang: &str,
    loaded: &Loaded,
    raw_html: bool,
    chk: &mut Checker,
) -> PageVersion {
    let front = &source.front;
    let dir = source.key_dir();
    let front_file = source.front_file();
    let resources = front
        .resources
        .iter()
        .filter_map(|r| resource(&front_file, &dir, r, loaded, raw_html, chk))
        .collect();
    PageVersion {
        lang: lang.to_string(),
        source: source.file.path.to_string(),
        title: front
            .title
            .as_ref()
            .map(|t| t.value.clone())
            .unwrap_or_default(),
        summary: front.summary.as_ref().map(|s| s.value.clone()),
        reviewed: chk.reviewed(&front_file, &front.reviewed),
        body: source.body.clone(),
        body_line: source.body_line,
        resources,
        links: Links::default(),
        has_title_links: false,
        heading_ids: Vec::new(),
        outdated: false,
    }
}

/// Whether a translation is older than its source: by the commit or date it names in
/// `source_revision`, else by when each file last changed in git.
fn outdated(
    translation: &PageSource,
    source: &PageSource,
    source_reviewed: Option<chrono::NaiveDate>,
    loaded: &Loaded,
    chk: &mut Checker,
) -> bool {
    let history = loaded.history.as_ref();
    if let Some(rev) = &translation.front.source_revision {
        let text = rev.value.0.as_str();
        if crate::load::history::is_commit(text) {
            return history
                .and_then(|h| h.changed_after_revision.get(translation.file.path.as_ref()))
                .copied()
                .unwrap_or(false);
        }
        return match formats::date(text) {
            Ok(date) => source_reviewed.is_some_and(|r| r > date),
            Err(_) => {
                chk.push(Diagnostic::error(translation.front_file().loc(rev), format!("`{text}` is neither a git commit nor a date (YYYY-MM-DD)"))
                    .with_hint("`source_revision` records which version of the source page this translation follows"));
                false
            }
        };
    }
    match history.map(|h| {
        (
            h.last_change.get(source.file.path.as_ref()),
            h.last_change.get(translation.file.path.as_ref()),
        )
    }) {
        Some((Some(s), Some(t))) => s > t,
        _ => false,
    }
}

fn resource(
    file: &FileRef,
    dir: &str,
    r: &Sp<crate::load::raw::RawResource>,
    loaded: &Loaded,
    raw_html: bool,
    chk: &mut Checker,
) -> Option<Resource> {
    let raw = &r.value;
    let title = raw.title.value.clone();
    match (&raw.url, &raw.file) {
        (Some(url), None) => {
            let ok = url.value.starts_with("mailto:") || formats::web_url(&url.value).is_ok();
            if !ok {
                chk.push(Diagnostic::error(
                    file.loc(url),
                    format!(
                        "`{}` is not a web address starting with https:// or http://",
                        url.value
                    ),
                ));
                return None;
            }
            Some(Resource {
                title,
                target: ResourceTarget::Url(url.value.clone()),
            })
        }
        (None, Some(path)) => match normalize(dir, &path.value) {
            Ok(p) if loaded.assets.contains(&p) && !raw_html && super::links::runs_script(&p) => {
                let (message, hint) = super::links::script_file(&p);
                chk.push(Diagnostic::error(file.loc(path), message).with_hint(hint));
                None
            }
            Ok(p) if loaded.assets.contains(&p) => Some(Resource {
                title,
                target: ResourceTarget::File(p),
            }),
            Ok(p) => {
                chk.push(
                    Diagnostic::error(file.loc(path), format!("there is no file content/{p}"))
                        .with_hint("`file:` is a path relative to the page's folder"),
                );
                None
            }
            Err(message) => {
                chk.push(Diagnostic::error(file.loc(path), message));
                None
            }
        },
        _ => {
            chk.push(Diagnostic::error(
                file.loc(r),
                "a resource needs exactly one of `url:` or `file:`",
            ));
            None
        }
    }
}

/// `explains:`: the ideas a page explains, each explained by one page only, and written in
/// the default language's file.
fn explains(
    source: &PageSource,
    sources: &[&PageSource],
    explained: &mut Vec<(Concept, Loc)>,
    chk: &mut Checker,
) -> Vec<Concept> {
    for t in sources.iter().filter(|t| t.lang.is_some()) {
        if let Some(first) = t.front.explains.first() {
            chk.push(Diagnostic::error(
                t.front_file().loc(first),
                "`explains` is written in the default-language page only; a translation explains the same ideas",
            ));
        }
    }
    let file = source.front_file();
    let mut out = Vec::new();
    for word in &source.front.explains {
        let Some(concept) = chk.keyword::<Concept>(&file, word) else {
            continue;
        };
        let loc = file.loc(word);
        match explained.iter().find(|(c, _)| *c == concept) {
            Some((_, first)) => chk.push(
                Diagnostic::error(
                    loc,
                    format!("another page already explains `{}`", word.value),
                )
                .with_hint(format!(
                    "pages link to one page per idea; it is {}:{}:{}",
                    first.path, first.line, first.column
                )),
            ),
            None => {
                explained.push((concept, loc));
                out.push(concept);
            }
        }
    }
    out
}

fn stand_in_home(config: &Config) -> Page {
    Page {
        key: String::new(),
        kind: PageKind::Home,
        path: String::new(),
        parent: None,
        children: Vec::new(),
        number: None,
        weight: None,
        versions: vec![PageVersion {
            lang: config.default_lang().to_string(),
            source: "content/_index.md".into(),
            title: config.title.default_text().to_string(),
            summary: None,
            reviewed: None,
            body: String::new(),
            body_line: 1,
            resources: Vec::new(),
            links: Links::default(),
            has_title_links: false,
            heading_ids: Vec::new(),
            outdated: false,
        }],
        explains: Vec::new(),
    }
}

impl PageSource {
    /// Locations inside the front matter, which starts on the file's second line.
    pub fn front_file(&self) -> FileRef {
        self.file.with_offset(1)
    }

    /// The folder of the file under `content/` (`guidance` for `content/guidance/x.md`).
    pub fn key_dir(&self) -> String {
        let rel = self
            .file
            .path
            .strip_prefix("content/")
            .unwrap_or(&self.file.path);
        rel.rsplit_once('/')
            .map_or(String::new(), |(d, _)| d.to_string())
    }
}
