//! An organisation: UN agency, NGO, Red Cross and Red Crescent, government body...

use super::Text;

crate::keywords! {
    /// What kind of organisation it is (`type:`).
    pub enum OrganisationType: "an organisation type" {
        Un = "un",
        Ingo = "ingo",
        Nngo = "nngo",
        RedCrossRedCrescent = "red-cross-red-crescent",
        Government = "government",
        Donor = "donor",
        Academic = "academic",
        PrivateSector = "private-sector",
        Other = "other",
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
