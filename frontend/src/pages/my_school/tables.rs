//! The tables of «Моя школа»: requests to the school's groups, its own pupils' requests
//! and enrolments, and the registers of its groups still to be taken.

use uuid::Uuid;
use wire::attendance::UntakenRegister;
use wire::enrolment::{Enrolment, EnrolmentStatus};
use wire::network::Network;
use wire::{Page, routes};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::Route;
use crate::components::group::enrolments::model::{status_color, student_name};
use crate::components::group::enrolments::row::class_and_school;
use crate::components::{AppLink, EmptyState, ErrorAlert, Label};
use crate::hooks::{I18n, use_auth, use_i18n};
use crate::i18n::enums::enrolment_status_key;
use crate::services::{ApiError, with_query};

fn th(i18n: &I18n, key: &str) -> Html {
    html! { <th class="pf-v6-c-table__th" role="columnheader" scope="col">{ i18n.t(key) }</th> }
}

/// A status label, with the place in the queue when waitlisted.
fn status(i18n: &I18n, e: &Enrolment) -> Html {
    let text = match (e.status, e.waitlist_position) {
        (EnrolmentStatus::Waitlisted, Some(n)) => {
            i18n.t1("school-waitlist-position", "position", i64::from(n))
        }
        (s, _) => i18n.t(enrolment_status_key(s)),
    };
    html! {
        <span data-testid={format!("status-{}", e.id)} data-status={crate::i18n::enums::wire_name(&e.status)}>
            <Label {text} color={status_color(e.status)} />
        </span>
    }
}

