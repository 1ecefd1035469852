//! Organizations (PRODUCT.md §3.1): kinds and the rules of a valid organization record.

use serde::{Deserialize, Serialize};

use crate::inn::{Inn, InnError};
use crate::text::{TextError, clean_name, clean_optional};

/// What an organization is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganizationKind {
    School,
    Lyceum,
    Gymnasium,
    Branch,
    AdditionalEducation,
    College,
    University,
    Culture,
    Sport,
    Science,
    Other,
}

impl OrganizationKind {
    pub const ALL: [OrganizationKind; 11] = [
        Self::School,
        Self::Lyceum,
        Self::Gymnasium,
        Self::Branch,
        Self::AdditionalEducation,
        Self::College,
        Self::University,
        Self::Culture,
        Self::Sport,
        Self::Science,
        Self::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::School => "school",
            Self::Lyceum => "lyceum",
            Self::Gymnasium => "gymnasium",
            Self::Branch => "branch",
            Self::AdditionalEducation => "additional_education",
            Self::College => "college",
            Self::University => "university",
            Self::Culture => "culture",
            Self::Sport => "sport",
            Self::Science => "science",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// General-education organizations: the ones whose students and teachers count in
    /// the network indicators.
    pub fn is_general_education(&self) -> bool {
        matches!(
            self,
            Self::School | Self::Lyceum | Self::Gymnasium | Self::Branch
        )
    }
}

pub const FULL_NAME_MAX: usize = 500;
pub const SHORT_NAME_MAX: usize = 150;
pub const ADDRESS_MAX: usize = 500;
pub const EXTERNAL_ID_MAX: usize = 100;

/// One problem with one field of an organization record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganizationProblem {
    #[error("{field}: {error}")]
    Text {
        field: &'static str,
        error: TextError,
    },
    #[error("inn: {0}")]
    Inn(InnError),
    #[error("parent_id: a branch must name its parent organization")]
    BranchWithoutParent,
    #[error("parent_id: only a branch has a parent organization")]
    ParentOfNonBranch,
    #[error("parent_id: an organization cannot be its own parent")]
    OwnParent,
    #[error("parent_id: the parent must be in the same municipality")]
    ParentInOtherMunicipality,
    #[error("parent_id: the parent of a branch cannot be a branch")]
    ParentIsBranch,
    #[error("external_id: {0}")]
    ExternalId(ExternalIdError),
}

impl OrganizationProblem {
    /// The input field the problem is about.
    pub fn field(&self) -> &'static str {
        match self {
            Self::Text { field, .. } => field,
            Self::Inn(_) => "inn",
            Self::BranchWithoutParent
            | Self::ParentOfNonBranch
            | Self::OwnParent
            | Self::ParentInOtherMunicipality
            | Self::ParentIsBranch => "parent_id",
            Self::ExternalId(_) => "external_id",
        }
    }
}

/// What is known of a would-be parent organization when checking a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParentFacts {
    pub is_self: bool,
    pub same_municipality: bool,
    pub kind: OrganizationKind,
}

/// Raw values of an organization as entered.
#[derive(Debug, Clone, Default)]
pub struct OrganizationInput<'a> {
    pub full_name: &'a str,
    pub short_name: &'a str,
    pub inn: Option<&'a str>,
    pub address: Option<&'a str>,
    pub external_id: Option<&'a str>,
}

/// A checked organization record: names tidied, INN verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedOrganization {
    pub full_name: String,
    pub short_name: String,
    pub inn: Option<Inn>,
    pub address: Option<String>,
    pub external_id: Option<String>,
}

/// Checks an organization record and reports every problem at once, so a form can show
/// all of them in place.
pub fn check_organization(
    input: &OrganizationInput<'_>,
    kind: OrganizationKind,
    parent: Option<ParentFacts>,
) -> Result<CheckedOrganization, Vec<OrganizationProblem>> {
    let mut problems = Vec::new();
    let mut text = |field: &'static str, r: Result<String, TextError>| match r {
        Ok(v) => Some(v),
        Err(error) => {
            problems.push(OrganizationProblem::Text { field, error });
            None
        }
    };
    let full_name = text("full_name", clean_name(input.full_name, FULL_NAME_MAX));
    let short_name = text("short_name", clean_name(input.short_name, SHORT_NAME_MAX));
    let address = match clean_optional(input.address, ADDRESS_MAX) {
        Ok(a) => a,
        Err(error) => {
            problems.push(OrganizationProblem::Text {
                field: "address",
                error,
            });
            None
        }
    };
    let inn = match input.inn.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(raw) => match Inn::parse(raw) {
            Ok(i) => Some(i),
            Err(e) => {
                problems.push(OrganizationProblem::Inn(e));
                None
            }
        },
    };
    let external_id = match input.external_id.map(parse_external_id).transpose() {
        Ok(e) => e,
        Err(e) => {
            problems.push(OrganizationProblem::ExternalId(e));
            None
        }
    };
    match (kind, parent) {
        (OrganizationKind::Branch, None) => problems.push(OrganizationProblem::BranchWithoutParent),
        (OrganizationKind::Branch, Some(p)) => {
            if p.is_self {
                problems.push(OrganizationProblem::OwnParent);
            } else if !p.same_municipality {
                problems.push(OrganizationProblem::ParentInOtherMunicipality);
            } else if p.kind == OrganizationKind::Branch {
                problems.push(OrganizationProblem::ParentIsBranch);
            }
        }
        (_, Some(_)) => problems.push(OrganizationProblem::ParentOfNonBranch),
        (_, None) => {}
    }
    match (full_name, short_name) {
        (Some(full_name), Some(short_name)) if problems.is_empty() => Ok(CheckedOrganization {
            full_name,
            short_name,
            inn,
            address,
            external_id,
        }),
        _ => Err(problems),
    }
}

