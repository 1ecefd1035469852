//! `/sessions/{id}/register`: a session's register. One row per student with four large
//! mark buttons, «Все присутствуют», keyboard marking, a counter; saved whole with
//! `If-Match` once every student has a mark, with a reason when a correction comes more
//! than 48 hours after the session. Those who do not take the register see it read-only.

mod model;
mod row;

use std::rc::Rc;

use chrono::{Duration, Utc};
use domain::attendance::CORRECTION_WINDOW_HOURS;
use gloo_net::http::Method;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use wire::attendance::Register;
use wire::group::Group;
use wire::network::Network;
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;

use self::model::{Edit, Key, Sheet, key_action};
use self::row::RegisterRow;
use crate::app::Route;
use crate::components::network_form::TextAreaField;
use crate::components::{Alert, AppLink, EmptyState, ErrorAlert, Loading, PageHeader, Variant};
use crate::hooks::{I18n, Loadable, use_auth, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, if_match};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: Uuid,
}

#[function_component(RegisterPage)]
pub fn page(p: &Props) -> Html {
    let register = use_fetch::<Register>(Some(routes::session_register(p.id)));
    let group = use_fetch::<Group>(register.state.ready().map(|r| routes::group(r.group_id)));
    let network = use_fetch::<Network>(group.state.ready().map(|g| routes::network(g.network_id)));
    match (&register.state, &group.state, &network.state) {
        (Loadable::Failed(ApiError::NotFound(_)), _, _) => html! { <NotFound /> },
        (Loadable::Failed(e), _, _) | (_, Loadable::Failed(e), _) | (_, _, Loadable::Failed(e)) => {
            html! {
                <section class="pf-v6-c-page__main-section">
                    <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
                </section>
            }
        }
        (Loadable::Ready(r), Loadable::Ready(g), Loadable::Ready(n)) => html! {
            <RegisterView register={Rc::clone(r)} group={Rc::clone(g)} network={Rc::clone(n)}
                          reload={register.reload.clone()} key={format!("{}-{}", r.session_id, r.version)} />
        },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    register: Rc<Register>,
    group: Rc<Group>,
    network: Rc<Network>,
    reload: Callback<()>,
}

/// Moves the browser's focus to the row the keyboard is on.
fn focus_row(student: Uuid) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("register-row-{student}")))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

