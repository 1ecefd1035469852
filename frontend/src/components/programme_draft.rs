//! The programme editor's state: text as typed, converted to [`ProgrammeInput`] on submit.

use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};
use uuid::Uuid;
use wire::programme::{Programme, ProgrammeInput};

use crate::i18n::enums::{parse_wire, wire_name};

/// Fields this form shows; field errors of other names go to the alert on top.
pub const FIELDS: &[&str] = &[
    "code",
    "title",
    "subject_area",
    "module",
    "level",
    "grades",
    "grade_from",
    "grade_to",
    "total_hours",
    "hours_per_week",
    "delivery_mode",
    "assessment_form",
    "provider_ids",
    "external_id",
];

#[derive(Clone, Debug, PartialEq)]
pub struct ProgDraft {
    pub code: String,
    pub title: String,
    pub subject_area: String,
    pub module: String,
    pub level: String,
    pub grade_from: String,
    pub grade_to: String,
    pub total_hours: String,
    pub hours_per_week: String,
    pub delivery_mode: String,
    pub assessment_form: String,
    pub provider_ids: Vec<Uuid>,
    pub status: String,
    pub external_id: String,
}

impl Default for ProgDraft {
    fn default() -> Self {
        ProgDraft {
            code: String::new(),
            title: String::new(),
            subject_area: String::new(),
            module: String::new(),
            level: wire_name(&EducationLevel::Ooo),
            grade_from: String::new(),
            grade_to: String::new(),
            total_hours: String::new(),
            hours_per_week: String::new(),
            delivery_mode: wire_name(&DeliveryMode::InPerson),
            assessment_form: wire_name(&AssessmentForm::Grade5),
            provider_ids: Vec::new(),
            status: wire_name(&ProgrammeStatus::Draft),
            external_id: String::new(),
        }
    }
}

/// Hours as Russian staff write them: `1,5` as well as `1.5`.
fn hours(s: &str) -> Option<f64> {
    s.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|h| h.is_finite())
}

/// `1.5` → `1,5`; whole hours without a fraction.
pub fn format_hours(h: f64) -> String {
    if h.fract() == 0.0 {
        format!("{h:.0}")
    } else {
        format!("{h}").replace('.', ",")
    }
}

