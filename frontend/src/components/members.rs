//! The members of a network grouped by role, with the membership editor for those who
//! may manage the network.

use domain::network::{MembershipRole, NetworkModel};
use gloo_net::http::Method;
use wire::network::{Membership, Network};
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::Route;
use crate::components::map_layout::natural_key;
use crate::components::member_form::MemberForm;
use crate::components::{Alert, AppLink, ErrorAlert, Variant};
use crate::hooks::{use_auth, use_i18n};
use crate::services::{ApiError, if_match};

#[derive(Properties, PartialEq)]
pub struct MembersSectionProps {
    pub network: Network,
    pub can_manage: bool,
    /// The network as the server returned it after a change.
    pub on_changed: Callback<Network>,
    pub on_reload: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Editing {
    Add,
    Change(Membership),
}

#[function_component(MembersSection)]
pub fn members_section(p: &MembersSectionProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let editing = use_state(|| None::<Editing>);
    let notice = use_state(|| None::<String>);
    let error = use_state(|| None::<ApiError>);
    let n = &p.network;

    let open = |what: Editing| {
        let (editing, notice, error) = (editing.clone(), notice.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            notice.set(None);
            error.set(None);
            editing.set(Some(what.clone()));
        })
    };
    let on_close = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(None))
    };
    let on_saved = {
        let (editing, notice, changed) = (editing.clone(), notice.clone(), p.on_changed.clone());
        Callback::from(move |(net, message): (Network, String)| {
            editing.set(None);
            notice.set(Some(message));
            changed.emit(net);
        })
    };
    let remove = |m: &Membership| {
        let (api, notice, error, changed, i18n) = (
            api.clone(),
            notice.clone(),
            error.clone(),
            p.on_changed.clone(),
            i18n.clone(),
        );
        let (net_id, version, m) = (n.id, n.version, m.clone());
        Callback::from(move |_: MouseEvent| {
            let question = i18n.t1("member-remove-confirm", "name", m.organization_name.clone());
            let confirmed = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if !confirmed {
                return;
            }
            let (api, notice, error, changed, i18n, m) = (
                api.clone(),
                notice.clone(),
                error.clone(),
                changed.clone(),
                i18n.clone(),
                m.clone(),
            );
            spawn_local(async move {
                let path = routes::network_member(net_id, m.id);
                match api
                    .call_json::<Network>(Method::DELETE, &path, &[if_match(version)])
                    .await
                {
                    Ok(net) => {
                        error.set(None);
                        notice.set(Some(i18n.t1(
                            "member-removed",
                            "name",
                            m.organization_name.clone(),
                        )));
                        changed.emit(net);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    let mentoring = n.model == NetworkModel::Mentoring;
    let name_of = |id: Option<uuid::Uuid>| {
        id.and_then(|id| n.members.iter().find(|m| m.organization_id == id))
            .map(|m| m.organization_name.clone())
            .unwrap_or_else(|| "—".to_owned())
    };
    let row = |m: &Membership| {
        let left = match m.left_on {
            Some(d) => i18n.date(d),
            None => i18n.t("member-until-end"),
        };
        html! {
            <tr class="pf-v6-c-table__tr" key={m.id.to_string()} data-testid="member-row"
                data-role={m.role.as_str()} data-id={m.id.to_string()}>
                <td class="pf-v6-c-table__td setka-strong" data-label={i18n.t("col-member-org")}>
                    <AppLink to={Route::Organization { id: m.organization_id }}>{ &m.organization_name }</AppLink>
                </td>
                <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("col-member-joined")}>{ i18n.date(m.joined_on) }</td>
                <td class="pf-v6-c-table__td" data-label={i18n.t("col-member-left")}>{ left }</td>
                if mentoring {
                    <td class="pf-v6-c-table__td" data-label={i18n.t("col-member-mentor")}>
                        { if m.role == MembershipRole::Satellite { name_of(m.mentor_id) } else { String::new() } }
                    </td>
                }
                if p.can_manage {
                    <td class="pf-v6-c-table__td setka-row-actions">
                        <button type="button" class="pf-v6-c-button pf-m-plain" data-testid="member-edit"
                                aria-label={i18n.t("member-edit")} title={i18n.t("member-edit")}
                                onclick={open(Editing::Change(m.clone()))}>
                            <span class="pf-v6-c-button__icon"><i class="fas fa-pen" aria-hidden="true"></i></span>
                        </button>
                        <button type="button" class="pf-v6-c-button pf-m-plain pf-m-danger" data-testid="member-remove"
                                aria-label={i18n.t("member-remove")} title={i18n.t("member-remove")}
                                onclick={remove(m)}>
                            <span class="pf-v6-c-button__icon"><i class="fas fa-trash" aria-hidden="true"></i></span>
                        </button>
                    </td>
                }
            </tr>
        }
    };
    let cols = 3 + usize::from(mentoring) + usize::from(p.can_manage);
    let groups = MembershipRole::ALL.into_iter().filter_map(|role| {
        let mut ms: Vec<&Membership> = n.members.iter().filter(|m| m.role == role).collect();
        if ms.is_empty() {
            return None;
        }
        ms.sort_by_key(|m| (m.joined_on, natural_key(&m.organization_name)));
        Some(html! {
            <tbody class="pf-v6-c-table__tbody setka-member-group" id={format!("members-{}", role.as_str())} key={role.as_str()}>
                <tr class="pf-v6-c-table__tr setka-group-row">
                    <th class="pf-v6-c-table__th" colspan={cols.to_string()} scope="colgroup">
                        { i18n.t(&format!("member-group-{}", role.as_str())) }
                        <span class="setka-muted setka-count">{ ms.len() }</span>
                    </th>
                </tr>
                { for ms.into_iter().map(row) }
            </tbody>
        })
    });
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let table = html! {
        <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" id="members-table" aria-label={i18n.t("net-members")}>
            <thead class="pf-v6-c-table__thead pf-m-nowrap">
                <tr class="pf-v6-c-table__tr">
                    { th("col-member-org") }{ th("col-member-joined") }{ th("col-member-left") }
                    if mentoring { { th("col-member-mentor") } }
                    if p.can_manage { <th class="pf-v6-c-table__th" scope="col"><span class="pf-v6-screen-reader">{ i18n.t("common-actions") }</span></th> }
                </tr>
            </thead>
            { for groups }
        </table>
    };
    let orgs = {
        let mut ids: Vec<_> = n.members.iter().map(|m| m.organization_id).collect();
        ids.sort();
        ids.dedup();
        ids.len()
    };

    html! {
        <div class="pf-v6-c-card setka-card" id="members">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("net-members") }
                        <span class="setka-muted setka-count" data-testid="member-count">{ i18n.count("net-members-count", orgs) }</span>
                    </h2>
                </div>
                if p.can_manage && editing.is_none() {
                    <div class="pf-v6-c-card__actions">
                        <button type="button" id="member-add" class="pf-v6-c-button pf-m-secondary" onclick={open(Editing::Add)}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("member-add") }</span>
                        </button>
                    </div>
                }
            </div>
            <div class="pf-v6-c-card__body setka-stack">
                if let Some(text) = &*notice {
                    <Alert variant={Variant::Success} inline=true title={text.clone()} testid="member-notice" />
                }
                if let Some(e) = &*error {
                    if e.is_stale() {
                        <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")} testid="stale-alert"
                               actions={html! {
                                   <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline"
                                           onclick={p.on_reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                               }}>
                            <p>{ i18n.t("error-stale-body") }</p>
                        </Alert>
                    } else {
                        <div data-testid="member-rule-error"><ErrorAlert error={e.clone()} /></div>
                    }
                }
                if let Some(what) = &*editing {
                    <MemberForm network={n.clone()} editing={match what { Editing::Add => None, Editing::Change(m) => Some(m.clone()) }}
                                {on_saved} {on_close} on_reload={p.on_reload.clone()} />
                }
                if n.members.is_empty() {
                    <p class="setka-muted" data-testid="members-empty">{ i18n.t("net-members-empty") }</p>
                } else {
                    { table }
                }
            </div>
        </div>
    }
}
