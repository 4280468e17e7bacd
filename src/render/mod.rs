//! Render: the site model -> output files in memory (path + bytes). Markdown to HTML, Tera
//! pages with typed contexts, the root language chooser, 404 page and sitemap. Pure and
//! parallel; reads nothing from the toolkit and writes nothing.

mod activation;
mod checklist;
mod contacts;
pub mod context;
mod data;
mod directory;
mod documents;
mod emergencies;
mod exports;
mod leads;
mod meetings;
mod pack;
mod pages;
pub mod plan;
mod rows;
mod search;
mod site;
pub mod templates;
mod text;
pub use text::{
    GlossaryTerms, InPack, markdown_html, markdown_html_in, markdown_html_plain, page_html,
};

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::model::*;
use context::Here;
use rayon::prelude::*;
use templates::Templates;

pub use crate::output::{Content, OutputFile};

impl OutputFile {
    /// Renders an HTML page of `here` with a template.
    pub fn page<C: serde::Serialize>(
        here: &Here,
        templates: &Templates,
        template: &str,
        context: &C,
    ) -> Result<OutputFile, Diagnostic> {
        Ok(OutputFile::bytes(
            here.out_path(),
            templates.render(template, context)?,
        ))
    }
}

/// A page to render in one language.
#[derive(Clone, Copy, Debug)]
enum Task {
    Page(usize),
    Clusters,
    Cluster(usize),
    Organisations,
    Organisation(usize),
    Emergencies,
    Emergency(usize),
    Activation(usize, usize),
    /// A checklist built for an activation: (emergency, activation, checklist).
    Checklist(usize, usize, usize),
    /// A briefing pack built for an activation: (emergency, activation, pack).
    Pack(usize, usize, usize),
    Glossary,
    /// The search page, with its index beside the language's home page.
    Search,
    /// The translation status page (partners builds only).
    Translations,
}

impl Task {
    fn path(self, site: &Site) -> String {
        match self {
            Task::Page(i) => site.pages[i].path.clone(),
            Task::Clusters => "clusters/".into(),
            Task::Cluster(i) => format!("clusters/{}/", site.clusters[i].id),
            Task::Organisations => "organisations/".into(),
            Task::Organisation(i) => format!("organisations/{}/", site.organisations[i].id),
            Task::Emergencies => "emergencies/".into(),
            Task::Emergency(i) => format!("emergencies/{}/", site.emergencies[i].id),
            Task::Activation(e, a) => {
                let e = &site.emergencies[e];
                format!(
                    "emergencies/{}/{}/",
                    e.id, site.clusters[e.activations[a].cluster].id
                )
            }
            Task::Checklist(e, a, c) => format!(
                "{}{}/",
                Task::Activation(e, a).path(site),
                site.checklists[c].id
            ),
            Task::Pack(e, a, p) => {
                format!("{}{}/", Task::Activation(e, a).path(site), site.packs[p].id)
            }
            Task::Glossary => "glossary/".into(),
            Task::Translations => "translations/".into(),
            Task::Search => "search/".into(),
        }
    }
}

fn tasks(site: &Site) -> Vec<Task> {
    let mut tasks = vec![
        Task::Clusters,
        Task::Organisations,
        Task::Emergencies,
        Task::Glossary,
        Task::Search,
    ];
    if site.audience == Audience::Partners && site.config.languages.len() > 1 {
        tasks.push(Task::Translations);
    }
    for (i, page) in site.pages.iter().enumerate() {
        // Cluster descriptions and the emergencies introduction are shown inside data pages.
        if !matches!(
            page.kind,
            PageKind::ClusterDescription { .. } | PageKind::EmergenciesIntro
        ) {
            tasks.push(Task::Page(i));
        }
    }
    tasks.extend((0..site.clusters.len()).map(Task::Cluster));
    tasks.extend((0..site.organisations.len()).map(Task::Organisation));
    for (e, emergency) in site.emergencies.iter().enumerate() {
        tasks.push(Task::Emergency(e));
        for (ai, a) in emergency.activations.iter().enumerate() {
            tasks.push(Task::Activation(e, ai));
            // Only a running activation gets checklists and packs, and only those whose
            // scope admits it.
            tasks.extend(
                site.checklists_for(emergency, a)
                    .into_iter()
                    .map(|c| Task::Checklist(e, ai, c)),
            );
            tasks.extend(
                site.packs_for(emergency, a)
                    .into_iter()
                    .map(|p| Task::Pack(e, ai, p)),
            );
        }
    }
    tasks
}

