//! Markdown pages -> the page tree: translations grouped with their source, drafts left out,
//! sections found, children ordered and numbered from weights, addresses checked for clashes,
//! resources resolved.

use super::{formats, Checker};
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::source::FileRef;
use crate::load::yaml::Sp;
use crate::load::{Loaded, PagePlace, PageSource};
use crate::model::*;
use std::collections::{BTreeMap, HashMap};

/// The pages, and how to find them by their path under `content/`.
pub struct Tree {
    pub pages: Vec<Page>,
    pub home: usize,
    pub emergencies_intro: Option<usize>,
    /// Page key (`guidance/partnership`) -> index in `pages`.
    pub keys: HashMap<String, usize>,
    /// Keys of draft pages, so that links to them get a clear message.
    pub drafts: Vec<String>,
}

impl Tree {
    /// Finds a page from a path relative to `content/`, as written in YAML (`see:`, `page:`).
    pub fn resolve_content_path(&self, file: &FileRef, path: &Sp<String>, chk: &mut Checker) -> Option<usize> {
        let found = normalize("", &path.value).and_then(|p| match page_key(&p) {
            Some(key) => self.find(&key).ok_or_else(|| self.missing(&key, &p)),
            None => Err(format!("`{}` is not a Markdown page; give the path of a `.md` file under content/", path.value)),
        });
        match found {
            Ok(i) => Some(i),
            Err(message) => {
                chk.push(Diagnostic::error(file.loc(path), message));
                None
            }
        }
    }

    pub fn find(&self, key: &str) -> Option<usize> {
        self.keys.get(key).copied()
    }

    /// The message for a page path that leads nowhere.
    pub fn missing(&self, key: &str, path: &str) -> String {
        if self.drafts.iter().any(|d| d == key) {
            format!("content/{path} is a draft, so it is not published")
        } else {
            format!("there is no page content/{path}")
        }
    }
}

/// Resolves `rel` against the folder `base` (both under `content/`), refusing to leave it.
pub fn normalize(base: &str, rel: &str) -> Result<String, String> {
    if rel.starts_with('/') || rel.contains('\\') {
        return Err(format!("`{rel}` must be a relative path, such as ../guidance/partnership.md"));
    }
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for segment in rel.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(format!("`{rel}` leads outside the content/ folder"));
                }
            }
            s => parts.push(s),
        }
    }
    Ok(parts.join("/"))
}

/// `guidance/partnership.fr.md` -> `guidance/partnership`; `guidance/_index.md` -> `guidance`.
pub fn page_key(path: &str) -> Option<String> {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    if !file.ends_with(".md") {
        return None;
    }
    let (name, _) = crate::load::pages::name_and_language(file);
    Some(match (dir, name.as_str()) {
        (dir, "_index") => dir.to_string(),
        ("", name) => name.to_string(),
        (dir, name) => format!("{dir}/{name}"),
    })
}

