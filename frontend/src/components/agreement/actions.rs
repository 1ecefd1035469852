//! The buttons of those who manage an agreement, as its state allows: edit and send a
//! draft for signature, return it to draft (clears signatures), terminate one in force,
//! start a supplementary agreement. Each asks first where the step is hard to undo.

use gloo_net::http::Method;
use wire::agreement::{Agreement, Termination};
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use super::model::actions;
use crate::app::Route;
use crate::components::form::TextField;
use crate::components::modal::Modal;
use crate::components::network_form::TextAreaField;
use crate::components::{AppLink, ErrorAlert};
use crate::hooks::{use_auth, use_i18n};
use crate::services::{ApiError, if_match};

#[derive(Properties, PartialEq)]
pub struct ActionsProps {
    pub agreement: Agreement,
    pub manage: bool,
    /// The agreement after a step, and the notice to show.
    pub on_changed: Callback<(Agreement, &'static str)>,
    pub on_error: Callback<ApiError>,
}

#[derive(Clone, Copy, PartialEq)]
enum Asking {
    ReturnToDraft,
    Terminate,
    NewVersion,
}

#[function_component(AgreementActions)]
pub fn agreement_actions(p: &ActionsProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let navigator = use_navigator();
    let asking = use_state(|| None::<Asking>);
    let busy = use_state(|| false);
    let modal_error = use_state(|| None::<ApiError>);
    let term_on = use_state(|| crate::today::today().to_string());
    let term_reason = use_state(String::new);
    let a = &p.agreement;
    let can = actions(a, p.manage);

    // One POST of a step; `body` is `None` for the steps without one.
    let post = |action: &'static str, notice: &'static str, body: Option<Termination>| {
        let (api, busy, asking, modal_error) = (
            api.clone(),
            busy.clone(),
            asking.clone(),
            modal_error.clone(),
        );
        let (changed, failed, id, version) =
            (p.on_changed.clone(), p.on_error.clone(), a.id, a.version);
        let in_modal = action != "submit";
        move || {
            if *busy {
                return;
            }
            busy.set(true);
            let (api, busy, asking, modal_error, changed, failed, body) = (
                api.clone(),
                busy.clone(),
                asking.clone(),
                modal_error.clone(),
                changed.clone(),
                failed.clone(),
                body.clone(),
            );
            spawn_local(async move {
                let path = routes::agreement_action(id, action);
                let headers = [if_match(version)];
                let result: Result<Agreement, ApiError> = match &body {
                    Some(b) => api.send(Method::POST, &path, b, &headers).await,
                    None => api.call_json(Method::POST, &path, &headers).await,
                };
                busy.set(false);
                match result {
                    Ok(a) => {
                        asking.set(None);
                        modal_error.set(None);
                        changed.emit((a, notice));
                    }
                    Err(e) if in_modal && !e.is_stale() => modal_error.set(Some(e)),
                    Err(e) => {
                        asking.set(None);
                        failed.emit(e);
                    }
                }
            });
        }
    };
    let submit = {
        let go = post("submit", "submitted", None);
        Callback::from(move |_: MouseEvent| go())
    };
    let ask = |what: Asking| {
        let (asking, modal_error) = (asking.clone(), modal_error.clone());
        Callback::from(move |_: MouseEvent| {
            modal_error.set(None);
            asking.set(Some(what));
        })
    };
    let close = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    let new_version = {
        let (api, busy, modal_error, id) = (api.clone(), busy.clone(), modal_error.clone(), a.id);
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (api, busy, modal_error, navigator) = (
                api.clone(),
                busy.clone(),
                modal_error.clone(),
                navigator.clone(),
            );
            spawn_local(async move {
                let path = routes::agreement_action(id, "versions");
                let result: Result<Agreement, ApiError> =
                    api.call_json(Method::POST, &path, &[]).await;
                busy.set(false);
                match result {
                    Ok(next) => {
                        if let Some(nav) = navigator {
                            nav.push(&Route::EditAgreement { id: next.id });
                        }
                    }
                    Err(e) => modal_error.set(Some(e)),
                }
            });
        })
    };
    let return_to_draft = {
        let go = post("return-to-draft", "returned", None);
        Callback::from(move |_: MouseEvent| go())
    };
    let terminate = {
        let day = chrono::NaiveDate::parse_from_str(&term_on, "%Y-%m-%d").ok();
        let reason = (*term_reason).trim().to_owned();
        let modal_error = modal_error.clone();
        let go = day.map(|on| post("terminate", "terminated", Some(Termination { on, reason })));
        Callback::from(move |_: MouseEvent| match &go {
            Some(go) => go(),
            None => modal_error.set(Some(ApiError::Unexpected { status: 0 })),
        })
    };

    let button = |id: &'static str,
                  class: &'static str,
                  icon: &'static str,
                  key: &str,
                  onclick: Callback<MouseEvent>| {
        html! {
            <button type="button" {id} class={classes!("pf-v6-c-button", class, busy.then_some("pf-m-in-progress"))}
                    disabled={*busy} {onclick}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class={icon} aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t(key) }</span>
            </button>
        }
    };
    let modal_alert = html! {
        if let Some(e) = &*modal_error {
            <ErrorAlert error={e.clone()} />
        }
    };
    let footer = |id: &'static str, key: &str, danger: bool, onclick: Callback<MouseEvent>| {
        html! {
            <>
                <button type="button" {id} disabled={*busy} {onclick}
                        class={classes!("pf-v6-c-button", if danger { "pf-m-danger" } else { "pf-m-primary" }, busy.then_some("pf-m-in-progress"))}>
                    { i18n.t(key) }
                </button>
                <button type="button" class="pf-v6-c-button pf-m-link" onclick={close.reform(|_: MouseEvent| ())}>{ i18n.t("common-cancel") }</button>
            </>
        }
    };

    html! {
        <>
            if can.edit {
                <AppLink to={Route::EditAgreement { id: a.id }} id="agr-edit" class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                    <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-pen" aria-hidden="true"></i></span>
                    <span class="pf-v6-c-button__text">{ i18n.t("common-edit") }</span>
                </AppLink>
            }
            if can.submit { { button("agr-submit", "pf-m-primary", "fas fa-paper-plane", "agr-submit", submit) } }
            if can.new_version { { button("agr-new-version", "pf-m-secondary", "fas fa-file-medical", "agr-new-version", ask(Asking::NewVersion)) } }
            if can.return_to_draft { { button("agr-return", "pf-m-secondary", "fas fa-undo", "agr-return", ask(Asking::ReturnToDraft)) } }
            if can.terminate { { button("agr-terminate", "pf-m-secondary pf-m-danger", "fas fa-ban", "agr-terminate", ask(Asking::Terminate)) } }
            { match *asking {
                Some(Asking::ReturnToDraft) => html! {
                    <Modal id="agr-return-modal" title={i18n.t("agr-return-title")} warning=true on_close={close.clone()}
                           footer={footer("agr-return-confirm", "agr-return", true, return_to_draft)}>
                        { modal_alert.clone() }
                        <p>{ i18n.t("agr-return-body") }</p>
                    </Modal>
                },
                Some(Asking::Terminate) => html! {
                    <Modal id="agr-terminate-modal" title={i18n.t("agr-terminate-title")} warning=true on_close={close.clone()}
                           footer={footer("agr-terminate-confirm", "agr-terminate", true, terminate)}>
                        <div class="pf-v6-c-form">
                            { modal_alert.clone() }
                            <p>{ i18n.ta("agr-terminate-body", &[
                                ("from", i18n.date(a.content.valid_from).into()), ("to", i18n.date(a.content.valid_to).into()),
                            ]) }</p>
                            <TextField id="agr-terminate-on" label={i18n.t("agr-terminate-on")} value={(*term_on).clone()}
                                       input_type="date" required=true oninput={Callback::from({ let s = term_on.clone(); move |v| s.set(v) })} />
                            <TextAreaField id="agr-terminate-reason" label={i18n.t("agr-terminate-reason")} value={(*term_reason).clone()}
                                           oninput={Callback::from({ let s = term_reason.clone(); move |v| s.set(v) })} />
                        </div>
                    </Modal>
                },
                Some(Asking::NewVersion) => html! {
                    <Modal id="agr-version-modal" title={i18n.t("agr-new-version-title")} on_close={close.clone()}
                           footer={footer("agr-new-version-confirm", "agr-new-version-go", false, new_version)}>
                        { modal_alert.clone() }
                        <p>{ i18n.t("agr-new-version-body") }</p>
                    </Modal>
                },
                None => html! {},
            } }
        </>
    }
}
