//! A student's record as the home school keeps it: name, date of birth, class, external
//! id, the parents' consent and whether the student still attends the school.

use wire::student::Student;
use yew::prelude::*;

use super::format::{class_name, full_name};
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct RecordProps {
    pub student: Student,
    /// The home school's short name.
    pub school: String,
}

#[function_component(StudentRecordCard)]
pub fn student_record_card(p: &RecordProps) -> Html {
    let i18n = use_i18n();
    let s = &p.student;
    let row = |term: String, value: Html, testid: &'static str| {
        html! {
            <div class="pf-v6-c-description-list__group">
                <dt class="pf-v6-c-description-list__term"><span class="pf-v6-c-description-list__text">{ term }</span></dt>
                <dd class="pf-v6-c-description-list__description">
                    <div class="pf-v6-c-description-list__text" data-testid={testid}>{ value }</div>
                </dd>
            </div>
        }
    };
    let consent = match &s.consent {
        Some(c) => html! {
            { i18n.ta("stu-consent-of", &[("date", i18n.date(c.date).into()), ("document", c.document.clone().into())]) }
        },
        None => html! { <span class="setka-missing">{ i18n.t("stu-consent-missing") }</span> },
    };
    let status = if s.active {
        i18n.t("stu-status-active")
    } else {
        i18n.t("stu-status-inactive")
    };
    html! {
        <div class="pf-v6-c-card setka-card">
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("stu-record") }</h2></div>
            <div class="pf-v6-c-card__body">
                <dl class="pf-v6-c-description-list pf-m-2-col-on-lg pf-m-horizontal-on-md setka-dl" id="student-record">
                    { row(i18n.t("stu-full-name"), html! { full_name(&s.last_name, &s.first_name, s.patronymic.as_deref()) }, "student-name") }
                    { row(i18n.t("stu-birth-date"), html! { i18n.date(s.birth_date) }, "student-birth-date") }
                    { row(i18n.t("stu-class"), html! { class_name(s.grade, &s.class_letter) }, "student-class") }
                    { row(i18n.t("stu-school"), html! { p.school.clone() }, "student-school") }
                    { row(i18n.t("stu-external-id"), html! { s.external_id.clone().unwrap_or_else(|| "—".into()) }, "student-external-id") }
                    { row(i18n.t("stu-consent"), consent, "student-consent") }
                    { row(i18n.t("stu-status"), html! { status }, "student-status") }
                </dl>
            </div>
        </div>
    }
}
