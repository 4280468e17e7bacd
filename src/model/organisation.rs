//! An organisation: UN agency, NGO, Red Cross and Red Crescent, government body...

use super::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrganisationType {
    Un,
    Ingo,
    Nngo,
    RedCrossRedCrescent,
    Government,
    Donor,
    Academic,
    PrivateSector,
    Other,
}

impl OrganisationType {
    pub const ALL: [(&'static str, OrganisationType); 9] = [
        ("un", OrganisationType::Un),
        ("ingo", OrganisationType::Ingo),
        ("nngo", OrganisationType::Nngo),
        (
            "red-cross-red-crescent",
            OrganisationType::RedCrossRedCrescent,
        ),
        ("government", OrganisationType::Government),
        ("donor", OrganisationType::Donor),
        ("academic", OrganisationType::Academic),
        ("private-sector", OrganisationType::PrivateSector),
        ("other", OrganisationType::Other),
    ];

    pub fn id(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map_or("other", |(id, _)| id)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Organisation {
    pub id: String,
    pub acronym: Option<String>,
    pub name: Text,
    pub kind: OrganisationType,
    pub website: Option<String>,
    pub source: String,
}
