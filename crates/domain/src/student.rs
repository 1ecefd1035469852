//! Students (обучающиеся) of a home school (PRODUCT.md §3.5): only what network learning
//! needs — names, date of birth, grade and class, an external id and the record of the
//! parents' consent. Nothing else is kept (152-ФЗ minimisation): no SNILS, no address, no
//! contacts, no health data.

use chrono::{Datelike, NaiveDate};

use crate::grade::{Grade, GradeError};
use crate::person::PersonName;
use crate::text::{TextError, clean_name};

/// The youngest and oldest age (in whole years, on the day of entry) of a pupil of
/// general education: first graders are six or seven, some leave school at nineteen.
pub const AGE_MIN: i32 = 5;
pub const AGE_MAX: i32 = 21;
/// At most this many characters in a class letter («А», «Б», «1», «ИТ»).
pub const CLASS_LETTER_MAX: usize = 3;
/// At most this many characters in the number of a consent document.
pub const CONSENT_DOCUMENT_MAX: usize = 100;

/// The parents' (legal representatives') written consent to network learning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub on: NaiveDate,
    pub document: String,
}

/// A problem with one field of a student record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StudentProblem {
    Name {
        field: &'static str,
        error: TextError,
    },
    Grade(GradeError),
    /// Not one to three letters or digits.
    ClassLetter,
    /// The age on the day of entry is outside [`AGE_MIN`]–[`AGE_MAX`].
    BirthDate {
        age: i32,
    },
    /// A consent dated after today.
    ConsentInFuture,
    ConsentDocument(TextError),
}

impl StudentProblem {
    pub fn field(&self) -> &'static str {
        match self {
            Self::Name { field, .. } => field,
            Self::Grade(_) => "grade",
            Self::ClassLetter => "class_letter",
            Self::BirthDate { .. } => "birth_date",
            Self::ConsentInFuture => "consent_date",
            Self::ConsentDocument(_) => "consent_document",
        }
    }
}

/// Raw student values as entered.
#[derive(Debug, Clone, Copy)]
pub struct StudentInput<'a> {
    pub last_name: &'a str,
    pub first_name: &'a str,
    pub patronymic: Option<&'a str>,
    pub birth_date: NaiveDate,
    pub grade: i64,
    pub class_letter: &'a str,
    /// The consent's date and document number, when the school has it.
    pub consent: Option<(NaiveDate, &'a str)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedStudent {
    pub name: PersonName,
    pub birth_date: NaiveDate,
    pub grade: Grade,
    pub class_letter: String,
    pub consent: Option<Consent>,
}

/// Whole years between `birth` and `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// A class letter in upper case: «а» → «А», « 10б» is not a letter (the grade is separate).
pub fn parse_class_letter(raw: &str) -> Option<String> {
    let s = raw.trim();
    let n = s.chars().count();
    let ok = (1..=CLASS_LETTER_MAX).contains(&n) && s.chars().all(char::is_alphanumeric);
    ok.then(|| s.to_uppercase())
}

/// Checks a student record entered on `today`; problems come back per field.
pub fn check_student(
    input: &StudentInput<'_>,
    today: NaiveDate,
) -> Result<CheckedStudent, Vec<StudentProblem>> {
    let mut problems = Vec::new();
    let name = PersonName::parse(input.last_name, input.first_name, input.patronymic)
        .map_err(|errs| {
            problems.extend(
                errs.into_iter()
                    .map(|(field, error)| StudentProblem::Name { field, error }),
            )
        })
        .ok();
    let grade = Grade::new(input.grade)
        .map_err(|e| problems.push(StudentProblem::Grade(e)))
        .ok();
    let class_letter = parse_class_letter(input.class_letter);
    if class_letter.is_none() {
        problems.push(StudentProblem::ClassLetter);
    }
    let age = age_on(input.birth_date, today);
    if !(AGE_MIN..=AGE_MAX).contains(&age) {
        problems.push(StudentProblem::BirthDate { age });
    }
    let consent = match input.consent {
        None => None,
        Some((on, document)) => {
            if on > today {
                problems.push(StudentProblem::ConsentInFuture);
            }
            clean_name(document, CONSENT_DOCUMENT_MAX)
                .map_err(|e| problems.push(StudentProblem::ConsentDocument(e)))
                .ok()
                .map(|document| Consent { on, document })
        }
    };
    match (name, grade, class_letter) {
        (Some(name), Some(grade), Some(class_letter)) if problems.is_empty() => {
            Ok(CheckedStudent {
                name,
                birth_date: input.birth_date,
                grade,
                class_letter,
                consent,
            })
        }
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    fn input() -> StudentInput<'static> {
        StudentInput {
            last_name: "Иванова",
            first_name: "Мария",
            patronymic: Some("Петровна"),
            birth_date: d(2012, 3, 14),
            grade: 8,
            class_letter: "б",
            consent: Some((d(2026, 8, 28), "№ 17")),
        }
    }

    #[test]
    fn a_record_is_cleaned() {
        let s = check_student(&input(), d(2026, 9, 1)).expect("valid");
        assert_eq!(s.class_letter, "Б");
        assert_eq!(s.grade.value(), 8);
        assert_eq!(s.name.full(), "Иванова Мария Петровна");
        assert_eq!(s.consent.map(|c| c.document), Some("№ 17".to_owned()));
    }

    #[test]
    fn age_counts_whole_years() {
        assert_eq!(age_on(d(2012, 3, 14), d(2026, 3, 13)), 13);
        assert_eq!(age_on(d(2012, 3, 14), d(2026, 3, 14)), 14);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let bad = StudentInput {
            last_name: " ",
            grade: 12,
            class_letter: "8-А",
            birth_date: d(2024, 1, 1),
            consent: Some((d(2026, 9, 2), "1")),
            ..input()
        };
        let fields: Vec<_> = check_student(&bad, d(2026, 9, 1))
            .expect_err("invalid")
            .iter()
            .map(StudentProblem::field)
            .collect();
        assert_eq!(
            fields,
            [
                "last_name",
                "grade",
                "class_letter",
                "birth_date",
                "consent_date"
            ]
        );
    }

    #[test]
    fn class_letters() {
        assert_eq!(parse_class_letter(" а "), Some("А".into()));
        assert_eq!(parse_class_letter("ит"), Some("ИТ".into()));
        assert_eq!(parse_class_letter(""), None);
        assert_eq!(parse_class_letter("АБВГ"), None);
        assert_eq!(parse_class_letter("А Б"), None);
    }
}