/// The zip of a section, under `downloads/<lang>/`: `guidance/meetings/` ->
/// `guidance-meetings`, unique and bounded (issue #8: `x/a-b` and `x/a/b` shared a zip, and
/// deep names passed the 255 bytes a file name may have).
/// - Folders are ids (`a-z`, `0-9`, `-`), so `-` joins them only when none holds a `-`;
///   otherwise `.` does (`shelter-nfi/kits` -> `shelter-nfi.kits`). Both are one-to-one,
///   and a name of one kind never has the other's separator.
/// - A name over 100 bytes keeps 80 and ends with a hash of the whole path.
pub fn section_zip(lang: &str, path: &str) -> String {
    let path = path.trim_end_matches('/');
    let mut name = if path.split('/').any(|s| s.contains('-')) {
        path.replace('/', ".")
    } else {
        path.replace('/', "-")
    };
    if name.len() > 100 {
        let hash = crate::pdf::fingerprint(&[path.as_bytes()]);
        name = format!("{}-{hash}", name.chars().take(80).collect::<String>());
    }
    format!("downloads/{lang}/{name}.zip")
}

/// Where each offline zip goes and the page that offers it: per language, the language's
/// zip (no section) then each section's.
pub fn offline_zip_places(site: &Site) -> Vec<(&Language, Option<&Page>, String, String)> {
    if !site.config.downloads {
        return Vec::new();
    }
    let mut out = Vec::new();
    for lang in &site.config.languages {
        let l = &lang.code;
        out.push((
            lang,
            None,
            format!("downloads/{l}.zip"),
            format!("{l}/index.html"),
        ));
        for page in site.pages.iter().filter(|p| p.kind == PageKind::Section) {
            out.push((
                lang,
                Some(page),
                section_zip(l, &page.path),
                format!("{l}/{}index.html", page.path),
            ));
        }
    }
    out
}

/// The offline zips of the site: one per language, one per section and language.
pub fn offline_zips(site: &Site, i18n: &I18n) -> Vec<crate::output::LanguageZip> {
    use crate::output::{AbsentPage, LanguageZip, SectionZip};
    let mut out: Vec<LanguageZip> = Vec::new();
    for (lang, section, zip, owner) in offline_zip_places(site) {
        let l = &lang.code;
        let Some(page) = section else {
            out.push(LanguageZip {
                zip,
                folder: format!("{l}/"),
                also: vec!["index.html".into(), "assets/".into()],
                owner,
                sections: Vec::new(),
            });
            continue;
        };
        let t = |id: &str| i18n.t(l, id, &[]);
        let section = SectionZip {
            zip,
            folder: format!("{l}/{}", page.path),
            also: vec!["assets/".into()],
            owner,
            absent: AbsentPage {
                lang: l.clone(),
                dir: context::dir(lang.rtl),
                title: t("offline-absent-title"),
                text: t("offline-absent-text"),
                online: t("offline-absent-online"),
                section: page.version(l).title.clone(),
            },
        };
        if let Some(language) = out.last_mut() {
            language.sections.push(section);
        }
    }
    out
}

/// A page that is printed to PDF (a briefing pack), and where its PDF goes; both relative
/// to the output folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Printable {
    pub html: String,
    pub pdf: String,
    /// The paper it is printed on (`paper:` in toolkit.yaml).
    pub paper: Paper,
}

/// Every briefing pack page of the site, in every language.
pub fn printables(site: &Site) -> Vec<Printable> {
    let mut out = Vec::new();
    for lang in &site.config.languages {
        for task in tasks(site) {
            if let Task::Pack(e, a, p) = task {
                let e = &site.emergencies[e];
                out.push(Printable {
                    html: format!("{}/{}index.html", lang.code, task.path(site)),
                    pdf: format!(
                        "{}/{}",
                        lang.code,
                        pack::pdf_path(e, &site.clusters[e.activations[a].cluster], &site.packs[p])
                    ),
                    paper: site.config.paper,
                });
            }
        }
    }
    out
}

/// Renders the whole site, handing each file to `sink` as soon as it is ready (so the whole
/// site is never held in memory). Returns the number of files, or the template errors, each
/// reported once.
/// `status` is the translation status, published as a page in partners builds.
pub fn render(
    site: &Site,
    i18n: &I18n,
    templates: &Templates,
    status: &[crate::translations::LanguageStatus],
    sink: &(dyn Fn(&OutputFile) + Sync),
) -> Result<usize, Vec<Diagnostic>> {
    render_some(site, i18n, templates, status, None, sink)
}

/// Whether a task's output shows the text of one of `pages` (a pack that includes it, the
/// cluster page it describes...), so must be rendered again when only their text changed.
fn shows_any(site: &Site, task: Task, pages: &[usize]) -> bool {
    match task {
        Task::Page(i) => pages.contains(&i),
        Task::Pack(_, _, p) => site.packs[p]
            .sections
            .iter()
            .any(|s| matches!(s.part, PackPart::Page(i) if pages.contains(&i))),
        Task::Cluster(c) => site.clusters[c]
            .description
            .is_some_and(|d| pages.contains(&d)),
        Task::Emergencies => site.emergencies_intro.is_some_and(|d| pages.contains(&d)),
        _ => false,
    }
}

