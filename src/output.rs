//! What the pipeline produces, shared by render, write and the steps after write (offline
//! zips, PDFs): output files, the offline zips to make, and the `Slot` that render leaves in a
//! page for what is known only after writing. Depends on nothing.

use std::path::PathBuf;

/// What goes into one output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    Bytes(Vec<u8>),
    /// A toolkit file copied as it is (resources, images, theme static files).
    Copy(PathBuf),
}

/// One file of the output, its path relative to the output folder with `/` separators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub content: Content,
}

impl OutputFile {
    pub fn bytes(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> OutputFile {
        OutputFile {
            path: path.into(),
            content: Content::Bytes(bytes.into()),
        }
    }
}

/// Text a page shows that is known only after the site is written (the size of a zip):
/// render writes the slot's marker, a step after write fills it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot(String);

impl Slot {
    /// How every slot marker starts; copies that cannot know the text (a page inside the zip
    /// whose size it shows) turn the markers into plain comments.
    pub const START: &str = "<!--ck-";

    /// The size of the zip at `zip` (a path in the output).
    pub fn size_of(zip: &str) -> Slot {
        Slot(format!("size:{zip}"))
    }

    /// What render writes in the page: an HTML comment, harmless if never filled.
    pub fn marker(&self) -> String {
        format!("{}{}-->", Slot::START, self.0)
    }

    /// `html` with this slot's marker replaced by `text`.
    pub fn fill(&self, html: &str, text: &str) -> String {
        html.replace(&self.marker(), text)
    }
}

/// The offline zips of one language: the zip of the language (its pages, the shared assets
/// and the root language chooser) and one zip per section. Links that leave the language
/// become published addresses in both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageZip {
    /// Where the zip goes: `downloads/en.zip`.
    pub zip: String,
    /// The language's folder: `en/`.
    pub folder: String,
    /// What it holds besides the folder: paths, or folders ending with `/`.
    pub also: Vec<String>,
    /// The page that offers it and shows its size.
    pub owner: String,
    pub sections: Vec<SectionZip>,
}

/// The zip of one section in one language. Its pages are those of the language zip, byte for
/// byte; a page they link to that it does not hold is replaced by a short page saying so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionZip {
    /// `downloads/en/guidance-meetings.zip`.
    pub zip: String,
    /// The section's folder: `en/guidance/meetings/`.
    pub folder: String,
    /// What it holds besides the folder (the shared assets).
    pub also: Vec<String>,
    /// The section's page, which offers the zip.
    pub owner: String,
    pub absent: AbsentPage,
}

/// Whether a zip holding `folder` and `also` holds `path`.
fn held(folder: &str, also: &[String], path: &str) -> bool {
    path.starts_with(folder)
        || also
            .iter()
            .any(|p| path == p || (p.ends_with('/') && path.starts_with(p.as_str())))
}

impl LanguageZip {
    pub fn holds(&self, path: &str) -> bool {
        held(&self.folder, &self.also, path)
    }
}

impl SectionZip {
    pub fn holds(&self, path: &str) -> bool {
        held(&self.folder, &self.also, path)
    }
}

/// The words of the page that stands, in a section zip, for a page it does not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AbsentPage {
    pub lang: String,
    pub dir: &'static str,
    /// "Not in this download".
    pub title: String,
    /// "This offline copy holds only the section …".
    pub text: String,
    /// "Read this page online:".
    pub online: String,
    /// The section's title, linking to its page in the zip.
    pub section: String,
}

#[cfg(test)]
mod tests {
    use super::Slot;

    #[test]
    fn slots_are_filled() {
        let slot = Slot::size_of("downloads/en.zip");
        let html = format!("<small>{}</small>", slot.marker());
        assert_eq!(html, "<small><!--ck-size:downloads/en.zip--></small>");
        assert_eq!(slot.fill(&html, "(2 KB)"), "<small>(2 KB)</small>");
    }
}
