//! `/networks/{id}/calendars?year=2021-2022`: the calendars of a network's schools side by
//! side — who entered one, school days, days some teach and others do not, term
//! boundaries and lesson times that differ («несовпадение календарного графика и
//! режима занятий»).

use uuid::Uuid;
use wire::calendar::CalendarComparison;
use wire::network::Network;
use wire::routes;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::calendar::years::{chosen, default_for_period, of_period, param};
use crate::components::comparison::days::DayMismatches;
use crate::components::comparison::model::fold_saturdays;
use crate::components::comparison::tables::{LessonsTable, SchoolsTable, TermsTable};
use crate::components::form::Select;
use crate::components::map_layout::natural_key;
use crate::components::{Alert, AppLink, ErrorAlert, Loading, PageHeader, Variant};
use crate::hooks::{Loadable, use_fetch, use_i18n};
use crate::pages::calendar::YearQuery;
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, with_query};

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub id: Uuid,
}

#[function_component(CalendarComparePage)]
pub fn calendar_compare_page(p: &ComparePageProps) -> Html {
    let network = use_fetch::<Network>(Some(routes::network(p.id)));
    match &network.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(ApiError::NotFound(_)) => html! { <NotFound /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(n) => html! { <Compare network={(**n).clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct CompareProps {
    network: Network,
}

/// Schools by name («СОШ № 6» before «СОШ № 14»), in every table.
fn in_name_order(c: &CalendarComparison) -> CalendarComparison {
    let mut c = c.clone();
    c.schools.sort_by_key(|s| natural_key(&s.short_name));
    let rank = |id: &Uuid| {
        c.schools
            .iter()
            .position(|s| s.id == *id)
            .unwrap_or(usize::MAX)
    };
    let mut orgs = c.comparison.organizations.clone();
    orgs.sort_by_key(rank);
    c.comparison.organizations = orgs;
    c
}

fn card(id: &'static str, title: String, hint: Option<String>, body: Html) -> Html {
    html! {
        <div class="pf-v6-c-card setka-card" {id}>
            <div class="pf-v6-c-card__title">
                <h2 class="pf-v6-c-card__title-text">{ title }</h2>
                if let Some(h) = hint {
                    <p class="setka-muted setka-small">{ h }</p>
                }
            </div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}

#[function_component(Compare)]
fn compare(p: &CompareProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let n = &p.network;
    let today = crate::today::today();
    let raw = use_location()
        .and_then(|l| l.query::<YearQuery>().ok())
        .and_then(|q| q.year);
    let mut years = of_period(n.period_from, n.period_to, today);
    let year = raw
        .as_deref()
        .and_then(|r| chosen(Some(r), today))
        .or_else(|| default_for_period(&years, n.period_from, n.period_to, today));
    if let Some(y) = year
        && !years.contains(&y)
    {
        years.push(y);
        years.sort();
    }
    let path = year.map(|y| {
        with_query(
            &routes::network_calendar_comparison(n.id),
            &[("year", param(y))],
        )
    });
    let fetch = use_fetch::<CalendarComparison>(path);
    let on_year = {
        let id = n.id;
        Callback::from(move |v: String| {
            if let Some(nav) = &navigator {
                let to = Route::NetworkCalendars { id };
                if nav.push_with_query(&to, [("year", v.as_str())]).is_err() {
                    nav.push(&to);
                }
            }
        })
    };
    let options: Vec<(String, String)> = years.iter().map(|y| (param(*y), y.to_string())).collect();
    let breadcrumb = html! {
        <AppLink to={Route::Network { id: n.id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ n.name.clone() }
        </AppLink>
    };
    let year_param = year.map(param).unwrap_or_default();
    let body = match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(c) => {
            let entered = c.schools.iter().filter(|s| s.has_calendar).count();
            let total = c.schools.len();
            let (cmp, y) = (in_name_order(c), year_param.clone());
            let (weekly, rest) = fold_saturdays(&c.comparison.day_mismatches);
            let day_rows = weekly.len() + rest.len();
            html! {
                <>
                    <div class="setka-cmp-summary" data-testid="cmp-summary">
                        <span class="setka-cmp-summary__number">{ format!("{entered} / {total}") }</span>
                        <span>{ i18n.count("cmp-entered", total) }</span>
                        if !c.comparison.day_mismatches.is_empty() || !c.comparison.term_differences.is_empty() || !c.comparison.lesson_differences.is_empty() {
                            <span class="setka-cmp-summary__warn">
                                <i class="fas fa-exclamation-triangle" aria-hidden="true"></i>{ " " }
                                { i18n.ta("cmp-found", &[
                                    ("days", (day_rows as i64).into()),
                                    ("terms", (c.comparison.term_differences.len() as i64).into()),
                                    ("lessons", (c.comparison.lesson_differences.len() as i64).into()),
                                ]) }
                            </span>
                        }
                    </div>
                    if entered < 2 {
                        <Alert variant={Variant::Info} inline=true title={i18n.t("cmp-too-few")}>
                            <p>{ i18n.t("cmp-too-few-body") }</p>
                        </Alert>
                    }
                    { card("cmp-schools-card", i18n.t("cmp-schools"), Some(i18n.t("cmp-schools-hint")),
                        html! { <SchoolsTable comparison={cmp.clone()} year={y.clone()} /> }) }
                    { card("cmp-days-card", i18n.t("cmp-days"), Some(i18n.t("cmp-days-hint")),
                        html! { <DayMismatches schools={cmp.schools.clone()} mismatches={cmp.comparison.day_mismatches.clone()} /> }) }
                    { card("cmp-terms-card", i18n.t("cmp-terms"), Some(i18n.t("cmp-terms-hint")),
                        html! { <TermsTable comparison={cmp.clone()} year={y.clone()} /> }) }
                    { card("cmp-lessons-card", i18n.t("cmp-lessons"), Some(i18n.t("cmp-lessons-hint")),
                        html! { <LessonsTable comparison={cmp} year={y} /> }) }
                </>
            }
        }
    };
    html! {
        <>
            <PageHeader title={i18n.t("cmp-title")} subtitle={n.name.clone()} {breadcrumb}>
                <div class="setka-cal-year">
                    <label class="pf-v6-c-form__label" for="cmp-year">
                        <span class="pf-v6-c-form__label-text">{ i18n.t("cal-year") }</span>
                    </label>
                    <Select id="cmp-year" value={year_param.clone()} {options} onchange={on_year} aria_label={i18n.t("cal-year")} />
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">{ body }</div>
            </section>
        </>
    }
}
