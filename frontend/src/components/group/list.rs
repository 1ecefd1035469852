//! «Сетевые группы» on the network page, or a programme's groups on its page: name,
//! programme, provider, teachers, weekly slots and the hours check; «Создать группу» for
//! those who may form groups.

use uuid::Uuid;
use wire::group::{Group, GroupQuery};
use wire::network::Network;
use wire::{Page, routes};
use yew::prelude::*;

use super::hours::Hours;
use super::slots::summary;
use crate::app::Route;
use crate::components::network_orgs::org_name;
use crate::components::{AppLink, ErrorAlert, Loading};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::services::with_query;

#[derive(Properties, PartialEq)]
pub struct GroupsProps {
    pub network: Network,
    /// Only this programme's groups (on the programme page).
    #[prop_or_default]
    pub programme_id: Option<Uuid>,
    /// The programme's providers, when shown for one programme: who may form its groups.
    #[prop_or_default]
    pub providers: Option<Vec<Uuid>>,
}

#[function_component(GroupsSection)]
pub fn groups_section(p: &GroupsProps) -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let n = &p.network;
    let query = GroupQuery {
        programme_id: p.programme_id,
        ..GroupQuery::default()
    };
    let fetch = use_fetch::<Page<Group>>(Some(with_query(&routes::network_groups(n.id), &query)));
    let may_create = match &p.providers {
        Some(list) => !perms.group_providers(n, list).is_empty(),
        None => perms.create_groups(n),
    };
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let body = match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(page) if page.items.is_empty() => html! {
            <p class="setka-muted" data-testid="groups-empty">{ i18n.t("group-empty") }</p>
        },
        Loadable::Ready(page) => html! {
            <table class="pf-v6-c-table pf-m-compact pf-m-grid-lg setka-table" data-testid="groups-table"
                   aria-label={i18n.t("group-title")}>
                <thead class="pf-v6-c-table__thead pf-m-nowrap"><tr class="pf-v6-c-table__tr">
                    { th("group-col-name") }
                    if p.programme_id.is_none() { { th("group-col-programme") } }
                    { th("group-col-provider") }{ th("group-col-teachers") }{ th("group-col-slots") }{ th("group-col-hours") }
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for page.items.iter().map(|g| {
                        let slots = summary(&g.input.slots, |d| i18n.slot_day(d));
                        html! {
                            <tr class="pf-v6-c-table__tr" key={g.id.to_string()} data-testid="group-row">
                                <td class="pf-v6-c-table__td setka-strong" data-label={i18n.t("group-col-name")}>
                                    <AppLink to={Route::Group { id: g.id }} testid="group-link">{ &g.input.name }</AppLink>
                                    <div class="setka-muted setka-small">{ &g.input.academic_year }</div>
                                </td>
                                if p.programme_id.is_none() {
                                    <td class="pf-v6-c-table__td" data-label={i18n.t("group-col-programme")}>
                                        <AppLink to={Route::Programme { id: g.input.programme_id }}>{ &g.programme_title }</AppLink>
                                    </td>
                                }
                                <td class="pf-v6-c-table__td" data-label={i18n.t("group-col-provider")}>{ org_name(n, g.input.provider_id) }</td>
                                <td class="pf-v6-c-table__td" data-label={i18n.t("group-col-teachers")}>
                                    if g.teachers.is_empty() { { "—" } }
                                    { for g.teachers.iter().map(|t| html! { <div class="setka-nowrap">{ &t.name }</div> }) }
                                </td>
                                <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("group-col-slots")} data-testid="group-slots">
                                    { if slots.is_empty() { "—".to_owned() } else { slots } }
                                </td>
                                <td class="pf-v6-c-table__td" data-label={i18n.t("group-col-hours")}><Hours hours={g.hours} /></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        },
    };
    let count = fetch.state.ready().map(|pg| pg.items.len());
    let new_query: Vec<(String, String)> = p
        .programme_id
        .map(|id| vec![("programme_id".to_owned(), id.to_string())])
        .unwrap_or_default();
    html! {
        <div class="pf-v6-c-card setka-card" id="groups" data-testid="groups">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("group-title") }
                        if let Some(c) = count {
                            <span class="setka-muted setka-count" data-testid="group-count">{ i18n.count("group-count", c) }</span>
                        }
                    </h2>
                </div>
                <div class="pf-v6-c-card__actions">
                    <AppLink to={Route::NetworkTimetable { id: n.id }} id="timetable-open"
                             class={classes!("pf-v6-c-button", "pf-m-link")}>
                        <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-th" aria-hidden="true"></i></span>
                        <span class="pf-v6-c-button__text">{ i18n.t("tt-open") }</span>
                    </AppLink>
                    if may_create {
                        <AppLink to={Route::NewGroup { id: n.id }} id="group-add" query={new_query}
                                 class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("group-add") }</span>
                        </AppLink>
                    }
                </div>
            </div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}