fn kind_of(place: &PagePlace, key: &str) -> PageKind {
    match place {
        PagePlace::Tree { .. } if key.is_empty() => PageKind::Home,
        PagePlace::Tree { section: true } => PageKind::Section,
        PagePlace::Tree { section: false } => PageKind::Page,
        PagePlace::ClusterDescription { cluster } => PageKind::ClusterDescription { cluster: cluster.clone() },
        PagePlace::EmergenciesIntro => PageKind::EmergenciesIntro,
        PagePlace::EmergencyPage { emergency, .. } => PageKind::EmergencyPage { emergency: emergency.clone() },
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
    let mut tree = Tree { pages: Vec::new(), home: 0, emergencies_intro: None, keys: HashMap::new(), drafts: Vec::new() };
    for (key, sources) in groups {
        let defaults: Vec<&&PageSource> = sources.iter().filter(|s| s.lang.is_none()).collect();
        if defaults.len() > 1 {
            chk.push(Diagnostic::error(defaults[1].file.start(), format!(
                "{} and {} would both be written to <lang>/{}index.html",
                defaults[0].file.path, defaults[1].file.path, address(&kind_of(&defaults[0].place, key), key)
            )).with_hint("keep one of them"));
        }
        let Some(source) = defaults.first() else {
            for t in &sources {
                chk.push(Diagnostic::error(t.file.start(), "this translation has no source page in the default language")
                    .with_hint(format!("create {} or rename this file", source_name(&t.file.path))));
            }
            continue;
        };
        if source.front.draft {
            tree.drafts.push(key.to_string());
            continue;
        }
        check_segments(source, key, chk);
        let mut versions = vec![version(source, &default_lang, loaded, chk)];
        for t in sources.iter().filter(|s| s.lang.is_some()) {
            let lang = t.lang.as_deref().unwrap_or_default();
            if lang == default_lang {
                chk.push(Diagnostic::error(t.file.start(), format!("`{lang}` is the default language, so this is not a translation"))
                    .with_hint(format!("the default-language text belongs in {}", source_name(&t.file.path))));
            } else if config.language(lang).is_none() {
                chk.push(Diagnostic::warning(t.file.start(), format!("this file is ignored: `{lang}` is not one of the languages in toolkit.yaml")));
            } else if !t.front.draft {
                let mut v = version(t, lang, loaded, chk);
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
        });
    }
    if !tree.pages.iter().any(|p| p.kind == PageKind::Home) {
        chk.push(Diagnostic::error(Loc::file(&"content/_index.md".into()), "there is no home page")
            .with_hint("create content/_index.md with front matter and a welcome text"));
        tree.home = tree.pages.len();
        tree.pages.push(stand_in_home(config));
    }
    link_tree(&mut tree, chk);
    check_addresses(&tree, chk);
    tree
}

fn source_name(translation: &str) -> String {
    let (dir, file) = translation.rsplit_once('/').unwrap_or(("", translation));
    let (name, _) = crate::load::pages::name_and_language(file);
    format!("{dir}/{name}.md")
}

/// Page file and folder names become addresses, so they follow the rules of ids.
fn check_segments(source: &PageSource, key: &str, chk: &mut Checker) {
    if !matches!(source.place, PagePlace::Tree { .. } | PagePlace::EmergencyPage { .. }) {
        return;
    }
    if let Some(bad) = key.split('/').filter(|s| !s.is_empty()).find(|s| formats::id(s).is_err()) {
        chk.push(Diagnostic::error(source.file.start(), format!("`{bad}` in this file's path cannot be part of an address"))
            .with_hint(format!("page files and folders are named like ids: {}", formats::ID_HINT)));
    }
}

fn version(source: &PageSource, lang: &str, loaded: &Loaded, chk: &mut Checker) -> PageVersion {
    let front = &source.front;
    let dir = source.key_dir();
    let front_file = source.front_file();
    let resources = front
        .resources
        .iter()
        .filter_map(|r| resource(&front_file, &dir, r, loaded, chk))
        .collect();
    PageVersion {
        lang: lang.to_string(),
        source: source.file.path.to_string(),
        title: front.title.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
        summary: front.summary.as_ref().map(|s| s.value.clone()),
        reviewed: chk.reviewed(&front_file, &front.reviewed),
        body: source.body.clone(),
        body_line: source.body_line,
        resources,
        links: Links::default(),
        has_title_links: false,
        heading_ids: Vec::new(),
    }
}

fn resource(file: &FileRef, dir: &str, r: &Sp<crate::load::raw::RawResource>, loaded: &Loaded, chk: &mut Checker) -> Option<Resource> {
    let raw = &r.value;
    let title = raw.title.value.clone();
    match (&raw.url, &raw.file) {
        (Some(url), None) => {
            let ok = url.value.starts_with("mailto:") || formats::web_url(&url.value).is_ok();
            if !ok {
                chk.push(Diagnostic::error(file.loc(url), format!("`{}` is not a web address starting with https:// or http://", url.value)));
                return None;
            }
            Some(Resource { title, target: ResourceTarget::Url(url.value.clone()) })
        }
        (None, Some(path)) => match normalize(dir, &path.value) {
            Ok(p) if loaded.assets.contains(&p) => Some(Resource { title, target: ResourceTarget::File(p) }),
            Ok(p) => {
                chk.push(Diagnostic::error(file.loc(path), format!("there is no file content/{p}"))
                    .with_hint("`file:` is a path relative to the page's folder"));
                None
            }
            Err(message) => {
                chk.push(Diagnostic::error(file.loc(path), message));
                None
            }
        },
        _ => {
            chk.push(Diagnostic::error(file.loc(r), "a resource needs exactly one of `url:` or `file:`"));
            None
        }
    }
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
        }],
    }
}

