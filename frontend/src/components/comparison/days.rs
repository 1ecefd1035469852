//! The days some schools teach and others do not: «25.10–30.10 · учатся МОУ СОШ № 8, 14 ·
//! Осенние каникулы: МОУ СОШ № 1», recurring Saturdays in one row.

use uuid::Uuid;
use wire::calendar::{ComparedSchool, DayKind, DayMismatch};
use yew::prelude::*;

use super::model::{by_reason, compact_names, fold_saturdays, short_range};
use crate::hooks::{I18n, use_i18n};

pub fn names(schools: &[ComparedSchool], ids: &[Uuid]) -> String {
    let list: Vec<String> = ids
        .iter()
        .map(|id| {
            schools
                .iter()
                .find(|s| s.id == *id)
                .map(|s| s.short_name.clone())
                .unwrap_or_else(|| "—".to_owned())
        })
        .collect();
    compact_names(&list)
}

/// What a day is for the schools that do not teach: the holiday's name, «выходной», …
pub fn reason(i18n: &I18n, day: &DayKind) -> String {
    match day {
        DayKind::Holiday(name) => name.clone(),
        DayKind::DayOff => i18n.t("cmp-day-off"),
        DayKind::OutsideTerms => i18n.t("cmp-outside-terms"),
        DayKind::School => i18n.t("cmp-school-day"),
    }
}

#[derive(Properties, PartialEq)]
pub struct DaysProps {
    pub schools: Vec<ComparedSchool>,
    pub mismatches: Vec<DayMismatch>,
}

#[function_component(DayMismatches)]
pub fn day_mismatches(p: &DaysProps) -> Html {
    let i18n = use_i18n();
    if p.mismatches.is_empty() {
        return html! { <p class="setka-muted" data-testid="cmp-days-none">{ i18n.t("cmp-days-none") }</p> };
    }
    let (weekly, rest) = fold_saturdays(&p.mismatches);
    let split = |m: &DayMismatch| {
        let groups = by_reason(&m.not_teaching);
        html! {
            <>
                <td class="pf-v6-c-table__td" data-label={i18n.t("cmp-col-teaching")}>
                    <span class="setka-cmp-teach">{ names(&p.schools, &m.teaching) }</span>
                </td>
                <td class="pf-v6-c-table__td" data-label={i18n.t("cmp-col-not-teaching")}>
                    { for groups.iter().map(|(day, ids)| html! {
                        <div class="setka-cmp-off">
                            <span class="setka-strong">{ format!("{}: ", reason(&i18n, day)) }</span>
                            { names(&p.schools, ids) }
                        </div>
                    }) }
                </td>
            </>
        }
    };
    let weekly_rows = weekly.iter().map(|w| {
        let first = w.days.first().copied();
        let last = w.days.last().copied();
        let dates = match (first, last) {
            (Some(a), Some(b)) => i18n.ta(
                "cmp-saturdays",
                &[
                    ("count", (w.days.len() as i64).into()),
                    ("from", a.format("%d.%m").to_string().into()),
                    ("to", b.format("%d.%m").to_string().into()),
                ],
            ),
            _ => String::new(),
        };
        html! {
            <tr class="pf-v6-c-table__tr" data-testid="cmp-day-row">
                <td class="pf-v6-c-table__td setka-nowrap setka-strong" data-label={i18n.t("cmp-col-dates")}>{ dates }</td>
                { split(w.split) }
            </tr>
        }
    });
    let rows = rest.iter().map(|m| {
        html! {
            <tr class="pf-v6-c-table__tr" data-testid="cmp-day-row">
                <td class="pf-v6-c-table__td setka-nowrap setka-strong" data-label={i18n.t("cmp-col-dates")}>{ short_range(m.from, m.to) }</td>
                { split(m) }
            </tr>
        }
    });
    html! {
        <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" data-testid="cmp-days">
            <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                <th class="pf-v6-c-table__th">{ i18n.t("cmp-col-dates") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("cmp-col-teaching") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("cmp-col-not-teaching") }</th>
            </tr></thead>
            <tbody class="pf-v6-c-table__tbody">
                { for rows }
                { for weekly_rows }
            </tbody>
        </table>
    }
}
