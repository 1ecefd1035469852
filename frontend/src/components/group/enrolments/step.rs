//! The dialog of one step of an enrolment: what it does, the reason (required to reject),
//! and the `POST` with `If-Match`. The outcome goes back to the section, which reloads
//! the list and shows a refusal next to it.

use gloo_net::http::Method;
use wire::enrolment::{Enrolment, StepInput};
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::model::{Step, student_name};
use crate::components::modal::Modal;
use crate::components::network_form::TextAreaField;
use crate::hooks::{use_auth, use_i18n};
use crate::services::{ApiError, if_match};

#[derive(Properties, PartialEq)]
pub struct StepDialogProps {
    pub step: Step,
    pub enrolment: Enrolment,
    /// The slug of the step taken (`withdraw-request`…) and its outcome.
    pub on_done: Callback<(&'static str, Result<Enrolment, ApiError>)>,
    pub on_close: Callback<()>,
}

#[function_component(StepDialog)]
pub fn step_dialog(p: &StepDialogProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let reason = use_state(String::new);
    let busy = use_state(|| false);
    let missing = use_state(|| false);
    let (step, e) = (p.step, &p.enrolment);
    let confirm = {
        let (api, reason, busy, missing, done) = (
            api.clone(),
            reason.clone(),
            busy.clone(),
            missing.clone(),
            p.on_done.clone(),
        );
        let (id, version, slug) = (e.id, e.version, step.slug(e.status));
        Callback::from(move |_: MouseEvent| {
            let text = reason.trim().to_owned();
            if step.reason_required() && text.is_empty() {
                missing.set(true);
                return;
            }
            if *busy {
                return;
            }
            busy.set(true);
            let body = StepInput {
                reason: (!text.is_empty()).then_some(text),
            };
            let (api, busy, done) = (api.clone(), busy.clone(), done.clone());
            spawn_local(async move {
                let path = routes::enrolment_action(id, step.action());
                let result: Result<Enrolment, ApiError> = api
                    .send(Method::POST, &path, &body, &[if_match(version)])
                    .await;
                busy.set(false);
                done.emit((slug, result));
            });
        })
    };
    let oninput = {
        let (reason, missing) = (reason.clone(), missing.clone());
        Callback::from(move |v: String| {
            missing.set(false);
            reason.set(v);
        })
    };
    let slug = step.slug(e.status);
    let footer = html! {
        <>
            <button type="button" id="enr-step-confirm" data-testid="enr-step-confirm" disabled={*busy} onclick={confirm}
                    class={classes!("pf-v6-c-button", if step.danger() { "pf-m-danger" } else { "pf-m-primary" }, busy.then_some("pf-m-in-progress"))}>
                { i18n.t(&step.key(e.status)) }
            </button>
            <button type="button" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_: MouseEvent| ())}>
                { i18n.t("common-cancel") }
            </button>
        </>
    };
    let label = i18n.t(if step.reason_required() {
        "enr-reason-required"
    } else {
        "enr-reason-optional"
    });
    html! {
        <Modal id="enr-step-modal" title={i18n.t(&format!("enr-step-{slug}-title"))} warning={step.danger()}
               on_close={p.on_close.clone()} {footer} size="pf-m-sm">
            <div class="pf-v6-c-form" data-testid="enr-step-modal" data-step={step.action()}>
                <p>{ i18n.t1(&format!("enr-step-{slug}-body"), "name", student_name(&e.student)) }</p>
                <TextAreaField id="enr-step-reason" {label} value={(*reason).clone()} {oninput}
                               error={missing.then(|| i18n.t("common-required"))} />
            </div>
        </Modal>
    }
}
