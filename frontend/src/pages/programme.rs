//! `/programmes/{id}`: what a network programme is, who teaches it; edit and delete for
//! those who manage the network.

use gloo_net::http::Method;
use uuid::Uuid;
use wire::document::OwnerKind;
use wire::network::Network;
use wire::programme::Programme;
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::documents::DocumentsSection;
use crate::components::group::list::GroupsSection;
use crate::components::network_orgs::org_name;
use crate::components::programme_draft::format_hours;
use crate::components::programmes::{prog_status_color, programme_name};
use crate::components::{Alert, AppLink, ErrorAlert, Label, Loading, PageHeader, Variant};
use crate::hooks::{DocumentsOf, Loadable, use_auth, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::pages::organization::Notice;
use crate::services::{ApiError, if_match};

#[derive(Properties, PartialEq)]
pub struct ProgrammePageProps {
    pub id: Uuid,
}

#[function_component(ProgrammePage)]
pub fn programme_page(p: &ProgrammePageProps) -> Html {
    let fetch = use_fetch::<Programme>(Some(routes::programme(p.id)));
    let network_path = fetch.state.ready().map(|pr| routes::network(pr.network_id));
    let network = use_fetch::<Network>(network_path);
    match (&fetch.state, &network.state) {
        (Loadable::Failed(ApiError::NotFound(_)), _) => html! { <NotFound /> },
        (Loadable::Failed(e), _) | (_, Loadable::Failed(e)) => html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        },
        (Loadable::Ready(pr), Loadable::Ready(n)) => html! {
            <ProgrammeView programme={(**pr).clone()} network={(**n).clone()} />
        },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    programme: Programme,
    network: Network,
}

#[function_component(ProgrammeView)]
fn programme_view(p: &ViewProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let notice = use_location()
        .and_then(|l| l.query::<Notice>().ok())
        .and_then(|n| n.notice);
    let error = use_state(|| None::<ApiError>);
    let (pr, n) = (&p.programme, &p.network);
    let can_manage = auth.perms().manage_network(n);

    let delete = {
        let (api, pr, error, i18n) = (auth.api.clone(), pr.clone(), error.clone(), i18n.clone());
        Callback::from(move |_| {
            let question = i18n.t1("prog-delete-confirm", "name", programme_name(&pr));
            let confirmed = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if !confirmed {
                return;
            }
            let (api, pr, error, navigator) =
                (api.clone(), pr.clone(), error.clone(), navigator.clone());
            spawn_local(async move {
                let path = routes::programme(pr.id);
                match api
                    .call(Method::DELETE, &path, &[if_match(pr.version)])
                    .await
                {
                    Ok(()) => {
                        if let Some(nav) = navigator {
                            nav.push(&Route::Network { id: pr.network_id });
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let actions = if can_manage {
        html! {
            <>
                <AppLink to={Route::EditProgramme { id: pr.id }} id="prog-edit" class={classes!("pf-v6-c-button", "pf-m-primary")}>
                    <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-pen" aria-hidden="true"></i></span>
                    <span class="pf-v6-c-button__text">{ i18n.t("common-edit") }</span>
                </AppLink>
                <button type="button" id="prog-delete" class="pf-v6-c-button pf-m-secondary pf-m-danger" onclick={delete}>
                    <span class="pf-v6-c-button__text">{ i18n.t("common-delete") }</span>
                </button>
            </>
        }
    } else {
        html! {}
    };
    let breadcrumb = html! {
        <AppLink to={Route::Network { id: n.id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ n.name.clone() }
        </AppLink>
    };
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
    let providers = html! {
        <ul class="setka-list" data-testid="prog-provider-list">
            { for pr.provider_ids.iter().map(|id| html! {
                <li><AppLink to={Route::Organization { id: *id }}>{ org_name(n, *id) }</AppLink></li>
            }) }
        </ul>
    };
    let (lo, hi) = pr.level.grades();
    let grades = i18n.ta(
        "prog-grades-value",
        &[
            ("from", i64::from(pr.grade_from).into()),
            ("to", i64::from(pr.grade_to).into()),
        ],
    );
    let level = i18n.ta(
        "prog-level-value",
        &[
            ("level", i18n.level(pr.level).into()),
            ("from", i64::from(lo).into()),
            ("to", i64::from(hi).into()),
        ],
    );
    let hours = i18n.ta(
        "prog-hours-value",
        &[
            ("total", i64::from(pr.total_hours).into()),
            ("weekly", format_hours(pr.hours_per_week).into()),
        ],
    );
    let dash = |s: Option<&String>| s.cloned().unwrap_or_else(|| "—".to_owned());

    html! {
        <>
            <PageHeader title={programme_name(pr)} subtitle={format!("{} · {}", pr.code, pr.subject_area)}
                        {breadcrumb} {actions}>
                <div class="setka-labels setka-header-labels">
                    <Label text={i18n.prog_status(pr.status)} color={prog_status_color(pr.status)} />
                    <Label text={i18n.delivery(pr.delivery_mode)} color="pf-m-purple" />
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">
                    if let Some(text) = notice {
                        <Alert variant={Variant::Success} inline=true testid="prog-notice"
                               title={if text == "created" { i18n.t1("prog-created", "name", programme_name(pr)) } else { i18n.t("prog-saved") }} />
                    }
                    if let Some(e) = &*error {
                        <ErrorAlert error={e.clone()} />
                    }
                    <div class="pf-v6-c-card setka-card">
                        <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("prog-details") }</h2></div>
                        <div class="pf-v6-c-card__body">
                            <dl class="pf-v6-c-description-list pf-m-horizontal-on-md setka-dl" id="prog-details">
                                { row(i18n.t("prog-code"), html! { &pr.code }, "prog-code") }
                                { row(i18n.t("prog-form-title"), html! { &pr.title }, "prog-title") }
                                { row(i18n.t("prog-module"), html! { dash(pr.module.as_ref()) }, "prog-module") }
                                { row(i18n.t("prog-subject"), html! { &pr.subject_area }, "prog-subject") }
                                { row(i18n.t("prog-level"), html! { level }, "prog-level") }
                                { row(i18n.t("prog-grades"), html! { grades }, "prog-grades") }
                                { row(i18n.t("prog-hours-title"), html! { hours }, "prog-hours") }
                                { row(i18n.t("prog-delivery"), html! { i18n.delivery(pr.delivery_mode) }, "prog-delivery") }
                                { row(i18n.t("prog-assessment"), html! { i18n.assessment(pr.assessment_form) }, "prog-assessment") }
                                { row(i18n.t("prog-providers"), providers, "prog-providers") }
                                { row(i18n.t("prog-status"), html! { i18n.prog_status(pr.status) }, "prog-status") }
                                { row(i18n.t("org-external-id"), html! { dash(pr.external_id.as_ref()) }, "prog-external-id") }
                                { row(i18n.t("prog-version"), html! { pr.version }, "prog-version") }
                            </dl>
                        </div>
                    </div>
                    <GroupsSection network={n.clone()} programme_id={Some(pr.id)} providers={Some(pr.provider_ids.clone())} />
                    <DocumentsSection owner={OwnerKind::Programme} owner_id={pr.id}
                                      can_attach={auth.perms().attach_documents(DocumentsOf::Programme(pr.id, n))} />
                </div>
            </section>
        </>
    }
}
