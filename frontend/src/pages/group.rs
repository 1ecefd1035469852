//! `/groups/{id}`: a network group — what it is, its hours check and conflicts, its
//! enrolments, its sessions by month and its attendance; «Сформировать расписание», edit
//! and delete for those who manage it; the week view, a calendar subscription and the .ics
//! file for everyone who sees it.

use gloo_net::http::Method;
use uuid::Uuid;
use wire::group::{ConflictView, Generation, Group, TimetableQuery};
use wire::network::Network;
use wire::{Page, routes};
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::group::attendance::AttendanceSection;
use crate::components::group::details::GroupDetails;
use crate::components::group::enrolments::EnrolmentsSection;
use crate::components::group::feed::FeedButtons;
use crate::components::group::sessions::SessionsSection;
use crate::components::network_orgs::{choices_during, org_name};
use crate::components::timetable::week::{week_for_dates, week_param};
use crate::components::{Alert, AppLink, ErrorAlert, Label, Loading, PageHeader, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::pages::organization::Notice;
use crate::services::{ApiError, if_match, with_query};

#[derive(Properties, PartialEq)]
pub struct GroupPageProps {
    pub id: Uuid,
}

#[function_component(GroupPage)]
pub fn group_page(p: &GroupPageProps) -> Html {
    let fetch = use_fetch::<Group>(Some(routes::group(p.id)));
    let network = use_fetch::<Network>(fetch.state.ready().map(|g| routes::network(g.network_id)));
    // After a change the group loads again (its hours changed): the page stays on screen
    // with what it had meanwhile, so notices and the open month survive.
    let last = use_mut_ref(|| None::<(Group, Network)>);
    if let (Some(g), Some(n)) = (fetch.state.ready(), network.state.ready()) {
        *last.borrow_mut() = Some((g.clone(), n.clone()));
    }
    let shown = last.borrow().clone();
    match (&fetch.state, &network.state, shown) {
        (Loadable::Failed(ApiError::NotFound(_)), _, _) => html! { <NotFound /> },
        (Loadable::Failed(e), _, _) | (_, Loadable::Failed(e), _) => html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        },
        (_, _, Some((g, n))) => html! {
            <GroupView group={g} network={n} reload={fetch.reload.clone()} />
        },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    group: Group,
    network: Network,
    reload: Callback<()>,
}

fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

#[function_component(GroupView)]
fn group_view(p: &ViewProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let notice = use_location()
        .and_then(|l| l.query::<Notice>().ok())
        .and_then(|n| n.notice);
    let (g, n) = (&p.group, &p.network);
    let can_manage = auth.perms().manage_group(g, n);
    let error = use_state(|| None::<ApiError>);
    let generated = use_state(|| None::<Generation>);
    let generating = use_state(|| false);
    let generation = use_state(|| 0u32);
    let conflicts_query = TimetableQuery {
        from: Some(g.input.first_date),
        to: Some(g.input.last_date),
        group_id: Some(g.id),
        ..TimetableQuery::default()
    };
    let conflicts = use_fetch::<Page<ConflictView>>(Some(with_query(
        &routes::network_conflicts(n.id),
        &conflicts_query,
    )));
    let changed = {
        let (reload, conflicts) = (p.reload.clone(), conflicts.reload.clone());
        Callback::from(move |_| {
            reload.emit(());
            conflicts.emit(());
        })
    };
    let generate = {
        let (api, g, error, generated, generating, generation, changed) = (
            auth.api.clone(),
            g.clone(),
            error.clone(),
            generated.clone(),
            generating.clone(),
            generation.clone(),
            changed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if *generating {
                return;
            }
            generating.set(true);
            let (api, g, error, generated, generating, generation, changed) = (
                api.clone(),
                g.clone(),
                error.clone(),
                generated.clone(),
                generating.clone(),
                generation.clone(),
                changed.clone(),
            );
            spawn_local(async move {
                let result: Result<Generation, ApiError> = api
                    .call_json(
                        Method::POST,
                        &routes::group_generate(g.id),
                        &[if_match(g.version)],
                    )
                    .await;
                generating.set(false);
                match result {
                    Ok(r) => {
                        error.set(None);
                        generated.set(Some(r));
                        generation.set(*generation + 1);
                        changed.emit(());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let delete = {
        let (api, g, error, i18n) = (auth.api.clone(), g.clone(), error.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            if !confirm(&i18n.t1("group-delete-confirm", "name", g.input.name.clone())) {
                return;
            }
            let (api, g, error, navigator) =
                (api.clone(), g.clone(), error.clone(), navigator.clone());
            spawn_local(async move {
                match api
                    .call(Method::DELETE, &routes::group(g.id), &[if_match(g.version)])
                    .await
                {
                    Ok(()) => {
                        if let Some(nav) = navigator {
                            nav.push(&Route::Network { id: g.network_id });
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let today = crate::today::today();
    let week = week_param(week_for_dates(g.input.first_date, g.input.last_date, today));
    let week_query = vec![
        ("week".to_owned(), week),
        ("by".to_owned(), "group".to_owned()),
        ("group_id".to_owned(), g.id.to_string()),
    ];
    let actions = html! {
        <>
            if can_manage {
                <button type="button" id="group-generate" class={classes!("pf-v6-c-button", "pf-m-primary", generating.then_some("pf-m-in-progress"))}
                        disabled={*generating} onclick={generate}>
                    <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-magic" aria-hidden="true"></i></span>
                    <span class="pf-v6-c-button__text">{ i18n.t(if *generating { "group-generating" } else { "group-generate" }) }</span>
                </button>
                <AppLink to={Route::EditGroup { id: g.id }} id="group-edit" class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                    <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-pen" aria-hidden="true"></i></span>
                    <span class="pf-v6-c-button__text">{ i18n.t("common-edit") }</span>
                </AppLink>
                <button type="button" id="group-delete" class="pf-v6-c-button pf-m-secondary pf-m-danger" onclick={delete}>
                    <span class="pf-v6-c-button__text">{ i18n.t("common-delete") }</span>
                </button>
            }
        </>
    };
    let breadcrumb = html! {
        <AppLink to={Route::Network { id: n.id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ n.name.clone() }
        </AppLink>
    };
    let members = choices_during(
        n,
        g.input.first_date,
        g.input.last_date,
        &g.input.participant_ids,
    );
    let conflict_list: Vec<ConflictView> = conflicts
        .state
        .ready()
        .map(|pg| pg.items.clone())
        .unwrap_or_default();
    html! {
        <>
            <PageHeader title={g.input.name.clone()} subtitle={format!("{} · {}", g.programme_title, g.input.academic_year)}
                        {breadcrumb} {actions}>
                <div class="setka-labels setka-header-labels">
                    <Label text={org_name(n, g.input.provider_id)} color="pf-m-blue" />
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">
                    if let (Some(text), None) = (notice, &*generated) {
                        <Alert variant={Variant::Success} inline=true testid="group-notice"
                               title={if text == "created" { i18n.t1("group-created", "name", g.input.name.clone()) } else { i18n.t("group-saved") }}>
                            if text == "created" && can_manage {
                                <p>{ i18n.t("group-created-hint") }</p>
                            }
                        </Alert>
                    }
                    if let Some(r) = &*generated {
                        <Alert variant={Variant::Success} inline=true testid="group-generated" title={i18n.t("group-generated")}>
                            <p data-testid="group-generated-counts">{ i18n.ta("group-generated-counts", &[
                                ("added", (r.added as i64).into()),
                                ("updated", (r.updated as i64).into()),
                                ("deleted", (r.deleted as i64).into()),
                                ("unchanged", (r.unchanged as i64).into()),
                                ("kept", (r.kept as i64).into()),
                            ]) }</p>
                            <p>{ i18n.ta("group-generated-hours", &[
                                ("sessions", i64::from(r.hours.sessions).into()),
                                ("planned", i64::from(r.hours.planned_hours).into()),
                                ("programme", i64::from(r.hours.programme_hours).into()),
                            ]) }</p>
                        </Alert>
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
                    if !conflict_list.is_empty() {
                        <Alert variant={Variant::Danger} inline=true testid="group-conflicts"
                               title={i18n.count("group-conflicts", conflict_list.len())}
                               actions={html! {
                                   <AppLink to={Route::NetworkTimetable { id: n.id }} class={classes!("pf-v6-c-button", "pf-m-link", "pf-m-inline")}
                                            query={vec![
                                                ("week".to_owned(), week_param(domain::timetable::week_start(conflict_list[0].conflict.date))),
                                                ("by".to_owned(), "group".to_owned()),
                                                ("group_id".to_owned(), g.id.to_string()),
                                            ]}>
                                       { i18n.t("group-conflicts-open") }
                                   </AppLink>
                               }}>
                            <ul class="setka-list">
                                { for conflict_list.iter().take(5).map(|c| html! {
                                    <li>{ &c.message }</li>
                                }) }
                            </ul>
                        </Alert>
                    }
                    <div class="setka-group-links">
                        <AppLink to={Route::NetworkTimetable { id: n.id }} id="group-week" query={week_query}
                                 class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-th" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("group-week") }</span>
                        </AppLink>
                        <FeedButtons group_id={Some(g.id)} name={g.input.name.clone()} />
                    </div>
                    <GroupDetails group={g.clone()} network={n.clone()} />
                    <EnrolmentsSection group={g.clone()} network={n.clone()} />
                    <SessionsSection group={g.clone()} network={n.clone()} {can_manage} generation={*generation}
                                     on_changed={changed} {members} />
                    <AttendanceSection group={g.clone()} network={n.clone()} generation={*generation} />
                </div>
            </section>
        </>
    }
}
