//! A group's sessions by month: day, time, place, status (planned, moved, added,
//! cancelled with the reason); for those who manage the group, move, cancel, restore and
//! add a session.

use gloo_net::http::Method;
use uuid::Uuid;
use wire::group::{Group, Session, SessionStatus};
use wire::network::Network;
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::place::place_text;
use super::session_dialog::{Dialog, SessionDialog};
use super::session_model::{Mark, Month, by_month, default_month, mark, usual_place};
use super::slots::time_range;
use crate::components::network_orgs::org_name;
use crate::components::{Alert, EmptyState, ErrorAlert, Label, Loading, Variant};
use crate::hooks::{Loadable, use_all, use_auth, use_i18n};
use crate::services::{ApiError, if_match, with_query};

#[derive(Properties, PartialEq)]
pub struct SessionsProps {
    pub group: Group,
    pub network: Network,
    pub can_manage: bool,
    /// Changes when sessions were generated, so the list loads again.
    pub generation: u32,
    /// Sessions changed: the group's hours changed too.
    pub on_changed: Callback<()>,
    pub members: Vec<(Uuid, String)>,
}

#[function_component(SessionsSection)]
pub fn sessions_section(p: &SessionsProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let g = &p.group;
    let path = with_query(
        &routes::group_sessions(g.id),
        &[
            ("from", g.input.first_date.to_string()),
            ("to", g.input.last_date.to_string()),
        ],
    );
    let fetch = use_all::<Session>(Some(path));
    {
        let reload = fetch.reload.clone();
        use_effect_with(p.generation, move |g| {
            if *g > 0 {
                reload.emit(());
            }
        });
    }
    let month = use_state(|| None::<Month>);
    let dialog = use_state(|| None::<Dialog>);
    let notice = use_state(|| None::<String>);
    let error = use_state(|| None::<ApiError>);
    let sessions: Vec<Session> = fetch.state.ready().cloned().unwrap_or_default();
    let months = by_month(&sessions);
    let keys: Vec<Month> = months.iter().map(|(m, _)| *m).collect();
    let today = crate::today::today();
    let shown = month
        .filter(|m| keys.contains(m))
        .or_else(|| default_month(&keys, today));
    let done = {
        let (dialog, notice, error, reload, changed) = (
            dialog.clone(),
            notice.clone(),
            error.clone(),
            fetch.reload.clone(),
            p.on_changed.clone(),
        );
        Callback::from(move |text: String| {
            dialog.set(None);
            error.set(None);
            notice.set(Some(text));
            reload.emit(());
            changed.emit(());
        })
    };
    let open = |d: Dialog| {
        let (dialog, notice) = (dialog.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            notice.set(None);
            dialog.set(Some(d.clone()));
        })
    };
    let restore = |s: &Session| {
        let (api, s, done, error, i18n) = (
            api.clone(),
            s.clone(),
            done.clone(),
            error.clone(),
            i18n.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (api, s, done, error, i18n) = (
                api.clone(),
                s.clone(),
                done.clone(),
                error.clone(),
                i18n.clone(),
            );
            spawn_local(async move {
                let result: Result<Session, ApiError> = api
                    .call_json(
                        Method::POST,
                        &routes::session_restore(s.id),
                        &[if_match(s.version)],
                    )
                    .await;
                match result {
                    Ok(s) => done.emit(i18n.t1(
                        "session-restored",
                        "when",
                        i18n.date_with_weekday(s.date),
                    )),
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let pick = |m: Month| {
        let month = month.clone();
        Callback::from(move |_: MouseEvent| month.set(Some(m)))
    };
    let n = &p.network;
    let row = |s: &Session| {
        let m = mark(s, &g.input.slots);
        let usual = usual_place(s, &g.input.slots, &g.input.place);
        let place = if s.place == usual {
            html! { <span class="setka-muted">{ place_text(&i18n, &s.place, |id| org_name(n, id)) }</span> }
        } else {
            html! { <span class="setka-strong">{ place_text(&i18n, &s.place, |id| org_name(n, id)) }</span> }
        };
        let detail = match m {
            Mark::Moved => s
                .origin_date
                .filter(|o| *o != s.date)
                .map(|o| i18n.t1("session-moved-from", "date", i18n.date(o))),
            Mark::Cancelled => s.cancel_reason.clone(),
            _ => None,
        };
        let cancelled = s.status == SessionStatus::Cancelled;
        html! {
            <tr class={classes!("pf-v6-c-table__tr", cancelled.then_some("setka-session--cancelled"))} key={s.id.to_string()}
                data-testid="session-row" data-mark={m.key()}>
                <td class="pf-v6-c-table__td setka-nowrap setka-session-date" data-label={i18n.t("session-date")}>{ i18n.date_with_weekday(s.date) }</td>
                <td class="pf-v6-c-table__td setka-nowrap setka-session-time" data-label={i18n.t("session-time")}>{ time_range(s.start, s.end) }</td>
                <td class="pf-v6-c-table__td" data-label={i18n.t("session-place")}>{ place }</td>
                <td class="pf-v6-c-table__td" data-label={i18n.t("session-status")}>
                    <Label text={i18n.t(m.key())} color={m.color()} />
                    if let Some(text) = detail {
                        <div class="setka-muted setka-small">{ text }</div>
                    }
                    if s.attendance_taken {
                        <div class="setka-muted setka-small"><i class="fas fa-check" aria-hidden="true"></i>{ " " }{ i18n.t("session-attendance-taken") }</div>
                    }
                </td>
                if p.can_manage {
                    <td class="pf-v6-c-table__td setka-session-actions">
                        if cancelled {
                            <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline" data-testid="session-restore"
                                    onclick={restore(s)}>{ i18n.t("session-restore") }</button>
                        } else {
                            <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline" data-testid="session-move"
                                    onclick={open(Dialog::Move(s.clone()))}>{ i18n.t("session-move") }</button>
                            <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline pf-m-danger" data-testid="session-cancel"
                                    onclick={open(Dialog::Cancel(s.clone()))}>{ i18n.t("session-cancel") }</button>
                        }
                    </td>
                }
            </tr>
        }
    };
    let body = match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(_) if months.is_empty() => html! {
            <EmptyState title={i18n.t("session-empty")} icon="fas fa-calendar-day"
                        body={i18n.t(if p.can_manage { "session-empty-hint" } else { "session-empty-read" })} />
        },
        Loadable::Ready(_) => {
            let list = months
                .iter()
                .find(|(m, _)| Some(*m) == shown)
                .map(|(_, l)| l.clone())
                .unwrap_or_default();
            html! {
                <>
                    <div class="pf-v6-c-toggle-group setka-months" role="group" aria-label={i18n.t("session-months")}>
                        { for months.iter().map(|((y, m), l)| {
                            let active = shown == Some((*y, *m));
                            let cancelled = l.iter().filter(|s| s.status == SessionStatus::Cancelled).count();
                            html! {
                                <div class="pf-v6-c-toggle-group__item">
                                    <button type="button" class={classes!("pf-v6-c-toggle-group__button", active.then_some("pf-m-selected"))}
                                            aria-pressed={active.to_string()} data-testid="session-month" onclick={pick((*y, *m))}>
                                        <span class="pf-v6-c-toggle-group__text">
                                            { format!("{} {}", i18n.month(*m), y) }
                                            <span class="setka-month-count">{ l.len() - cancelled }</span>
                                        </span>
                                    </button>
                                </div>
                            }
                        }) }
                    </div>
                    <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" data-testid="sessions-table">
                        <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                            <th class="pf-v6-c-table__th">{ i18n.t("session-date") }</th>
                            <th class="pf-v6-c-table__th">{ i18n.t("session-time") }</th>
                            <th class="pf-v6-c-table__th">{ i18n.t("session-place") }</th>
                            <th class="pf-v6-c-table__th">{ i18n.t("session-status") }</th>
                            if p.can_manage {
                                <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("common-actions") }</span></th>
                            }
                        </tr></thead>
                        <tbody class="pf-v6-c-table__tbody">{ for list.into_iter().map(row) }</tbody>
                    </table>
                </>
            }
        }
    };
    let total = sessions
        .iter()
        .filter(|s| s.status != SessionStatus::Cancelled)
        .count();
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_| dialog.set(None))
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="sessions" data-testid="sessions">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("session-title") }
                        if fetch.state.ready().is_some() {
                            <span class="setka-muted setka-count" data-testid="session-count">{ i18n.count("session-count", total) }</span>
                        }
                    </h2>
                </div>
                if p.can_manage {
                    <div class="pf-v6-c-card__actions">
                        <button type="button" id="session-add" class="pf-v6-c-button pf-m-secondary" onclick={open(Dialog::Add)}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("session-add") }</span>
                        </button>
                    </div>
                }
            </div>
            <div class="pf-v6-c-card__body setka-stack">
                if let Some(text) = &*notice {
                    <Alert variant={Variant::Success} inline=true title={text.clone()} testid="session-notice" />
                }
                if let Some(e) = &*error {
                    <ErrorAlert error={e.clone()} />
                }
                { body }
            </div>
            if let Some(d) = &*dialog {
                <SessionDialog dialog={d.clone()} group={g.clone()} members={p.members.clone()} on_done={done}
                               on_close={close} on_reload={fetch.reload.clone()} />
            }
        </div>
    }
}
