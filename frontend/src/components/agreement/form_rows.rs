//! The repeatable rows of the agreement editor: each party's duties with its resources
//! (kind, volume), the documents issued on completion, and the grade mappings with their
//! steps. Every row can be added and removed.

use uuid::Uuid;
use yew::prelude::*;

use super::draft::{
    AgrDraft, DocumentDraft, MappingDraft, ObligationDraft, ResourceDraft, StepDraft, StepMode,
};
use crate::components::form::{Select, SelectField, TextField};
use crate::components::network_form::TextAreaField;
use crate::hooks::{I18n, use_i18n};
use crate::i18n::enums::{ASSESSMENT_FORMS, wire_name};
use crate::services::ApiError;

#[derive(Properties, PartialEq, Clone)]
pub struct RowsProps {
    pub draft: AgrDraft,
    pub onchange: Callback<AgrDraft>,
    pub missing: Vec<String>,
    pub error: Option<ApiError>,
    /// The parties chosen so far: `(id, name)`.
    pub parties: Vec<(Uuid, String)>,
}

/// The message for a field path (`obligations.0.duties`): required locally, or the server's.
pub fn field_error(
    i18n: &I18n,
    missing: &[String],
    error: Option<&ApiError>,
    path: &str,
) -> Option<String> {
    if missing.iter().any(|m| m == path) {
        return Some(i18n.t("common-required"));
    }
    error.and_then(|e| e.field(path))
}

/// The element id of a field path: `agr-obligations-0-duties`.
pub fn field_id(path: &str) -> String {
    format!("agr-{}", path.replace('.', "-"))
}

/// A callback that edits a copy of the draft.
fn edit<T: 'static>(p: &RowsProps, apply: impl Fn(&mut AgrDraft, T) + 'static) -> Callback<T> {
    let (d, cb) = (p.draft.clone(), p.onchange.clone());
    Callback::from(move |v: T| {
        let mut next = d.clone();
        apply(&mut next, v);
        cb.emit(next);
    })
}

fn remove_button(
    i18n: &I18n,
    label: &str,
    testid: &'static str,
    onclick: Callback<MouseEvent>,
) -> Html {
    let title = i18n.t(label);
    html! {
        <button type="button" class="pf-v6-c-button pf-m-plain pf-m-danger" data-testid={testid}
                aria-label={title.clone()} {title} {onclick}>
            <span class="pf-v6-c-button__icon"><i class="fas fa-trash" aria-hidden="true"></i></span>
        </button>
    }
}

fn add_button(i18n: &I18n, id: String, label: &str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" {id} class="pf-v6-c-button pf-m-link pf-m-inline setka-add-row" {onclick}>
            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus-circle" aria-hidden="true"></i></span>
            <span class="pf-v6-c-button__text">{ i18n.t(label) }</span>
        </button>
    }
}

fn party_options(p: &RowsProps) -> Vec<(String, String)> {
    p.parties
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect()
}

