//! The glossary: terms and acronyms with their expansion and definition.

use super::{MarkdownText, Text};

#[derive(Clone, Debug, PartialEq)]
pub struct GlossaryEntry {
    pub id: String,
    pub term: String,
    pub expansion: Text,
    pub definition: Option<MarkdownText>,
}
