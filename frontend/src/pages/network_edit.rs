//! `/networks/new` and `/networks/{id}/edit`.

use uuid::Uuid;
use wire::Page;
use wire::network::{Network, NetworkCreate};
use wire::organization::{Organization, OrganizationQuery};
use wire::routes;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::form::SaveButton;
use crate::components::form_errors::FormErrors;
use crate::components::network_form::{FIELDS, NetDraft, NetForm};
use crate::components::{AppLink, ErrorAlert, Loading, PageHeader};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_municipalities, use_submit};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, SaveTo, open_saved, with_query};

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
    let submit = use_submit();
    let missing = use_state(Vec::<&'static str>::new);

    let current: Option<Network> = existing.state.ready().cloned();
    {
        let (draft, submit) = (draft.clone(), submit.clone());
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
            submit.clear_error();
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
        let (submit, missing, id) = (submit.clone(), missing.clone(), p.id);
        let d = d.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (input, coordinator) = match d.input(id.is_none()) {
                Ok(v) => v,
                Err(fields) => {
                    missing.set(fields);
                    return;
                }
            };
            missing.set(Vec::new());
            let navigator = navigator.clone();
            let done = move |n: Network, to: &SaveTo| {
                open_saved(navigator, to, Route::Network { id: n.id });
            };
            match (id, version, coordinator) {
                (Some(id), Some(version), _) => {
                    let path = routes::network(id);
                    submit.save(SaveTo::Update { path, version }, input, done);
                }
                (_, _, Some(coordinator_id)) => {
                    let body = NetworkCreate {
                        network: input,
                        coordinator_id,
                        members: Vec::new(),
                    };
                    submit.save(SaveTo::Create(routes::NETWORKS.to_owned()), body, done);
                }
                // `input` asks for a coordinator exactly when creating.
                _ => missing.set(vec!["coordinator_id"]),
            }
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
    let error = submit.error();
    let busy = submit.busy();

    html! {
        <>
            <PageHeader {title} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card setka-form-card">
                        <div class="pf-v6-c-card__body">
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="net-form">
                                <FormErrors error={error.clone()} fields={FIELDS} on_reload={existing.reload.clone()}
                                            reload_id="net-reload" />
                                <NetForm draft={d} {onchange} error={error.clone()} missing={(*missing).clone()}
                                         municipalities={(*munis).clone()} {coordinators} />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <div class="pf-v6-c-form__actions">
                                        <SaveButton id="net-save" {busy} />
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
