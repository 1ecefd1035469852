//! `/organizations/{id}`: the record, its staff and its yearly figures.

use gloo_net::http::Method;
use serde::Deserialize;
use uuid::Uuid;
use wire::organization::Organization;
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::calendar::section::CalendarsSection;
use crate::components::figures::FiguresSection;
use crate::components::staff::StaffSection;
use crate::components::{
    Alert, AppLink, ErrorAlert, Label, Loading, OrgFlags, PageHeader, Variant,
};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_municipalities};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, if_match};

/// `?notice=created|saved` after the form sends the user here.
#[derive(Debug, Deserialize, Default)]
pub struct Notice {
    pub notice: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct OrganizationPageProps {
    pub id: Uuid,
}

#[function_component(OrganizationPage)]
pub fn organization_page(p: &OrganizationPageProps) -> Html {
    let fetch = use_fetch::<Organization>(Some(routes::organization(p.id)));
    match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(ApiError::NotFound(_)) => html! { <NotFound /> },
        Loadable::Failed(e) => html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        },
        Loadable::Ready(org) => html! {
            <OrganizationView org={(**org).clone()} reload={fetch.reload.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    org: Organization,
    reload: Callback<()>,
}

#[function_component(OrganizationView)]
fn organization_view(p: &ViewProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let perms = auth.perms();
    let navigator = use_navigator();
    let notice = use_location()
        .and_then(|l| l.query::<Notice>().ok())
        .and_then(|n| n.notice);
    let error = use_state(|| None::<ApiError>);
    let munis = use_municipalities();
    let o = &p.org;
    let parent = use_fetch::<Organization>(o.parent_id.map(routes::organization));

    let delete = {
        let (api, org, error, i18n) = (auth.api.clone(), o.clone(), error.clone(), i18n.clone());
        Callback::from(move |_| {
            let question = i18n.t1("org-delete-confirm", "name", org.short_name.clone());
            let confirmed = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if !confirmed {
                return;
            }
            let (api, org, error, navigator) =
                (api.clone(), org.clone(), error.clone(), navigator.clone());
            spawn_local(async move {
                let path = routes::organization(org.id);
                match api
                    .call(Method::DELETE, &path, &[if_match(org.version)])
                    .await
                {
                    Ok(()) => {
                        if let Some(n) = navigator {
                            n.push(&Route::Organizations);
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    let mut actions = Vec::new();
    if perms.edit_organization(o).is_some() {
        actions.push(html! {
            <AppLink to={Route::EditOrganization { id: o.id }} id="org-edit" class={classes!("pf-v6-c-button", "pf-m-primary")}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-pen" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("common-edit") }</span>
            </AppLink>
        });
    }
    if perms.delete_organization(o) {
        actions.push(html! {
            <button type="button" id="org-delete" class="pf-v6-c-button pf-m-secondary pf-m-danger" onclick={delete}>
                <span class="pf-v6-c-button__text">{ i18n.t("common-delete") }</span>
            </button>
        });
    }
    let breadcrumb = if perms.list_organizations() {
        html! {
            <AppLink to={Route::Organizations} class="setka-back">
                <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ i18n.t("org-back") }
            </AppLink>
        }
    } else {
        html! {}
    };

    let dash = || "—".to_owned();
    let yes_no = |b: bool| {
        if b {
            i18n.t("common-yes")
        } else {
            i18n.t("common-no")
        }
    };
    let muni = munis
        .iter()
        .find(|m| m.id == o.municipality_id)
        .map(|m| m.name.clone());
    let parent_cell = match (o.parent_id, parent.state.ready()) {
        (Some(id), Some(par)) => {
            html! { <AppLink to={Route::Organization { id }}>{ &par.short_name }</AppLink> }
        }
        (Some(id), None) => {
            html! { <AppLink to={Route::Organization { id }}>{ id.to_string() }</AppLink> }
        }
        (None, _) => html! { dash() },
    };
    let updated = o
        .updated_at
        .with_timezone(&chrono::Local)
        .format("%d.%m.%Y %H:%M")
        .to_string();
    let row = |term: String, value: Html, testid: &'static str| {
        html! {
            <div class="pf-v6-c-description-list__group">
                <dt class="pf-v6-c-description-list__term"><span class="pf-v6-c-description-list__text">{ term }</span></dt>
                <dd class="pf-v6-c-description-list__description">
                    <div class="pf-v6-c-description-list__text" data-testid={testid}>{ value }</div>
                </dd>
            </div>
        }
    };

    html! {
        <>
            <PageHeader title={o.short_name.clone()} subtitle={o.full_name.clone()} {breadcrumb}
                        actions={actions.into_iter().collect::<Html>()}>
                <div class="setka-labels setka-header-labels">
                    <Label text={i18n.kind(o.kind)} color="pf-m-blue" />
                    <OrgFlags org={o.clone()} />
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">
                    if let Some(n) = notice {
                        <Alert variant={Variant::Success} inline=true testid="org-notice"
                               title={if n == "created" { i18n.t1("org-created", "name", o.short_name.clone()) } else { i18n.t("org-saved") }} />
                    }
                    if let Some(e) = &*error {
                        if e.is_stale() {
                            <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")}
                                   actions={html! {
                                       <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline"
                                               onclick={p.reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                                   }}>
                                <p>{ i18n.t("error-stale-body") }</p>
                            </Alert>
                        } else {
                            <ErrorAlert error={e.clone()} />
                        }
                    }
                    <div class="pf-v6-c-card setka-card">
                        <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("org-details") }</h2></div>
                        <div class="pf-v6-c-card__body">
                            <dl class="pf-v6-c-description-list pf-m-2-col-on-lg pf-m-horizontal-on-md setka-dl" id="org-details">
                                { row(i18n.t("org-full-name"), html! { &o.full_name }, "org-full-name") }
                                { row(i18n.t("org-short-name"), html! { &o.short_name }, "org-short-name") }
                                { row(i18n.t("org-kind"), html! { i18n.kind(o.kind) }, "org-kind") }
                                { row(i18n.t("org-municipality"), html! { muni.unwrap_or_else(dash) }, "org-municipality") }
                                { row(i18n.t("org-parent"), parent_cell, "org-parent") }
                                { row(i18n.t("org-inn"), html! { o.inn.clone().unwrap_or_else(dash) }, "org-inn") }
                                { row(i18n.t("org-address"), html! { o.address.clone().unwrap_or_else(dash) }, "org-address") }
                                { row(i18n.t("org-external-id"), html! { o.external_id.clone().unwrap_or_else(dash) }, "org-external-id") }
                                { row(i18n.t("label-low-results"), html! { yes_no(o.low_results) }, "org-low-results") }
                                { row(i18n.t("label-adverse"), html! { yes_no(o.adverse_conditions) }, "org-adverse") }
                                { row(i18n.t("org-status"), html! { i18n.t(if o.active { "org-status-active" } else { "org-status-inactive" }) }, "org-status") }
                                { row(i18n.t("org-updated"), html! { format!("{updated} · {}", i18n.t1("org-version", "version", i64::from(o.version))) }, "org-updated") }
                            </dl>
                        </div>
                    </div>
                    <StaffSection org={o.clone()} can_manage={perms.manage_staff(o)}
                                  network_teachers_only={!perms.own_records(o)} />
                    if perms.own_records(o) {
                        <FiguresSection org_id={o.id} />
                    }
                    <CalendarsSection org={o.clone()} />
                </div>
            </section>
        </>
    }
}
