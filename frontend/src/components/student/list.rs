//! The table of a school's students: name (a link to the student's page), class, date of
//! birth, the parents' consent and the external id.

use wire::student::Student;
use yew::prelude::*;

use super::format::{class_name, full_name};
use crate::app::Route;
use crate::components::{AppLink, Label};
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct StudentTableProps {
    pub items: Vec<Student>,
}

#[function_component(StudentTable)]
pub fn student_table(p: &StudentTableProps) -> Html {
    let i18n = use_i18n();
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" role="columnheader" scope="col">{ i18n.t(key) }</th> };
    let (l_name, l_class, l_birth, l_consent, l_ext) = (
        i18n.t("stu-col-name"),
        i18n.t("stu-col-class"),
        i18n.t("stu-col-birth"),
        i18n.t("stu-col-consent"),
        i18n.t("stu-col-external-id"),
    );
    let row = |s: &Student| {
        let consent = match &s.consent {
            Some(c) => html! { <span class="setka-nowrap">{ i18n.date(c.date) }</span> },
            None => html! { <span class="setka-missing">{ i18n.t("stu-consent-none") }</span> },
        };
        html! {
            <tr class="pf-v6-c-table__tr" role="row" key={s.id.to_string()}
                data-testid={format!("students-row-{}", s.id)} data-id={s.id.to_string()}>
                <td class="pf-v6-c-table__td" role="cell" data-label={l_name.clone()}>
                    <AppLink to={Route::Student { id: s.id }} class="setka-strong">
                        { full_name(&s.last_name, &s.first_name, s.patronymic.as_deref()) }
                    </AppLink>
                    if !s.active {
                        {" "}<Label text={i18n.t("stu-inactive")} />
                    }
                </td>
                <td class="pf-v6-c-table__td setka-nowrap" role="cell" data-label={l_class.clone()}>
                    { class_name(s.grade, &s.class_letter) }
                </td>
                <td class="pf-v6-c-table__td setka-nowrap" role="cell" data-label={l_birth.clone()}>
                    { i18n.date(s.birth_date) }
                </td>
                <td class="pf-v6-c-table__td" role="cell" data-label={l_consent.clone()}>{ consent }</td>
                <td class="pf-v6-c-table__td setka-mono" role="cell" data-label={l_ext.clone()}>
                    { s.external_id.clone().unwrap_or_else(|| "—".into()) }
                </td>
            </tr>
        }
    };
    html! {
        <table class="pf-v6-c-table pf-m-grid-md pf-m-compact setka-table" role="grid"
               aria-label={i18n.t("stu-title")} id="students-table" data-testid="students-table">
            <thead class="pf-v6-c-table__thead pf-m-nowrap">
                <tr class="pf-v6-c-table__tr" role="row">
                    { th("stu-col-name") }{ th("stu-col-class") }{ th("stu-col-birth") }
                    { th("stu-col-consent") }{ th("stu-col-external-id") }
                </tr>
            </thead>
            <tbody class="pf-v6-c-table__tbody" role="rowgroup">
                { for p.items.iter().map(row) }
            </tbody>
        </table>
    }
}