/// Finds each tree page's parent section, orders children and numbers them.
fn link_tree(tree: &mut Tree, chk: &mut Checker) {
    let mut reported = Vec::new();
    for i in 0..tree.pages.len() {
        if !matches!(tree.pages[i].kind, PageKind::Section | PageKind::Page) {
            continue;
        }
        let key = tree.pages[i].key.clone();
        let parent_key = key.rsplit_once('/').map_or("", |(dir, _)| dir);
        match tree.keys.get(parent_key).copied().filter(|&p| tree.pages[p].kind.in_tree()) {
            Some(p) => {
                tree.pages[i].parent = Some(p);
                tree.pages[p].children.push(i);
            }
            None if !reported.contains(&parent_key.to_string()) => {
                reported.push(parent_key.to_string());
                chk.push(Diagnostic::error(Loc::file(&tree.pages[i].versions[0].source.as_str().into()),
                    format!("the folder content/{parent_key}/ has no _index.md")).with_hint(format!(
                    "create content/{parent_key}/_index.md with a title: it is the section page of this folder")));
            }
            None => {}
        }
    }
    let order: Vec<(usize, (i64, String, String))> = tree
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| (i, (p.weight.unwrap_or(i64::MAX), p.versions[0].title.to_lowercase(), p.key.clone())))
        .collect();
    let sort_key: HashMap<usize, (i64, String, String)> = order.into_iter().collect();
    for page in &mut tree.pages {
        page.children.sort_by(|a, b| sort_key[a].cmp(&sort_key[b]));
    }
    number(tree, tree.home, String::new());
}

fn number(tree: &mut Tree, page: usize, prefix: String) {
    let children = tree.pages[page].children.clone();
    for (n, child) in children.into_iter().enumerate() {
        let label = if prefix.is_empty() { format!("{}", n + 1) } else { format!("{prefix}.{}", n + 1) };
        tree.pages[child].number = Some(label.clone());
        number(tree, child, label);
    }
}

/// Data pages own these addresses; a Markdown page may not take them.
const RESERVED: [(&str, &str); 5] = [
    ("clusters/", "the clusters list (content/clusters/)"),
    ("organisations/", "the organisations list (content/organisations/)"),
    ("emergencies/", "the emergencies list (content/emergencies/)"),
    ("glossary/", "the glossary (content/glossary/)"),
    ("assets/", "the theme's files (assets/)"),
];

fn check_addresses(tree: &Tree, chk: &mut Checker) {
    for page in &tree.pages {
        if !page.kind.in_tree() {
            continue;
        }
        let first = page.path.split_inclusive('/').next().unwrap_or("");
        if let Some((_, owner)) = RESERVED.iter().find(|(p, _)| *p == first) {
            let source = &page.versions[0].source;
            chk.push(Diagnostic::error(Loc::file(&source.as_str().into()), format!(
                "{source} and {owner} would both be written to <lang>/{first}index.html"
            )).with_hint("rename the page or its folder"));
        }
    }
}

impl PageSource {
    /// Locations inside the front matter, which starts on the file's second line.
    pub fn front_file(&self) -> FileRef {
        self.file.with_offset(1)
    }

    /// The folder of the file under `content/` (`guidance` for `content/guidance/x.md`).
    pub fn key_dir(&self) -> String {
        let rel = self.file.path.strip_prefix("content/").unwrap_or(&self.file.path);
        rel.rsplit_once('/').map_or(String::new(), |(d, _)| d.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_inside_content_only() {
        assert_eq!(normalize("guidance", "../about/x.md").as_deref(), Ok("about/x.md"));
        assert_eq!(normalize("guidance", "./a/./b.md").as_deref(), Ok("guidance/a/b.md"));
        assert!(normalize("guidance", "../../x.md").is_err());
        assert!(normalize("", "/etc/passwd").is_err());
    }

    #[test]
    fn page_keys_drop_language_and_index() {
        assert_eq!(page_key("guidance/partnership.fr.md").as_deref(), Some("guidance/partnership"));
        assert_eq!(page_key("guidance/_index.md").as_deref(), Some("guidance"));
        assert_eq!(page_key("_index.md").as_deref(), Some(""));
        assert_eq!(page_key("map.png"), None);
    }
}