fn card(id: &'static str, title: String, count: usize, body: Html) -> Html {
    html! {
        <div class="pf-v6-c-card setka-card" {id}>
            <div class="pf-v6-c-card__title">
                <h2 class="pf-v6-c-card__title-text">
                    { title }{" "}<span class="pf-v6-c-badge pf-m-read" data-testid={format!("{id}-count")}>{ count }</span>
                </h2>
            </div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    /// Requests and waitlisted pupils in the school's groups.
    pub items: Vec<Enrolment>,
}

/// «Заявки в наши группы»: decided on the group's page, where the rules are shown.
#[function_component(ProviderTable)]
pub fn provider_table(p: &ProviderProps) -> Html {
    let i18n = use_i18n();
    let body = if p.items.is_empty() {
        html! { <EmptyState title={i18n.t("school-incoming-none")} icon="fas fa-inbox" /> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-grid-md pf-m-compact setka-table" role="grid">
                <thead class="pf-v6-c-table__thead">
                    <tr class="pf-v6-c-table__tr" role="row">
                        { th(&i18n, "school-col-student") }{ th(&i18n, "school-col-group") }
                        { th(&i18n, "school-col-requested") }{ th(&i18n, "school-col-status") }
                        <th class="pf-v6-c-table__th" role="columnheader" scope="col"></th>
                    </tr>
                </thead>
                <tbody class="pf-v6-c-table__tbody" role="rowgroup">
                    { for p.items.iter().map(|e| html! {
                        <tr class="pf-v6-c-table__tr" role="row" key={e.id.to_string()}
                            data-testid={format!("incoming-{}", e.id)}>
                            <td class="pf-v6-c-table__td" role="cell" data-label={i18n.t("school-col-student")}>
                                <span class="setka-strong">{ student_name(&e.student) }</span>
                                <div class="setka-muted setka-small">{ class_and_school(&i18n, &e.student) }</div>
                            </td>
                            <td class="pf-v6-c-table__td" role="cell" data-label={i18n.t("school-col-group")}>
                                { &e.programme_title }
                                <div class="setka-muted setka-small">{ &e.group_name }</div>
                            </td>
                            <td class="pf-v6-c-table__td setka-nowrap" role="cell" data-label={i18n.t("school-col-requested")}>
                                { i18n.date(e.requested_at.date_naive()) }
                            </td>
                            <td class="pf-v6-c-table__td" role="cell" data-label={i18n.t("school-col-status")}>{ status(&i18n, e) }</td>
                            <td class="pf-v6-c-table__td setka-nowrap" role="cell">
                                <AppLink to={Route::Group { id: e.group_id }} class="pf-v6-c-button pf-m-secondary pf-m-small"
                                         testid={format!("review-{}", e.id)}>
                                    { i18n.t("school-review") }
                                </AppLink>
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    card(
        "school-incoming",
        i18n.t("school-incoming"),
        p.items.len(),
        body,
    )
}

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub id: &'static str,
    pub title: String,
    pub empty: String,
    pub items: Vec<Enrolment>,
    pub reload: Callback<()>,
}

/// The school's own pupils in other schools' (or its own) network groups.
#[function_component(HomeTable)]
pub fn home_table(p: &HomeProps) -> Html {
    let i18n = use_i18n();
    let body = if p.items.is_empty() {
        html! { <EmptyState title={p.empty.clone()} icon="fas fa-user-graduate" /> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-grid-md pf-m-compact setka-table" role="grid">
                <thead class="pf-v6-c-table__thead">
                    <tr class="pf-v6-c-table__tr" role="row">
                        { th(&i18n, "school-col-student") }{ th(&i18n, "school-col-course") }
                        { th(&i18n, "school-col-provider") }{ th(&i18n, "school-col-requested") }
                        { th(&i18n, "school-col-status") }
                    </tr>
                </thead>
                <tbody class="pf-v6-c-table__tbody" role="rowgroup">
                    { for p.items.iter().map(|e| html! {
                        <tr class="pf-v6-c-table__tr" role="row" key={e.id.to_string()}
                            data-testid={format!("home-{}", e.id)}>
                            <td class="pf-v6-c-table__td" role="cell" data-label={i18n.t("school-col-student")}>
                                <AppLink to={Route::Student { id: e.student.id }} class="setka-strong">{ student_name(&e.student) }</AppLink>
                                <div class="setka-muted setka-small">
                                    { i18n.ta("enr-class", &[("grade", i64::from(e.student.grade).into()), ("letter", e.student.class_letter.clone().into())]) }
                                </div>
                            </td>
                            <td class="pf-v6-c-table__td" role="cell" data-label={i18n.t("school-col-course")}>
                                <AppLink to={Route::Group { id: e.group_id }}>{ &e.programme_title }</AppLink>
                                <div class="setka-muted setka-small">{ &e.group_name }</div>
                            </td>
                            <td class="pf-v6-c-table__td" role="cell" data-label={i18n.t("school-col-provider")}>{ &e.provider_name }</td>
                            <td class="pf-v6-c-table__td setka-nowrap" role="cell" data-label={i18n.t("school-col-requested")}>
                                { i18n.date(e.requested_at.date_naive()) }
                            </td>
                            <td class="pf-v6-c-table__td" role="cell" data-label={i18n.t("school-col-status")}>{ status(&i18n, e) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    card(p.id, p.title.clone(), p.items.len(), body)
}

#[derive(Properties, PartialEq)]
pub struct UntakenProps {
    pub org: Uuid,
    pub networks: Vec<Network>,
}

/// The registers of the school's groups whose sessions are over and not taken, across
/// the school's networks (one request per network).
#[function_component(UntakenCard)]
pub fn untaken_card(p: &UntakenProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let state = use_state(|| None::<Result<Vec<UntakenRegister>, ApiError>>);
    {
        let state = state.clone();
        let ids: Vec<Uuid> = p.networks.iter().map(|n| n.id).collect();
        use_effect_with((p.org, ids), move |(org, ids)| {
            let (org, ids) = (*org, ids.clone());
            spawn_local(async move {
                let mut all = Vec::new();
                for n in ids {
                    let path = with_query(
                        &routes::network_untaken_registers(n),
                        &[("provider_id", org.to_string())],
                    );
                    match api.get::<Page<UntakenRegister>>(&path).await {
                        Ok(page) => all.extend(page.items),
                        // A network the school only reads may not list registers.
                        Err(ApiError::NotFound(_) | ApiError::Forbidden(_)) => {}
                        Err(e) => {
                            state.set(Some(Err(e)));
                            return;
                        }
                    }
                }
                all.sort_by_key(|u| (u.date, u.start));
                state.set(Some(Ok(all)));
            });
        });
    }
    let (count, body) = match &*state {
        None => (0, html! { <crate::components::Loading /> }),
        Some(Err(e)) => (0, html! { <ErrorAlert error={e.clone()} /> }),
        Some(Ok(list)) if list.is_empty() => (
            0,
            html! { <EmptyState title={i18n.t("school-untaken-none")} icon="fas fa-check-circle" /> },
        ),
        Some(Ok(list)) => (
            list.len(),
            html! {
                <ul class="setka-untaken" data-testid="untaken-list">
                    { for list.iter().map(|u| html! {
                        <li key={u.session_id.to_string()} data-testid={format!("untaken-{}", u.session_id)}>
                            <span class="setka-nowrap setka-strong">
                                { format!("{} · {}", i18n.date(u.date), u.start.format("%H:%M")) }
                            </span>{" "}
                            <AppLink to={Route::Group { id: u.group_id }}>{ &u.group_name }</AppLink>{" "}
                            <AppLink to={Route::Register { id: u.session_id }} class="pf-v6-c-button pf-m-link pf-m-inline">
                                { i18n.t("school-untaken-open") }
                            </AppLink>
                        </li>
                    }) }
                </ul>
            },
        ),
    };
    card("school-untaken", i18n.t("school-untaken"), count, body)
}
