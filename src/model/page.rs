//! Markdown pages: the guidance tree (home, sections, pages) and the Markdown that belongs to
//! data (cluster descriptions, the emergencies introduction, an emergency's own pages).

use super::Links;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageKind {
    Home,
    Section,
    Page,
    ClusterDescription { cluster: String },
    EmergenciesIntro,
    EmergencyPage { emergency: String },
}

impl PageKind {
    /// Whether the page is part of the numbered guidance tree.
    pub fn in_tree(&self) -> bool {
        matches!(self, PageKind::Home | PageKind::Section | PageKind::Page)
    }
}

crate::keywords! {
    /// Ideas a guidance page may explain (`explains:`), so that data pages can link to it
    /// where they use the idea.
    pub enum Concept: "an idea coordkit links to" {
        Convener = "convener",
        ProviderOfLastResort = "provider-of-last-resort",
        AreaOfResponsibility = "area-of-responsibility",
        GovernmentLedSector = "government-led-sector",
    }
}

/// A resource listed in a page's front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResourceTarget {
    Url(String),
    /// A file under `content/`, path relative to `content/`.
    File(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resource {
    pub title: String,
    pub target: ResourceTarget,
}

/// One language's version of a page: the source file or one of its translations.
#[derive(Clone, Debug, PartialEq)]
pub struct PageVersion {
    pub lang: String,
    /// The file, relative to the toolkit: `content/guidance/partnership.fr.md`.
    pub source: String,
    pub title: String,
    pub summary: Option<String>,
    pub reviewed: Option<NaiveDate>,
    pub body: String,
    /// The line of the source file where `body` starts.
    pub body_line: u32,
    pub resources: Vec<Resource>,
    pub links: Links,
    /// Whether the body has an empty-text link, whose text depends on the language built.
    pub has_title_links: bool,
    pub heading_ids: Vec<String>,
    /// A translation whose source changed after it was made (from git, `source_revision`).
    pub outdated: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Path under `content/` without language and extension; `""` for the home page.
    pub key: String,
    pub kind: PageKind,
    /// Address under `<out>/<lang>/`, ending with `/` (or `""` for the home page).
    pub path: String,
    pub parent: Option<usize>,
    /// Children in reading order (weight, then title).
    pub children: Vec<usize>,
    /// Section number from weights, such as `1.4.2`; `None` for the home page and data pages.
    pub number: Option<String>,
    pub weight: Option<i64>,
    /// The default language's version first, then translations.
    pub versions: Vec<PageVersion>,
    /// Ideas this page explains (`explains:` in its front matter).
    pub explains: Vec<Concept>,
}

impl Page {
    /// The version to show in `lang`: its translation, or the default language's text.
    pub fn version(&self, lang: &str) -> &PageVersion {
        self.versions
            .iter()
            .find(|v| v.lang == lang)
            .unwrap_or(&self.versions[0])
    }

    pub fn is_translated(&self, lang: &str) -> bool {
        self.versions.iter().any(|v| v.lang == lang)
    }
}
