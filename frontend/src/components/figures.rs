//! Yearly figures of an organization (students and teachers per academic year).

use uuid::Uuid;
use wire::figures::YearlyFigures;
use wire::routes;
use yew::prelude::*;

use crate::components::{ErrorAlert, Loading};
use crate::hooks::{Loadable, use_fetch, use_i18n};
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct FiguresSectionProps {
    pub org_id: Uuid,
}

#[function_component(FiguresSection)]
pub fn figures_section(p: &FiguresSectionProps) -> Html {
    let i18n = use_i18n();
    let fetch = use_fetch::<Vec<YearlyFigures>>(Some(routes::organization_figures(p.org_id)));
    let body = match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        // Nothing recorded for this organization (or no figures for this role).
        Loadable::Failed(ApiError::NotFound(_)) => return html! {},
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(rows) if rows.is_empty() => {
            html! { <p class="setka-muted">{ i18n.t("figures-empty") }</p> }
        }
        Loadable::Ready(rows) => {
            let mut rows = (**rows).clone();
            rows.sort_by(|a, b| b.academic_year.cmp(&a.academic_year));
            html! {
                <table class="pf-v6-c-table pf-m-compact setka-table" id="figures-table" aria-label={i18n.t("figures-title")}>
                    <thead class="pf-v6-c-table__thead pf-m-nowrap">
                        <tr class="pf-v6-c-table__tr">
                            <th class="pf-v6-c-table__th" scope="col">{ i18n.t("figures-year") }</th>
                            <th class="pf-v6-c-table__th pf-m-text-right" scope="col">{ i18n.t("figures-students") }</th>
                            <th class="pf-v6-c-table__th pf-m-text-right" scope="col">{ i18n.t("figures-teachers") }</th>
                        </tr>
                    </thead>
                    <tbody class="pf-v6-c-table__tbody">
                        { for rows.iter().map(|f| html! {
                            <tr class="pf-v6-c-table__tr" key={f.academic_year.clone()}>
                                <td class="pf-v6-c-table__td">{ &f.academic_year }</td>
                                <td class="pf-v6-c-table__td pf-m-text-right">{ f.students_total }</td>
                                <td class="pf-v6-c-table__td pf-m-text-right">{ f.teachers_total }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        }
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="figures">
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("figures-title") }</h2></div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}
