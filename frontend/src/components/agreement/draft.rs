//! The agreement editor's state: text as typed and rows as added, converted to
//! [`AgreementInput`] on save. Rows left entirely empty are dropped, not sent.

use chrono::{Datelike, NaiveDate};
use domain::OrganizationId;
use domain::agreement::{
    AgreementKind, CompletionDocument, GradeMapping, MappingStep, PartyObligation, ResourceUse,
};
use domain::programme::AssessmentForm;
use uuid::Uuid;
use wire::agreement::{Agreement, AgreementInput};
use wire::network::Network;

use crate::i18n::enums::{parse_wire, wire_name};

/// Fields the form shows in place; other field errors go to the alert on top.
pub const FIELDS: &[&str] = &[
    "number",
    "date",
    "kind",
    "base_organization_id",
    "participant_ids",
    "programme_ids",
    "valid_from",
    "valid_to",
    "obligations",
    "completion_documents",
    "grade_mappings",
];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResourceDraft {
    pub kind: String,
    pub volume: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObligationDraft {
    pub organization: String,
    pub duties: String,
    pub resources: Vec<ResourceDraft>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentDraft {
    pub document: String,
    pub issued_by: String,
}

/// A step matches a value exactly or a score from a threshold up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StepMode {
    #[default]
    Equals,
    AtLeast,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepDraft {
    pub mode: StepMode,
    pub value: String,
    pub result: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MappingDraft {
    pub source: String,
    pub target: String,
    pub steps: Vec<StepDraft>,
}

impl Default for MappingDraft {
    fn default() -> Self {
        MappingDraft {
            source: wire_name(&AssessmentForm::Score100),
            target: wire_name(&AssessmentForm::Grade5),
            steps: vec![StepDraft::default()],
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AgrDraft {
    pub number: String,
    pub date: String,
    pub kind: String,
    pub base: String,
    pub participants: Vec<Uuid>,
    pub programmes: Vec<Uuid>,
    pub programme_description: String,
    pub student_status: String,
    pub admission_rules: String,
    pub conditions: String,
    pub obligations: Vec<ObligationDraft>,
    pub documents: Vec<DocumentDraft>,
    pub valid_from: String,
    pub valid_to: String,
    pub change_procedure: String,
    pub termination_procedure: String,
    pub mappings: Vec<MappingDraft>,
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The school year (1 September – 31 August) that contains `day`.
pub fn school_year(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start = if day.month() >= 9 {
        day.year()
    } else {
        day.year() - 1
    };
    (
        NaiveDate::from_ymd_opt(start, 9, 1).unwrap_or(day),
        NaiveDate::from_ymd_opt(start + 1, 8, 31).unwrap_or(day),
    )
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

impl AgrDraft {
    /// A new agreement in `n`: today's date, the term of the network's current school
    /// year within its period, and `base` when the drafter may only choose its own school.
    pub fn new(n: &Network, base: Option<Uuid>, today: NaiveDate) -> Self {
        let (mut from, mut to) = school_year(today.max(n.period_from));
        from = from.max(n.period_from);
        if let Some(end) = n.period_to {
            to = to.min(end);
        }
        AgrDraft {
            number: String::new(),
            date: today.to_string(),
            kind: wire_name(&AgreementKind::NetworkProgramme),
            base: base.map(|b| b.to_string()).unwrap_or_default(),
            participants: Vec::new(),
            programmes: Vec::new(),
            programme_description: String::new(),
            student_status: String::new(),
            admission_rules: String::new(),
            conditions: String::new(),
            obligations: Vec::new(),
            documents: Vec::new(),
            valid_from: from.to_string(),
            valid_to: to.to_string(),
            change_procedure: String::new(),
            termination_procedure: String::new(),
            mappings: Vec::new(),
        }
    }

    pub fn from_agreement(a: &Agreement) -> Self {
        let c = &a.content;
        AgrDraft {
            number: c.number.clone(),
            date: c.date.to_string(),
            kind: wire_name(&c.kind),
            base: c.base_organization_id.to_string(),
            participants: c.participant_ids.clone(),
            programmes: c.programme_ids.clone(),
            programme_description: c.programme_description.clone(),
            student_status: c.student_status.clone(),
            admission_rules: c.admission_rules.clone(),
            conditions: c.conditions.clone(),
            obligations: c
                .obligations
                .iter()
                .map(|o| ObligationDraft {
                    organization: o.organization.as_uuid().to_string(),
                    duties: o.duties.clone(),
                    resources: o
                        .resources
                        .iter()
                        .map(|r| ResourceDraft {
                            kind: r.kind.clone(),
                            volume: r.volume.clone(),
                        })
                        .collect(),
                })
                .collect(),
            documents: c
                .completion_documents
                .iter()
                .map(|d| DocumentDraft {
                    document: d.document.clone(),
                    issued_by: d.issued_by.as_uuid().to_string(),
                })
                .collect(),
            valid_from: c.valid_from.to_string(),
            valid_to: c.valid_to.to_string(),
            change_procedure: c.change_procedure.clone(),
            termination_procedure: c.termination_procedure.clone(),
            mappings: c
                .grade_mappings
                .iter()
                .map(|m| MappingDraft {
                    source: wire_name(&m.source),
                    target: wire_name(&m.target),
                    steps: m
                        .steps
                        .iter()
                        .map(|s| match (&s.equals, s.at_least) {
                            (_, Some(t)) => StepDraft {
                                mode: StepMode::AtLeast,
                                value: t.to_string(),
                                result: s.result.clone(),
                            },
                            (v, None) => StepDraft {
                                mode: StepMode::Equals,
                                value: v.clone().unwrap_or_default(),
                                result: s.result.clone(),
                            },
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Every party: the base organization and the participants, without repeats.
    pub fn parties(&self) -> Vec<Uuid> {
        let mut out: Vec<Uuid> = self.base.parse().ok().into_iter().collect();
        for p in &self.participants {
            if !out.contains(p) {
                out.push(*p);
            }
        }
        out
    }

    /// The base changes: it is no longer a participant too.
    pub fn set_base(&mut self, base: String) {
        self.base = base;
        if let Ok(b) = self.base.parse::<Uuid>() {
            self.participants.retain(|p| *p != b);
        }
    }

    /// The request body, or the fields that cannot be sent as they are, named like the
    /// form's ids (`obligations.0.organization`). What the law requires is checked by the
    /// server when the draft is sent for signature, not here: a draft may be incomplete.
    pub fn input(&self) -> Result<AgreementInput, Vec<String>> {
        let mut bad: Vec<String> = Vec::new();
        let mut check = |ok: bool, field: String| {
            if !ok {
                bad.push(field);
            }
        };
        let kind = parse_wire::<AgreementKind>(&self.kind);
        let base = self.base.parse::<Uuid>().ok();
        let (day, from, to) = (
            date(&self.date),
            date(&self.valid_from),
            date(&self.valid_to),
        );
        check(kind.is_some(), "kind".into());
        check(base.is_some(), "base_organization_id".into());
        check(day.is_some(), "date".into());
        check(from.is_some(), "valid_from".into());
        check(to.is_some(), "valid_to".into());

        let mut obligations = Vec::new();
        for (i, o) in self.obligations.iter().enumerate() {
            let resources: Vec<ResourceUse> = o
                .resources
                .iter()
                .filter(|r| !blank(&r.kind) || !blank(&r.volume))
                .map(|r| ResourceUse {
                    kind: r.kind.trim().to_owned(),
                    volume: r.volume.trim().to_owned(),
                })
                .collect();
            if blank(&o.organization) && blank(&o.duties) && resources.is_empty() {
                continue;
            }
            let org = o.organization.parse::<Uuid>().ok();
            check(org.is_some(), format!("obligations.{i}.organization"));
            check(!blank(&o.duties), format!("obligations.{i}.duties"));
            for (j, r) in resources.iter().enumerate() {
                check(
                    !r.kind.is_empty(),
                    format!("obligations.{i}.resources.{j}.kind"),
                );
            }
            if let Some(org) = org {
                obligations.push(PartyObligation {
                    organization: OrganizationId(org),
                    duties: o.duties.trim().to_owned(),
                    resources,
                });
            }
        }
        let mut documents = Vec::new();
        for (i, d) in self.documents.iter().enumerate() {
            if blank(&d.document) && blank(&d.issued_by) {
                continue;
            }
            let by = d.issued_by.parse::<Uuid>().ok();
            check(
                !blank(&d.document),
                format!("completion_documents.{i}.document"),
            );
            check(by.is_some(), format!("completion_documents.{i}.issued_by"));
            if let Some(by) = by {
                documents.push(CompletionDocument {
                    document: d.document.trim().to_owned(),
                    issued_by: OrganizationId(by),
                });
            }
        }
        let mut mappings = Vec::new();
        for (i, m) in self.mappings.iter().enumerate() {
            let source = parse_wire::<AssessmentForm>(&m.source);
            let target = parse_wire::<AssessmentForm>(&m.target);
            check(source.is_some(), format!("grade_mappings.{i}.source"));
            check(target.is_some(), format!("grade_mappings.{i}.target"));
            let mut steps = Vec::new();
            for (j, s) in m.steps.iter().enumerate() {
                if blank(&s.value) && blank(&s.result) {
                    continue;
                }
                let field = |f: &str| format!("grade_mappings.{i}.steps.{j}.{f}");
                check(!blank(&s.result), field("result"));
                let step = match s.mode {
                    StepMode::Equals => {
                        check(!blank(&s.value), field("value"));
                        MappingStep {
                            equals: Some(s.value.trim().to_owned()),
                            at_least: None,
                            result: s.result.trim().to_owned(),
                        }
                    }
                    StepMode::AtLeast => {
                        let t = s.value.trim().parse::<u16>().ok();
                        check(t.is_some(), field("value"));
                        MappingStep {
                            equals: None,
                            at_least: t,
                            result: s.result.trim().to_owned(),
                        }
                    }
                };
                steps.push(step);
            }
            if let (Some(source), Some(target)) = (source, target) {
                mappings.push(GradeMapping {
                    source,
                    target,
                    steps,
                });
            }
        }

        match (kind, base, day, from, to) {
            (Some(kind), Some(base), Some(day), Some(from), Some(to)) if bad.is_empty() => {
                Ok(AgreementInput {
                    number: self.number.trim().to_owned(),
                    date: day,
                    kind,
                    base_organization_id: base,
                    participant_ids: self
                        .participants
                        .iter()
                        .copied()
                        .filter(|p| *p != base)
                        .collect(),
                    programme_ids: self.programmes.clone(),
                    programme_description: self.programme_description.trim().to_owned(),
                    student_status: self.student_status.trim().to_owned(),
                    admission_rules: self.admission_rules.trim().to_owned(),
                    conditions: self.conditions.trim().to_owned(),
                    obligations,
                    completion_documents: documents,
                    valid_from: from,
                    valid_to: to,
                    change_procedure: self.change_procedure.trim().to_owned(),
                    termination_procedure: self.termination_procedure.trim().to_owned(),
                    grade_mappings: mappings,
                })
            }
            _ => Err(bad),
        }
    }
}

#[cfg(test)]
mod tests;
