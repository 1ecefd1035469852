//! A school's calendar to read: the week, school days, terms with their school days,
//! holidays and bell schedules with the breaks between lessons.

use domain::AcademicYear;
use domain::calendar::{Calendar, WeekKind};
use wire::calendar::SchoolCalendar;
use yew::prelude::*;

use super::draft::{break_minutes, school_days_between};
use crate::components::group::slots::time_range;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct CalendarViewProps {
    pub calendar: SchoolCalendar,
}

pub fn week_key(w: WeekKind) -> &'static str {
    match w {
        WeekKind::FiveDay => "cal-week-five",
        WeekKind::SixDay => "cal-week-six",
    }
}

#[function_component(CalendarView)]
pub fn calendar_view(p: &CalendarViewProps) -> Html {
    let i18n = use_i18n();
    let c = &p.calendar;
    let checked = AcademicYear::parse(&c.year)
        .ok()
        .and_then(|y| Calendar::new(y, c.content.clone()).ok());
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let term_days = |from, to| {
        checked
            .as_ref()
            .map(|cal| {
                i18n.count(
                    "cal-school-days-count",
                    school_days_between(cal, from, to) as usize,
                )
            })
            .unwrap_or_default()
    };
    let terms = html! {
        <table class="pf-v6-c-table pf-m-compact setka-table" data-testid="cal-terms-view">
            <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                { th("cal-col-name") }{ th("cal-col-dates") }{ th("cal-col-school-days") }
            </tr></thead>
            <tbody class="pf-v6-c-table__tbody">
                { for c.content.terms.iter().map(|t| html! {
                    <tr class="pf-v6-c-table__tr" data-testid="cal-term">
                        <td class="pf-v6-c-table__td setka-strong">{ &t.name }</td>
                        <td class="pf-v6-c-table__td setka-nowrap">{ i18n.period(t.from, Some(t.to)) }</td>
                        <td class="pf-v6-c-table__td">{ term_days(t.from, t.to) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    let holidays = if c.content.holidays.is_empty() {
        html! { <p class="setka-muted">{ i18n.t("cal-holidays-none") }</p> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-compact setka-table" data-testid="cal-holidays-view">
                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                    { th("cal-col-name") }{ th("cal-col-dates") }{ th("cal-col-length") }
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for c.content.holidays.iter().map(|h| {
                        let days = ((h.to - h.from).num_days() + 1).max(0) as usize;
                        let dates = if h.from == h.to { i18n.date(h.from) } else { i18n.period(h.from, Some(h.to)) };
                        html! {
                            <tr class="pf-v6-c-table__tr" data-testid="cal-holiday">
                                <td class="pf-v6-c-table__td">{ &h.name }</td>
                                <td class="pf-v6-c-table__td setka-nowrap">{ dates }</td>
                                <td class="pf-v6-c-table__td">{ i18n.count("cal-days-count", days) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        }
    };
    let bells = if c.content.bell_schedules.is_empty() {
        html! { <p class="setka-muted">{ i18n.t("cal-bells-none") }</p> }
    } else {
        html! {
            <div class="setka-cal-bells-view">
                { for c.content.bell_schedules.iter().map(|b| html! {
                    <div class="setka-cal-schedule" data-testid="cal-schedule-view">
                        <h4 class="setka-strong">{ &b.name }</h4>
                        <table class="pf-v6-c-table pf-m-compact setka-table">
                            <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                                { th("cal-col-lesson") }{ th("cal-col-time") }{ th("cal-col-break") }
                            </tr></thead>
                            <tbody class="pf-v6-c-table__tbody">
                                { for b.lessons.iter().enumerate().map(|(i, l)| {
                                    let pause = b.lessons.get(i + 1)
                                        .map(|n| i18n.t1("cal-break-minutes", "minutes", break_minutes(l.end, n.start)))
                                        .unwrap_or_default();
                                    html! {
                                        <tr class="pf-v6-c-table__tr">
                                            <td class="pf-v6-c-table__td">{ l.number }</td>
                                            <td class="pf-v6-c-table__td setka-nowrap">{ time_range(l.start, l.end) }</td>
                                            <td class="pf-v6-c-table__td setka-muted">{ pause }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                }) }
            </div>
        }
    };
    html! {
        <div class="setka-stack" id="cal-view">
            <dl class="pf-v6-c-description-list pf-m-horizontal-on-md setka-dl" id="cal-summary">
                <div class="pf-v6-c-description-list__group">
                    <dt class="pf-v6-c-description-list__term"><span class="pf-v6-c-description-list__text">{ i18n.t("cal-week") }</span></dt>
                    <dd class="pf-v6-c-description-list__description"><div class="pf-v6-c-description-list__text" data-testid="cal-week">{ i18n.t(week_key(c.content.week)) }</div></dd>
                </div>
                <div class="pf-v6-c-description-list__group">
                    <dt class="pf-v6-c-description-list__term"><span class="pf-v6-c-description-list__text">{ i18n.t("cal-school-days") }</span></dt>
                    <dd class="pf-v6-c-description-list__description"><div class="pf-v6-c-description-list__text" data-testid="cal-school-days">{ c.school_days }</div></dd>
                </div>
                <div class="pf-v6-c-description-list__group">
                    <dt class="pf-v6-c-description-list__term"><span class="pf-v6-c-description-list__text">{ i18n.t("cal-updated") }</span></dt>
                    <dd class="pf-v6-c-description-list__description"><div class="pf-v6-c-description-list__text">
                        { format!("{} · {}", i18n.date_time(c.updated_at), i18n.t1("org-version", "version", i64::from(c.version))) }
                    </div></dd>
                </div>
            </dl>
            <h3 class="pf-v6-c-title pf-m-md">{ i18n.t("cal-terms") }</h3>
            { terms }
            <h3 class="pf-v6-c-title pf-m-md">{ i18n.t("cal-holidays") }</h3>
            { holidays }
            <h3 class="pf-v6-c-title pf-m-md">{ i18n.t("cal-bells") }</h3>
            { bells }
        </div>
    }
}
