//! The fields of a programme, with the server's field errors in place.

use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::form::{Group, SelectField, TextField};
use crate::components::programme_draft::ProgDraft;
use crate::hooks::use_i18n;
use crate::i18n::enums::{
    ASSESSMENT_FORMS, DELIVERY_MODES, LEVELS, PROGRAMME_STATUSES, parse_wire, wire_name,
};
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct ProgFormProps {
    pub draft: ProgDraft,
    pub onchange: Callback<ProgDraft>,
    pub error: Option<ApiError>,
    pub missing: Vec<&'static str>,
    /// Members that may teach it: `(id, name)`.
    pub providers: Vec<(Uuid, String)>,
}

#[function_component(ProgForm)]
pub fn prog_form(p: &ProgFormProps) -> Html {
    let i18n = use_i18n();
    let d = &p.draft;
    let err = |f: &str| {
        if p.missing.contains(&f) {
            return Some(i18n.t("common-required"));
        }
        p.error.as_ref().and_then(|e| e.field(f))
    };
    let text = |apply: fn(&mut ProgDraft, String)| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = d.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let levels: Vec<(String, String)> = LEVELS
        .iter()
        .map(|l| (wire_name(l), i18n.level(*l)))
        .collect();
    let delivery: Vec<(String, String)> = DELIVERY_MODES
        .iter()
        .map(|m| (wire_name(m), i18n.delivery(*m)))
        .collect();
    let assessment: Vec<(String, String)> = ASSESSMENT_FORMS
        .iter()
        .map(|a| (wire_name(a), i18n.assessment(*a)))
        .collect();
    let statuses: Vec<(String, String)> = PROGRAMME_STATUSES
        .iter()
        .map(|s| (wire_name(s), i18n.prog_status(*s)))
        .collect();
    // The grades a level allows, next to the grade fields: the server checks them.
    let level_hint = parse_wire::<domain::programme::EducationLevel>(&d.level).map(|l| {
        let (lo, hi) = l.grades();
        i18n.ta(
            "prog-form-grades-hint",
            &[
                ("level", i18n.level(l).into()),
                ("from", i64::from(lo).into()),
                ("to", i64::from(hi).into()),
            ],
        )
    });
    // The server reports grades outside the level with the generic «1 to 11» message;
    // say which grade leaves the level, by the same domain rule.
    let grades_error = err("grades");
    let outside = parse_wire::<domain::programme::EducationLevel>(&d.level).and_then(|l| {
        let (lo, hi) = l.grades();
        let (from, to) = (
            d.grade_from.trim().parse::<i64>().ok()?,
            d.grade_to.trim().parse::<i64>().ok()?,
        );
        let message = i18n.ta(
            "prog-grades-outside-level",
            &[
                ("level", i18n.level(l).into()),
                ("from", i64::from(lo).into()),
                ("to", i64::from(hi).into()),
            ],
        );
        let within = |g: i64| (1..=11).contains(&g);
        let bad = (from < i64::from(lo), to > i64::from(hi));
        (within(from) && within(to) && from <= to && (bad.0 || bad.1)).then_some((bad, message))
    });
    let (from_error, to_error) = match (&grades_error, outside) {
        (Some(_), Some(((f, t), message))) => (f.then(|| message.clone()), t.then_some(message)),
        (e, _) => (e.clone(), e.clone()),
    };
    let provider_error = err("provider_ids");
    let provider = |id: Uuid, name: &str| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        let onchange = Callback::from(move |e: Event| {
            let mut next = d.clone();
            next.toggle_provider(id, e.target_unchecked_into::<HtmlInputElement>().checked());
            cb.emit(next);
        });
        let input_id = format!("prog-provider-{id}");
        html! {
            <div class="pf-v6-c-check" key={id.to_string()}>
                <input class="pf-v6-c-check__input" type="checkbox" id={input_id.clone()} data-testid="prog-provider"
                       checked={p.draft.provider_ids.contains(&id)} {onchange} />
                <label class="pf-v6-c-check__label" for={input_id}>{ name }</label>
            </div>
        }
    };

    html! {
        <>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("prog-form-section-main") }</h2>
            <div class="pf-v6-l-grid pf-m-gutter">
                <div class="pf-v6-l-grid__item pf-m-4-col-on-md">
                    <TextField id="prog-code" label={i18n.t("prog-code")} value={d.code.clone()}
                               oninput={text(|d, v| d.code = v)} required=true error={err("code")}
                               helper={i18n.t("prog-form-code-hint")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-8-col-on-md">
                    <TextField id="prog-title" label={i18n.t("prog-form-title")} value={d.title.clone()}
                               oninput={text(|d, v| d.title = v)} required=true error={err("title")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-6-col-on-md">
                    <TextField id="prog-module" label={i18n.t("prog-module")} value={d.module.clone()}
                               oninput={text(|d, v| d.module = v)} error={err("module")}
                               helper={i18n.t("prog-form-module-hint")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-6-col-on-md">
                    <TextField id="prog-subject_area" label={i18n.t("prog-subject")} value={d.subject_area.clone()}
                               oninput={text(|d, v| d.subject_area = v)} required=true error={err("subject_area")}
                               helper={i18n.t("prog-form-subject-hint")} />
                </div>
            </div>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("prog-form-section-scope") }</h2>
            <div class="pf-v6-l-grid pf-m-gutter">
                <div class="pf-v6-l-grid__item pf-m-6-col-on-md">
                    <SelectField id="prog-level" label={i18n.t("prog-level")} value={d.level.clone()} options={levels}
                                 onchange={text(|d, v| d.level = v)} required=true error={err("level")}
                                 helper={level_hint} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-3-col-on-md">
                    <TextField id="prog-grade_from" label={i18n.t("prog-grade-from")} value={d.grade_from.clone()}
                               input_type="number" oninput={text(|d, v| d.grade_from = v)} required=true
                               error={err("grade_from").or(from_error)} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-3-col-on-md">
                    <TextField id="prog-grade_to" label={i18n.t("prog-grade-to")} value={d.grade_to.clone()}
                               input_type="number" oninput={text(|d, v| d.grade_to = v)} required=true
                               error={err("grade_to").or(to_error)} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-3-col-on-md">
                    <TextField id="prog-total_hours" label={i18n.t("prog-total-hours")} value={d.total_hours.clone()}
                               input_type="number" oninput={text(|d, v| d.total_hours = v)} required=true
                               error={err("total_hours")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-3-col-on-md">
                    <TextField id="prog-hours_per_week" label={i18n.t("prog-hours-week")} value={d.hours_per_week.clone()}
                               oninput={text(|d, v| d.hours_per_week = v)} required=true error={err("hours_per_week")}
                               helper={i18n.t("prog-form-hours-hint")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-3-col-on-md">
                    <SelectField id="prog-delivery_mode" label={i18n.t("prog-delivery")} value={d.delivery_mode.clone()}
                                 options={delivery} onchange={text(|d, v| d.delivery_mode = v)} required=true
                                 error={err("delivery_mode")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-3-col-on-md">
                    <SelectField id="prog-assessment_form" label={i18n.t("prog-assessment")} value={d.assessment_form.clone()}
                                 options={assessment} onchange={text(|d, v| d.assessment_form = v)} required=true
                                 error={err("assessment_form")} />
                </div>
            </div>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("prog-form-section-providers") }</h2>
            <Group id="prog-providers" label={i18n.t("prog-providers")} required=true error={provider_error}
                   helper={i18n.t("prog-form-providers-hint")}>
                <div class="setka-checks" id="prog-providers">
                    { for p.providers.iter().map(|(id, name)| provider(*id, name)) }
                </div>
            </Group>
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <SelectField id="prog-status" label={i18n.t("prog-status")} value={d.status.clone()} options={statuses}
                             onchange={text(|d, v| d.status = v)} required=true error={err("status")} />
                <TextField id="prog-external_id" label={i18n.t("org-external-id")} value={d.external_id.clone()}
                           oninput={text(|d, v| d.external_id = v)} error={err("external_id")}
                           helper={i18n.t("prog-form-external-id-hint")} />
            </div>
        </>
    }
}
