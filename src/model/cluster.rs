//! A global cluster, or an area of responsibility under one, and its global lead agencies,
//! which may depend on the kind of emergency and may convene rather than lead.

use super::{EmergencyType, MarkdownText, Text};

crate::keywords! {
    /// What a lead agency is to a cluster (`role:`). A convener coordinates but is not
    /// accountable to the Humanitarian Coordinator nor the provider of last resort.
    pub enum LeadRole: "a lead role" {
        Lead = "lead",
        Convener = "convener",
    }
}

/// Who a global lead entry names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Agency {
    Organisation(usize),
    /// One of these, agreed in the country (`one_of:`).
    OneOf(Vec<usize>),
}

/// One entry of a cluster's `global_leads`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlobalLead {
    pub agency: Agency,
    /// The kinds of emergency it applies to; empty: every kind.
    pub when: Vec<EmergencyType>,
    pub role: LeadRole,
}

impl GlobalLead {
    pub fn organisations(&self) -> &[usize] {
        match &self.agency {
            Agency::Organisation(o) => std::slice::from_ref(o),
            Agency::OneOf(list) => list,
        }
    }

    pub fn names(&self, organisation: usize) -> bool {
        self.organisations().contains(&organisation)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub id: String,
    pub code: String,
    pub abbreviation: Option<String>,
    pub name: Text,
    pub global_leads: Vec<GlobalLead>,
    /// The cluster of an area of responsibility.
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub summary: Option<MarkdownText>,
    /// The page of `content/clusters/<id>.md`, if any.
    pub description: Option<usize>,
    pub source: String,
}

impl Cluster {
    /// An area of responsibility (it has a parent cluster), never to be called a cluster.
    pub fn is_area(&self) -> bool {
        self.parent.is_some()
    }

    /// The global leads that apply in an emergency of a kind. A mixed emergency takes the
    /// leads written for it (`when: mixed`), else those for natural disasters and for
    /// conflicts together: the lead is then agreed in the country.
    pub fn leads_for(&self, kind: EmergencyType) -> Vec<&GlobalLead> {
        let names_mixed = self
            .global_leads
            .iter()
            .any(|g| g.when.contains(&EmergencyType::Mixed));
        self.global_leads
            .iter()
            .filter(|g| {
                g.when.is_empty()
                    || g.when.contains(&kind)
                    || (kind == EmergencyType::Mixed
                        && !names_mixed
                        && g.when.iter().any(|w| {
                            matches!(w, EmergencyType::NaturalDisaster | EmergencyType::Conflict)
                        }))
            })
            .collect()
    }

    /// Whether an organisation is named in any global lead entry.
    pub fn is_global_lead(&self, organisation: usize) -> bool {
        self.global_leads.iter().any(|g| g.names(organisation))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead(o: usize, when: &[EmergencyType]) -> GlobalLead {
        GlobalLead {
            agency: Agency::Organisation(o),
            when: when.to_vec(),
            role: LeadRole::Lead,
        }
    }

    #[test]
    fn leads_depend_on_the_kind_of_emergency() {
        use EmergencyType::*;
        let c = Cluster {
            id: "cccm".into(),
            code: "CCM".into(),
            abbreviation: None,
            name: Text::Same("CCCM".into()),
            global_leads: vec![lead(1, &[NaturalDisaster]), lead(2, &[Conflict])],
            parent: None,
            children: Vec::new(),
            summary: None,
            description: None,
            source: String::new(),
        };
        let orgs = |k| {
            c.leads_for(k)
                .iter()
                .flat_map(|g| g.organisations().to_vec())
                .collect::<Vec<_>>()
        };
        assert_eq!(orgs(NaturalDisaster), [1]);
        assert_eq!(orgs(Conflict), [2]);
        assert_eq!(orgs(Mixed), [1, 2]);
        assert!(orgs(DiseaseOutbreak).is_empty());
        let mut written = c.clone();
        written.global_leads.push(lead(3, &[Mixed]));
        assert_eq!(written.leads_for(Mixed).len(), 1);
    }
}
