//! Pure facts about a loaded agreement: its content as the domain sees it (to check the
//! server's hash in the browser and list what blocks signature), the hash as people read
//! it, the colour of a status and which actions its state allows.

use domain::OrganizationId;
use domain::agreement::{AgreementContent, AgreementStatus, ContentProblem, check_content};
use wire::agreement::Agreement;

/// The content exactly as the server hashes it (`service::agreements::content_of`).
pub fn local_content(a: &Agreement) -> AgreementContent {
    let c = &a.content;
    AgreementContent {
        number: c.number.clone(),
        date: c.date,
        kind: c.kind,
        network_id: Some(a.network_id),
        base_organization: OrganizationId(c.base_organization_id),
        participants: c
            .participant_ids
            .iter()
            .copied()
            .map(OrganizationId)
            .collect(),
        programmes: c.programme_ids.clone(),
        programme_description: c.programme_description.clone(),
        student_status: c.student_status.clone(),
        admission_rules: c.admission_rules.clone(),
        conditions: c.conditions.clone(),
        obligations: c.obligations.clone(),
        completion_documents: c.completion_documents.clone(),
        valid_from: c.valid_from,
        valid_to: c.valid_to,
        change_procedure: c.change_procedure.clone(),
        termination_procedure: c.termination_procedure.clone(),
        grade_mappings: c.grade_mappings.clone(),
    }
}

/// Whether the hash the server shows is the SHA-256 of the text on the screen, computed
/// here by the same domain code.
pub fn hash_verified(a: &Agreement) -> bool {
    local_content(a).content_hash() == a.content_hash
}

/// The first 16 hex digits in groups of four: short enough to compare by eye.
pub fn fingerprint(hash: &str) -> String {
    groups(&hash.chars().take(16).collect::<String>(), 4)
}

/// The whole hash in groups of eight, so it wraps at group boundaries.
pub fn grouped(hash: &str) -> String {
    groups(hash, 8)
}

fn groups(s: &str, size: usize) -> String {
    s.chars()
        .collect::<Vec<_>>()
        .chunks(size)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn status_color(s: AgreementStatus) -> &'static str {
    match s {
        AgreementStatus::Draft => "pf-m-grey",
        AgreementStatus::AwaitingSignatures => "pf-m-orange",
        AgreementStatus::Active => "pf-m-green",
        AgreementStatus::Expired => "pf-m-blue",
        AgreementStatus::Terminated => "pf-m-red",
    }
}

/// Which management actions the agreement's state allows (`domain::agreement::
/// check_transition` on the server's status; completeness is checked on submit).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Actions {
    pub edit: bool,
    pub submit: bool,
    pub return_to_draft: bool,
    pub terminate: bool,
    pub new_version: bool,
}

pub fn actions(a: &Agreement, manage: bool) -> Actions {
    if !manage {
        return Actions::default();
    }
    let s = a.status;
    let fully_signed =
        s == AgreementStatus::AwaitingSignatures && a.awaiting_signature_of.is_empty();
    Actions {
        edit: s == AgreementStatus::Draft,
        submit: s == AgreementStatus::Draft,
        return_to_draft: s == AgreementStatus::AwaitingSignatures,
        terminate: s == AgreementStatus::Active || fully_signed,
        new_version: s == AgreementStatus::Active,
    }
}

/// Whether `org` may sign now: sent for signature and its signature of this text missing.
pub fn may_sign(a: &Agreement, org: uuid::Uuid) -> bool {
    a.status == AgreementStatus::AwaitingSignatures && a.awaiting_signature_of.contains(&org)
}

/// The Fluent key of each problem that blocks sending the agreement for signature.
pub fn problem_keys(a: &Agreement) -> Vec<String> {
    check_content(&local_content(a))
        .iter()
        .map(problem_key)
        .collect()
}

pub fn problem_key(p: &ContentProblem) -> String {
    match p {
        ContentProblem::Missing(f) => format!("agr-missing-{f}"),
        ContentProblem::NotAParty(f) => format!("agr-not-party-{f}"),
        ContentProblem::Term => "agr-problem-term".to_owned(),
        ContentProblem::NoProgramme => "agr-missing-programmes".to_owned(),
        ContentProblem::NoParticipant => "agr-missing-participants".to_owned(),
        ContentProblem::MappingStep => "agr-problem-mapping-step".to_owned(),
    }
}

/// Every problem `check_content` can report, for the test that each has a message.
#[cfg(test)]
pub fn all_problems() -> Vec<ContentProblem> {
    let mut v: Vec<ContentProblem> = [
        "number",
        "student_status",
        "admission_rules",
        "conditions",
        "change_procedure",
        "termination_procedure",
        "completion_documents",
        "obligations",
    ]
    .into_iter()
    .map(ContentProblem::Missing)
    .collect();
    v.push(ContentProblem::NotAParty("obligations"));
    v.push(ContentProblem::NotAParty("completion_documents"));
    v.extend([
        ContentProblem::Term,
        ContentProblem::NoProgramme,
        ContentProblem::NoParticipant,
        ContentProblem::MappingStep,
    ]);
    v
}

#[cfg(test)]
mod tests;
