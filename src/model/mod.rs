//! The validated toolkit: plain data that the render step turns into files. References are
//! indexes into the site's collections, so nothing here can dangle. No I/O, no formatting.

mod activation;
mod checklist;
mod cluster;
mod contact;
mod emergency;
mod glossary;
mod keyword;
mod meeting;
mod organisation;
mod page;

pub use activation::*;
pub use checklist::*;
pub use cluster::*;
pub use contact::*;
pub use emergency::*;
pub use glossary::*;
pub use keyword::Keyword;
pub use meeting::*;
pub use organisation::*;
pub use page::*;

use chrono::NaiveDate;
use std::collections::HashMap;

/// Text in one or more languages. `PerLanguage` always holds the default language first, so a
/// missing language falls back to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Same(String),
    PerLanguage(Vec<(String, String)>),
}

/// Text chosen for a language, with the language it is really in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: &'a str,
}

impl Text {
    pub fn get<'a>(&'a self, lang: &'a str) -> Localized<'a> {
        match self {
            Text::Same(text) => Localized { text, lang },
            Text::PerLanguage(entries) => {
                let (l, t) = entries
                    .iter()
                    .find(|(l, _)| l == lang)
                    .unwrap_or(&entries[0]);
                Localized { text: t, lang: l }
            }
        }
    }

    /// The text in the default language (used to sort and to name things in messages).
    pub fn default_text(&self) -> &str {
        match self {
            Text::Same(text) => text,
            Text::PerLanguage(entries) => &entries[0].1,
        }
    }

    pub fn has(&self, lang: &str) -> bool {
        match self {
            Text::Same(_) => true,
            Text::PerLanguage(entries) => entries.iter().any(|(l, _)| l == lang),
        }
    }
}

/// A link found in Markdown, resolved while validating so that rendering never guesses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// Another page of the site, in the language being built.
    Page { page: usize, anchor: Option<String> },
    /// A data page: a cluster, an organisation, an emergency, the glossary.
    Address {
        path: String,
        anchor: Option<String>,
    },
    /// A file under `content/`, copied beside the pages (path relative to `content/`).
    Asset(String),
}

/// Markdown text and what its relative links point to, keyed by the link as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links(pub HashMap<String, LinkTarget>);

/// Where a value was written, for the few checks made after the model is built.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    pub path: String,
    pub line: u32,
    pub column: u32,
}

/// Markdown held in a YAML field (summaries, definitions).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownText {
    pub text: Text,
    pub links: Links,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    pub rtl: bool,
}

/// Who a build is for: contacts are published only to the audiences they are visible to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Audience {
    #[default]
    Public,
    Partners,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub title: Text,
    /// Always ends with `/`.
    pub base_url: String,
    /// The first is the default language.
    pub languages: Vec<Language>,
    pub review_after_days: Option<u32>,
    pub edit_url: Option<String>,
    pub raw_html: bool,
    /// Whether offline bundles (zips) are made.
    pub downloads: bool,
    /// Whether every build prints PDFs (`pdf: true`).
    pub pdf: bool,
    pub paper: Paper,
}

crate::keywords! {
    /// The paper PDFs are printed on (`paper:`).
    pub enum Paper: "a paper size" {
        A4 = "a4",
        Letter = "letter",
    }
}

impl Config {
    pub fn default_lang(&self) -> &str {
        &self.languages[0].code
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }
}

/// A file copied into the output as it is (theme static files).
#[derive(Clone, Debug, PartialEq)]
pub struct StaticFile {
    pub out_path: String,
    /// Where it is in the toolkit, for messages.
    pub shown: String,
    pub abs: std::path::PathBuf,
}

impl Site {
    /// The page that explains an idea (`explains:`), if one does.
    pub fn explaining(&self, concept: Concept) -> Option<usize> {
        self.pages
            .iter()
            .position(|p| p.explains.contains(&concept))
    }

    /// The checklists built for an activation: only a running one gets any, and only those
    /// whose scope leaves some item in.
    pub fn checklists_for(&self, e: &Emergency, a: &Activation) -> Vec<usize> {
        (0..self.checklists.len())
            .filter(|&c| e.is_running(a) && !self.checklists[c].for_activation(e, a).is_empty())
            .collect()
    }

    /// The briefing packs built for an activation, as for checklists.
    pub fn packs_for(&self, e: &Emergency, a: &Activation) -> Vec<usize> {
        (0..self.packs.len())
            .filter(|&p| e.is_running(a) && !self.packs[p].for_activation(e, a).is_empty())
            .collect()
    }
}

/// The whole validated toolkit.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub config: Config,
    pub audience: Audience,
    /// The date the build runs (or the date tests pin), for "as of" and staleness.
    pub build_date: NaiveDate,
    /// Whether briefing packs are printed to PDF in this build.
    pub pdf: bool,
    pub pages: Vec<Page>,
    /// Index of the home page in `pages`.
    pub home: usize,
    /// Index of `content/emergencies/_index.md` in `pages`, if any.
    pub emergencies_intro: Option<usize>,
    pub clusters: Vec<Cluster>,
    pub organisations: Vec<Organisation>,
    pub emergencies: Vec<Emergency>,
    pub checklists: Vec<Checklist>,
    pub packs: Vec<Pack>,
    pub glossary: Vec<GlossaryEntry>,
    pub statics: Vec<StaticFile>,
    /// The toolkit folder, for assets copied as they are.
    pub root: std::path::PathBuf,
}
