//! `/organizations/{id}/calendar?year=2021-2022`: a school's calendar for a year, with the
//! years to choose from; the editor for those who manage the school's records.

use serde::Deserialize;
use uuid::Uuid;
use wire::calendar::{CalendarSummary, SchoolCalendar};
use wire::organization::Organization;
use wire::{Page, routes};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::calendar::body::CalendarBody;
use crate::components::calendar::years::{choices, chosen, param};
use crate::components::form::Select;
use crate::components::{AppLink, ErrorAlert, Loading, PageHeader};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::services::ApiError;

#[derive(Debug, Deserialize, Default)]
pub struct YearQuery {
    pub year: Option<String>,
    pub notice: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct CalendarPageProps {
    pub id: Uuid,
}

#[function_component(CalendarPage)]
pub fn calendar_page(p: &CalendarPageProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let query = use_location()
        .and_then(|l| l.query::<YearQuery>().ok())
        .unwrap_or_default();
    let today = crate::today::today();
    let year = chosen(query.year.as_deref(), today);
    let org = use_fetch::<Organization>(Some(routes::organization(p.id)));
    let list = use_fetch::<Page<CalendarSummary>>(Some(routes::organization_calendars(p.id)));
    let cal = use_fetch::<SchoolCalendar>(
        year.map(|y| routes::organization_calendar(p.id, &y.to_string())),
    );
    let (Some(year), Some(o)) = (year, org.state.ready()) else {
        return match &org.state {
            Loadable::Failed(ApiError::NotFound(_)) => html! { <NotFound /> },
            Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
            _ => html! { <Loading /> },
        };
    };
    let listed: Vec<String> = list
        .state
        .ready()
        .map(|pg| pg.items.iter().map(|c| c.year.clone()).collect())
        .unwrap_or_default();
    let options: Vec<(String, String)> = choices(&listed, Some(year), today)
        .into_iter()
        .map(|y| {
            let label = if listed.contains(&y.to_string()) {
                y.to_string()
            } else {
                i18n.t1("cal-year-empty", "year", y.to_string())
            };
            (param(y), label)
        })
        .collect();
    let on_year = {
        let id = p.id;
        Callback::from(move |v: String| {
            if let Some(nav) = &navigator {
                let to = Route::OrganizationCalendar { id };
                if nav.push_with_query(&to, [("year", v.as_str())]).is_err() {
                    nav.push(&to);
                }
            }
        })
    };
    let reload = {
        let (a, b) = (cal.reload.clone(), list.reload.clone());
        Callback::from(move |_| {
            a.emit(());
            b.emit(());
        })
    };
    let breadcrumb = html! {
        <AppLink to={Route::Organization { id: p.id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ o.short_name.clone() }
        </AppLink>
    };
    let can_manage = auth.perms().manage_calendar(o);
    let body = match &cal.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Ready(c) => html! {
            <CalendarBody key={param(year)} org={o.clone()} {year} existing={Some((**c).clone())}
                          {can_manage} {reload} on_listed={list.reload.clone()} notice={query.notice.clone()} />
        },
        Loadable::Failed(ApiError::NotFound(_)) => html! {
            <CalendarBody key={param(year)} org={o.clone()} {year} existing={None::<SchoolCalendar>}
                          {can_manage} {reload} on_listed={list.reload.clone()} />
        },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
    };
    html! {
        <>
            <PageHeader title={i18n.t("cal-title")} subtitle={o.short_name.clone()} {breadcrumb}>
                <div class="setka-cal-year">
                    <label class="pf-v6-c-form__label" for="cal-year">
                        <span class="pf-v6-c-form__label-text">{ i18n.t("cal-year") }</span>
                    </label>
                    <Select id="cal-year" value={param(year)} {options} onchange={on_year} aria_label={i18n.t("cal-year")} />
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">{ body }</div>
            </section>
        </>
    }
}
