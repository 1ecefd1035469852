//! `/organizations`: search, filter, sort and page through the visible organizations.

use std::collections::HashMap;
use std::rc::Rc;

use wire::organization::{Organization, OrganizationQuery};
use wire::routes;
use yew::prelude::*;

use crate::app::Route;
use crate::components::org_table::OrgTable;
use crate::components::org_toolbar::OrgToolbar;
use crate::components::{AppLink, EmptyState, ErrorAlert, Loading, PageHeader};
use crate::hooks::{use_auth, use_i18n, use_municipalities, use_paged};
use crate::services::with_query;

const PAGE_SIZE: u32 = 25;

#[function_component(Organizations)]
pub fn organizations() -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let filter = use_state(OrganizationQuery::default);
    let munis = use_municipalities();
    let names: Rc<HashMap<_, _>> = use_memo(munis.clone(), |m| {
        m.iter().map(|m| (m.id, m.name.clone())).collect()
    });

    let query = OrganizationQuery {
        limit: Some(PAGE_SIZE),
        ..(*filter).clone()
    };
    let list = use_paged::<Organization>(with_query(routes::ORGANIZATIONS, &query));
    let s = &*list.state;

    let onchange = {
        let filter = filter.clone();
        Callback::from(move |f: OrganizationQuery| filter.set(f))
    };
    let more = {
        let cb = list.load_more.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let actions = if perms.create_organization() {
        html! {
            <AppLink to={Route::NewOrganization} id="org-create" class={classes!("pf-v6-c-button", "pf-m-primary")}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("orgs-create") }</span>
            </AppLink>
        }
    } else {
        html! {}
    };

    let body = if s.items.is_empty() && s.loading {
        html! { <Loading /> }
    } else if s.items.is_empty() && s.error.is_none() {
        html! { <EmptyState title={i18n.t("orgs-empty-title")} body={i18n.t("orgs-empty-body")} /> }
    } else {
        html! { <OrgTable items={s.items.clone()} municipalities={names} /> }
    };
    let count_key = if s.next.is_some() {
        "orgs-shown-more"
    } else {
        "orgs-shown"
    };

    html! {
        <>
            <PageHeader title={i18n.t("orgs-title")} subtitle={i18n.t("orgs-subtitle")} {actions} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card">
                        <OrgToolbar filter={(*filter).clone()} municipalities={(*munis).clone()} {onchange} />
                        if let Some(err) = &s.error {
                            <div class="setka-card-pad"><ErrorAlert error={err.clone()} /></div>
                        }
                        { body }
                        if !s.items.is_empty() {
                            <div class="setka-list-footer">
                                <span class="setka-muted" id="org-count" data-testid="org-count">
                                    { i18n.count(count_key, s.items.len()) }
                                </span>
                                if s.next.is_some() {
                                    <button type="button" id="org-more" onclick={more} disabled={s.loading}
                                            class={classes!("pf-v6-c-button", "pf-m-secondary", s.loading.then_some("pf-m-in-progress"))}>
                                        <span class="pf-v6-c-button__text">{ i18n.t("common-show-more") }</span>
                                    </button>
                                }
                            </div>
                        }
                    </div>
                </div>
            </section>
        </>
    }
}
