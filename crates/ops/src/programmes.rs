//! Programmes: domain checks plus "providers are members of the network".

use domain::access::NetworkFacts;
use domain::grade::GradeError;
use domain::organization::parse_external_id;
use domain::programme::{ProgrammeInput as DomainInput, ProgrammeProblem, check_programme};
use store::codec::decode;
use store::programmes::Programme as Model;
use store::programmes::ProgrammeData;
use wire::programme::{Programme, ProgrammeInput};

use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};
use crate::validate;

pub fn to_wire(m: &Model) -> OpResult<Programme> {
    Ok(Programme {
        id: m.id,
        network_id: m.network_id,
        code: m.code.clone(),
        title: m.title.clone(),
        subject_area: m.subject_area.clone(),
        module: m.module.clone(),
        level: decode("programmes.level", &m.level)?,
        grade_from: m.grade_from,
        grade_to: m.grade_to,
        total_hours: m.total_hours,
        hours_per_week: f64::from(m.hours_per_week_tenths) / 10.0,
        delivery_mode: decode("programmes.delivery_mode", &m.delivery_mode)?,
        assessment_form: decode("programmes.assessment_form", &m.assessment_form)?,
        provider_ids: m.providers.clone(),
        status: decode("programmes.status", &m.status)?,
        external_id: m.external_id.clone(),
        version: m.version,
    })
}

/// The request field a problem is about, and what to say of it. Grade problems name the
/// grade that is wrong, with the grades its level allows.
fn issue_of(p: &ProgrammeProblem, input: &ProgrammeInput) -> (&'static str, Issue) {
    let (lo, hi) = input.level.grades();
    let (lo, hi) = (i64::from(lo), i64::from(hi));
    let outside = |g: i32, min: i64, max: i64| !(min..=max).contains(&i64::from(g));
    let grade_field = |min: i64, max: i64| {
        if outside(input.grade_from, min, max) {
            "grade_from"
        } else {
            "grade_to"
        }
    };
    match p {
        ProgrammeProblem::Text { field, error } => (field, Issue::from(*error)),
        ProgrammeProblem::Grades(GradeError::OutOfRange) => {
            (grade_field(1, 11), Issue::OutOfRange { min: 1, max: 11 })
        }
        ProgrammeProblem::Grades(GradeError::Reversed) => ("grade_to", Issue::GradeRangeReversed),
        ProgrammeProblem::GradesOutsideLevel => {
            (grade_field(lo, hi), Issue::OutOfRange { min: lo, max: hi })
        }
        ProgrammeProblem::TotalHours => ("total_hours", Issue::OutOfRange { min: 1, max: 2000 }),
        ProgrammeProblem::HoursPerWeek | ProgrammeProblem::WeeklyExceedsTotal => {
            ("hours_per_week", Issue::Invalid)
        }
    }
}

/// Checks a programme of a network; providers must be members of it.
pub fn check(input: &ProgrammeInput, network: &NetworkFacts) -> OpResult<ProgrammeData> {
    let mut issues = match validate(input) {
        Ok(()) => Vec::new(),
        Err(OpError::Validation(v)) => v,
        Err(e) => return Err(e),
    };
    let raw = DomainInput {
        code: &input.code,
        title: &input.title,
        subject_area: &input.subject_area,
        module: input.module.as_deref(),
        level: input.level,
        grade_from: i64::from(input.grade_from),
        grade_to: i64::from(input.grade_to),
        total_hours: i64::from(input.total_hours),
        hours_per_week: input.hours_per_week,
    };
    let checked = check_programme(&raw)
        .map_err(|problems| {
            for p in &problems {
                let (field, issue) = issue_of(p, input);
                if !issues.iter().any(|i| i.field == field) {
                    issues.push(FieldIssue::new(field, issue));
                }
            }
        })
        .ok();
    if input
        .provider_ids
        .iter()
        .any(|p| !network.members.iter().any(|m| m.as_uuid() == *p))
    {
        issues.push(FieldIssue::new("provider_ids", Issue::UnknownReference));
    }
    let external_id = match input
        .external_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(e) => parse_external_id(e)
            .map_err(|e| issues.push(FieldIssue::new("external_id", Issue::from(e))))
            .ok(),
        None => None,
    };
    match checked {
        Some(checked) if issues.is_empty() => {
            let mut providers = input.provider_ids.clone();
            providers.sort();
            providers.dedup();
            Ok(ProgrammeData {
                checked,
                level: input.level,
                delivery_mode: input.delivery_mode,
                assessment_form: input.assessment_form,
                providers,
                status: input.status,
                external_id,
            })
        }
        _ => Err(OpError::Validation(issues)),
    }
}
