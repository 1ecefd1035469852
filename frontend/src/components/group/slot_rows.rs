//! Weekly slots in the group editor: weekday, start, end, and optionally another place
//! than the group's; rows added and removed, the server's errors at their rows.

use uuid::Uuid;
use web_sys::HtmlInputElement;
use wire::FieldError;
use yew::prelude::*;

use super::draft::{PlaceDraft, SlotDraft};
use super::place::PlaceFields;
use super::slots::{WEEKDAYS, day_key};
use crate::components::cell_input::{CellInput, cell_id};
use crate::components::field_path;
use crate::components::form::Select;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct SlotRowsProps {
    pub slots: Vec<SlotDraft>,
    pub onchange: Callback<Vec<SlotDraft>>,
    /// The group's place: a new row starts there.
    pub place: PlaceDraft,
    pub orgs: Vec<(Uuid, String)>,
    pub missing: Vec<String>,
    pub errors: Vec<FieldError>,
}

#[function_component(SlotRows)]
pub fn slot_rows(p: &SlotRowsProps) -> Html {
    let i18n = use_i18n();
    let err = |path: &str| {
        if p.missing.iter().any(|m| m == path) {
            return Some(i18n.t("common-required"));
        }
        field_path::at(&p.errors, path)
    };
    let edit = |i: usize, apply: fn(&mut SlotDraft, String)| {
        let (rows, cb) = (p.slots.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = rows.clone();
            if let Some(s) = next.get_mut(i) {
                apply(s, v);
            }
            cb.emit(next);
        })
    };
    let toggle = |i: usize| {
        let (rows, cb) = (p.slots.clone(), p.onchange.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = rows.clone();
            if let Some(s) = next.get_mut(i) {
                s.other_place = on;
            }
            cb.emit(next);
        })
    };
    let on_place = |i: usize| {
        let (rows, cb) = (p.slots.clone(), p.onchange.clone());
        Callback::from(move |place: PlaceDraft| {
            let mut next = rows.clone();
            if let Some(s) = next.get_mut(i) {
                s.place = place;
            }
            cb.emit(next);
        })
    };
    let remove = |i: usize| {
        let (rows, cb) = (p.slots.clone(), p.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = rows.clone();
            next.remove(i);
            cb.emit(next);
        })
    };
    let add = {
        let (rows, cb, place) = (p.slots.clone(), p.onchange.clone(), p.place.clone());
        Callback::from(move |_: MouseEvent| {
            let mut d = super::draft::GroupDraft {
                slots: rows.clone(),
                place: place.clone(),
                ..Default::default()
            };
            d.add_slot();
            cb.emit(d.slots);
        })
    };
    let days: Vec<(String, String)> = WEEKDAYS
        .iter()
        .map(|d| (day_key(*d).to_owned(), i18n.weekday(d.weekday())))
        .collect();
    let row = |i: usize, s: &SlotDraft| {
        let base = format!("slots[{i}]");
        let path = |x: &str| format!("{base}.{x}");
        let rest = field_path::rest_of(&p.errors, &base, &["weekday", "start", "end", "place"]);
        let place_errors = {
            let (missing, errors, base, required) = (
                p.missing.clone(),
                p.errors.clone(),
                base.clone(),
                i18n.t("common-required"),
            );
            Callback::from(move |f: String| {
                let path = format!("{base}.place.{f}");
                if missing.contains(&path) {
                    return Some(required.clone());
                }
                // The server names the place as a whole: shown under its name or link.
                field_path::at(&errors, &path).or_else(|| {
                    matches!(f.as_str(), "name" | "url")
                        .then(|| field_path::at(&errors, &format!("{base}.place")))
                        .flatten()
                })
            })
        };
        let check_id = cell_id("grp", &path("other_place"));
        html! {
            <div class="setka-slot" key={i} data-testid="grp-slot">
                <div class="setka-slot__row">
                    <span class="setka-slot__no">{ i + 1 }</span>
                    <div class="setka-slot__day">
                        <Select id={cell_id("grp", &path("weekday"))} value={s.weekday.clone()} options={days.clone()}
                                onchange={edit(i, |s, v| s.weekday = v)} aria_label={i18n.t("group-slot-day")}
                                invalid={err(&path("weekday")).is_some()} />
                    </div>
                    <CellInput id={cell_id("grp", &path("start"))} label={i18n.t("group-slot-start")} value={s.start.clone()}
                               input_type="time" oninput={edit(i, |s, v| s.start = v)} error={err(&path("start"))} quiet=true />
                    <span class="setka-slot__dash">{ "–" }</span>
                    <CellInput id={cell_id("grp", &path("end"))} label={i18n.t("group-slot-end")} value={s.end.clone()}
                               input_type="time" oninput={edit(i, |s, v| s.end = v)} error={err(&path("end"))} quiet=true />
                    <div class="pf-v6-c-check setka-slot__check">
                        <input class="pf-v6-c-check__input" type="checkbox" id={check_id.clone()} checked={s.other_place}
                               onchange={toggle(i)} />
                        <label class="pf-v6-c-check__label" for={check_id}>{ i18n.t("group-slot-other-place") }</label>
                    </div>
                    <button type="button" class="pf-v6-c-button pf-m-plain pf-m-danger" data-testid="grp-slot-remove"
                            aria-label={i18n.t("group-slot-remove")} title={i18n.t("group-slot-remove")} onclick={remove(i)}>
                        <span class="pf-v6-c-button__icon"><i class="fas fa-trash" aria-hidden="true"></i></span>
                    </button>
                </div>
                // Messages under the row: the cells are too narrow for them.
                { for ["weekday", "start", "end"].iter().filter_map(|f| err(&path(f)).map(|m| (*f, m))).map(|(f, m)| html! {
                    <p class="setka-error-text setka-slot__error" id={format!("{}-error", cell_id("grp", &path(f)))}
                       data-testid="field-error">
                        <i class="fas fa-exclamation-circle" aria-hidden="true"></i>{ " " }{ m }
                    </p>
                }) }
                { for rest.into_iter().map(|m| html! {
                    <p class="setka-error-text setka-slot__error" id={format!("{}-error", cell_id("grp", &base))}>{ m }</p>
                }) }
                if s.other_place {
                    <div class="setka-slot__place">
                        <PlaceFields path={path("place")} id_prefix={cell_id("grp", &path("place"))} place={s.place.clone()}
                                     onchange={on_place(i)} orgs={p.orgs.clone()} error={place_errors} />
                    </div>
                }
            </div>
        }
    };
    html! {
        <div class="setka-rows setka-rows--slots" id="grp-slots">
            if let Some(e) = field_path::at(&p.errors, "slots") {
                <p class="setka-error-text" id="grp-slots-error">{ e }</p>
            }
            if p.slots.is_empty() {
                <p class="setka-muted">{ i18n.t("group-slots-none") }</p>
            }
            { for p.slots.iter().enumerate().map(|(i, s)| row(i, s)) }
            <button type="button" id="grp-slot-add" class="pf-v6-c-button pf-m-link pf-m-inline setka-add-row" onclick={add}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus-circle" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("group-slot-add") }</span>
            </button>
        </div>
    }
}