/// Renders the whole site (`only` is `None`), or only the outputs that show the text of the
/// given pages, for a preview whose other files are already up to date. (The search index is
/// left as it was: it follows at the next full render.)
pub fn render_some(
    site: &Site,
    i18n: &I18n,
    templates: &Templates,
    status: &[crate::translations::LanguageStatus],
    only: Option<&[usize]>,
    sink: &(dyn Fn(&OutputFile) + Sync),
) -> Result<usize, Vec<Diagnostic>> {
    let glossary = GlossaryTerms::new(site);
    let search_tokens = if only.is_none() {
        search::version_tokens(site)
    } else {
        Vec::new()
    };
    let (bodies, tasks) = match only {
        None => (pages::bodies(site, i18n, &glossary), tasks(site)),
        // A few pages: their Markdown is rendered where it is shown, nothing cached.
        Some(pages) => (
            site.pages
                .iter()
                .map(|p| vec![None; p.versions.len()])
                .collect(),
            tasks(site)
                .into_iter()
                .filter(|t| !matches!(t, Task::Search) && shows_any(site, *t, pages))
                .collect(),
        ),
    };
    let jobs: Vec<(&Language, Task)> = site
        .config
        .languages
        .iter()
        .flat_map(|l| tasks.iter().map(move |t| (l, *t)))
        .collect();
    let count = std::sync::atomic::AtomicUsize::new(0);
    let errors: Vec<Diagnostic> = jobs
        .par_iter()
        .filter_map(|&(lang, task)| {
            let here = Here {
                glossary: &glossary,
                site,
                i18n,
                lang,
                path: task.path(site),
            };
            let files = match task {
                Task::Page(i) => pages::page(&here, i, &bodies, templates).map(|f| vec![f]),
                Task::Clusters => data::clusters(&here, templates).map(|f| vec![f]),
                Task::Cluster(i) => data::cluster(&here, i, &bodies, templates).map(|f| vec![f]),
                Task::Organisations => data::organisations(&here, templates).map(|f| vec![f]),
                Task::Organisation(i) => data::organisation(&here, i, templates).map(|f| vec![f]),
                Task::Emergencies => {
                    emergencies::emergencies(&here, &bodies, templates).map(|f| vec![f])
                }
                Task::Emergency(i) => directory::emergency(&here, i, templates),
                Task::Activation(e, a) => activation::activation(&here, e, a, templates),
                Task::Checklist(e, a, c) => {
                    checklist::checklist(&here, e, a, c, templates).map(|f| vec![f])
                }
                Task::Pack(e, a, p) => pack::pack(&here, e, a, p, templates).map(|f| vec![f]),
                Task::Glossary => data::glossary(&here, templates).map(|f| vec![f]),
                Task::Search => pages::search(&here, templates).map(|f| {
                    vec![
                        f,
                        OutputFile::bytes(
                            format!("{}/search-index.js", lang.code),
                            search::index(&here, &search_tokens),
                        ),
                    ]
                }),
                Task::Translations => {
                    pages::translations(&here, status, templates).map(|f| vec![f])
                }
            };
            match files {
                Ok(files) => {
                    for f in &files {
                        sink(f);
                    }
                    count.fetch_add(files.len(), std::sync::atomic::Ordering::Relaxed);
                    None
                }
                Err(d) => Some(d),
            }
        })
        .collect();
    let mut unique: Vec<Diagnostic> = Vec::new();
    let mut count = count.into_inner();
    // The whole-site files (root, 404, sitemap, feeds, shared files) do not show page text.
    let site_files = if only.is_none() {
        site::site_files(site, i18n, templates)
    } else {
        Vec::new()
    };
    for r in site_files {
        match r {
            Ok(f) => {
                sink(&f);
                count += 1;
            }
            Err(d) => unique.push(d),
        }
    }
    for d in errors {
        if !unique.contains(&d) {
            unique.push(d);
        }
    }
    if unique.is_empty() {
        Ok(count)
    } else {
        Err(unique)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn issue_8_section_zip_names_are_unique_and_bounded() {
        assert_eq!(
            super::section_zip("en", "guide/deep/"),
            "downloads/en/guide-deep.zip"
        );
        assert_eq!(super::section_zip("en", "x/a-b/"), "downloads/en/x.a-b.zip");
        assert_eq!(super::section_zip("en", "x/a/b/"), "downloads/en/x-a-b.zip");
        let long = format!("{}/", vec!["a".repeat(60); 8].join("/"));
        let zip = super::section_zip("en", &long);
        assert_eq!(zip.len(), "downloads/en/".len() + 80 + 17 + 4);
        assert_ne!(zip, super::section_zip("en", &long.replacen('a', "b", 1)));
    }
}
