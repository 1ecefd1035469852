//! The teachers of a group: the chosen ones, and a picker — a member school, then a
//! person of its staff.

use uuid::Uuid;
use wire::staff::Staff;
use wire::{Page, routes};
use yew::prelude::*;

use super::draft::TeacherChoice;
use crate::components::ErrorAlert;
use crate::components::form::Select;
use crate::hooks::{use_fetch, use_i18n};
use crate::services::with_query;

#[derive(Properties, PartialEq)]
pub struct TeachersProps {
    pub chosen: Vec<TeacherChoice>,
    pub onchange: Callback<Vec<TeacherChoice>>,
    /// Member schools: `(id, name)`; the provider first.
    pub schools: Vec<(Uuid, String)>,
    pub error: Option<String>,
}

pub fn staff_name(s: &Staff) -> String {
    [
        Some(s.last_name.as_str()),
        Some(s.first_name.as_str()),
        s.patronymic.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

#[function_component(TeachersField)]
pub fn teachers_field(p: &TeachersProps) -> Html {
    let i18n = use_i18n();
    // Until one is chosen, the first school (the provider) is shown.
    let chosen_school = use_state(|| None::<String>);
    let school = (*chosen_school)
        .clone()
        .or_else(|| p.schools.first().map(|(id, _)| id.to_string()))
        .unwrap_or_default();
    let person = use_state(String::new);
    let staff_path = uuid::Uuid::parse_str(&school)
        .ok()
        .map(|id| with_query(&routes::organization_staff(id), &[("limit", 200)]));
    let staff = use_fetch::<Page<Staff>>(staff_path);
    let people: Vec<(String, String)> = staff
        .state
        .ready()
        .map(|pg| {
            pg.items
                .iter()
                .filter(|s| !p.chosen.iter().any(|c| c.staff_id == s.id))
                .map(|s| {
                    (
                        s.id.to_string(),
                        format!("{} — {}", staff_name(s), s.position),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let on_school = {
        let (chosen_school, person) = (chosen_school.clone(), person.clone());
        Callback::from(move |v: String| {
            chosen_school.set(Some(v));
            person.set(String::new());
        })
    };
    let on_person = {
        let person = person.clone();
        Callback::from(move |v: String| person.set(v))
    };
    let add = {
        let (person, chosen, cb, staff) = (
            person.clone(),
            p.chosen.clone(),
            p.onchange.clone(),
            staff
                .state
                .ready()
                .map(|pg| pg.items.clone())
                .unwrap_or_default(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(s) = staff.iter().find(|s| s.id.to_string() == *person) else {
                return;
            };
            let mut next = chosen.clone();
            if !next.iter().any(|c| c.staff_id == s.id) {
                next.push(TeacherChoice {
                    staff_id: s.id,
                    name: staff_name(s),
                    organization_id: s.organization_id,
                });
            }
            cb.emit(next);
            person.set(String::new());
        })
    };
    let remove = |id: Uuid| {
        let (chosen, cb) = (p.chosen.clone(), p.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            cb.emit(
                chosen
                    .iter()
                    .filter(|c| c.staff_id != id)
                    .cloned()
                    .collect(),
            );
        })
    };
    let school_name = |id: Uuid| {
        p.schools
            .iter()
            .find(|(s, _)| *s == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let schools: Vec<(String, String)> = p
        .schools
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    html! {
        <div class="pf-v6-c-form__group" id="grp-teacher_ids">
            <div class="pf-v6-c-form__group-label">
                <span class="pf-v6-c-form__label-text setka-strong">{ i18n.t("group-teachers") }</span>
            </div>
            <div class="pf-v6-c-form__group-control setka-stack setka-stack--tight">
                if p.chosen.is_empty() {
                    <p class="setka-muted" data-testid="grp-teachers-none">{ i18n.t("group-teachers-none") }</p>
                } else {
                    <ul class="setka-chosen" data-testid="grp-teachers">
                        { for p.chosen.iter().map(|t| html! {
                            <li class="setka-chosen__item" data-testid="grp-teacher">
                                <span>
                                    <span class="setka-strong">{ &t.name }</span>
                                    <span class="setka-muted setka-small">{ format!(" · {}", school_name(t.organization_id)) }</span>
                                </span>
                                <button type="button" class="pf-v6-c-button pf-m-plain pf-m-danger" data-testid="grp-teacher-remove"
                                        aria-label={i18n.t("group-teacher-remove")} title={i18n.t("group-teacher-remove")}
                                        onclick={remove(t.staff_id)}>
                                    <span class="pf-v6-c-button__icon"><i class="fas fa-times" aria-hidden="true"></i></span>
                                </button>
                            </li>
                        }) }
                    </ul>
                }
                <div class="setka-teacher-picker">
                    <Select id="grp-teacher-school" value={school.clone()} options={schools} onchange={on_school}
                            aria_label={i18n.t("group-teacher-school")} />
                    <Select id="grp-teacher-person" value={(*person).clone()} options={people}
                            placeholder={i18n.t("group-teacher-person")} onchange={on_person}
                            aria_label={i18n.t("group-teacher-person")} />
                    <button type="button" id="grp-teacher-add" class="pf-v6-c-button pf-m-secondary"
                            disabled={person.is_empty()} onclick={add}>{ i18n.t("group-teacher-add") }</button>
                </div>
                if let Some(e) = staff.state.failed() {
                    <ErrorAlert error={e.clone()} title={i18n.t("group-teacher-staff-error")} />
                }
                if let Some(e) = &p.error {
                    <p class="setka-error-text" id="grp-teacher_ids-error">{ e }</p>
                }
                <p class="setka-muted setka-small">{ i18n.t("group-teachers-hint") }</p>
            </div>
        </div>
    }
}
