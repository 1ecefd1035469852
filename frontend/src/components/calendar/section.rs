//! «Календарный учебный график» on the organization page: the years the school has a
//! calendar for, each linking to it, and the way to the current year's.

use wire::calendar::CalendarSummary;
use wire::organization::Organization;
use wire::{Page, routes};
use yew::prelude::*;

use super::view::week_key;
use super::years::{chosen, param};
use crate::app::Route;
use crate::components::{AppLink, ErrorAlert, Loading};
use crate::hooks::{Loadable, use_fetch, use_i18n};

#[derive(Properties, PartialEq)]
pub struct CalendarsSectionProps {
    pub org: Organization,
}

#[function_component(CalendarsSection)]
pub fn calendars_section(p: &CalendarsSectionProps) -> Html {
    let i18n = use_i18n();
    let fetch = use_fetch::<Page<CalendarSummary>>(Some(routes::organization_calendars(p.org.id)));
    let org = p.org.id;
    let year_query = |y: &str| vec![("year".to_owned(), y.to_owned())];
    let today = crate::today::today();
    let current = chosen(None, today).map(param).unwrap_or_default();
    let body = match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(page) if page.items.is_empty() => html! {
            <p class="setka-muted" data-testid="calendars-empty">{ i18n.t("cal-section-empty") }</p>
        },
        Loadable::Ready(page) => html! {
            <table class="pf-v6-c-table pf-m-compact setka-table" data-testid="calendars-table">
                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                    <th class="pf-v6-c-table__th">{ i18n.t("cal-col-year") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("cal-week") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("cal-col-terms") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("cal-school-days") }</th>
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for page.items.iter().map(|c| {
                        let y = c.year.replace('/', "-");
                        html! {
                            <tr class="pf-v6-c-table__tr" data-testid="calendar-row">
                                <td class="pf-v6-c-table__td setka-strong">
                                    <AppLink to={Route::OrganizationCalendar { id: org }} query={year_query(&y)} testid="calendar-link">{ &c.year }</AppLink>
                                </td>
                                <td class="pf-v6-c-table__td">{ i18n.t(week_key(c.week)) }</td>
                                <td class="pf-v6-c-table__td">{ c.terms }</td>
                                <td class="pf-v6-c-table__td">{ c.school_days }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        },
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="calendars">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">{ i18n.t("cal-title") }</h2>
                </div>
                <div class="pf-v6-c-card__actions">
                    <AppLink to={Route::OrganizationCalendar { id: org }} query={year_query(&current)} id="cal-open"
                             class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                        <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-calendar-alt" aria-hidden="true"></i></span>
                        <span class="pf-v6-c-button__text">{ i18n.t("cal-open") }</span>
                    </AppLink>
                </div>
            </div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}
