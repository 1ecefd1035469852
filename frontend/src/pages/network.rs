//! `/networks/{id}`: the description, the members by role, the member map, the
//! programmes and the agreements; for those who may manage the network, the membership
//! editor and «Добавить программу».

use gloo_net::http::Method;
use uuid::Uuid;
use wire::document::OwnerKind;
use wire::network::Network;
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::agreement::list::AgreementsSection;
use crate::components::documents::DocumentsSection;
use crate::components::group::list::GroupsSection;
use crate::components::member_map::MemberMap;
use crate::components::members::MembersSection;
use crate::components::programmes::ProgrammesSection;
use crate::components::{Alert, AppLink, ErrorAlert, Label, Loading, PageHeader, Variant};
use crate::hooks::{DocumentsOf, Loadable, use_auth, use_fetch, use_i18n, use_municipalities};
use crate::pages::networks::status_color;
use crate::pages::not_found::NotFound;
use crate::pages::organization::Notice;
use crate::services::{ApiError, if_match};

#[derive(Properties, PartialEq)]
pub struct NetworkPageProps {
    pub id: Uuid,
}

#[function_component(NetworkPage)]
pub fn network_page(p: &NetworkPageProps) -> Html {
    let fetch = use_fetch::<Network>(Some(routes::network(p.id)));
    match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(ApiError::NotFound(_)) => html! { <NotFound /> },
        Loadable::Failed(e) => html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        },
        Loadable::Ready(n) => html! {
            <NetworkView network={(**n).clone()} reload={fetch.reload.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    network: Network,
    reload: Callback<()>,
}

#[function_component(NetworkView)]
fn network_view(p: &ViewProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let perms = auth.perms();
    let navigator = use_navigator();
    let notice = use_location()
        .and_then(|l| l.query::<Notice>().ok())
        .and_then(|n| n.notice);
    let error = use_state(|| None::<ApiError>);
    let munis = use_municipalities();
    // Membership changes answer with the whole network: show that until the next load.
    let current = use_state(|| p.network.clone());
    {
        let current = current.clone();
        use_effect_with(p.network.clone(), move |n| current.set(n.clone()));
    }
    let n = &*current;
    let on_changed = {
        let current = current.clone();
        Callback::from(move |n: Network| current.set(n))
    };

    let delete = {
        let (api, net, error, i18n) = (auth.api.clone(), n.clone(), error.clone(), i18n.clone());
        Callback::from(move |_| {
            let question = i18n.t1("net-delete-confirm", "name", net.name.clone());
            let confirmed = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if !confirmed {
                return;
            }
            let (api, net, error, navigator) =
                (api.clone(), net.clone(), error.clone(), navigator.clone());
            spawn_local(async move {
                match api
                    .call(
                        Method::DELETE,
                        &routes::network(net.id),
                        &[if_match(net.version)],
                    )
                    .await
                {
                    Ok(()) => {
                        if let Some(nav) = navigator {
                            nav.push(&Route::Networks);
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let can_manage = perms.manage_network(n);
    let mut actions = vec![html! {
        <AppLink to={Route::NetworkCalendars { id: n.id }} id="net-calendars" class={classes!("pf-v6-c-button", "pf-m-secondary")}>
            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-calendar-alt" aria-hidden="true"></i></span>
            <span class="pf-v6-c-button__text">{ i18n.t("cmp-link") }</span>
        </AppLink>
    }];
    if can_manage {
        actions.push(html! {
            <AppLink to={Route::EditNetwork { id: n.id }} id="net-edit" class={classes!("pf-v6-c-button", "pf-m-primary")}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-pen" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("common-edit") }</span>
            </AppLink>
        });
    }
    if perms.delete_network(n) {
        actions.push(html! {
            <button type="button" id="net-delete" class="pf-v6-c-button pf-m-secondary pf-m-danger" onclick={delete}>
                <span class="pf-v6-c-button__text">{ i18n.t("common-delete") }</span>
            </button>
        });
    }
    let breadcrumb = html! {
        <AppLink to={Route::Networks} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ i18n.t("net-back") }
        </AppLink>
    };
    let muni = munis
        .iter()
        .find(|m| m.id == n.municipality_id)
        .map(|m| m.name.clone())
        .unwrap_or_else(|| "—".to_owned());
    let list = |items: &[String], testid: &'static str| {
        if items.is_empty() {
            html! { "—" }
        } else {
            html! {
                <ul class="setka-list" data-testid={testid}>
                    { for items.iter().map(|t| html! { <li>{ t }</li> }) }
                </ul>
            }
        }
    };
    let updated = n
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
    let goal = if n.goal.is_empty() {
        "—".to_owned()
    } else {
        n.goal.clone()
    };

    html! {
        <>
            <PageHeader title={n.name.clone()} subtitle={muni.clone()} {breadcrumb}
                        actions={actions.into_iter().collect::<Html>()}>
                <div class="setka-labels setka-header-labels">
                    <Label text={i18n.model(n.model)} color="pf-m-purple" />
                    <Label text={i18n.net_status(n.status)} color={status_color(n.status)} />
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">
                    if let Some(text) = notice {
                        <Alert variant={Variant::Success} inline=true testid="net-notice"
                               title={if text == "created" { i18n.t1("net-created", "name", n.name.clone()) } else { i18n.t("net-saved") }} />
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
                        <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("net-details") }</h2></div>
                        <div class="pf-v6-c-card__body">
                            <dl class="pf-v6-c-description-list pf-m-horizontal-on-md setka-dl" id="net-details">
                                { row(i18n.t("net-model"), html! { i18n.model(n.model) }, "net-model") }
                                { row(i18n.t("net-period"), html! { i18n.period(n.period_from, n.period_to) }, "net-period") }
                                { row(i18n.t("net-status"), html! { i18n.net_status(n.status) }, "net-status") }
                                { row(i18n.t("net-municipality"), html! { muni }, "net-municipality") }
                                { row(i18n.t("net-goal"), html! { goal }, "net-goal") }
                                { row(i18n.t("net-tasks"), list(&n.tasks, "net-tasks"), "net-tasks-cell") }
                                { row(i18n.t("net-results"), list(&n.expected_results, "net-results"), "net-results-cell") }
                                { row(i18n.t("net-updated"), html! { format!("{updated} · {}", i18n.t1("org-version", "version", i64::from(n.version))) }, "net-updated") }
                            </dl>
                        </div>
                    </div>
                    <div class="pf-v6-c-card setka-card" id="map">
                        <div class="pf-v6-c-card__title">
                            <h2 class="pf-v6-c-card__title-text">{ i18n.t("net-map") }</h2>
                            <p class="setka-muted setka-small">{ i18n.t("net-map-hint") }</p>
                        </div>
                        <div class="pf-v6-c-card__body"><MemberMap network={n.clone()} /></div>
                    </div>
                    <MembersSection network={n.clone()} {can_manage} {on_changed} on_reload={p.reload.clone()} />
                    <ProgrammesSection network={n.clone()} {can_manage} />
                    <GroupsSection network={n.clone()} />
                    <AgreementsSection network={n.clone()} />
                    <DocumentsSection owner={OwnerKind::Network} owner_id={n.id}
                                      can_attach={perms.attach_documents(DocumentsOf::Network(n))} />
                </div>
            </section>
        </>
    }
}
