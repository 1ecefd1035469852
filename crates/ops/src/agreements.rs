//! Agreements: from the wire input to the domain content, status on today, and the
//! mapping of transition refusals to error codes.

use chrono::NaiveDate;
use domain::OrganizationId;
use domain::access::NetworkFacts;
use domain::agreement::{AgreementContent, AgreementState, ContentProblem, TransitionError};
use store::agreements::Loaded;
use wire::ErrorCode;
use wire::agreement::{Agreement, AgreementInput, Signature};

use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};

/// The domain content of an input, checked against the network: every party is a member
/// and every programme belongs to the network.
pub fn content_of(
    input: &AgreementInput,
    network_id: uuid::Uuid,
    network: &NetworkFacts,
    network_programmes: &[uuid::Uuid],
) -> OpResult<AgreementContent> {
    let mut issues = Vec::new();
    let member = |o: &uuid::Uuid| network.members.iter().any(|m| m.as_uuid() == *o);
    if !member(&input.base_organization_id) {
        issues.push(FieldIssue::new(
            "base_organization_id",
            Issue::UnknownReference,
        ));
    }
    if !input.participant_ids.iter().all(member) {
        issues.push(FieldIssue::new("participant_ids", Issue::UnknownReference));
    }
    if !input
        .programme_ids
        .iter()
        .all(|p| network_programmes.contains(p))
    {
        issues.push(FieldIssue::new("programme_ids", Issue::UnknownReference));
    }
    if input.number.chars().count() > 100 {
        issues.push(FieldIssue::new("number", Issue::TooLong { max: 100 }));
    }
    if input.valid_to < input.valid_from {
        issues.push(FieldIssue::new("valid_to", Issue::Invalid));
    }
    if !issues.is_empty() {
        return Err(OpError::Validation(issues));
    }
    Ok(AgreementContent {
        number: input.number.trim().to_owned(),
        date: input.date,
        kind: input.kind,
        network_id: Some(network_id),
        base_organization: OrganizationId(input.base_organization_id),
        participants: input
            .participant_ids
            .iter()
            .copied()
            .map(OrganizationId)
            .collect(),
        programmes: input.programme_ids.clone(),
        programme_description: input.programme_description.trim().to_owned(),
        student_status: input.student_status.trim().to_owned(),
        admission_rules: input.admission_rules.trim().to_owned(),
        conditions: input.conditions.trim().to_owned(),
        obligations: input.obligations.clone(),
        completion_documents: input.completion_documents.clone(),
        valid_from: input.valid_from,
        valid_to: input.valid_to,
        change_procedure: input.change_procedure.trim().to_owned(),
        termination_procedure: input.termination_procedure.trim().to_owned(),
        grade_mappings: input.grade_mappings.clone(),
    })
}

fn input_of(c: &AgreementContent) -> AgreementInput {
    AgreementInput {
        number: c.number.clone(),
        date: c.date,
        kind: c.kind,
        base_organization_id: c.base_organization.as_uuid(),
        participant_ids: c.participants.iter().map(OrganizationId::as_uuid).collect(),
        programme_ids: c.programmes.clone(),
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

pub fn state_of<'a>(a: &'a Loaded, signed: &'a [(OrganizationId, String)]) -> AgreementState<'a> {
    AgreementState {
        content: &a.content,
        submitted: a.row.submitted,
        signatures: signed,
        terminated_on: a.row.terminated_on,
    }
}

pub fn to_wire(a: &Loaded, today: NaiveDate) -> Agreement {
    let signed = a.signed();
    let state = state_of(a, &signed);
    let hash = a.content.content_hash();
    Agreement {
        id: a.row.id,
        network_id: a.row.network_id,
        series_id: a.row.series_id,
        version_no: a.row.version_no,
        supersedes_id: a.row.supersedes_id,
        status: state.status(today),
        content: input_of(&a.content),
        content_hash: hash.clone(),
        signatures: a
            .signatures
            .iter()
            .map(|s| Signature {
                organization_id: s.organization_id,
                signer_name: s.signer_name.clone(),
                content_hash: s.content_hash.clone(),
                signed_at: s.signed_at,
                current: s.content_hash == hash,
            })
            .collect(),
        awaiting_signature_of: if a.row.submitted {
            state
                .awaiting()
                .iter()
                .map(OrganizationId::as_uuid)
                .collect()
        } else {
            Vec::new()
        },
        terminated_on: a.row.terminated_on,
        termination_reason: a.row.termination_reason.clone(),
        version: a.row.version,
        updated_at: a.row.updated_at,
    }
}

/// A refused transition as a problem with its own code.
/// The sections of art. 15 in words, by the request field that holds them.
fn section(field: &str) -> (&'static str, &'static str) {
    match field {
        "number" => ("номер договора", "the agreement number"),
        "student_status" => ("статус обучающихся", "the status of the students"),
        "admission_rules" => ("правила приёма", "the admission rules"),
        "conditions" => (
            "условия и порядок осуществления образовательной деятельности",
            "the conditions and order of the work",
        ),
        "obligations" => ("обязанности сторон", "the duties of the parties"),
        "completion_documents" => (
            "документы, выдаваемые по завершении обучения",
            "the documents issued on completion",
        ),
        "change_procedure" => ("порядок изменения договора", "how the agreement is changed"),
        "termination_procedure" => ("порядок прекращения договора", "how the agreement ends"),
        "programme_ids" => (
            "программы, реализуемые по договору",
            "the programmes covered",
        ),
        "participant_ids" => ("организация-участник", "a participant organization"),
        "valid_to" => (
            "срок действия (окончание раньше начала)",
            "the term (it ends before it starts)",
        ),
        "grade_mappings" => ("правила сопоставления оценок", "the grade mapping rules"),
        _ => ("раздел договора", "a section of the agreement"),
    }
}

/// What keeps a draft from signature, per field and in words.
fn incomplete(problems: &[ContentProblem]) -> OpError {
    let issues: Vec<FieldIssue> = problems
        .iter()
        .map(|p| {
            let field = p.field();
            let issue = match p {
                ContentProblem::NotAParty(_) => Issue::NotAParty,
                ContentProblem::Term | ContentProblem::MappingStep => Issue::Invalid,
                _ => {
                    let (ru, en) = section(field);
                    Issue::SectionMissing(ru, en)
                }
            };
            FieldIssue::new(field, issue)
        })
        .collect();
    let list = |en: bool| {
        problems
            .iter()
            .map(|p| {
                let (ru, e) = section(p.field());
                if en { e } else { ru }
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    OpError::Fields {
        code: ErrorCode::AgreementIncomplete,
        detail: crate::error::Detail {
            ru: format!("Перед подписанием заполните: {}", list(false)),
            en: format!("Before signing, fill in: {}", list(true)),
        },
        issues,
    }
}

pub fn refusal(e: TransitionError) -> OpError {
    match e {
        TransitionError::NotDraft(_) => OpError::code(ErrorCode::AgreementNotDraft),
        TransitionError::Incomplete(problems) => incomplete(&problems),
        TransitionError::NotAwaitingSignatures(_) => {
            OpError::code(ErrorCode::AgreementNotAwaitingSignatures)
        }
        TransitionError::NotAParty => OpError::code(ErrorCode::NotAParty),
        TransitionError::AlreadySigned => OpError::code(ErrorCode::AlreadySigned),
        TransitionError::NotInForce(_) => OpError::code(ErrorCode::AgreementNotInForce),
        TransitionError::TerminationOutsideTerm => OpError::code(ErrorCode::TerminationOutsideTerm),
    }
}
