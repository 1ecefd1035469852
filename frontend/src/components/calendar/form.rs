//! The calendar's fields: the week, terms, holidays and bell schedules, with the school
//! days counted by the domain's rules as they are typed.

use domain::AcademicYear;
use domain::calendar::{WeekKind, year_bounds};
use wire::FieldError;
use yew::prelude::*;

use super::bells::BellSchedulesEditor;
use super::draft::CalDraft;
use super::ranges::RangesTable;
use super::view::week_key;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct CalFormProps {
    pub year: AcademicYear,
    pub draft: CalDraft,
    pub onchange: Callback<CalDraft>,
    pub missing: Vec<String>,
    pub errors: Vec<FieldError>,
}

#[function_component(CalForm)]
pub fn cal_form(p: &CalFormProps) -> Html {
    let i18n = use_i18n();
    let d = &p.draft;
    let (first, last) = year_bounds(p.year);
    let bounds = (
        first.format("%Y-%m-%d").to_string(),
        last.format("%Y-%m-%d").to_string(),
    );
    let week = |w: WeekKind| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        let onchange = Callback::from(move |_: Event| {
            let mut next = d.clone();
            next.week = w;
            cb.emit(next);
        });
        let id = match w {
            WeekKind::FiveDay => "cal-week-five",
            WeekKind::SixDay => "cal-week-six",
        };
        html! {
            <div class="pf-v6-c-radio">
                <input class="pf-v6-c-radio__input" type="radio" name="cal-week" {id} checked={p.draft.week == w} {onchange} />
                <label class="pf-v6-c-radio__label" for={id}>{ i18n.t(week_key(w)) }</label>
            </div>
        }
    };
    let on_terms = {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |rows| {
            let mut next = d.clone();
            next.terms = rows;
            cb.emit(next);
        })
    };
    let on_holidays = {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |rows| {
            let mut next = d.clone();
            next.holidays = rows;
            cb.emit(next);
        })
    };
    let on_bells = {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |list| {
            let mut next = d.clone();
            next.schedules = list;
            cb.emit(next);
        })
    };
    let days = d.school_days(p.year);
    html! {
        <>
            <div class="setka-cal-form-head">
                <div class="pf-v6-c-form__group">
                    <div class="pf-v6-c-form__group-label"><span class="pf-v6-c-form__label-text setka-strong">{ i18n.t("cal-week") }</span></div>
                    <div class="pf-v6-c-form__group-control pf-m-inline" id="cal-week">
                        { week(WeekKind::FiveDay) }{ week(WeekKind::SixDay) }
                    </div>
                </div>
                <div class="setka-cal-days" data-testid="cal-days-live" aria-live="polite">
                    if let Some(n) = days {
                        <span class="setka-cal-days__number">{ n }</span>
                        <span class="setka-muted">{ i18n.count("cal-school-days-in-year", n as usize) }</span>
                    } else {
                        <span class="setka-muted setka-small">{ i18n.t("cal-days-unknown") }</span>
                    }
                </div>
            </div>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("cal-terms") }</h2>
            <p class="setka-muted setka-small">{ i18n.t("cal-terms-hint") }</p>
            <RangesTable field="terms" rows={d.terms.clone()} onchange={on_terms}
                         missing={p.missing.clone()} errors={p.errors.clone()} bounds={bounds.clone()} />
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("cal-holidays") }</h2>
            <p class="setka-muted setka-small">{ i18n.t("cal-holidays-hint") }</p>
            <RangesTable field="holidays" rows={d.holidays.clone()} onchange={on_holidays}
                         missing={p.missing.clone()} errors={p.errors.clone()} {bounds} />
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("cal-bells") }</h2>
            <p class="setka-muted setka-small">{ i18n.t("cal-bells-hint") }</p>
            <BellSchedulesEditor schedules={d.schedules.clone()} onchange={on_bells}
                                 missing={p.missing.clone()} errors={p.errors.clone()} />
        </>
    }
}
