//! What a form shows above its fields after a failed save: the stale-record warning with
//! a reload button, or the server's problem, plus field errors the form has no place for.

use yew::prelude::*;

use crate::components::field_path::is_under;
use crate::components::{Alert, ErrorAlert, Variant};
use crate::hooks::use_i18n;
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct FormErrorsProps {
    pub error: Option<ApiError>,
    /// Field names the form shows in place.
    pub fields: &'static [&'static str],
    pub on_reload: Callback<()>,
    /// The id of the reload button, for tests.
    #[prop_or(AttrValue::Static("form-reload"))]
    pub reload_id: AttrValue,
}

#[function_component(FormErrors)]
pub fn form_errors(p: &FormErrorsProps) -> Html {
    let i18n = use_i18n();
    let Some(e) = &p.error else {
        return html! {};
    };
    if e.is_stale() {
        return html! {
            <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")} testid="stale-alert"
                   actions={html! {
                       <button type="button" id={p.reload_id.clone()} class="pf-v6-c-button pf-m-link pf-m-inline"
                               onclick={p.on_reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                   }}>
                <p>{ i18n.t("error-stale-body") }</p>
            </Alert>
        };
    }
    let stray: Vec<String> = e
        .field_errors()
        .iter()
        .filter(|f| !p.fields.iter().any(|k| is_under(&f.field, k)))
        .map(|f| format!("{}: {}", f.field, f.message))
        .collect();
    html! {
        <>
            <ErrorAlert error={e.clone()} />
            { for stray.into_iter().map(|s| html! { <p class="setka-error-text">{ s }</p> }) }
        </>
    }
}
