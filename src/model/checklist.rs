//! What a new partner reads and does first: onboarding checklists and briefing packs, built
//! for activations.

use super::Text;

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistItem {
    pub text: Text,
    pub see: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistSection {
    pub title: Text,
    pub items: Vec<ChecklistItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Checklist {
    pub id: String,
    pub title: Text,
    pub sections: Vec<ChecklistSection>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackSection {
    Page(usize),
    Checklist(usize),
    Directory,
    Glossary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    pub id: String,
    pub title: Text,
    pub sections: Vec<PackSection>,
}
