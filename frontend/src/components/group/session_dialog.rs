//! The dialogs of a session: move it (or add one by hand) — day, times, another place —
//! and cancel it with a reason. Server field errors appear under their inputs.

use gloo_net::http::Method;
use uuid::Uuid;
use wire::group::{Cancellation, Group, Session};
use wire::routes;
use yew::prelude::*;

use super::place::PlaceFields;
use super::session_model::SessionDraft;
use crate::components::field_path;
use crate::components::form::{CheckField, TextField};
use crate::components::form_errors::FormErrors;
use crate::components::modal::Modal;
use crate::components::network_form::TextAreaField;
use crate::hooks::{use_i18n, use_submit};
use crate::services::SaveTo;

const FIELDS: &[&str] = &["date", "start", "end", "place", "reason"];

/// Which dialog is open.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    Move(Session),
    Add,
    Cancel(Session),
}

#[derive(Properties, PartialEq)]
pub struct SessionDialogProps {
    pub dialog: Dialog,
    pub group: Group,
    pub members: Vec<(Uuid, String)>,
    /// What was done, for the notice.
    pub on_done: Callback<String>,
    pub on_close: Callback<()>,
    /// Loads the sessions again (after a stale move).
    pub on_reload: Callback<()>,
}

#[function_component(SessionDialog)]
pub fn session_dialog(p: &SessionDialogProps) -> Html {
    match &p.dialog {
        Dialog::Cancel(s) => html! {
            <CancelDialog session={s.clone()} on_done={p.on_done.clone()} on_close={p.on_close.clone()}
                          on_reload={p.on_reload.clone()} />
        },
        d => html! {
            <MoveDialog session={match d { Dialog::Move(s) => Some(s.clone()), _ => None }} group={p.group.clone()}
                        members={p.members.clone()} on_done={p.on_done.clone()} on_close={p.on_close.clone()}
                        on_reload={p.on_reload.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct MoveProps {
    session: Option<Session>,
    group: Group,
    members: Vec<(Uuid, String)>,
    on_done: Callback<String>,
    on_close: Callback<()>,
    on_reload: Callback<()>,
}

#[function_component(MoveDialog)]
fn move_dialog(p: &MoveProps) -> Html {
    let i18n = use_i18n();
    let g = &p.group;
    let draft = {
        let (session, g) = (p.session.clone(), g.clone());
        use_state(move || match &session {
            Some(s) => SessionDraft::from_session(s, &g.input.slots, &g.input.place),
            None => {
                let today = crate::today::today();
                let day = today.clamp(
                    g.input.first_date,
                    g.input.last_date.max(g.input.first_date),
                );
                SessionDraft::new_on(day, &g.input.slots, &g.input.place)
            }
        })
    };
    let missing = use_state(Vec::<String>::new);
    let submit = use_submit();
    let set = |apply: fn(&mut SessionDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut next = (*draft).clone();
            apply(&mut next, v);
            draft.set(next);
        })
    };
    let save = {
        let (submit, draft, missing, done, session, group, i18n) = (
            submit.clone(),
            draft.clone(),
            missing.clone(),
            p.on_done.clone(),
            p.session.clone(),
            g.id,
            i18n.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let input = match draft.input() {
                Ok(i) => i,
                Err(m) => {
                    missing.set(m);
                    return;
                }
            };
            missing.set(Vec::new());
            let to = SaveTo::of(
                session.as_ref().map(|s| (routes::session(s.id), s.version)),
                routes::group_sessions(group),
            );
            let (done, i18n) = (done.clone(), i18n.clone());
            submit.save(to, input, move |s: Session, to| {
                let when = format!(
                    "{} {}",
                    i18n.date_with_weekday(s.date),
                    s.start.format("%H:%M")
                );
                let key = match to {
                    SaveTo::Create(_) => "session-added",
                    _ => "session-moved",
                };
                done.emit(i18n.t1(key, "when", when));
            });
        })
    };
    let errors = submit
        .error()
        .map(|e| e.field_errors().to_vec())
        .unwrap_or_default();
    let err = |f: &str| {
        if missing.iter().any(|m| m == f) {
            return Some(i18n.t("common-required"));
        }
        field_path::at(&errors, f)
    };
    let on_other = {
        let draft = draft.clone();
        Callback::from(move |on: bool| {
            let mut next = (*draft).clone();
            next.other_place = on;
            draft.set(next);
        })
    };
    let on_place = {
        let draft = draft.clone();
        Callback::from(move |place| {
            let mut next = (*draft).clone();
            next.place = place;
            draft.set(next);
        })
    };
    let place_error = {
        let (missing, errors, required) = (
            (*missing).clone(),
            errors.clone(),
            i18n.t("common-required"),
        );
        Callback::from(move |f: String| {
            let path = format!("place.{f}");
            if missing.contains(&path) {
                return Some(required.clone());
            }
            field_path::at(&errors, &path)
        })
    };
    let title = match &p.session {
        Some(s) => i18n.t1("session-move-title", "when", i18n.date_with_weekday(s.date)),
        None => i18n.t("session-add-title"),
    };
    let busy = submit.busy();
    let footer = html! {
        <>
            <button type="button" id="session-save" class={classes!("pf-v6-c-button", "pf-m-primary", busy.then_some("pf-m-in-progress"))}
                    disabled={busy} onclick={save}>
                { i18n.t(if p.session.is_some() { "session-move" } else { "session-add" }) }
            </button>
            <button type="button" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_| ())}>{ i18n.t("common-cancel") }</button>
        </>
    };
    let d = &*draft;
    html! {
        <Modal id="session-dialog" {title} on_close={p.on_close.clone()} {footer}>
            <form class="pf-v6-c-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <FormErrors error={submit.error()} fields={FIELDS} on_reload={p.on_reload.clone()} reload_id="session-reload" />
                <div class="pf-v6-l-grid pf-m-gutter pf-m-all-4-col-on-md">
                    <TextField id="session-date" label={i18n.t("session-date")} value={d.date.clone()} input_type="date"
                               oninput={set(|d, v| d.date = v)} required=true error={err("date")} />
                    <TextField id="session-start" label={i18n.t("group-slot-start")} value={d.start.clone()} input_type="time"
                               oninput={set(|d, v| d.start = v)} required=true error={err("start")} />
                    <TextField id="session-end" label={i18n.t("group-slot-end")} value={d.end.clone()} input_type="time"
                               oninput={set(|d, v| d.end = v)} required=true error={err("end")} />
                </div>
                <CheckField id="session-other-place" label={i18n.t("session-other-place")} checked={d.other_place}
                            onchange={on_other} error={err("place")} />
                if d.other_place {
                    <PlaceFields path="place" id_prefix="session-place" place={d.place.clone()} onchange={on_place}
                                 orgs={p.members.clone()} error={place_error} />
                }
            </form>
        </Modal>
    }
}