#[function_component(ObligationsEditor)]
pub fn obligations_editor(p: &RowsProps) -> Html {
    let i18n = use_i18n();
    let err = |path: String| field_error(&i18n, &p.missing, p.error.as_ref(), &path);
    let options = party_options(p);
    let row = |i: usize, o: &ObligationDraft| {
        let resources = o.resources.iter().enumerate().map(|(j, r)| {
            let path = |f: &str| format!("obligations.{i}.resources.{j}.{f}");
            html! {
                <div class="setka-row-fields" key={j} data-testid="resource-row">
                    <TextField id={field_id(&path("kind"))} label={i18n.t("agr-resource-kind")} value={r.kind.clone()}
                               oninput={edit(p, move |d, v: String| d.obligations[i].resources[j].kind = v)}
                               error={err(path("kind"))} />
                    <TextField id={field_id(&path("volume"))} label={i18n.t("agr-resource-volume")} value={r.volume.clone()}
                               oninput={edit(p, move |d, v: String| d.obligations[i].resources[j].volume = v)}
                               error={err(path("volume"))} />
                    { remove_button(&i18n, "agr-resource-remove", "resource-remove",
                        edit(p, move |d, _: MouseEvent| { d.obligations[i].resources.remove(j); })) }
                </div>
            }
        });
        html! {
            <fieldset class="setka-row-card" key={i} data-testid="obligation-row">
                <div class="setka-row-card__head">
                    <legend class="setka-strong">{ i18n.t1("agr-obligation-no", "number", (i + 1) as i64) }</legend>
                    { remove_button(&i18n, "agr-obligation-remove", "obligation-remove",
                        edit(p, move |d, _: MouseEvent| { d.obligations.remove(i); })) }
                </div>
                <SelectField id={field_id(&format!("obligations.{i}.organization"))} label={i18n.t("agr-party")}
                             value={o.organization.clone()} options={options.clone()} placeholder={i18n.t("form-select-placeholder")}
                             onchange={edit(p, move |d, v: String| d.obligations[i].organization = v)} required=true
                             error={err(format!("obligations.{i}.organization"))} />
                <TextAreaField id={field_id(&format!("obligations.{i}.duties"))} label={i18n.t("agr-duties")} value={o.duties.clone()}
                               oninput={edit(p, move |d, v: String| d.obligations[i].duties = v)}
                               error={err(format!("obligations.{i}.duties"))} helper={i18n.t("agr-duties-hint")} />
                <div class="setka-rows-label">{ i18n.t("agr-resources") }</div>
                { for resources }
                { add_button(&i18n, format!("agr-resource-add-{i}"), "agr-resource-add",
                    edit(p, move |d, _: MouseEvent| d.obligations[i].resources.push(ResourceDraft::default()))) }
            </fieldset>
        }
    };
    html! {
        <div class="setka-rows" id="agr-obligations">
            if let Some(e) = err("obligations".into()) {
                <p class="setka-error-text" id="agr-obligations-error">{ e }</p>
            }
            { for p.draft.obligations.iter().enumerate().map(|(i, o)| row(i, o)) }
            { add_button(&i18n, "agr-obligation-add".into(), "agr-obligation-add",
                edit(p, |d, _: MouseEvent| d.obligations.push(ObligationDraft { resources: vec![ResourceDraft::default()], ..Default::default() }))) }
        </div>
    }
}

#[function_component(DocumentsEditor)]
pub fn documents_editor(p: &RowsProps) -> Html {
    let i18n = use_i18n();
    let err = |path: String| field_error(&i18n, &p.missing, p.error.as_ref(), &path);
    let options = party_options(p);
    html! {
        <div class="setka-rows" id="agr-completion_documents">
            { for p.draft.documents.iter().enumerate().map(|(i, doc)| html! {
                <div class="setka-row-fields" key={i} data-testid="document-row">
                    <TextField id={field_id(&format!("completion_documents.{i}.document"))} label={i18n.t("agr-document")}
                               value={doc.document.clone()} required=true
                               oninput={edit(p, move |d, v: String| d.documents[i].document = v)}
                               error={err(format!("completion_documents.{i}.document"))} />
                    <SelectField id={field_id(&format!("completion_documents.{i}.issued_by"))} label={i18n.t("agr-issued-by")}
                                 value={doc.issued_by.clone()} options={options.clone()} placeholder={i18n.t("form-select-placeholder")}
                                 onchange={edit(p, move |d, v: String| d.documents[i].issued_by = v)} required=true
                                 error={err(format!("completion_documents.{i}.issued_by"))} />
                    { remove_button(&i18n, "agr-document-remove", "document-remove",
                        edit(p, move |d, _: MouseEvent| { d.documents.remove(i); })) }
                </div>
            }) }
            { add_button(&i18n, "agr-document-add".into(), "agr-document-add",
                edit(p, |d, _: MouseEvent| d.documents.push(DocumentDraft::default()))) }
        </div>
    }
}

