//! The schools with their school days, and the term and lesson differences as school ×
//! position tables, odd cells marked.

use chrono::NaiveTime;
use wire::calendar::{CalendarComparison, ComparedSchool, TermOf};
use yew::prelude::*;

use super::model::{Cell, Matrix, lesson_matrix, short_range, term_matrix};
use crate::app::Route;
use crate::components::AppLink;
use crate::components::group::slots::time_range;
use crate::hooks::use_i18n;

fn school_name(schools: &[ComparedSchool], id: uuid::Uuid) -> String {
    schools
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.short_name.clone())
        .unwrap_or_else(|| "—".to_owned())
}

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub comparison: CalendarComparison,
    /// `2021-2022`, for the links to each school's calendar.
    pub year: String,
}

/// Every school of the network: whether it entered a calendar, and its school days.
#[function_component(SchoolsTable)]
pub fn schools_table(p: &ComparisonProps) -> Html {
    let i18n = use_i18n();
    let c = &p.comparison;
    let most = c
        .comparison
        .school_days
        .iter()
        .map(|s| s.days)
        .max()
        .unwrap_or(0);
    html! {
        <table class="pf-v6-c-table pf-m-compact setka-table" data-testid="cmp-schools">
            <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                <th class="pf-v6-c-table__th">{ i18n.t("cmp-col-school") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("cmp-col-calendar") }</th>
                <th class="pf-v6-c-table__th setka-num">{ i18n.t("cal-school-days") }</th>
            </tr></thead>
            <tbody class="pf-v6-c-table__tbody">
                { for c.schools.iter().map(|s| {
                    let days = c.comparison.school_days.iter().find(|d| d.organization_id == s.id).map(|d| d.days);
                    html! {
                        <tr class="pf-v6-c-table__tr" data-testid="cmp-school">
                            <td class="pf-v6-c-table__td setka-strong">
                                <AppLink to={Route::OrganizationCalendar { id: s.id }} query={vec![("year".to_owned(), p.year.clone())]}>
                                    { &s.short_name }
                                </AppLink>
                            </td>
                            <td class="pf-v6-c-table__td">
                                if s.has_calendar {
                                    <span class="setka-ok"><i class="fas fa-check-circle" aria-hidden="true"></i>{ " " }{ i18n.t("cmp-has-calendar") }</span>
                                } else {
                                    <span class="setka-missing"><i class="fas fa-exclamation-triangle" aria-hidden="true"></i>{ " " }{ i18n.t("cmp-no-calendar") }</span>
                                }
                            </td>
                            <td class="pf-v6-c-table__td setka-num">
                                { match days {
                                    Some(n) if n < most => html! {
                                        <span>{ n }<span class="setka-muted setka-small">{ format!(" (−{})", most - n) }</span></span>
                                    },
                                    Some(n) => html! { n },
                                    None => html! { "—" },
                                } }
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

fn matrix_table<T>(
    id: &'static str,
    corner: String,
    column: impl Fn(u32) -> String,
    m: &Matrix<T>,
    schools: &[ComparedSchool],
    cell: impl Fn(&T) -> Html,
    none: String,
) -> Html {
    html! {
        <div class="setka-table-scroll">
            <table class="pf-v6-c-table pf-m-compact setka-table setka-cmp-matrix" data-testid={id}>
                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                    <th class="pf-v6-c-table__th">{ corner }</th>
                    { for m.columns.iter().map(|c| html! { <th class="pf-v6-c-table__th setka-nowrap">{ column(*c) }</th> }) }
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for m.rows.iter().map(|(org, cells)| html! {
                        <tr class="pf-v6-c-table__tr">
                            <td class="pf-v6-c-table__td setka-strong setka-nowrap">{ school_name(schools, *org) }</td>
                            { for cells.iter().map(|c: &Cell<T>| html! {
                                <td class={classes!("pf-v6-c-table__td", "setka-nowrap", c.odd.then_some("setka-cmp-odd"))}
                                    data-odd={c.odd.to_string()}>
                                    { match &c.value { Some(v) => cell(v), None => html! { <span class="setka-muted">{ none.clone() }</span> } } }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[function_component(TermsTable)]
pub fn terms_table(p: &ComparisonProps) -> Html {
    let i18n = use_i18n();
    let m = term_matrix(&p.comparison.comparison);
    if m.columns.is_empty() {
        return html! { <p class="setka-muted" data-testid="cmp-terms-none">{ i18n.t("cmp-terms-none") }</p> };
    }
    matrix_table(
        "cmp-terms",
        i18n.t("cmp-col-school"),
        |n| i18n.t1("cmp-term-no", "number", i64::from(n)),
        &m,
        &p.comparison.schools,
        |t: &TermOf| {
            html! {
                <>
                    <div>{ short_range(t.from, t.to) }</div>
                    <div class="setka-muted setka-small">{ &t.name }</div>
                </>
            }
        },
        i18n.t("cmp-no-term"),
    )
}

#[function_component(LessonsTable)]
pub fn lessons_table(p: &ComparisonProps) -> Html {
    let i18n = use_i18n();
    let m = lesson_matrix(&p.comparison.comparison);
    if m.columns.is_empty() {
        return html! { <p class="setka-muted" data-testid="cmp-lessons-none">{ i18n.t("cmp-lessons-none") }</p> };
    }
    matrix_table(
        "cmp-lessons",
        i18n.t("cmp-col-school"),
        |n| i18n.t1("cmp-lesson-no", "number", i64::from(n)),
        &m,
        &p.comparison.schools,
        |(a, b): &(NaiveTime, NaiveTime)| html! { time_range(*a, *b) },
        i18n.t("cmp-no-lesson"),
    )
}
