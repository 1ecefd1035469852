//! `/audit`: the append-only audit log, newest first.

use wire::audit::{AuditEntry, AuditQuery};
use wire::routes;
use yew::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, EmptyState, ErrorAlert, Loading, PageHeader};
use crate::hooks::{I18n, use_auth, use_i18n, use_paged};
use crate::pages::not_found::NotFound;
use crate::services::with_query;

/// A translated label, or the raw code for values this version does not know yet.
fn label(i18n: &I18n, prefix: &str, code: &str) -> String {
    let key = format!("{prefix}-{code}");
    let text = i18n.t(&key);
    if text == key { code.to_owned() } else { text }
}

/// The object's id, as a link where the SPA has a page for it.
fn entity_link(a: &AuditEntry) -> Html {
    let Some(id) = &a.entity_id else {
        return html! {};
    };
    match (a.entity_type.as_str(), id.parse::<uuid::Uuid>()) {
        ("organization", Ok(uuid)) => html! {
            <div class="setka-small"><AppLink to={Route::Organization { id: uuid }}>{ id }</AppLink></div>
        },
        _ => html! { <div class="setka-muted setka-small">{ id }</div> },
    }
}

#[function_component(Audit)]
pub fn audit() -> Html {
    let i18n = use_i18n();
    let allowed = use_auth().perms().audit();
    let q = AuditQuery {
        limit: Some(50),
        ..Default::default()
    };
    let list = use_paged::<AuditEntry>(with_query(routes::AUDIT, &q));
    if !allowed {
        return html! { <NotFound /> };
    }
    let s = &*list.state;
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let body = if s.items.is_empty() && s.loading {
        html! { <Loading /> }
    } else if s.items.is_empty() {
        html! { <EmptyState title={i18n.t("audit-empty")} icon="fas fa-history" /> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" id="audit-table" aria-label={i18n.t("audit-title")}>
                <thead class="pf-v6-c-table__thead pf-m-nowrap">
                    <tr class="pf-v6-c-table__tr">{ th("col-at") }{ th("col-actor") }{ th("col-action") }{ th("col-entity") }</tr>
                </thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for s.items.iter().map(|a| html! {
                        <tr class="pf-v6-c-table__tr" key={a.id.to_string()}>
                            <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("col-at")}>
                                { a.at.with_timezone(&chrono::Local).format("%d.%m.%Y %H:%M:%S").to_string() }
                            </td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-actor")}>{ &a.actor_name }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-action")}>{ label(&i18n, "audit-action", &a.action) }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-entity")}>
                                { label(&i18n, "entity", &a.entity_type) }
                                { entity_link(a) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    html! {
        <>
            <PageHeader title={i18n.t("audit-title")} subtitle={i18n.t("audit-subtitle")} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card">
                        if let Some(e) = &s.error { <div class="setka-card-pad"><ErrorAlert error={e.clone()} /></div> }
                        { body }
                        if !s.items.is_empty() {
                            <div class="setka-list-footer">
                                <span class="setka-muted">{ i18n.count("audit-shown", s.items.len()) }</span>
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