#[function_component(MappingsEditor)]
pub fn mappings_editor(p: &RowsProps) -> Html {
    let i18n = use_i18n();
    let err = |path: String| field_error(&i18n, &p.missing, p.error.as_ref(), &path);
    let forms: Vec<(String, String)> = ASSESSMENT_FORMS
        .iter()
        .map(|f| (wire_name(f), i18n.assessment(*f)))
        .collect();
    let modes = vec![
        ("equals".to_owned(), i18n.t("agr-step-mode-equals")),
        ("at_least".to_owned(), i18n.t("agr-step-mode-at-least")),
    ];
    let step = |i: usize, j: usize, s: &StepDraft| {
        let path = |f: &str| format!("grade_mappings.{i}.steps.{j}.{f}");
        let mode = match s.mode {
            StepMode::Equals => "equals",
            StepMode::AtLeast => "at_least",
        };
        html! {
            <div class="setka-row-fields setka-row-fields--step" key={j} data-testid="step-row">
                <div class="setka-step-mode">
                    <Select id={field_id(&path("mode"))} value={mode.to_owned()} options={modes.clone()}
                            aria_label={i18n.t("agr-step-mode")}
                            onchange={edit(p, move |d, v: String| d.mappings[i].steps[j].mode =
                                if v == "at_least" { StepMode::AtLeast } else { StepMode::Equals })} />
                </div>
                <TextField id={field_id(&path("value"))} label={i18n.t("agr-step-value")} value={s.value.clone()}
                           oninput={edit(p, move |d, v: String| d.mappings[i].steps[j].value = v)}
                           error={err(path("value"))} />
                <TextField id={field_id(&path("result"))} label={i18n.t("agr-step-result")} value={s.result.clone()}
                           oninput={edit(p, move |d, v: String| d.mappings[i].steps[j].result = v)}
                           error={err(path("result"))} />
                { remove_button(&i18n, "agr-step-remove", "step-remove",
                    edit(p, move |d, _: MouseEvent| { d.mappings[i].steps.remove(j); })) }
            </div>
        }
    };
    let mapping = |i: usize, m: &MappingDraft| {
        html! {
            <fieldset class="setka-row-card" key={i} data-testid="mapping-row">
                <div class="setka-row-card__head">
                    <legend class="setka-strong">{ i18n.t1("agr-mapping-no", "number", (i + 1) as i64) }</legend>
                    { remove_button(&i18n, "agr-mapping-remove", "mapping-remove",
                        edit(p, move |d, _: MouseEvent| { d.mappings.remove(i); })) }
                </div>
                <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                    <SelectField id={field_id(&format!("grade_mappings.{i}.source"))} label={i18n.t("agr-mapping-source")}
                                 value={m.source.clone()} options={forms.clone()} required=true
                                 onchange={edit(p, move |d, v: String| d.mappings[i].source = v)}
                                 error={err(format!("grade_mappings.{i}.source"))} />
                    <SelectField id={field_id(&format!("grade_mappings.{i}.target"))} label={i18n.t("agr-mapping-target")}
                                 value={m.target.clone()} options={forms.clone()} required=true
                                 onchange={edit(p, move |d, v: String| d.mappings[i].target = v)}
                                 error={err(format!("grade_mappings.{i}.target"))} />
                </div>
                <div class="setka-rows-label">
                    { i18n.t("agr-mapping-steps") }
                    <span class="setka-muted setka-small">{ format!(" · {}", i18n.t("agr-step-value-hint")) }</span>
                </div>
                { for m.steps.iter().enumerate().map(|(j, s)| step(i, j, s)) }
                { add_button(&i18n, format!("agr-step-add-{i}"), "agr-step-add",
                    edit(p, move |d, _: MouseEvent| d.mappings[i].steps.push(StepDraft::default()))) }
            </fieldset>
        }
    };
    html! {
        <div class="setka-rows" id="agr-grade_mappings">
            if let Some(e) = err("grade_mappings".into()) {
                <p class="setka-error-text" id="agr-grade_mappings-error">{ e }</p>
            }
            { for p.draft.mappings.iter().enumerate().map(|(i, m)| mapping(i, m)) }
            { add_button(&i18n, "agr-mapping-add".into(), "agr-mapping-add",
                edit(p, |d, _: MouseEvent| d.mappings.push(MappingDraft::default()))) }
        </div>
    }
}
