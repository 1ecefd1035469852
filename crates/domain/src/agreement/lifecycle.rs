//! `draft` → `awaiting_signatures` → `active` → `expired` | `terminated`, computed against a
//! given day; and which actions each state allows.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AgreementContent, ContentProblem, check_content};
use crate::ids::OrganizationId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    Draft,
    AwaitingSignatures,
    Active,
    Expired,
    Terminated,
}

/// What is stored about an agreement besides its content.
#[derive(Debug, Clone)]
pub struct AgreementState<'a> {
    pub content: &'a AgreementContent,
    /// Sent for signature (left the draft state).
    pub submitted: bool,
    /// Each signature: the party and the content hash it signed.
    pub signatures: &'a [(OrganizationId, String)],
    pub terminated_on: Option<NaiveDate>,
}

impl AgreementState<'_> {
    /// Parties whose signature of the current content is missing.
    pub fn awaiting(&self) -> Vec<OrganizationId> {
        let hash = self.content.content_hash();
        self.content
            .parties()
            .into_iter()
            .filter(|p| !self.signatures.iter().any(|(o, h)| o == p && *h == hash))
            .collect()
    }

    pub fn fully_signed(&self) -> bool {
        self.submitted && self.awaiting().is_empty()
    }

    /// The status on a day. An agreement signed by everyone waits for its start date.
    pub fn status(&self, today: NaiveDate) -> AgreementStatus {
        if self.terminated_on.is_some_and(|t| t <= today) {
            AgreementStatus::Terminated
        } else if !self.submitted {
            AgreementStatus::Draft
        } else if !self.fully_signed() || today < self.content.valid_from {
            AgreementStatus::AwaitingSignatures
        } else if today > self.content.valid_to {
            AgreementStatus::Expired
        } else {
            AgreementStatus::Active
        }
    }
}

/// Something a user wants to do with an agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    Edit,
    Submit,
    Sign(OrganizationId),
    ReturnToDraft,
    Terminate(NaiveDate),
    NewVersion,
}

/// Why a transition is refused; each has its own error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// Only a draft is edited.
    NotDraft(AgreementStatus),
    /// The content misses what the law requires.
    Incomplete(Vec<ContentProblem>),
    NotAwaitingSignatures(AgreementStatus),
    /// The organization is not a party.
    NotAParty,
    AlreadySigned,
    /// Only a signed agreement in force is terminated or changed by a new version.
    NotInForce(AgreementStatus),
    /// The termination day lies outside the term.
    TerminationOutsideTerm,
}

impl TransitionError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotDraft(_) => "agreement_not_draft",
            Self::Incomplete(_) => "agreement_incomplete",
            Self::NotAwaitingSignatures(_) => "agreement_not_awaiting_signatures",
            Self::NotAParty => "not_a_party",
            Self::AlreadySigned => "already_signed",
            Self::NotInForce(_) => "agreement_not_in_force",
            Self::TerminationOutsideTerm => "termination_outside_term",
        }
    }
}

/// Whether a transition is allowed on `today`.
pub fn check_transition(
    s: &AgreementState<'_>,
    t: &Transition,
    today: NaiveDate,
) -> Result<(), TransitionError> {
    let status = s.status(today);
    match t {
        Transition::Edit if status != AgreementStatus::Draft => {
            Err(TransitionError::NotDraft(status))
        }
        Transition::Edit => Ok(()),
        Transition::Submit if status != AgreementStatus::Draft => {
            Err(TransitionError::NotDraft(status))
        }
        Transition::Submit => {
            let problems = check_content(s.content);
            if problems.is_empty() {
                Ok(())
            } else {
                Err(TransitionError::Incomplete(problems))
            }
        }
        Transition::Sign(org) => {
            if status != AgreementStatus::AwaitingSignatures {
                Err(TransitionError::NotAwaitingSignatures(status))
            } else if !s.content.parties().contains(org) {
                Err(TransitionError::NotAParty)
            } else if !s.awaiting().contains(org) {
                Err(TransitionError::AlreadySigned)
            } else {
                Ok(())
            }
        }
        Transition::ReturnToDraft if status != AgreementStatus::AwaitingSignatures => {
            Err(TransitionError::NotAwaitingSignatures(status))
        }
        Transition::ReturnToDraft => Ok(()),
        Transition::Terminate(day) => {
            let in_force = status == AgreementStatus::Active
                || (status == AgreementStatus::AwaitingSignatures && s.fully_signed());
            if !in_force {
                Err(TransitionError::NotInForce(status))
            } else if *day < s.content.valid_from || *day > s.content.valid_to {
                Err(TransitionError::TerminationOutsideTerm)
            } else {
                Ok(())
            }
        }
        Transition::NewVersion if status == AgreementStatus::Active => Ok(()),
        Transition::NewVersion => Err(TransitionError::NotInForce(status)),
    }
}