#[derive(Properties, PartialEq)]
struct CancelProps {
    session: Session,
    on_done: Callback<String>,
    on_close: Callback<()>,
    on_reload: Callback<()>,
}

#[function_component(CancelDialog)]
fn cancel_dialog(p: &CancelProps) -> Html {
    let i18n = use_i18n();
    let reason = use_state(String::new);
    let missing = use_state(|| false);
    let submit = use_submit();
    let confirm = {
        let (submit, reason, missing, done, s, i18n) = (
            submit.clone(),
            reason.clone(),
            missing.clone(),
            p.on_done.clone(),
            p.session.clone(),
            i18n.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = reason.trim().to_owned();
            if text.is_empty() {
                missing.set(true);
                return;
            }
            missing.set(false);
            let to = SaveTo::Guarded {
                method: Method::POST,
                path: routes::session_cancel(s.id),
                version: Some(s.version),
            };
            let (done, i18n) = (done.clone(), i18n.clone());
            submit.save(to, Cancellation { reason: text }, move |s: Session, _| {
                done.emit(i18n.t1("session-cancelled", "when", i18n.date_with_weekday(s.date)));
            });
        })
    };
    let reason_error = if *missing {
        Some(i18n.t("common-required"))
    } else {
        submit.error().and_then(|e| e.field("reason"))
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    let footer = html! {
        <>
            <button type="button" id="session-cancel-confirm" class="pf-v6-c-button pf-m-danger" disabled={submit.busy()} onclick={confirm}>
                { i18n.t("session-cancel") }
            </button>
            <button type="button" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_| ())}>{ i18n.t("common-close") }</button>
        </>
    };
    let s = &p.session;
    let title = i18n.t1(
        "session-cancel-title",
        "when",
        format!(
            "{} {}",
            i18n.date_with_weekday(s.date),
            s.start.format("%H:%M")
        ),
    );
    html! {
        <Modal id="session-cancel-dialog" {title} on_close={p.on_close.clone()} {footer} warning=true>
            <form class="pf-v6-c-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <FormErrors error={submit.error()} fields={FIELDS} on_reload={p.on_reload.clone()} reload_id="session-reload" />
                <TextAreaField id="session-reason" label={i18n.t("session-reason")} value={(*reason).clone()}
                               oninput={on_reason} error={reason_error} helper={i18n.t("session-reason-hint")} />
            </form>
        </Modal>
    }
}
