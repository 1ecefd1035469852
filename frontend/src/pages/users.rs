//! `/users`: accounts, for the administrator.

use wire::routes;
use wire::user::{User, UserQuery};
use yew::prelude::*;

use crate::components::{EmptyState, ErrorAlert, Label, Loading, PageHeader};
use crate::hooks::{use_auth, use_i18n, use_paged};
use crate::pages::not_found::NotFound;
use crate::services::with_query;

#[function_component(Users)]
pub fn users() -> Html {
    let i18n = use_i18n();
    let allowed = use_auth().perms().users();
    let q = UserQuery {
        limit: Some(50),
        ..Default::default()
    };
    let list = use_paged::<User>(with_query(routes::USERS, &q));
    if !allowed {
        return html! { <NotFound /> };
    }
    let s = &*list.state;
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let body = if s.items.is_empty() && s.loading {
        html! { <Loading /> }
    } else if s.items.is_empty() {
        html! { <EmptyState title={i18n.t("users-empty")} /> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" id="users-table" aria-label={i18n.t("users-title")}>
                <thead class="pf-v6-c-table__thead pf-m-nowrap">
                    <tr class="pf-v6-c-table__tr">
                        { th("col-username") }{ th("col-display-name") }{ th("col-role") }{ th("col-user-status") }
                    </tr>
                </thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for s.items.iter().map(|u| html! {
                        <tr class="pf-v6-c-table__tr" key={u.id.to_string()}>
                            <td class="pf-v6-c-table__td setka-mono" data-label={i18n.t("col-username")}>{ &u.username }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-display-name")}>{ &u.display_name }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-role")}>{ i18n.role(u.role) }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-user-status")}>
                                if u.disabled {
                                    <Label text={i18n.t("user-disabled")} color="pf-m-red" />
                                } else {
                                    <Label text={i18n.t("user-active")} color="pf-m-green" />
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    html! {
        <>
            <PageHeader title={i18n.t("users-title")} subtitle={i18n.t("users-subtitle")} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card">
                        if let Some(e) = &s.error { <div class="setka-card-pad"><ErrorAlert error={e.clone()} /></div> }
                        { body }
                        if !s.items.is_empty() {
                            <div class="setka-list-footer">
                                <span class="setka-muted">{ i18n.count("users-shown", s.items.len()) }</span>
                                if s.next.is_some() {
                                    <button type="button" class="pf-v6-c-button pf-m-secondary"
                                            onclick={list.load_more.reform(|_| ())}>{ i18n.t("common-show-more") }</button>
                                }
                            </div>
                        }
                    </div>
                </div>
            </section>
        </>
    }
}
