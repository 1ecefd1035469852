//! The upload form: a file, its kind and an optional title, sent as `multipart/form-data`.
//! Server field errors appear under their inputs; anything else above the form.

use wire::document::{Document, DocumentKind};
use yew::prelude::*;

use crate::components::ErrorAlert;
use crate::components::form::{Group, SelectField, TextField};
use crate::hooks::{use_i18n, use_submit};
use crate::i18n::enums::{DOCUMENT_KINDS, parse_wire, wire_name};
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct UploadFormProps {
    /// `…/{owners}/{id}/documents`.
    pub path: String,
    pub on_uploaded: Callback<Document>,
    pub on_cancel: Callback<()>,
}

/// Errors the server names by field, and the one that is the form's own.
fn errors_of(e: &ApiError) -> (Option<String>, Option<String>, Option<String>) {
    (e.field("file"), e.field("kind"), e.field("title"))
}

#[function_component(UploadForm)]
pub fn upload_form(p: &UploadFormProps) -> Html {
    let i18n = use_i18n();
    let file_input = use_node_ref();
    let kind = use_state(|| DocumentKind::Scan);
    let title = use_state(String::new);
    let submit = use_submit();
    let missing_file = use_state(|| false);

    let onsubmit = {
        let (submit, file_input, kind, title, missing_file, path, done) = (
            submit.clone(),
            file_input.clone(),
            kind.clone(),
            title.clone(),
            missing_file.clone(),
            p.path.clone(),
            p.on_uploaded.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if submit.busy() {
                return;
            }
            let file = file_input
                .cast::<web_sys::HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            let Some(file) = file else {
                missing_file.set(true);
                return;
            };
            missing_file.set(false);
            let Ok(form) = web_sys::FormData::new() else {
                return;
            };
            let filled = form
                .append_with_blob_and_filename("file", &file, &file.name())
                .and_then(|()| form.append_with_str("kind", &wire_name(&*kind)))
                .and_then(|()| match title.trim() {
                    "" => Ok(()),
                    t => form.append_with_str("title", t),
                });
            if filled.is_err() {
                return;
            }
            let done = done.clone();
            submit.upload(path.clone(), form, move |d: Document| done.emit(d));
        })
    };

    let error = submit.error();
    let (file_error, kind_error, title_error) = match &error {
        Some(e) => errors_of(e),
        None => (None, None, None),
    };
    let file_error = file_error.or_else(|| missing_file.then(|| i18n.t("doc-choose-file")));
    let options: Vec<(String, String)> = DOCUMENT_KINDS
        .iter()
        .map(|k| (wire_name(k), i18n.doc_kind(*k)))
        .collect();
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |v: String| {
            if let Some(k) = parse_wire::<DocumentKind>(&v) {
                kind.set(k);
            }
        })
    };
    let on_title = {
        let title = title.clone();
        Callback::from(move |v: String| title.set(v))
    };
    let invalid = file_error.is_some();
    // Another file is another upload: it gets its own `Idempotency-Key`.
    let new_file = {
        let submit = submit.clone();
        Callback::from(move |_: Event| submit.restart())
    };
    // A problem that is not about one field (a wrong type, too large) shows above.
    let general = error
        .as_ref()
        .filter(|e| e.field_errors().is_empty())
        .cloned();
    html! {
        <form class="pf-v6-c-form setka-doc-form" id="doc-form" {onsubmit} novalidate=true>
            if let Some(e) = general {
                <ErrorAlert error={e} />
            }
            <Group id="doc-file" label={i18n.t("doc-file")} required=true error={file_error}
                   helper={Some(i18n.t("doc-file-types"))}>
                <span class={classes!("pf-v6-c-form-control", invalid.then_some("pf-m-error"))}>
                    <input ref={file_input} id="doc-file" name="file" type="file" onchange={new_file}
                           aria-invalid={invalid.to_string()}
                           accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.rtf,.jpg,.jpeg,.png,.txt,.csv" />
                </span>
            </Group>
            <div class="setka-doc-form__row">
                <SelectField id="doc-kind" label={i18n.t("doc-kind")} value={wire_name(&*kind)}
                             {options} onchange={on_kind} error={kind_error} required=true />
                <TextField id="doc-title" label={i18n.t("doc-name")} value={(*title).clone()}
                           oninput={on_title} error={title_error} helper={Some(i18n.t("doc-name-hint"))} />
            </div>
            <div class="pf-v6-c-form__group pf-m-action">
                <div class="pf-v6-c-form__actions">
                    <button type="submit" class="pf-v6-c-button pf-m-primary" id="doc-upload" disabled={submit.busy()}>
                        { if submit.busy() { i18n.t("doc-uploading") } else { i18n.t("doc-upload") } }
                    </button>
                    <button type="button" class="pf-v6-c-button pf-m-link"
                            onclick={p.on_cancel.reform(|_| ())}>{ i18n.t("common-cancel") }</button>
                </div>
            </div>
        </form>
    }
}
