//! The agreement editor's fields: details, parties, then the five sections of 273-ФЗ
//! art. 15 part 3 and the grade mappings, with the server's field errors in place.

use uuid::Uuid;
use web_sys::HtmlInputElement;
use wire::programme::Programme;
use yew::prelude::*;

use super::draft::AgrDraft;
use super::form_rows::{
    DocumentsEditor, MappingsEditor, ObligationsEditor, RowsProps, field_error,
};
use crate::components::form::{Group, SelectField, TextField};
use crate::components::network_form::TextAreaField;
use crate::components::programmes::programme_name;
use crate::hooks::use_i18n;
use crate::i18n::enums::{AGREEMENT_KINDS, wire_name};
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct AgrFormProps {
    pub draft: AgrDraft,
    pub onchange: Callback<AgrDraft>,
    pub error: Option<ApiError>,
    pub missing: Vec<String>,
    /// Organizations of the network that may be parties: `(id, name)`.
    pub members: Vec<(Uuid, String)>,
    pub programmes: Vec<Programme>,
    /// A school's administration drafts only with its own school as the base.
    pub base_locked: bool,
}

fn heading(text: String) -> Html {
    html! { <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ text }</h2> }
}

#[function_component(AgrForm)]
pub fn agr_form(p: &AgrFormProps) -> Html {
    let i18n = use_i18n();
    let d = &p.draft;
    let err = |f: &str| field_error(&i18n, &p.missing, p.error.as_ref(), f);
    let text = |apply: fn(&mut AgrDraft, String)| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = d.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let toggle = |apply: fn(&mut AgrDraft, Uuid, bool), id: Uuid| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |e: Event| {
            let mut next = d.clone();
            apply(
                &mut next,
                id,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            );
            cb.emit(next);
        })
    };
    let check = |testid: &'static str,
                 input_id: String,
                 on: bool,
                 onchange: Callback<Event>,
                 label: Html| {
        html! {
            <div class="pf-v6-c-check" key={input_id.clone()}>
                <input class="pf-v6-c-check__input" type="checkbox" id={input_id.clone()} data-testid={testid}
                       checked={on} {onchange} />
                <label class="pf-v6-c-check__label" for={input_id}>{ label }</label>
            </div>
        }
    };
    let kinds: Vec<(String, String)> = AGREEMENT_KINDS
        .iter()
        .map(|k| (wire_name(k), i18n.agr_kind(*k)))
        .collect();
    let base_options: Vec<(String, String)> = p
        .members
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();
    let base = d.base.parse::<Uuid>().ok();
    let participants = p
        .members
        .iter()
        .filter(|(id, _)| Some(*id) != base)
        .map(|(id, name)| {
            check(
                "agr-participant",
                format!("agr-participant-{id}"),
                d.participants.contains(id),
                toggle(
                    |d, id, on| {
                        d.participants.retain(|p| *p != id);
                        if on {
                            d.participants.push(id);
                        }
                    },
                    *id,
                ),
                html! { name },
            )
        });
    let programmes = p.programmes.iter().map(|pr| {
        let label = html! {
            <>
                { programme_name(pr) }
                <span class="setka-muted">{ format!(" · {} · {}", pr.code,
                    i18n.ta("prog-grades-value", &[("from", i64::from(pr.grade_from).into()), ("to", i64::from(pr.grade_to).into())])) }</span>
            </>
        };
        check(
            "agr-programme",
            format!("agr-programme-{}", pr.id),
            d.programmes.contains(&pr.id),
            toggle(
                |d, id, on| {
                    d.programmes.retain(|p| *p != id);
                    if on {
                        d.programmes.push(id);
                    }
                },
                pr.id,
            ),
            label,
        )
    });
    let parties: Vec<(Uuid, String)> = d
        .parties()
        .into_iter()
        .map(|id| {
            let name = p
                .members
                .iter()
                .find(|(m, _)| *m == id)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| "—".to_owned());
            (id, name)
        })
        .collect();
    let rows = RowsProps {
        draft: d.clone(),
        onchange: p.onchange.clone(),
        missing: p.missing.clone(),
        error: p.error.clone(),
        parties,
    };

    html! {
        <>
            { heading(i18n.t("agr-form-section-details")) }
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-4-col-on-md">
                <TextField id="agr-number" label={i18n.t("agr-number")} value={d.number.clone()}
                           oninput={text(|d, v| d.number = v)} error={err("number")} helper={i18n.t("agr-number-hint")} />
                <TextField id="agr-date" label={i18n.t("agr-date")} value={d.date.clone()} input_type="date"
                           oninput={text(|d, v| d.date = v)} required=true error={err("date")} />
                <SelectField id="agr-kind" label={i18n.t("agr-kind")} value={d.kind.clone()} options={kinds}
                             onchange={text(|d, v| d.kind = v)} required=true error={err("kind")} />
            </div>
            { heading(i18n.t("agr-form-section-parties")) }
            <SelectField id="agr-base_organization_id" label={i18n.t("agr-base")} value={d.base.clone()}
                         options={base_options} placeholder={i18n.t("form-select-placeholder")} disabled={p.base_locked}
                         onchange={text(|d, v| d.set_base(v))} required=true error={err("base_organization_id")}
                         helper={i18n.t(if p.base_locked { "agr-base-locked-hint" } else { "agr-base-hint" })} />
            <Group id="agr-participants" label={i18n.t("agr-participants")} required=true error={err("participant_ids")}
                   helper={i18n.t("agr-participants-hint")}>
                <div class="setka-checks" id="agr-participants">{ for participants }</div>
            </Group>

            { heading(i18n.t("agr-s1-form")) }
            <Group id="agr-programmes" label={i18n.t("agr-s1-programmes")} error={err("programme_ids")}
                   helper={i18n.t(if p.programmes.is_empty() { "agr-programmes-none" } else { "agr-programmes-hint" })}>
                <div class="setka-checks" id="agr-programmes">{ for programmes }</div>
            </Group>
            <TextAreaField id="agr-programme_description" label={i18n.t("agr-s1-description")} value={d.programme_description.clone()}
                           oninput={text(|d, v| d.programme_description = v)} error={err("programme_description")}
                           helper={i18n.t("agr-description-hint")} />

            { heading(i18n.t("agr-s2-form")) }
            <TextAreaField id="agr-student_status" label={i18n.t("agr-student-status")} value={d.student_status.clone()}
                           oninput={text(|d, v| d.student_status = v)} error={err("student_status")}
                           helper={i18n.t("agr-student-status-hint")} />
            <TextAreaField id="agr-admission_rules" label={i18n.t("agr-admission-rules")} value={d.admission_rules.clone()}
                           oninput={text(|d, v| d.admission_rules = v)} error={err("admission_rules")} />

            { heading(i18n.t("agr-s3-form")) }
            <TextAreaField id="agr-conditions" label={i18n.t("agr-conditions")} value={d.conditions.clone()}
                           oninput={text(|d, v| d.conditions = v)} error={err("conditions")} />
            <div class="setka-rows-label">{ i18n.t("agr-obligations") }</div>
            <ObligationsEditor ..rows.clone() />

            { heading(i18n.t("agr-s4-form")) }
            <DocumentsEditor ..rows.clone() />

            { heading(i18n.t("agr-s5-form")) }
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <TextField id="agr-valid_from" label={i18n.t("agr-valid-from")} value={d.valid_from.clone()} input_type="date"
                           oninput={text(|d, v| d.valid_from = v)} required=true error={err("valid_from")} />
                <TextField id="agr-valid_to" label={i18n.t("agr-valid-to")} value={d.valid_to.clone()} input_type="date"
                           oninput={text(|d, v| d.valid_to = v)} required=true error={err("valid_to")} />
            </div>
            <TextAreaField id="agr-change_procedure" label={i18n.t("agr-change-procedure")} value={d.change_procedure.clone()}
                           oninput={text(|d, v| d.change_procedure = v)} error={err("change_procedure")} />
            <TextAreaField id="agr-termination_procedure" label={i18n.t("agr-termination-procedure")} value={d.termination_procedure.clone()}
                           oninput={text(|d, v| d.termination_procedure = v)} error={err("termination_procedure")} />

            { heading(i18n.t("agr-mappings-title")) }
            <p class="setka-muted setka-small">{ i18n.t("agr-mappings-hint") }</p>
            <MappingsEditor ..rows />
        </>
    }
}