#[function_component(RegisterView)]
fn register_view(p: &ViewProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let sheet = use_reducer(|| Sheet::new(&p.register));
    // The register as last saved: who took it, its version.
    let current = use_state(|| Rc::clone(&p.register));
    let reason = use_state(String::new);
    let busy = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let saved = use_state(|| false);
    let (g, r) = (&p.group, &*current);
    let can_take = auth.perms().take_register(g, &p.network);
    let now = crate::today::now();
    let ended = now >= r.reason_required_after - Duration::hours(CORRECTION_WINDOW_HOURS);
    let editable = can_take && ended;
    {
        let (ids, focus) = (sheet.ids.clone(), sheet.focus);
        use_effect_with(sheet.moved, move |moved| {
            // After a keyboard move, and on opening when the register can be marked.
            if let Some(id) = ids.get(focus).filter(|_| *moved > 0 || editable) {
                focus_row(*id);
            }
        });
    }
    let reason_field = error.as_ref().and_then(|e| e.field("reason"));
    let need_reason = (r.taken && now > r.reason_required_after) || reason_field.is_some();
    let reason_text = reason.trim().to_owned();
    let blocked = if !sheet.complete() {
        Some("reg-need-all")
    } else if need_reason && reason_text.is_empty() {
        Some("reg-need-reason")
    } else if r.taken && !sheet.changed() {
        Some("reg-unchanged")
    } else {
        None
    };
    let save = {
        let (api, sheet, current, reason, busy, error, saved) = (
            auth.api.clone(),
            sheet.clone(),
            current.clone(),
            reason.clone(),
            busy.clone(),
            error.clone(),
            saved.clone(),
        );
        let text = (need_reason && !reason_text.is_empty()).then(|| reason_text.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let input = sheet.input(text.clone());
            let (api, sheet, current, reason, busy, error, saved) = (
                api.clone(),
                sheet.clone(),
                current.clone(),
                reason.clone(),
                busy.clone(),
                error.clone(),
                saved.clone(),
            );
            let (id, version) = (current.session_id, current.version);
            spawn_local(async move {
                let path = routes::session_register(id);
                let result: Result<Register, ApiError> = api
                    .send(Method::PUT, &path, &input, &[if_match(version)])
                    .await;
                busy.set(false);
                match result {
                    Ok(r) => {
                        let r = Rc::new(r);
                        sheet.dispatch(Edit::Load(Rc::clone(&r)));
                        current.set(r);
                        reason.set(String::new());
                        error.set(None);
                        saved.set(true);
                    }
                    Err(e) => {
                        saved.set(false);
                        error.set(Some(e));
                    }
                }
            });
        })
    };
    let onkeydown = {
        let sheet = sheet.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            match key_action(&e.key()) {
                Some(Key::Mark(_)) if !editable => {}
                Some(k) => {
                    e.prevent_default();
                    sheet.dispatch(Edit::Key(k));
                }
                None => {}
            }
        })
    };
    let on_set = {
        let sheet = sheet.dispatcher();
        Callback::from(move |(i, m)| sheet.dispatch(Edit::Set(i, m)))
    };
    let on_focus = {
        let sheet = sheet.dispatcher();
        Callback::from(move |i| sheet.dispatch(Edit::Focus(i)))
    };
    let all_present = {
        let sheet = sheet.dispatcher();
        Callback::from(move |_: MouseEvent| sheet.dispatch(Edit::AllPresent))
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    let breadcrumb = html! {
        <AppLink to={Route::Group { id: r.group_id }} class="setka-back" id="register-back" testid="register-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ g.input.name.clone() }
        </AppLink>
    };
    let subtitle = format!(
        "{} · {}, {}–{}",
        g.input.name,
        i18n.date_with_weekday(r.date),
        r.start.format("%H:%M"),
        r.end.format("%H:%M")
    );
    let (marked, total) = (sheet.marked(), sheet.ids.len());
    let rows = r.lines.iter().enumerate().map(|(i, l)| {
        html! {
            <RegisterRow key={l.student.id.to_string()} index={i} student={l.student.clone()}
                         mark={sheet.marks.get(i).copied().flatten()} focused={sheet.focus == i} {editable}
                         on_set={on_set.clone()} on_focus={on_focus.clone()} />
        }
    });
    html! {
        <>
            <PageHeader title={i18n.t("reg-title")} {subtitle} {breadcrumb} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack setka-register" data-testid="register"
                     data-taken={r.taken.to_string()} data-version={r.version.to_string()}>
                    if *saved && !sheet.changed() {
                        <Alert variant={Variant::Success} inline=true testid="register-saved" title={i18n.t("reg-saved")}>
                            <p>{ counter(&i18n, marked, total) }</p>
                        </Alert>
                    }
                    if let Some(e) = &*error {
                        <SaveError error={e.clone()} reload={p.reload.clone()} />
                    }
                    if !ended {
                        <Alert variant={Variant::Info} inline=true testid="register-not-ended" title={i18n.t("reg-not-ended")}>
                            <p>{ i18n.t("reg-not-ended-body") }</p>
                        </Alert>
                    } else if !can_take {
                        <Alert variant={Variant::Info} inline=true testid="register-readonly" title={i18n.t("reg-readonly")}>
                            <p>{ i18n.t("reg-readonly-body") }</p>
                        </Alert>
                    }
                    <Taken register={Rc::clone(r)} />
                    <div class="pf-v6-c-card setka-card">
                        <div class="pf-v6-c-card__header setka-reg-toolbar">
                            <div class="pf-v6-c-card__header-main">
                                <span class="setka-reg-count" data-testid="register-count"
                                      data-marked={marked.to_string()} data-total={total.to_string()}>
                                    { counter(&i18n, marked, total) }
                                </span>
                            </div>
                            if editable {
                                <div class="pf-v6-c-card__actions">
                                    <button type="button" id="register-all-present" data-testid="register-all-present"
                                            class="pf-v6-c-button pf-m-secondary setka-reg-big" disabled={marked == total}
                                            title={i18n.t("reg-all-present-hint")} onclick={all_present}>
                                        <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-check-double" aria-hidden="true"></i></span>
                                        <span class="pf-v6-c-button__text">{ i18n.t("reg-all-present") }</span>
                                    </button>
                                </div>
                            }
                        </div>
                        <div class="pf-v6-c-card__body">
                            if total == 0 {
                                <EmptyState title={i18n.t("reg-empty")} icon="fas fa-user-graduate" />
                            } else {
                                if editable {
                                    <p class="setka-muted setka-small setka-reg-keys">{ i18n.t("reg-keys") }</p>
                                }
                                <table class="pf-v6-c-table pf-m-compact setka-reg-table" data-testid="register-table">
                                    <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                                        <th class="pf-v6-c-table__th setka-reg-no">{ i18n.t("reg-col-no") }</th>
                                        <th class="pf-v6-c-table__th">{ i18n.t("reg-col-student") }</th>
                                        <th class="pf-v6-c-table__th">{ i18n.t("reg-col-mark") }</th>
                                    </tr></thead>
                                    <tbody class="pf-v6-c-table__tbody" {onkeydown}>{ for rows }</tbody>
                                </table>
                            }
                        </div>
                    </div>
                    if editable {
                        <div class="setka-reg-footer">
                            if need_reason {
                                <div class="setka-reg-reason" data-testid="register-reason-field">
                                    <TextAreaField id="register-reason" label={i18n.t("reg-reason")} value={(*reason).clone()}
                                                   oninput={on_reason} helper={i18n.t("reg-reason-hint")} error={reason_field} />
                                </div>
                            }
                            <div class="setka-reg-footer__row">
                                <button type="button" id="register-save" data-testid="register-save"
                                        class={classes!("pf-v6-c-button", "pf-m-primary", "setka-reg-big", busy.then_some("pf-m-in-progress"))}
                                        disabled={*busy || blocked.is_some()} onclick={save}>
                                    { i18n.t(if *busy { "common-saving" } else { "reg-save" }) }
                                </button>
                                if let Some(key) = blocked {
                                    <span class="setka-muted" data-testid="register-save-hint">{ i18n.t(key) }</span>
                                }
                            </div>
                        </div>
                    }
                </div>
            </section>
        </>
    }
}

