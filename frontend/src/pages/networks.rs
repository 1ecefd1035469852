//! `/networks`: search and page through the networks the user may see.

use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use wire::network::{NetworkQuery, NetworkSummary};
use wire::routes;
use yew::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, EmptyState, ErrorAlert, Label, Loading, PageHeader};
use crate::hooks::{use_auth, use_i18n, use_paged};
use crate::services::with_query;

const PAGE_SIZE: u32 = 25;

pub fn status_color(s: domain::network::NetworkStatus) -> &'static str {
    use domain::network::NetworkStatus::*;
    match s {
        Planned => "pf-m-blue",
        Active => "pf-m-green",
        Closed => "pf-m-grey",
    }
}

#[function_component(Networks)]
pub fn networks() -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let text = use_state(String::new);
    let q = use_state(|| None::<String>);

    // Search as you type, a moment after the last key.
    {
        let q = q.clone();
        use_effect_with((*text).clone(), move |text| {
            let next = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
            let pending = (next != *q).then(|| Timeout::new(300, move || q.set(next)));
            move || drop(pending)
        });
    }
    let query = NetworkQuery {
        q: (*q).clone(),
        limit: Some(PAGE_SIZE),
        cursor: None,
    };
    let list = use_paged::<NetworkSummary>(with_query(routes::NETWORKS, &query));
    let s = &*list.state;

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let actions = if perms.create_network() {
        html! {
            <AppLink to={Route::NewNetwork} id="net-create" class={classes!("pf-v6-c-button", "pf-m-primary")}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("nets-create") }</span>
            </AppLink>
        }
    } else {
        html! {}
    };
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let body = if s.items.is_empty() && s.loading {
        html! { <Loading /> }
    } else if s.items.is_empty() && s.error.is_none() {
        html! { <EmptyState title={i18n.t("nets-empty-title")} body={i18n.t("nets-empty-body")}
        icon="fas fa-project-diagram" /> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-grid-md pf-m-compact setka-table" id="networks-table"
                   aria-label={i18n.t("nets-title")}>
                <thead class="pf-v6-c-table__thead pf-m-nowrap">
                    <tr class="pf-v6-c-table__tr">
                        { th("col-net-name") }{ th("col-net-model") }{ th("col-net-period") }{ th("col-net-status") }
                    </tr>
                </thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for s.items.iter().map(|n| html! {
                        <tr class="pf-v6-c-table__tr" key={n.id.to_string()} data-testid="network-row" data-id={n.id.to_string()}>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-net-name")}>
                                <AppLink to={Route::Network { id: n.id }} class="setka-strong">{ &n.name }</AppLink>
                            </td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-net-model")}>
                                <Label text={i18n.model(n.model)} color="pf-m-purple" />
                            </td>
                            <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("col-net-period")}>
                                { i18n.period(n.period_from, n.period_to) }
                            </td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("col-net-status")}>
                                <Label text={i18n.net_status(n.status)} color={status_color(n.status)} />
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    let count_key = if s.next.is_some() {
        "nets-shown-more"
    } else {
        "nets-shown"
    };

    html! {
        <>
            <PageHeader title={i18n.t("nets-title")} subtitle={i18n.t("nets-subtitle")} {actions} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card">
                        <div class="pf-v6-c-toolbar setka-toolbar">
                            <div class="pf-v6-c-toolbar__content">
                                <div class="pf-v6-c-toolbar__content-section">
                                    <div class="pf-v6-c-toolbar__item setka-search">
                                        <div class="pf-v6-c-text-input-group">
                                            <div class="pf-v6-c-text-input-group__main pf-m-icon">
                                                <span class="pf-v6-c-text-input-group__text">
                                                    <span class="pf-v6-c-text-input-group__icon"><i class="fas fa-search" aria-hidden="true"></i></span>
                                                    <input class="pf-v6-c-text-input-group__text-input" id="net-search" type="search"
                                                           value={(*text).clone()} {oninput}
                                                           placeholder={i18n.t("nets-search")} aria-label={i18n.t("common-search")} />
                                                </span>
                                            </div>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                        if let Some(err) = &s.error {
                            <div class="setka-card-pad"><ErrorAlert error={err.clone()} /></div>
                        }
                        { body }
                        if !s.items.is_empty() {
                            <div class="setka-list-footer">
                                <span class="setka-muted" id="net-count" data-testid="net-count">
                                    { i18n.count(count_key, s.items.len()) }
                                </span>
                                if s.next.is_some() {
                                    <button type="button" id="net-more" onclick={list.load_more.reform(|_| ())} disabled={s.loading}
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
