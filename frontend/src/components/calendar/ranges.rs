//! The terms and holidays tables of the calendar editor: name, first and last day per
//! row, rows added and removed, the server's errors at their rows.

use yew::prelude::*;

use super::draft::RangeDraft;
use crate::components::cell_input::{CellInput, cell_id};
use crate::components::field_path;
use crate::hooks::use_i18n;
use wire::FieldError;

#[derive(Properties, PartialEq)]
pub struct RangesProps {
    /// `terms` or `holidays`: the request field, the ids and the texts.
    pub field: &'static str,
    pub rows: Vec<RangeDraft>,
    pub onchange: Callback<Vec<RangeDraft>>,
    /// Fields the form could not send (`terms[1].to`).
    pub missing: Vec<String>,
    pub errors: Vec<FieldError>,
    /// The academic year's first and last day, bounds of the date inputs.
    pub bounds: (String, String),
}

#[function_component(RangesTable)]
pub fn ranges_table(p: &RangesProps) -> Html {
    let i18n = use_i18n();
    let f = p.field;
    let err = |path: &str| {
        if p.missing.iter().any(|m| m == path) {
            return Some(i18n.t("common-required"));
        }
        field_path::at(&p.errors, path)
    };
    let edit = |i: usize, apply: fn(&mut RangeDraft, String)| {
        let (rows, cb) = (p.rows.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = rows.clone();
            if let Some(r) = next.get_mut(i) {
                apply(r, v);
            }
            cb.emit(next);
        })
    };
    let remove = |i: usize| {
        let (rows, cb) = (p.rows.clone(), p.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = rows.clone();
            next.remove(i);
            cb.emit(next);
        })
    };
    let add = {
        let (rows, cb) = (p.rows.clone(), p.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = rows.clone();
            next.push(RangeDraft::default());
            cb.emit(next);
        })
    };
    let (min, max) = (Some(p.bounds.0.clone()), Some(p.bounds.1.clone()));
    let row = |i: usize, r: &RangeDraft| {
        let path = |x: &str| format!("{f}[{i}].{x}");
        let rest = field_path::rest_of(&p.errors, &format!("{f}[{i}]"), &["name", "from", "to"]);
        let remove_label = i18n.t(&format!("cal-{f}-remove"));
        html! {
            <tr class="pf-v6-c-table__tr" key={i} data-testid={format!("cal-{f}-row")}>
                <td class="pf-v6-c-table__td setka-cal-no">{ i + 1 }</td>
                <td class="pf-v6-c-table__td">
                    <CellInput id={cell_id("cal", &path("name"))} label={i18n.t("cal-col-name")} value={r.name.clone()}
                               oninput={edit(i, |r, v| r.name = v)} error={err(&path("name"))}
                               placeholder={i18n.t(&format!("cal-{f}-placeholder"))} />
                    { for rest.into_iter().map(|m| html! {
                        <p class="setka-error-text" id={format!("{}-error", cell_id("cal", &format!("{f}[{i}]")))}>{ m }</p>
                    }) }
                </td>
                <td class="pf-v6-c-table__td setka-cal-date">
                    <CellInput id={cell_id("cal", &path("from"))} label={i18n.t("cal-col-from")} value={r.from.clone()}
                               input_type="date" min={min.clone()} max={max.clone()}
                               oninput={edit(i, |r, v| r.from = v)} error={err(&path("from"))} />
                </td>
                <td class="pf-v6-c-table__td setka-cal-date">
                    <CellInput id={cell_id("cal", &path("to"))} label={i18n.t("cal-col-to")} value={r.to.clone()}
                               input_type="date" min={min.clone()} max={max.clone()}
                               oninput={edit(i, |r, v| r.to = v)} error={err(&path("to"))} />
                </td>
                <td class="pf-v6-c-table__td setka-cal-actions">
                    <button type="button" class="pf-v6-c-button pf-m-plain pf-m-danger" data-testid={format!("cal-{f}-remove")}
                            aria-label={remove_label.clone()} title={remove_label} onclick={remove(i)}>
                        <span class="pf-v6-c-button__icon"><i class="fas fa-trash" aria-hidden="true"></i></span>
                    </button>
                </td>
            </tr>
        }
    };
    html! {
        <div class="setka-cal-block" id={format!("cal-{f}")}>
            if let Some(e) = field_path::at(&p.errors, f) {
                <p class="setka-error-text" id={format!("cal-{f}-error")}>{ e }</p>
            }
            if p.rows.is_empty() {
                <p class="setka-muted">{ i18n.t(&format!("cal-{f}-none")) }</p>
            } else {
                <table class="pf-v6-c-table pf-m-compact setka-table setka-cal-table">
                    <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                        <th class="pf-v6-c-table__th setka-cal-no">{ "№" }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("cal-col-name") }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("cal-col-from") }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("cal-col-to") }</th>
                        <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("common-actions") }</span></th>
                    </tr></thead>
                    <tbody class="pf-v6-c-table__tbody">
                        { for p.rows.iter().enumerate().map(|(i, r)| row(i, r)) }
                    </tbody>
                </table>
            }
            <button type="button" id={format!("cal-{f}-add")} class="pf-v6-c-button pf-m-link pf-m-inline setka-add-row" onclick={add}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus-circle" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t(&format!("cal-{f}-add")) }</span>
            </button>
        </div>
    }
}