/// «Отмечено 18 из 25».
fn counter(i18n: &I18n, marked: usize, total: usize) -> String {
    let n = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
    i18n.ta(
        "reg-count",
        &[("marked", n(marked).into()), ("total", n(total).into())],
    )
}

#[derive(Properties, PartialEq)]
struct TakenProps {
    register: Rc<Register>,
}

/// Who took the register and when, and who changed it last.
#[function_component(Taken)]
fn taken(p: &TakenProps) -> Html {
    let i18n = use_i18n();
    let r = &p.register;
    let line = |key: &str, who: &Option<String>, at: Option<chrono::DateTime<Utc>>| {
        i18n.ta(
            key,
            &[
                ("who", who.clone().unwrap_or_default().into()),
                (
                    "when",
                    at.map(|t| i18n.date_time(t)).unwrap_or_default().into(),
                ),
            ],
        )
    };
    if !r.taken {
        return html! { <p class="setka-muted" data-testid="register-untaken">{ i18n.t("reg-untaken") }</p> };
    }
    let changed = r.updated_at.is_some() && r.updated_at != r.taken_at;
    html! {
        <div class="setka-reg-meta">
            <p data-testid="register-taken">{ line("reg-taken", &r.taken_by_name, r.taken_at) }</p>
            if changed {
                <p data-testid="register-updated">{ line("reg-updated", &r.updated_by_name, r.updated_at) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SaveErrorProps {
    error: ApiError,
    reload: Callback<()>,
}

/// A refused save: a register changed meanwhile offers the current one; anything else is
/// the server's message (an incomplete register, a missing reason).
#[function_component(SaveError)]
fn save_error(p: &SaveErrorProps) -> Html {
    let i18n = use_i18n();
    let e = &p.error;
    html! {
        <div data-testid="register-error" data-code={e.code().map(|c| c.as_str())}>
            if e.is_stale() {
                <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")}
                       actions={html! {
                           <button type="button" id="register-reload" class="pf-v6-c-button pf-m-link pf-m-inline"
                                   onclick={p.reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                       }}>
                    <p>{ i18n.t("reg-stale-body") }</p>
                </Alert>
            } else {
                <ErrorAlert error={e.clone()} />
            }
        </div>
    }
}
