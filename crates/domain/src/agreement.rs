//! Agreements on the network form (273-ФЗ art. 15; PRODUCT.md §3.3): their content, the
//! hash each party signs, the lifecycle computed against a given day, and whether an
//! agreement covers a programme between two organizations.

mod coverage;
mod lifecycle;

pub use coverage::{AgreementFacts, CoverageQuery, NotCovered, find_cover};
pub use lifecycle::{
    AgreementState, AgreementStatus, Transition, TransitionError, check_transition,
};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::OrganizationId;
use crate::programme::AssessmentForm;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    /// Договор о сетевой форме реализации образовательных программ.
    NetworkProgramme,
    /// Соглашение о сотрудничестве.
    Cooperation,
    /// Договор об использовании ресурсов.
    ResourceUse,
}

/// A resource a party uses (art. 15 part 3 item 3: kind and volume).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResourceUse {
    /// «кабинет робототехники», «оборудование центра „Точка роста“».
    pub kind: String,
    /// «2 часа в неделю», «12 комплектов».
    pub volume: String,
}

/// What one party does under the agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartyObligation {
    #[cfg_attr(feature = "openapi", schema(value_type = uuid::Uuid))]
    pub organization: OrganizationId,
    pub duties: String,
    #[serde(default)]
    pub resources: Vec<ResourceUse>,
}

/// A document issued on completion and who issues it (item 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompletionDocument {
    /// «справка об обучении».
    pub document: String,
    #[cfg_attr(feature = "openapi", schema(value_type = uuid::Uuid))]
    pub issued_by: OrganizationId,
}

/// One step of a grade mapping: a source value (or a score threshold) gives a home mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MappingStep {
    /// Source value that matches exactly (e.g. `pass`), or …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<String>,
    /// … the lowest score that matches (e.g. 85).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(maximum = 65535))]
    pub at_least: Option<u16>,
    /// The mark in the home school's scale («5», «зачтено»).
    pub result: String,
}

/// How results in the provider's form become marks in the home school's form; used by
/// credit transfer (PRODUCT.md §3.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GradeMapping {
    pub source: AssessmentForm,
    pub target: AssessmentForm,
    pub steps: Vec<MappingStep>,
}

impl GradeMapping {
    /// The home mark for a provider's result, if a step matches. Thresholds are tried
    /// from the highest down.
    pub fn map(&self, value: &str) -> Option<&str> {
        if let Some(s) = self
            .steps
            .iter()
            .find(|s| s.equals.as_deref() == Some(value))
        {
            return Some(&s.result);
        }
        let score: u16 = value.trim().parse().ok()?;
        let mut thresholds: Vec<&MappingStep> =
            self.steps.iter().filter(|s| s.at_least.is_some()).collect();
        thresholds.sort_by_key(|s| std::cmp::Reverse(s.at_least));
        thresholds
            .into_iter()
            .find(|s| s.at_least.is_some_and(|t| score >= t))
            .map(|s| s.result.as_str())
    }
}

/// The content of an agreement: what the parties sign. Field order is the canonical
/// order of the hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementContent {
    pub number: String,
    pub date: NaiveDate,
    pub kind: AgreementKind,
    pub network_id: Option<uuid::Uuid>,
    /// The base organization (where the students are enrolled).
    pub base_organization: OrganizationId,
    pub participants: Vec<OrganizationId>,
    /// Item 1: programmes covered, and their type, level and focus in words.
    pub programmes: Vec<uuid::Uuid>,
    pub programme_description: String,
    /// Item 2: status of the students and admission rules.
    pub student_status: String,
    pub admission_rules: String,
    /// Item 3: conditions and order of the work, duties and resources of each party.
    pub conditions: String,
    pub obligations: Vec<PartyObligation>,
    /// Item 4: documents issued on completion.
    pub completion_documents: Vec<CompletionDocument>,
    /// Item 5: term, change and termination.
    pub valid_from: NaiveDate,
    pub valid_to: NaiveDate,
    pub change_procedure: String,
    pub termination_procedure: String,
    pub grade_mappings: Vec<GradeMapping>,
}

impl AgreementContent {
    /// Every party: the base organization and the participants, without repeats.
    pub fn parties(&self) -> Vec<OrganizationId> {
        let mut p = vec![self.base_organization];
        for o in &self.participants {
            if !p.contains(o) {
                p.push(*o);
            }
        }
        p
    }

