//! How a student's facts read: the name, the class («9Б»), hours in the user's language,
//! an enrolment's status as a coloured label, the school years of the ИУП and the name
//! of its PDF.

use chrono::NaiveDate;
use domain::AcademicYear;
use domain::calendar::year_of;
use domain::enrolment::{EnrolmentStatus, Hours};
use wire::error::Lang;
use yew::prelude::*;

use crate::components::Label;
use crate::hooks::I18n;
use crate::i18n::enums::enrolment_status_key;

/// «Иванова Мария Петровна».
pub fn full_name(last: &str, first: &str, patronymic: Option<&str>) -> String {
    match patronymic.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => format!("{last} {first} {p}"),
        None => format!("{last} {first}"),
    }
}

/// «9Б».
pub fn class_name(grade: u8, letter: &str) -> String {
    format!("{grade}{letter}")
}

fn domain_lang(lang: Lang) -> domain::enrolment::Lang {
    match lang {
        Lang::Ru => domain::enrolment::Lang::Ru,
        Lang::En => domain::enrolment::Lang::En,
    }
}

/// «34,5» in Russian, "34.5" in English.
pub fn hours(h: Hours, lang: Lang) -> String {
    h.format(domain_lang(lang))
}

/// Hours as the wire gives them (a number), written as [`hours`].
pub fn hours_f64(h: f64, lang: Lang) -> String {
    match Hours::from_f64(h) {
        Ok(h) => hours(h, lang),
        Err(_) => "—".to_owned(),
    }
}

/// The PatternFly colour of a status label.
pub fn status_color(s: EnrolmentStatus) -> Option<&'static str> {
    use EnrolmentStatus as S;
    match s {
        S::Requested => Some("pf-m-blue"),
        S::Waitlisted => Some("pf-m-orange"),
        S::Approved | S::Active => Some("pf-m-green"),
        S::Rejected => Some("pf-m-red"),
        S::Completed | S::Withdrawn => None,
    }
}

/// A status as a label.
pub fn status_label(i18n: &I18n, s: EnrolmentStatus) -> Html {
    html! { <Label text={i18n.t(enrolment_status_key(s))} color={status_color(s)} /> }
}

/// The years the ИУП offers: two before the current one, the current one and the next.
pub fn plan_years(today: NaiveDate) -> Vec<AcademicYear> {
    let Some(current) = year_of(today) else {
        return Vec::new();
    };
    let first = current.start_year().saturating_sub(2);
    (first..=current.start_year().saturating_add(1))
        .filter_map(|y| AcademicYear::starting(y).ok())
        .collect()
}

/// `2026-2027`: how a year goes into a path and a file name.
pub fn year_param(y: AcademicYear) -> String {
    y.to_string().replace('/', "-")
}

/// «ИУП Иванова 2026-2027.pdf» (a slash cannot be in a file name).
pub fn plan_file_name(last_name: &str, y: AcademicYear) -> String {
    format!("ИУП {last_name} {}.pdf", year_param(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn names_and_classes() {
        assert_eq!(
            full_name("Иванова", "Мария", Some("Петровна")),
            "Иванова Мария Петровна"
        );
        assert_eq!(full_name("Smith", "Anna", Some(" ")), "Smith Anna");
        assert_eq!(full_name("Smith", "Anna", None), "Smith Anna");
        assert_eq!(class_name(9, "Б"), "9Б");
    }

    #[test]
    fn hours_read_in_the_users_language() {
        assert_eq!(hours_f64(34.5, Lang::Ru), "34,5");
        assert_eq!(hours_f64(34.5, Lang::En), "34.5");
        assert_eq!(hours_f64(2.0, Lang::Ru), "2");
        assert_eq!(hours_f64(-1.0, Lang::Ru), "—");
    }

    #[test]
    fn the_school_year_starts_in_september() {
        let years: Vec<String> = plan_years(d(2026, 9, 1))
            .into_iter()
            .map(|y| y.to_string())
            .collect();
        assert_eq!(years, ["2024/2025", "2025/2026", "2026/2027", "2027/2028"]);
        let before: Vec<String> = plan_years(d(2026, 8, 31))
            .into_iter()
            .map(|y| y.to_string())
            .collect();
        assert_eq!(before[2], "2025/2026");
        assert_eq!(
            year_of(d(2026, 8, 31)).map(year_param).as_deref(),
            Some("2025-2026")
        );
    }

    #[test]
    fn the_pdf_is_named_after_the_student_and_year() {
        let y = AcademicYear::parse("2026/2027").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plan_file_name("Иванова", y), "ИУП Иванова 2026-2027.pdf");
    }

    #[test]
    fn open_statuses_have_colours_to_tell_them_apart() {
        assert_eq!(
            status_color(EnrolmentStatus::Waitlisted),
            Some("pf-m-orange")
        );
        assert_eq!(status_color(EnrolmentStatus::Withdrawn), None);
    }
}