/// Why an external id is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExternalIdError {
    #[error("must not be empty")]
    Empty,
    #[error("is longer than 100 characters")]
    TooLong,
    #[error("may contain letters, digits and . _ - : / only")]
    Characters,
}

/// External ids come from other systems and appear in URLs
/// (`/organizations/by-external-id/{id}`), so they are kept to URL-safe characters.
pub fn parse_external_id(raw: &str) -> Result<String, ExternalIdError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(ExternalIdError::Empty);
    }
    if s.chars().count() > EXTERNAL_ID_MAX {
        return Err(ExternalIdError::TooLong);
    }
    if !s.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, 'А'..='я' | 'Ё' | 'ё' | '.' | '_' | '-' | ':' | '/')
    }) {
        return Err(ExternalIdError::Characters);
    }
    Ok(s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(full: &'a str, short: &'a str) -> OrganizationInput<'a> {
        OrganizationInput {
            full_name: full,
            short_name: short,
            ..Default::default()
        }
    }

    #[test]
    fn a_school_with_valid_fields_passes() {
        let mut i = input(" МБОУ «Лицей №24» ", "Лицей №24");
        i.inn = Some("7707083893");
        let c = check_organization(&i, OrganizationKind::Lyceum, None).unwrap();
        assert_eq!(c.full_name, "МБОУ «Лицей №24»");
        assert_eq!(c.inn.unwrap().as_str(), "7707083893");
    }

    #[test]
    fn all_problems_are_reported_together() {
        let mut i = input("", "");
        i.inn = Some("1234567890");
        let errs = check_organization(&i, OrganizationKind::Branch, None).unwrap_err();
        let fields: Vec<_> = errs.iter().map(OrganizationProblem::field).collect();
        assert_eq!(fields, ["full_name", "short_name", "inn", "parent_id"]);
    }

    #[test]
    fn parent_rules() {
        let i = input("Филиал", "Филиал");
        let school = ParentFacts {
            is_self: false,
            same_municipality: true,
            kind: OrganizationKind::School,
        };
        assert!(check_organization(&i, OrganizationKind::Branch, Some(school)).is_ok());
        assert_eq!(
            check_organization(&i, OrganizationKind::School, Some(school)).unwrap_err(),
            vec![OrganizationProblem::ParentOfNonBranch]
        );
        let far = ParentFacts {
            same_municipality: false,
            ..school
        };
        assert_eq!(
            check_organization(&i, OrganizationKind::Branch, Some(far)).unwrap_err(),
            vec![OrganizationProblem::ParentInOtherMunicipality]
        );
        let me = ParentFacts {
            is_self: true,
            ..school
        };
        assert_eq!(
            check_organization(&i, OrganizationKind::Branch, Some(me)).unwrap_err(),
            vec![OrganizationProblem::OwnParent]
        );
        let branch = ParentFacts {
            kind: OrganizationKind::Branch,
            ..school
        };
        assert_eq!(
            check_organization(&i, OrganizationKind::Branch, Some(branch)).unwrap_err(),
            vec![OrganizationProblem::ParentIsBranch]
        );
    }

    #[test]
    fn external_ids() {
        assert_eq!(parse_external_id(" fias:34-001 ").unwrap(), "fias:34-001");
        assert_eq!(parse_external_id("a b"), Err(ExternalIdError::Characters));
        assert_eq!(parse_external_id(""), Err(ExternalIdError::Empty));
        assert_eq!(
            parse_external_id(&"x".repeat(101)),
            Err(ExternalIdError::TooLong)
        );
    }

    #[test]
    fn kinds_round_trip() {
        for k in OrganizationKind::ALL {
            assert_eq!(OrganizationKind::parse(k.as_str()), Some(k));
        }
    }
}
