//! Taking a request back («Отозвать заявку») or withdrawing an enrolled student
//! («Отчислить»): the home school's step, with a reason for the history, sent at the
//! version the page shows (`If-Match`), so a step the provider took meanwhile is not
//! overridden unseen.

use gloo_net::http::Method;
use wire::enrolment::{Enrolment, EnrolmentStatus, StepInput};
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::form_errors::FormErrors;
use crate::components::modal::Modal;
use crate::components::network_form::TextAreaField;
use crate::hooks::{use_auth, use_i18n};
use crate::services::{ApiError, if_match};

const FIELDS: &[&str] = &["reason"];

/// Whether the step takes back a request (no seat held yet) rather than withdraws a
/// student from the group.
pub fn is_request(status: EnrolmentStatus) -> bool {
    matches!(
        status,
        EnrolmentStatus::Requested | EnrolmentStatus::Waitlisted
    )
}

/// The button's label key for an open enrolment.
pub fn action_key(status: EnrolmentStatus) -> &'static str {
    if is_request(status) {
        "stu-withdraw-request"
    } else {
        "stu-withdraw-student"
    }
}

#[derive(Properties, PartialEq)]
pub struct WithdrawProps {
    pub enrolment: Enrolment,
    pub on_done: Callback<Enrolment>,
    pub on_close: Callback<()>,
    /// Loads the enrolments again (after a stale step).
    pub on_reload: Callback<()>,
}

#[function_component(WithdrawDialog)]
pub fn withdraw_dialog(p: &WithdrawProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let reason = use_state(String::new);
    let busy = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let e = &p.enrolment;

    let send = {
        let (api, reason, busy, error, done) = (
            api.clone(),
            reason.clone(),
            busy.clone(),
            error.clone(),
            p.on_done.clone(),
        );
        let (id, version) = (e.id, e.version);
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let body = StepInput {
                reason: Some(reason.trim().to_owned()).filter(|r| !r.is_empty()),
            };
            let (api, busy, error, done) = (api.clone(), busy.clone(), error.clone(), done.clone());
            spawn_local(async move {
                let path = routes::enrolment_action(id, "withdraw");
                let result: Result<Enrolment, ApiError> = api
                    .send(Method::POST, &path, &body, &[if_match(version)])
                    .await;
                busy.set(false);
                match result {
                    Ok(after) => done.emit(after),
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    let reload = {
        let (reload, close) = (p.on_reload.clone(), p.on_close.clone());
        Callback::from(move |_| {
            reload.emit(());
            close.emit(());
        })
    };
    let title = i18n.t(action_key(e.status));
    let question = if is_request(e.status) {
        "stu-withdraw-request-confirm"
    } else {
        "stu-withdraw-student-confirm"
    };
    let footer = html! {
        <>
            <button type="button" id="withdraw-send" data-testid="withdraw-send"
                    class={classes!("pf-v6-c-button", "pf-m-danger", busy.then_some("pf-m-in-progress"))}
                    disabled={*busy} onclick={send}>
                { title.clone() }
            </button>
            <button type="button" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_| ())}>
                { i18n.t("common-cancel") }
            </button>
        </>
    };
    html! {
        <Modal id="withdraw-dialog" {title} on_close={p.on_close.clone()} {footer} size="pf-m-sm" warning=true>
            <form class="pf-v6-c-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <p>{ i18n.ta(question, &[
                    ("programme", e.programme_title.clone().into()),
                    ("group", e.group_name.clone().into()),
                ]) }</p>
                <FormErrors error={(*error).clone()} fields={FIELDS} on_reload={reload} reload_id="withdraw-reload" />
                <TextAreaField id="withdraw-reason" label={i18n.t("stu-withdraw-reason")} value={(*reason).clone()}
                               oninput={on_reason} error={error.as_ref().and_then(|e| e.field("reason"))} />
            </form>
        </Modal>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_taken_back_and_students_withdrawn() {
        assert_eq!(
            action_key(EnrolmentStatus::Requested),
            "stu-withdraw-request"
        );
        assert_eq!(
            action_key(EnrolmentStatus::Waitlisted),
            "stu-withdraw-request"
        );
        assert_eq!(
            action_key(EnrolmentStatus::Approved),
            "stu-withdraw-student"
        );
        assert_eq!(action_key(EnrolmentStatus::Active), "stu-withdraw-student");
    }
}
