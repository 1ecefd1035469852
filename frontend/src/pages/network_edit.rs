//! `/networks/new` and `/networks/{id}/edit`.

use gloo_net::http::Method;
use uuid::Uuid;
use wire::Page;
use wire::network::{Network, NetworkCreate};
use wire::organization::{Organization, OrganizationQuery};
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::network_form::{FIELDS, NetDraft, NetForm};
use crate::components::{Alert, AppLink, ErrorAlert, Loading, PageHeader, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_municipalities};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, idempotency_key, if_match, with_query};

#[derive(Properties, PartialEq)]
pub struct NetworkEditProps {
    /// `None`: create a new network.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

#[function_component(NetworkEdit)]
pub fn network_edit(p: &NetworkEditProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let perms = auth.perms();
    let navigator = use_navigator();
    let munis = use_municipalities();
    let existing = use_fetch::<Network>(p.id.map(routes::network));
    let draft = use_state(|| None::<NetDraft>);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(Vec::<&'static str>::new);
    let busy = use_state(|| false);

    let current: Option<Network> = existing.state.ready().cloned();
    {
        let (draft, error) = (draft.clone(), error.clone());
        let single = munis.first().map(|m| m.id).filter(|_| munis.len() == 1);
        let version = current.as_ref().map(|n| n.version);
        use_effect_with((version, p.id, single), move |_| {
            let next = match (&current, (*draft).clone()) {
                (Some(n), _) => NetDraft::from_network(n),
                (None, Some(mut d)) => {
                    if d.municipality_id.is_empty() {
                        d.municipality_id = single.map(|m| m.to_string()).unwrap_or_default();
                    }
                    d
                }
                (None, None) => NetDraft::new(single),
            };
            draft.set(Some(next));
            error.set(None);
        });
    }
    // Candidates for the coordinator: the organizations of the chosen municipality.
    let muni_id = (*draft)
        .as_ref()
        .and_then(|d| d.municipality_id.parse::<Uuid>().ok());
    let orgs_path = muni_id.filter(|_| p.id.is_none()).map(|m| {
        let q = OrganizationQuery {
            municipality_id: Some(m),
            limit: Some(wire::page::MAX_LIMIT),
            ..Default::default()
        };
        with_query(routes::ORGANIZATIONS, &q)
    });
    let orgs = use_fetch::<Page<Organization>>(orgs_path);

    let allowed = match (p.id, existing.state.ready()) {
        (None, _) => perms.create_network(),
        (Some(_), Some(n)) => perms.manage_network(n),
        (Some(_), None) => true,
    };
    match &existing.state {
        Loadable::Failed(ApiError::NotFound(_)) => return html! { <NotFound /> },
        _ if !allowed => return html! { <NotFound /> },
        Loadable::Failed(e) if p.id.is_some() => return html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Loading if p.id.is_some() => return html! { <Loading /> },
        _ => {}
    }
    let Some(d) = (*draft).clone() else {
        return html! { <Loading /> };
    };
    let version = existing.state.ready().map(|n| n.version);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |d: NetDraft| draft.set(Some(d)))
    };
    let onsubmit = {
        let (api, error, missing, busy, id) = (
            auth.api.clone(),
            error.clone(),
            missing.clone(),
            busy.clone(),
            p.id,
        );
        let d = d.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let (input, coordinator) = match d.input(id.is_none()) {
                Ok(v) => v,
                Err(fields) => {
                    missing.set(fields);
                    return;
                }
            };
            missing.set(Vec::new());
            busy.set(true);
            let (api, error, busy, navigator) =
                (api.clone(), error.clone(), busy.clone(), navigator.clone());
            spawn_local(async move {
                let result: Result<Network, ApiError> = match (id, version, coordinator) {
                    (Some(id), Some(v), _) => {
                        api.send(Method::PUT, &routes::network(id), &input, &[if_match(v)])
                            .await
                    }
                    (_, _, Some(coordinator_id)) => {
                        let body = NetworkCreate {
                            network: input,
                            coordinator_id,
                            members: Vec::new(),
                        };
                        api.send(Method::POST, routes::NETWORKS, &body, &[idempotency_key()])
                            .await
                    }
                    _ => Err(ApiError::Unexpected { status: 0 }),
                };
                busy.set(false);
                match result {
                    Ok(n) => {
                        let notice = if id.is_some() { "saved" } else { "created" };
                        if let Some(nav) = navigator {
                            let to = Route::Network { id: n.id };
                            if nav.push_with_query(&to, [("notice", notice)]).is_err() {
                                nav.push(&to);
                            }
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let cancel_to = match p.id {
        Some(id) => Route::Network { id },
        None => Route::Networks,
    };
    let title = match existing.state.ready() {
        Some(n) => format!("{}: {}", i18n.t("net-form-edit-title"), n.name),
        None => i18n.t("net-form-create-title"),
    };
    let coordinators = p.id.is_none().then(|| {
        orgs.state
            .ready()
            .map(|page| {
                page.items
                    .iter()
                    .map(|o| (o.id.to_string(), o.short_name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    });
    let stray: Vec<String> = error
        .as_ref()
        .map(|e| {
            e.field_errors()
                .iter()
                .filter(|f| !FIELDS.contains(&f.field.as_str()))
                .map(|f| format!("{}: {}", f.field, f.message))
                .collect()
        })
        .unwrap_or_default();

    html! {
        <>
            <PageHeader {title} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card setka-form-card">
                        <div class="pf-v6-c-card__body">
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="net-form">
                                if let Some(e) = &*error {
                                    if e.is_stale() {
                                        <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")}
                                               testid="stale-alert"
                                               actions={html! {
                                                   <button type="button" id="net-reload" class="pf-v6-c-button pf-m-link pf-m-inline"
                                                           onclick={existing.reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                                               }}>
                                            <p>{ i18n.t("error-stale-body") }</p>
                                        </Alert>
                                    } else {
                                        <ErrorAlert error={e.clone()} />
                                    }
                                }
                                { for stray.into_iter().map(|s| html! { <p class="setka-error-text">{ s }</p> }) }
                                <NetForm draft={d} {onchange} error={(*error).clone()} missing={(*missing).clone()}
                                         municipalities={(*munis).clone()} {coordinators} />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <div class="pf-v6-c-form__actions">
                                        <button type="submit" id="net-save" disabled={*busy}
                                                class={classes!("pf-v6-c-button", "pf-m-primary", busy.then_some("pf-m-in-progress"))}>
                                            { if *busy { i18n.t("common-saving") } else { i18n.t("common-save") } }
                                        </button>
                                        <AppLink to={cancel_to} id="net-cancel" class={classes!("pf-v6-c-button", "pf-m-link")}>
                                            { i18n.t("common-cancel") }
                                        </AppLink>
                                    </div>
                                </div>
                            </form>
                        </div>
                    </div>
                </div>
            </section>
        </>
    }
}
