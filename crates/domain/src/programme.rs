//! Network programmes (PRODUCT.md §3.4, first half).

use serde::{Deserialize, Serialize};

use crate::grade::{GradeError, GradeRange};
use crate::text::{TextError, clean_name, clean_optional};

/// Level of general education (or additional education).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EducationLevel {
    /// Начальное общее образование.
    #[serde(rename = "НОО")]
    Noo,
    /// Основное общее образование.
    #[serde(rename = "ООО")]
    Ooo,
    /// Среднее общее образование.
    #[serde(rename = "СОО")]
    Soo,
    /// Дополнительное образование.
    #[serde(rename = "ДО")]
    Do,
}

impl EducationLevel {
    /// The grades a level spans (ДО spans all).
    pub fn grades(&self) -> (u8, u8) {
        match self {
            Self::Noo => (1, 4),
            Self::Ooo => (5, 9),
            Self::Soo => (10, 11),
            Self::Do => (1, 11),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMode {
    InPerson,
    Distance,
    Blended,
}

/// How a programme assesses: the provider's scale, mapped to the home school's by the
/// agreement's grade-mapping rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AssessmentForm {
    /// зачтено / не зачтено
    PassFail,
    /// 2–5
    Grade5,
    /// 0–100 points
    Score100,
    /// levels (базовый, повышенный, высокий …)
    Levels,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProgrammeStatus {
    Draft,
    Approved,
    Archived,
}

/// A problem with one field of a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgrammeProblem {
    Text {
        field: &'static str,
        error: TextError,
    },
    Grades(GradeError),
    /// The grades do not belong to the level (e.g. grade 11 in ООО).
    GradesOutsideLevel,
    TotalHours,
    HoursPerWeek,
    /// More hours per week than the programme has in total.
    WeeklyExceedsTotal,
}

impl ProgrammeProblem {
    pub fn field(&self) -> &'static str {
        match self {
            Self::Text { field, .. } => field,
            Self::Grades(_) | Self::GradesOutsideLevel => "grades",
            Self::TotalHours => "total_hours",
            Self::HoursPerWeek | Self::WeeklyExceedsTotal => "hours_per_week",
        }
    }
}

/// Raw programme values as entered.
#[derive(Debug, Clone)]
pub struct ProgrammeInput<'a> {
    pub code: &'a str,
    pub title: &'a str,
    pub subject_area: &'a str,
    pub module: Option<&'a str>,
    pub level: EducationLevel,
    pub grade_from: i64,
    pub grade_to: i64,
    pub total_hours: i64,
    pub hours_per_week: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CheckedProgramme {
    pub code: String,
    pub title: String,
    pub subject_area: String,
    pub module: Option<String>,
    pub grades: GradeRange,
    pub total_hours: u32,
    /// Tenths of an hour (0.5 h a week is common for modules).
    pub hours_per_week_tenths: u32,
}

/// Checks a programme, reporting every problem at once.
pub fn check_programme(p: &ProgrammeInput<'_>) -> Result<CheckedProgramme, Vec<ProgrammeProblem>> {
    let mut problems = Vec::new();
    let module = clean_optional(p.module, 200)
        .map_err(|error| {
            problems.push(ProgrammeProblem::Text {
                field: "module",
                error,
            })
        })
        .ok()
        .flatten();
    let mut text = |field: &'static str, r: Result<String, TextError>| {
        r.map_err(|error| problems.push(ProgrammeProblem::Text { field, error }))
            .ok()
    };
    let code = text("code", clean_name(p.code, 50));
    let title = text("title", clean_name(p.title, 300));
    let subject_area = text("subject_area", clean_name(p.subject_area, 200));
    let grades = GradeRange::parse(p.grade_from, p.grade_to)
        .map_err(|e| problems.push(ProgrammeProblem::Grades(e)))
        .ok();
    if let Some(g) = grades {
        let (lo, hi) = p.level.grades();
        if g.from().value() < lo || g.to().value() > hi {
            problems.push(ProgrammeProblem::GradesOutsideLevel);
        }
    }
    let total = u32::try_from(p.total_hours)
        .ok()
        .filter(|h| (1..=2000).contains(h));
    if total.is_none() {
        problems.push(ProgrammeProblem::TotalHours);
    }
    let weekly =
        (p.hours_per_week.is_finite() && p.hours_per_week > 0.0 && p.hours_per_week <= 40.0)
            .then(|| (p.hours_per_week * 10.0).round() as u32);
    match (weekly, total) {
        (None, _) => problems.push(ProgrammeProblem::HoursPerWeek),
        (Some(w), Some(t)) if w > t * 10 => problems.push(ProgrammeProblem::WeeklyExceedsTotal),
        _ => {}
    }
    match (code, title, subject_area, grades, total, weekly) {
        (Some(code), Some(title), Some(subject_area), Some(grades), Some(total_hours), Some(w))
            if problems.is_empty() =>
        {
            Ok(CheckedProgramme {
                code,
                title,
                subject_area,
                module,
                grades,
                total_hours,
                hours_per_week_tenths: w,
            })
        }
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn robotics() -> ProgrammeInput<'static> {
        ProgrammeInput {
            code: "ТЕХ-РОБ-5",
            title: "Технология",
            subject_area: "Технология",
            module: Some("Робототехника"),
            level: EducationLevel::Ooo,
            grade_from: 5,
            grade_to: 8,
            total_hours: 34,
            hours_per_week: 1.0,
        }
    }

    #[test]
    fn the_seed_module_is_valid() {
        let c = check_programme(&robotics()).unwrap();
        assert_eq!(c.module.as_deref(), Some("Робототехника"));
        assert_eq!(c.hours_per_week_tenths, 10);
    }

    #[test]
    fn grades_must_fit_the_level() {
        let p = ProgrammeInput {
            grade_to: 11,
            ..robotics()
        };
        assert_eq!(
            check_programme(&p).unwrap_err(),
            vec![ProgrammeProblem::GradesOutsideLevel]
        );
        let p = ProgrammeInput {
            level: EducationLevel::Do,
            grade_to: 11,
            ..robotics()
        };
        assert!(check_programme(&p).is_ok());
    }

    #[test]
    fn hours() {
        let p = ProgrammeInput {
            total_hours: 0,
            hours_per_week: 0.0,
            ..robotics()
        };
        let fields: Vec<_> = check_programme(&p)
            .unwrap_err()
            .iter()
            .map(|e| e.field())
            .collect();
        assert_eq!(fields, ["total_hours", "hours_per_week"]);
        let p = ProgrammeInput {
            total_hours: 2,
            hours_per_week: 3.0,
            ..robotics()
        };
        assert_eq!(
            check_programme(&p).unwrap_err(),
            vec![ProgrammeProblem::WeeklyExceedsTotal]
        );
    }

    #[test]
    fn levels_serialize_in_russian() {
        assert_eq!(
            serde_json::to_string(&EducationLevel::Soo).unwrap(),
            "\"СОО\""
        );
    }
}
