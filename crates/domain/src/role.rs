//! The six roles of PRODUCT.md §2.

use serde::{Deserialize, Serialize};

/// What a user account is for. Every account belongs to the installation (`admin`), to a
/// municipality (`authority`, and `integration` of a regional system) or to one
/// organization (`coordinator`, `school_admin`, `teacher`; `integration` may be scoped so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Authority,
    Coordinator,
    SchoolAdmin,
    Teacher,
    Integration,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Admin,
        Role::Authority,
        Role::Coordinator,
        Role::SchoolAdmin,
        Role::Teacher,
        Role::Integration,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Authority => "authority",
            Role::Coordinator => "coordinator",
            Role::SchoolAdmin => "school_admin",
            Role::Teacher => "teacher",
            Role::Integration => "integration",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Where an account of this role must be anchored.
    pub fn anchor(&self) -> Anchor {
        match self {
            Role::Admin => Anchor::Installation,
            Role::Authority => Anchor::Municipality,
            Role::Coordinator | Role::SchoolAdmin | Role::Teacher => Anchor::Organization,
            Role::Integration => Anchor::MunicipalityOrOrganization,
        }
    }
}

/// The level an account of a role belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Installation,
    Municipality,
    Organization,
    MunicipalityOrOrganization,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
