use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use domain::agreement::{
    AgreementKind, AgreementStatus, CompletionDocument, GradeMapping, MappingStep, PartyObligation,
    ResourceUse,
};

/// The content of an agreement as the law lists it (273-ФЗ art. 15 part 3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgreementInput {
    pub number: String,
    pub date: NaiveDate,
    pub kind: AgreementKind,
    /// The base organization: where the students are enrolled.
    pub base_organization_id: Uuid,
    pub participant_ids: Vec<Uuid>,
    /// 1. Programmes covered, with their type, level and focus in words.
    #[serde(default)]
    pub programme_ids: Vec<Uuid>,
    #[serde(default)]
    pub programme_description: String,
    /// 2. Status of the students and admission rules.
    #[serde(default)]
    pub student_status: String,
    #[serde(default)]
    pub admission_rules: String,
    /// 3. Conditions and order of the work; duties and resources of each party.
    #[serde(default)]
    pub conditions: String,
    #[serde(default)]
    pub obligations: Vec<PartyObligation>,
    /// 4. Documents issued on completion and by whom.
    #[serde(default)]
    pub completion_documents: Vec<CompletionDocument>,
    /// 5. Term, change and termination.
    pub valid_from: NaiveDate,
    pub valid_to: NaiveDate,
    #[serde(default)]
    pub change_procedure: String,
    #[serde(default)]
    pub termination_procedure: String,
    /// Grade mappings between assessment forms, used by credit transfer.
    #[serde(default)]
    pub grade_mappings: Vec<GradeMapping>,
}

/// A party's signature: the content hash shows exactly what it signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Signature {
    pub organization_id: Uuid,
    pub signer_name: String,
    pub content_hash: String,
    pub signed_at: DateTime<Utc>,
    /// Whether it signs the current content.
    pub current: bool,
}

/// One version of an agreement with its status on the server's today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Agreement {
    pub id: Uuid,
    pub network_id: Uuid,
    /// All versions (supplementary agreements) share the id of the first.
    pub series_id: Uuid,
    pub version_no: i32,
    pub supersedes_id: Option<Uuid>,
    pub status: AgreementStatus,
    pub content: AgreementInput,
    /// SHA-256 of the canonical content: what a signature certifies.
    pub content_hash: String,
    pub signatures: Vec<Signature>,
    /// Parties whose signature of the current content is missing.
    pub awaiting_signature_of: Vec<Uuid>,
    pub terminated_on: Option<NaiveDate>,
    pub termination_reason: Option<String>,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

/// What the signer saw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignRequest {
    /// The content hash shown to the signer; refused when the text changed since.
    pub content_hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Termination {
    pub on: NaiveDate,
    pub reason: String,
}

/// Does an agreement cover a programme between two organizations on given days?
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct CoverageQuery {
    pub programme_id: Uuid,
    pub home_id: Uuid,
    pub provider_id: Uuid,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Coverage {
    pub covered: bool,
    pub agreement_id: Option<Uuid>,
    /// Why not: `no_agreement_between`, `programme_not_covered`, `agreement_not_signed`,
    /// `agreement_terminated`, `agreement_term_does_not_cover`.
    pub reason: Option<String>,
}
