//! `/organizations/new` and `/organizations/{id}/edit`.

use domain::access::Extent;
use gloo_net::http::Method;
use uuid::Uuid;
use wire::organization::Organization;
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::org_form::{FIELDS, OrgDraft, OrgForm};
use crate::components::{Alert, AppLink, ErrorAlert, Loading, PageHeader, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_municipalities};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, idempotency_key, if_match};

#[derive(Properties, PartialEq)]
pub struct OrganizationEditProps {
    /// `None`: create a new organization.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

#[function_component(OrganizationEdit)]
pub fn organization_edit(p: &OrganizationEditProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let perms = auth.perms();
    let navigator = use_navigator();
    let munis = use_municipalities();
    let existing = use_fetch::<Organization>(p.id.map(routes::organization));
    let draft = use_state(|| None::<OrgDraft>);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(Vec::<&'static str>::new);
    let busy = use_state(|| false);

    let current: Option<Organization> = existing.state.ready().cloned();
    // (Re)start the draft from the record whenever a version of it arrives; a new
    // organization starts in the user's own municipality when there is just one.
    {
        let (draft, error) = (draft.clone(), error.clone());
        let single = munis.first().map(|m| m.id).filter(|_| munis.len() == 1);
        let version = current.as_ref().map(|o| o.version);
        use_effect_with((version, p.id, single), move |_| {
            let next = match (&current, (*draft).clone()) {
                (Some(o), _) => OrgDraft::from_org(o),
                // Municipalities arrived after the user started typing: keep the text.
                (None, Some(mut d)) => {
                    if d.municipality_id.is_empty() {
                        d.municipality_id = single.map(|m| m.to_string()).unwrap_or_default();
                    }
                    d
                }
                (None, None) => OrgDraft::new(single),
            };
            draft.set(Some(next));
            error.set(None);
        });
    }

    let extent = match (p.id, existing.state.ready()) {
        (None, _) if perms.create_organization() => Some(Extent::Full),
        (None, _) => None,
        (Some(_), Some(o)) => perms.edit_organization(o),
        (Some(_), None) => Some(Extent::Details),
    };
    match (&existing.state, extent) {
        (Loadable::Failed(ApiError::NotFound(_)), _) | (_, None) => return html! { <NotFound /> },
        (Loadable::Failed(e), _) if p.id.is_some() => {
            return html! { <ErrorAlert error={e.clone()} /> };
        }
        (Loadable::Loading, _) if p.id.is_some() => return html! { <Loading /> },
        _ => {}
    }
    let Some(d) = (*draft).clone() else {
        return html! { <Loading /> };
    };
    let version = existing.state.ready().map(|o| o.version);

    let onchange = {
        let draft = draft.clone();
        Callback::from(move |d: OrgDraft| draft.set(Some(d)))
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
            let input = match d.input() {
                Ok(input) => input,
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
                let result: Result<Organization, ApiError> = match (id, version) {
                    (Some(id), Some(v)) => {
                        api.send(
                            Method::PUT,
                            &routes::organization(id),
                            &input,
                            &[if_match(v)],
                        )
                        .await
                    }
                    _ => {
                        api.send(
                            Method::POST,
                            routes::ORGANIZATIONS,
                            &input,
                            &[idempotency_key()],
                        )
                        .await
                    }
                };
                busy.set(false);
                match result {
                    Ok(org) => {
                        let notice = if id.is_some() { "saved" } else { "created" };
                        if let Some(n) = navigator {
                            let to = Route::Organization { id: org.id };
                            if n.push_with_query(&to, [("notice", notice)]).is_err() {
                                n.push(&to);
                            }
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let cancel_to = match p.id {
        Some(id) => Route::Organization { id },
        None => Route::Organizations,
    };
    let title = match &current_name(&existing.state) {
        Some(name) => format!("{}: {name}", i18n.t("form-edit-title")),
        None => i18n.t("form-create-title"),
    };
    let restricted = extent == Some(Extent::Details);
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
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="org-form">
                                if restricted {
                                    <Alert variant={Variant::Info} inline=true title={i18n.t("form-restricted-hint")} />
                                }
                                if let Some(e) = &*error {
                                    if e.is_stale() {
                                        <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")}
                                               testid="stale-alert"
                                               actions={html! {
                                                   <button type="button" id="org-reload" class="pf-v6-c-button pf-m-link pf-m-inline"
                                                           onclick={existing.reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                                               }}>
                                            <p>{ i18n.t("error-stale-body") }</p>
                                        </Alert>
                                    } else {
                                        <ErrorAlert error={e.clone()} />
                                    }
                                }
                                { for stray.into_iter().map(|s| html! { <p class="setka-error-text">{ s }</p> }) }
                                <OrgForm draft={d} {onchange} error={(*error).clone()} missing={(*missing).clone()}
                                         {restricted} municipalities={(*munis).clone()} id={p.id} />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <div class="pf-v6-c-form__actions">
                                        <button type="submit" id="org-save" disabled={*busy}
                                                class={classes!("pf-v6-c-button", "pf-m-primary", busy.then_some("pf-m-in-progress"))}>
                                            { if *busy { i18n.t("common-saving") } else { i18n.t("common-save") } }
                                        </button>
                                        <AppLink to={cancel_to} id="org-cancel" class={classes!("pf-v6-c-button", "pf-m-link")}>
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

fn current_name(state: &Loadable<Organization>) -> Option<String> {
    state.ready().map(|o| o.short_name.clone())
}