fn optional(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl ProgDraft {
    pub fn from_programme(p: &Programme) -> Self {
        ProgDraft {
            code: p.code.clone(),
            title: p.title.clone(),
            subject_area: p.subject_area.clone(),
            module: p.module.clone().unwrap_or_default(),
            level: wire_name(&p.level),
            grade_from: p.grade_from.to_string(),
            grade_to: p.grade_to.to_string(),
            total_hours: p.total_hours.to_string(),
            hours_per_week: format_hours(p.hours_per_week),
            delivery_mode: wire_name(&p.delivery_mode),
            assessment_form: wire_name(&p.assessment_form),
            provider_ids: p.provider_ids.clone(),
            status: wire_name(&p.status),
            external_id: p.external_id.clone().unwrap_or_default(),
        }
    }

    /// Adds or removes a provider (a checkbox).
    pub fn toggle_provider(&mut self, id: Uuid, on: bool) {
        self.provider_ids.retain(|p| *p != id);
        if on {
            self.provider_ids.push(id);
        }
    }

    /// The request body, or the fields that cannot be sent as they are (numbers that are
    /// not numbers, no provider). Ranges and the level's grades are the server's to check.
    pub fn input(&self) -> Result<ProgrammeInput, Vec<&'static str>> {
        let level = parse_wire::<EducationLevel>(&self.level);
        let delivery = parse_wire::<DeliveryMode>(&self.delivery_mode);
        let assessment = parse_wire::<AssessmentForm>(&self.assessment_form);
        let status = parse_wire::<ProgrammeStatus>(&self.status);
        let from = self.grade_from.trim().parse::<i32>().ok();
        let to = self.grade_to.trim().parse::<i32>().ok();
        let total = self.total_hours.trim().parse::<i32>().ok();
        let weekly = hours(&self.hours_per_week);
        let checks = [
            (self.code.trim().is_empty(), "code"),
            (self.title.trim().is_empty(), "title"),
            (self.subject_area.trim().is_empty(), "subject_area"),
            (level.is_none(), "level"),
            (from.is_none(), "grade_from"),
            (to.is_none(), "grade_to"),
            (total.is_none(), "total_hours"),
            (weekly.is_none(), "hours_per_week"),
            (delivery.is_none(), "delivery_mode"),
            (assessment.is_none(), "assessment_form"),
            (self.provider_ids.is_empty(), "provider_ids"),
        ];
        let missing: Vec<&'static str> = checks
            .into_iter()
            .filter(|(bad, _)| *bad)
            .map(|(_, f)| f)
            .collect();
        match (level, from, to, total, weekly, delivery, assessment) {
            (
                Some(level),
                Some(grade_from),
                Some(grade_to),
                Some(total_hours),
                Some(w),
                Some(d),
                Some(a),
            ) if missing.is_empty() => Ok(ProgrammeInput {
                code: self.code.trim().to_owned(),
                title: self.title.trim().to_owned(),
                subject_area: self.subject_area.trim().to_owned(),
                module: optional(&self.module),
                level,
                grade_from,
                grade_to,
                total_hours,
                hours_per_week: w,
                delivery_mode: d,
                assessment_form: a,
                provider_ids: self.provider_ids.clone(),
                status: status.unwrap_or(ProgrammeStatus::Draft),
                external_id: optional(&self.external_id),
            }),
            _ => Err(missing),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn robotics() -> ProgDraft {
        ProgDraft {
            code: " ТЕХ-РОБ ".into(),
            title: "Технология".into(),
            subject_area: "Технология".into(),
            module: "Робототехника".into(),
            grade_from: "5".into(),
            grade_to: "8".into(),
            total_hours: "34".into(),
            hours_per_week: "0,5".into(),
            provider_ids: vec![Uuid::nil()],
            ..ProgDraft::default()
        }
    }

    #[test]
    fn a_filled_form_becomes_the_input() {
        let input = robotics().input().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.code, "ТЕХ-РОБ");
        assert_eq!(input.level, EducationLevel::Ooo);
        assert_eq!(input.hours_per_week, 0.5);
        assert_eq!(input.module.as_deref(), Some("Робототехника"));
        assert_eq!(input.external_id, None);
        assert_eq!(input.status, ProgrammeStatus::Draft);
    }

    #[test]
    fn what_cannot_be_sent_is_named() {
        let mut d = robotics();
        d.grade_to = "восьмой".into();
        d.hours_per_week = String::new();
        d.provider_ids.clear();
        d.code = "  ".into();
        assert_eq!(
            d.input(),
            Err(vec!["code", "grade_to", "hours_per_week", "provider_ids"])
        );
    }

    #[test]
    fn a_programme_round_trips_through_the_form() {
        let input = robotics().input().unwrap_or_else(|e| panic!("{e:?}"));
        let p = Programme {
            id: Uuid::nil(),
            network_id: Uuid::nil(),
            code: input.code.clone(),
            title: input.title.clone(),
            subject_area: input.subject_area.clone(),
            module: input.module.clone(),
            level: input.level,
            grade_from: input.grade_from,
            grade_to: input.grade_to,
            total_hours: input.total_hours,
            hours_per_week: input.hours_per_week,
            delivery_mode: input.delivery_mode,
            assessment_form: input.assessment_form,
            provider_ids: input.provider_ids.clone(),
            status: input.status,
            external_id: None,
            version: 3,
        };
        let d = ProgDraft::from_programme(&p);
        assert_eq!(d.hours_per_week, "0,5");
        assert_eq!(d.input(), Ok(input));
        assert_eq!(format_hours(2.0), "2");
    }

    #[test]
    fn providers_toggle() {
        let mut d = ProgDraft::default();
        d.toggle_provider(Uuid::from_u128(1), true);
        d.toggle_provider(Uuid::from_u128(2), true);
        d.toggle_provider(Uuid::from_u128(1), false);
        d.toggle_provider(Uuid::from_u128(2), true);
        assert_eq!(d.provider_ids, vec![Uuid::from_u128(2)]);
    }
}