    /// The same content with list order normalised, so that reordering participants or
    /// programmes does not change what was signed.
    pub fn canonical(&self) -> Self {
        let mut c = self.clone();
        c.participants.sort();
        c.participants.dedup();
        c.participants.retain(|p| *p != c.base_organization);
        c.programmes.sort();
        c.programmes.dedup();
        c.obligations.sort_by_key(|o| o.organization);
        c.completion_documents
            .sort_by(|a, b| (a.issued_by, &a.document).cmp(&(b.issued_by, &b.document)));
        c
    }

    /// The canonical JSON of the content: lists in canonical order, fields in declaration
    /// order. Fields added after the first signed agreements ([`HASHED_FIELDS`]) carry
    /// `#[serde(default, skip_serializing_if = …)]`, so they appear only with a value and
    /// content written before they existed keeps its hash (a test holds every new field
    /// to it).
    pub fn canonical_json(&self) -> Vec<u8> {
        serde_json::to_vec(&self.canonical()).unwrap_or_default()
    }

    /// SHA-256 (hex) of the canonical JSON of the content: what a signature certifies.
    pub fn content_hash(&self) -> String {
        format!("{:x}", Sha256::digest(self.canonical_json()))
    }
}

/// The fields of the first hashed form of the content, always part of the hash. A field
/// added later joins the hash only when it has a value (see
/// [`AgreementContent::canonical_json`]); never add a name here.
#[cfg_attr(not(test), allow(dead_code))]
pub const HASHED_FIELDS: [&str; 18] = [
    "number",
    "date",
    "kind",
    "network_id",
    "base_organization",
    "participants",
    "programmes",
    "programme_description",
    "student_status",
    "admission_rules",
    "conditions",
    "obligations",
    "completion_documents",
    "valid_from",
    "valid_to",
    "change_procedure",
    "termination_procedure",
    "grade_mappings",
];

/// A problem with the content of an agreement that blocks sending it for signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentProblem {
    Missing(&'static str),
    /// The term ends before it starts.
    Term,
    /// A duty, resource or document names an organization that is not a party.
    NotAParty(&'static str),
    /// A network-programme agreement must name a programme.
    NoProgramme,
    /// A participant is needed besides the base organization.
    NoParticipant,
    /// A mapping step needs exactly one of `equals` and `at_least`.
    MappingStep,
}

impl ContentProblem {
    pub fn field(&self) -> &'static str {
        match self {
            Self::Missing(f) | Self::NotAParty(f) => f,
            Self::Term => "valid_to",
            Self::NoProgramme => "programme_ids",
            Self::NoParticipant => "participant_ids",
            Self::MappingStep => "grade_mappings",
        }
    }
}

/// Checks that the content states what the law requires before it goes to signature.
pub fn check_content(c: &AgreementContent) -> Vec<ContentProblem> {
    let mut out = Vec::new();
    for (field, value) in [
        ("number", &c.number),
        ("student_status", &c.student_status),
        ("admission_rules", &c.admission_rules),
        ("conditions", &c.conditions),
        ("change_procedure", &c.change_procedure),
        ("termination_procedure", &c.termination_procedure),
    ] {
        if value.trim().is_empty() {
            out.push(ContentProblem::Missing(field));
        }
    }
    if c.valid_to < c.valid_from {
        out.push(ContentProblem::Term);
    }
    let parties = c.parties();
    if parties.len() < 2 {
        out.push(ContentProblem::NoParticipant);
    }
    if c.kind == AgreementKind::NetworkProgramme {
        if c.programmes.is_empty() {
            out.push(ContentProblem::NoProgramme);
        }
        if c.completion_documents.is_empty() {
            out.push(ContentProblem::Missing("completion_documents"));
        }
    }
    if c.obligations.is_empty() {
        out.push(ContentProblem::Missing("obligations"));
    }
    if c.obligations
        .iter()
        .any(|o| !parties.contains(&o.organization))
    {
        out.push(ContentProblem::NotAParty("obligations"));
    }
    if c.completion_documents
        .iter()
        .any(|d| !parties.contains(&d.issued_by))
    {
        out.push(ContentProblem::NotAParty("completion_documents"));
    }
    let bad_step = c
        .grade_mappings
        .iter()
        .flat_map(|m| &m.steps)
        .any(|s| s.equals.is_some() == s.at_least.is_some());
    if bad_step {
        out.push(ContentProblem::MappingStep);
    }
    out
}

#[cfg(test)]
mod tests;
