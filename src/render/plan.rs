//! The render plan: every address the build writes, each with its source (a page, a data
//! file, a copied file, or coordkit itself: search index, exports, feeds, sitemap, zips,
//! PDFs), listed before anything is rendered and checked once. Two sources for one address
//! are an error naming both (issue #8: a copied `search-index.js` replaced the real one).
//! The writer refuses a second write to a path, so a source missing here cannot slip by.

use super::exports::Scope;
use super::templates::BUILTIN_STATIC;
use super::{Task, offline_zip_places, printables, tasks};
use crate::diagnostics::{Diagnostic, Loc};
use crate::model::*;
use std::collections::{HashMap, HashSet};

/// Who writes an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// How a coordinator would name it: `content/guide/x.md`, `the search index`.
    pub what: String,
    /// The toolkit file to point at, when the source is one.
    pub file: Option<String>,
    /// What to do about a clash, when this source is the one to change.
    pub hint: &'static str,
}

/// One output file: its path under the output folder, its language (when it is under
/// `<lang>/`) and its source.
#[derive(Clone, Debug)]
pub struct Planned {
    pub path: String,
    pub lang: Option<usize>,
    pub source: Source,
}

const PAGE_HINT: &str = "rename the page or its folder";
const FILE_HINT: &str = "rename the file";

fn generated(what: impl Into<String>) -> Source {
    Source {
        what: what.into(),
        file: None,
        hint: "rename the other one",
    }
}

fn from_file(file: &str, what: String, hint: &'static str) -> Source {
    Source {
        what,
        file: Some(file.to_string()),
        hint,
    }
}

/// What writes a task's page.
fn task_source(site: &Site, task: Task) -> Source {
    match task {
        Task::Page(i) => {
            let file = &site.pages[i].versions[0].source;
            from_file(file, file.clone(), PAGE_HINT)
        }
        Task::Clusters => generated("the clusters list (content/clusters/)"),
        Task::Cluster(i) => {
            let c = &site.clusters[i];
            from_file(&c.source, format!("the cluster `{}`", c.id), PAGE_HINT)
        }
        Task::Organisations => generated("the organisations list (content/organisations/)"),
        Task::Organisation(i) => {
            let o = &site.organisations[i];
            from_file(&o.source, format!("the organisation `{}`", o.id), PAGE_HINT)
        }
        Task::Emergencies => generated("the emergencies list (content/emergencies/)"),
        Task::Emergency(i) => {
            let e = &site.emergencies[i];
            from_file(&e.source, format!("the emergency `{}`", e.id), PAGE_HINT)
        }
        Task::Activation(e, a) | Task::Checklist(e, a, _) | Task::Pack(e, a, _) => {
            let em = &site.emergencies[e];
            let cluster = &site.clusters[em.activations[a].cluster].id;
            let what = match task {
                Task::Checklist(_, _, c) => format!(
                    "the checklist `{}` of the `{cluster}` activation in `{}`",
                    site.checklists[c].id, em.id
                ),
                Task::Pack(_, _, p) => format!(
                    "the briefing pack `{}` of the `{cluster}` activation in `{}`",
                    site.packs[p].id, em.id
                ),
                _ => format!("the `{cluster}` activation in `{}`", em.id),
            };
            from_file(&em.source, what, PAGE_HINT)
        }
        Task::Glossary => generated("the glossary (content/glossary/)"),
        Task::Search => generated("the search page"),
        Task::Translations => generated("the translation status page"),
    }
}

/// Every file the build writes, in the order sources are named in messages.
pub fn plan(site: &Site) -> Vec<Planned> {
    let mut out = Vec::new();
    let mut add = |path: String, lang: Option<usize>, source: Source| {
        out.push(Planned { path, lang, source })
    };
    let tasks = tasks(site);
    for (l, lang) in site.config.languages.iter().enumerate() {
        let code = &lang.code;
        for &task in &tasks {
            let path = task.path(site);
            add(
                format!("{code}/{path}index.html"),
                Some(l),
                task_source(site, task),
            );
            let scope = match task {
                Task::Emergency(e) => Some((e, None)),
                Task::Activation(e, a) => Some((e, Some(a))),
                _ => None,
            };
            if let Some((e, a)) = scope {
                let emergency = &site.emergencies[e];
                let scope = Scope {
                    emergency,
                    activation: a,
                };
                for name in scope.file_names() {
                    add(
                        format!("{code}/{path}{name}"),
                        Some(l),
                        generated(format!(
                            "the export {name} of {}",
                            task_source(site, task).what
                        )),
                    );
                }
            }
        }
        add(
            format!("{code}/search-index.js"),
            Some(l),
            generated("the search index"),
        );
        add(
            format!("{code}/feed.xml"),
            Some(l),
            generated("the Atom feed"),
        );
        for asset in super::site::assets(site) {
            let file = format!("content/{asset}");
            add(
                format!("{code}/{asset}"),
                Some(l),
                from_file(&file, file.clone(), FILE_HINT),
            );
        }
    }
    if site.pdf {
        for p in printables(site) {
            let what = format!("the PDF of {}", p.html);
            add(p.pdf, None, generated(what));
        }
        add(
            crate::pdf::CACHE.to_string(),
            None,
            generated("the PDF fingerprints"),
        );
    }
    for (_, _, zip, owner) in offline_zip_places(site) {
        let what = format!("the offline copy of {owner}");
        add(zip, None, generated(what));
    }
    add("index.html".into(), None, generated("the language chooser"));
    add("404.html".into(), None, generated("the 404 page"));
    add("sitemap.xml".into(), None, generated("the sitemap"));
    add(
        crate::write::MARKER.into(),
        None,
        generated("coordkit's output marker"),
    );
    for (path, _) in BUILTIN_STATIC {
        if !site.statics.iter().any(|s| s.out_path == path) {
            add(
                path.to_string(),
                None,
                generated(format!("the built-in {path}")),
            );
        }
    }
    for s in &site.statics {
        let file = s.shown.clone();
        add(
            s.out_path.clone(),
            None,
            from_file(&file, file.clone(), FILE_HINT),
        );
    }
    out
}

/// Checks that every address has one source: one error per clash, at the toolkit file that
/// takes an address already taken (or that a generated file needs).
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let planned = plan(site);
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(planned.len());
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, p) in planned.iter().enumerate() {
        let Some(&j) = first.get(p.path.as_str()) else {
            first.insert(&p.path, i);
            continue;
        };
        let (a, b) = (&planned[j], p);
        // The toolkit's own file is named first: it is the one to change.
        let (a, b) = if a.source.file.is_none() && b.source.file.is_some() {
            (b, a)
        } else {
            (a, b)
        };
        let shown = match (a.lang, b.lang) {
            (Some(x), Some(y)) if x == y => {
                let code = &site.config.languages[x].code;
                format!("<lang>/{}", &a.path[code.len() + 1..])
            }
            _ => a.path.clone(),
        };
        if !seen.insert((a.source.what.clone(), b.source.what.clone(), shown.clone())) {
            continue;
        }
        let file = a
            .source
            .file
            .as_deref()
            .or(b.source.file.as_deref())
            .unwrap_or("toolkit.yaml");
        out.push(
            Diagnostic::error(
                Loc::file(&file.into()),
                format!(
                    "{} and {} would both be written to {shown}",
                    a.source.what, b.source.what
                ),
            )
            .with_hint(a.source.hint),
        );
    }
    out
}
