//! The programme, agreement, enrolment and attendance enums in the UI: their wire names
//! (as serde writes them, so a select's value is exactly what the API takes) and the keys
//! of their labels.

use domain::agreement::AgreementKind;
#[cfg(test)]
use domain::agreement::AgreementStatus;
use domain::attendance::Mark;
use domain::document::DocumentKind;
use domain::enrolment::EnrolmentStatus;
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

/// Every enrolment status, for the test that each has a label.
#[cfg(test)]
pub const ENROLMENT_STATUSES: [EnrolmentStatus; 7] = [
    EnrolmentStatus::Requested,
    EnrolmentStatus::Waitlisted,
    EnrolmentStatus::Approved,
    EnrolmentStatus::Active,
    EnrolmentStatus::Completed,
    EnrolmentStatus::Withdrawn,
    EnrolmentStatus::Rejected,
];

/// The label of an enrolment status (a match, so a new status fails to compile here).
pub fn enrolment_status_key(s: EnrolmentStatus) -> &'static str {
    match s {
        EnrolmentStatus::Requested => "enr-status-requested",
        EnrolmentStatus::Approved => "enr-status-approved",
        EnrolmentStatus::Waitlisted => "enr-status-waitlisted",
        EnrolmentStatus::Rejected => "enr-status-rejected",
        EnrolmentStatus::Active => "enr-status-active",
        EnrolmentStatus::Completed => "enr-status-completed",
        EnrolmentStatus::Withdrawn => "enr-status-withdrawn",
    }
}

/// The full label of an attendance mark («Опоздал(а)»).
pub fn mark_key(m: Mark) -> &'static str {
    match m {
        Mark::Present => "att-mark-present",
        Mark::Late => "att-mark-late",
        Mark::AbsentExcused => "att-mark-absent_excused",
        Mark::AbsentUnexcused => "att-mark-absent_unexcused",
    }
}

/// The short symbol of a mark in the attendance table («+», «оп», «у», «н»).
pub fn mark_symbol_key(m: Mark) -> &'static str {
    match m {
        Mark::Present => "att-sym-present",
        Mark::Late => "att-sym-late",
        Mark::AbsentExcused => "att-sym-absent_excused",
        Mark::AbsentUnexcused => "att-sym-absent_unexcused",
    }
}

/// The label of a mark's button in the register («Опоздал»).
pub fn mark_button_key(m: Mark) -> &'static str {
    match m {
        Mark::Present => "reg-mark-present",
        Mark::Late => "reg-mark-late",
        Mark::AbsentExcused => "reg-mark-absent_excused",
        Mark::AbsentUnexcused => "reg-mark-absent_unexcused",
    }
}

/// Steps of an enrolment's history, as the server names them.
pub const ENROLMENT_ACTIONS: [&str; 7] = [
    "request", "approve", "waitlist", "reject", "withdraw", "complete", "offer",
];

/// The label of a history step; an action this UI does not know shows as it came.
pub fn enrolment_action_key(action: &str) -> Option<String> {
    ENROLMENT_ACTIONS
        .contains(&action)
        .then(|| format!("enr-action-{action}"))
}

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
