//! The programme and agreement enums in the UI: their wire names (as serde writes them,
//! so a select's value is exactly what the API takes) and the keys of their labels.

use domain::agreement::AgreementKind;
#[cfg(test)]
use domain::agreement::AgreementStatus;
use domain::document::DocumentKind;
use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub const LEVELS: [EducationLevel; 4] = [
    EducationLevel::Noo,
    EducationLevel::Ooo,
    EducationLevel::Soo,
    EducationLevel::Do,
];

pub const DELIVERY_MODES: [DeliveryMode; 3] = [
    DeliveryMode::InPerson,
    DeliveryMode::Distance,
    DeliveryMode::Blended,
];

pub const ASSESSMENT_FORMS: [AssessmentForm; 4] = [
    AssessmentForm::PassFail,
    AssessmentForm::Grade5,
    AssessmentForm::Score100,
    AssessmentForm::Levels,
];

pub const PROGRAMME_STATUSES: [ProgrammeStatus; 3] = [
    ProgrammeStatus::Draft,
    ProgrammeStatus::Approved,
    ProgrammeStatus::Archived,
];

pub const AGREEMENT_KINDS: [AgreementKind; 3] = [
    AgreementKind::NetworkProgramme,
    AgreementKind::Cooperation,
    AgreementKind::ResourceUse,
];

/// Every status, for the tests that each has a label and a colour.
#[cfg(test)]
pub const AGREEMENT_STATUSES: [AgreementStatus; 5] = [
    AgreementStatus::Draft,
    AgreementStatus::AwaitingSignatures,
    AgreementStatus::Active,
    AgreementStatus::Expired,
    AgreementStatus::Terminated,
];

/// The name serde gives a unit variant (`in_person`, `ООО`).
pub fn wire_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The variant with this wire name.
pub fn parse_wire<T: DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// Level names are Cyrillic abbreviations, which Fluent ids cannot hold.
pub fn level_key(l: EducationLevel) -> &'static str {
    match l {
        EducationLevel::Noo => "level-noo",
        EducationLevel::Ooo => "level-ooo",
        EducationLevel::Soo => "level-soo",
        EducationLevel::Do => "level-do",
    }
}

pub const DOCUMENT_KINDS: [DocumentKind; 7] = [
    DocumentKind::Scan,
    DocumentKind::Annex,
    DocumentKind::WorkProgramme,
    DocumentKind::Regulation,
    DocumentKind::Order,
    DocumentKind::Protocol,
    DocumentKind::Other,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        assert_eq!(wire_name(&DeliveryMode::InPerson), "in_person");
        assert_eq!(wire_name(&EducationLevel::Soo), "СОО");
        assert_eq!(
            wire_name(&AgreementStatus::AwaitingSignatures),
            "awaiting_signatures"
        );
        for l in LEVELS {
            assert_eq!(parse_wire::<EducationLevel>(&wire_name(&l)), Some(l));
        }
        for k in AGREEMENT_KINDS {
            assert_eq!(parse_wire::<AgreementKind>(&wire_name(&k)), Some(k));
        }
        assert_eq!(parse_wire::<AssessmentForm>("grade_5"), None);
        assert_eq!(parse_wire::<AssessmentForm>(""), None);
    }
}
