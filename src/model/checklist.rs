//! What a new partner reads and does first: onboarding checklists and briefing packs, built
//! for the active activations their scope admits.

use super::{Activation, Emergency, ResourceKind, Text};

/// Which activations a checklist, a pack or one of their parts is built into: empty lists
/// admit every one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// Cluster indexes; an activation is admitted when it covers one of them.
    pub clusters: Vec<usize>,
    /// Emergency ids.
    pub emergencies: Vec<String>,
}

impl Scope {
    /// Whether an activation of the emergency `emergency` (its id) is admitted.
    pub fn admits(&self, emergency: &str, a: &Activation) -> bool {
        (self.clusters.is_empty() || self.clusters.iter().any(|&c| a.covers(c)))
            && (self.emergencies.is_empty() || self.emergencies.iter().any(|e| e == emergency))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistItem {
    pub text: Text,
    pub see: Option<usize>,
    /// Links to the activation's resource of this kind.
    pub see_resource: Option<ResourceKind>,
    pub scope: Scope,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistSection {
    pub title: Text,
    pub items: Vec<ChecklistItem>,
    pub scope: Scope,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Checklist {
    pub id: String,
    pub title: Text,
    pub sections: Vec<ChecklistSection>,
    pub scope: Scope,
}

impl Checklist {
    /// The sections and items built into an activation (none if the scope leaves it out).
    pub fn for_activation<'a>(
        &'a self,
        e: &Emergency,
        a: &Activation,
    ) -> Vec<(&'a ChecklistSection, Vec<&'a ChecklistItem>)> {
        if !self.scope.admits(&e.id, a) {
            return Vec::new();
        }
        self.sections
            .iter()
            .filter(|s| s.scope.admits(&e.id, a))
            .map(|s| {
                (
                    s,
                    s.items
                        .iter()
                        .filter(|i| i.scope.admits(&e.id, a))
                        .collect(),
                )
            })
            .filter(|(_, items): &(_, Vec<_>)| !items.is_empty())
            .collect()
    }
}

/// What one part of a briefing pack holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackPart {
    Page(usize),
    Checklist(usize),
    /// The activation's leads, contacts, hubs and meetings.
    Directory,
    Glossary,
    /// The activation's documents and tools.
    Resources,
    Meetings,
    Groups,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackSection {
    pub part: PackPart,
    pub scope: Scope,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    pub id: String,
    pub title: Text,
    pub sections: Vec<PackSection>,
    pub scope: Scope,
}

impl Pack {
    /// The sections built into an activation (none if the scope leaves it out).
    pub fn for_activation(&self, e: &Emergency, a: &Activation) -> Vec<&PackSection> {
        if !self.scope.admits(&e.id, a) {
            return Vec::new();
        }
        self.sections
            .iter()
            .filter(|s| s.scope.admits(&e.id, a))
            .collect()
    }
}
