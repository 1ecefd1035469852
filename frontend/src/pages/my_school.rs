//! `/school`, «Моя школа»: a school administration's landing page — its pupils learning
//! in network groups, the requests waiting on either side (its own and those to its
//! groups) with the waitlist positions, and the registers of its groups not taken yet.

mod tables;

use std::collections::HashSet;

use uuid::Uuid;
use wire::enrolment::{Enrolment, EnrolmentStatus};
use wire::network::Network;
use wire::organization::Organization;
use wire::{Page, routes};
use yew::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, ErrorAlert, Loading, PageHeader};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::services::with_query;
use tables::{HomeTable, ProviderTable, UntakenCard};

/// Who waits for a decision.
pub fn waiting(e: &Enrolment) -> bool {
    matches!(
        e.status,
        EnrolmentStatus::Requested | EnrolmentStatus::Waitlisted
    )
}

/// Who learns (or will, from the group's first day).
pub fn learning(e: &Enrolment) -> bool {
    matches!(
        e.status,
        EnrolmentStatus::Approved | EnrolmentStatus::Active
    )
}

/// Distinct pupils among `list` that pass `keep`.
pub fn pupils(list: &[Enrolment], keep: fn(&Enrolment) -> bool) -> usize {
    list.iter()
        .filter(|e| keep(e))
        .map(|e| e.student.id)
        .collect::<HashSet<Uuid>>()
        .len()
}

/// Distinct pupils of other schools learning in `school`'s groups (`provided` lists the
/// school's own pupils in its own groups too).
pub fn visiting(provided: &[Enrolment], school: Uuid) -> usize {
    provided
        .iter()
        .filter(|e| learning(e) && e.student.home_organization_id != school)
        .map(|e| e.student.id)
        .collect::<HashSet<Uuid>>()
        .len()
}

#[function_component(MySchool)]
pub fn my_school() -> Html {
    let perms = use_auth().perms();
    match perms.school_desk() {
        Some(id) => html! { <Desk {id} /> },
        None => html! { <NotFound /> },
    }
}

#[derive(Properties, PartialEq)]
struct DeskProps {
    id: Uuid,
}

#[function_component(Desk)]
fn desk(p: &DeskProps) -> Html {
    let i18n = use_i18n();
    let org = use_fetch::<Organization>(Some(routes::organization(p.id)));
    let home = use_fetch::<Page<Enrolment>>(Some(routes::organization_enrolments(p.id)));
    let provided = use_fetch::<Page<Enrolment>>(Some(with_query(
        &routes::organization_enrolments(p.id),
        &[("side", "provider")],
    )));
    let networks = use_fetch::<Page<Network>>(Some(with_query(
        routes::NETWORKS,
        &[("limit", wire::page::MAX_LIMIT)],
    )));

    let title = org
        .state
        .ready()
        .map(|o| o.short_name.clone())
        .unwrap_or_else(|| i18n.t("nav-my-school"));
    let actions = html! {
        <>
            <AppLink to={Route::Students { id: p.id }} id="school-students"
                     class={classes!("pf-v6-c-button", "pf-m-primary")}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-user-graduate" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("school-students") }</span>
            </AppLink>
            <AppLink to={Route::Organization { id: p.id }} id="school-profile"
                     class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                <span class="pf-v6-c-button__text">{ i18n.t("school-profile") }</span>
            </AppLink>
        </>
    };
    let body = match (&home.state, &provided.state) {
        (Loadable::Failed(e), _) | (_, Loadable::Failed(e)) => {
            html! { <ErrorAlert error={e.clone()} /> }
        }
        (Loadable::Ready(h), Loadable::Ready(v)) => {
            let reload = {
                let (a, b) = (home.reload.clone(), provided.reload.clone());
                Callback::from(move |()| {
                    a.emit(());
                    b.emit(());
                })
            };
            let nets: Vec<Network> = networks
                .state
                .ready()
                .map(|n| n.items.clone())
                .unwrap_or_default();
            html! {
                <>
                    <Summary school={p.id} home={h.items.clone()} provided={v.items.clone()} />
                    <ProviderTable items={v.items.iter().filter(|e| waiting(e)).cloned().collect::<Vec<_>>()} />
                    <HomeTable id="school-requests" title={i18n.t("school-our-requests")}
                               empty={i18n.t("school-our-requests-none")}
                               items={h.items.iter().filter(|e| waiting(e)).cloned().collect::<Vec<_>>()}
                               reload={reload.clone()} />
                    <HomeTable id="school-learning" title={i18n.t("school-learning")}
                               empty={i18n.t("school-learning-none")}
                               items={h.items.iter().filter(|e| learning(e)).cloned().collect::<Vec<_>>()}
                               {reload} />
                    <UntakenCard org={p.id} networks={nets} />
                </>
            }
        }
        _ => html! { <Loading /> },
    };
    html! {
        <>
            <PageHeader {title} subtitle={Some(i18n.t("school-subtitle"))} {actions} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack" id="my-school">{ body }</div>
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    school: Uuid,
    home: Vec<Enrolment>,
    provided: Vec<Enrolment>,
}

/// The figures at the top: what needs the school's attention first.
#[function_component(Summary)]
fn summary(p: &SummaryProps) -> Html {
    let i18n = use_i18n();
    let waitlisted = p
        .home
        .iter()
        .filter(|e| e.status == EnrolmentStatus::Waitlisted)
        .count();
    let tile = |testid: &'static str, value: usize, label: String, hint: String| {
        html! {
            <div class="pf-v6-c-card setka-card setka-tile" data-testid={testid}>
                <div class="pf-v6-c-card__body">
                    <div class="setka-tile__value" data-value={value.to_string()}>{ value }</div>
                    <div class="setka-tile__label">{ label }</div>
                    <div class="setka-muted setka-small">{ hint }</div>
                </div>
            </div>
        }
    };
    html! {
        <div class="setka-tiles" id="school-summary">
            { tile("tile-learning", pupils(&p.home, learning), i18n.t("school-tile-learning"), i18n.t("school-tile-learning-hint")) }
            { tile("tile-requests", p.home.iter().filter(|e| e.status == EnrolmentStatus::Requested).count(), i18n.t("school-tile-requests"), i18n.t("school-tile-requests-hint")) }
            { tile("tile-waitlisted", waitlisted, i18n.t("school-tile-waitlisted"), i18n.t("school-tile-waitlisted-hint")) }
            { tile("tile-incoming", p.provided.iter().filter(|e| waiting(e)).count(), i18n.t("school-tile-incoming"), i18n.t("school-tile-incoming-hint")) }
            { tile("tile-visiting", visiting(&p.provided, p.school), i18n.t("school-tile-visiting"), i18n.t("school-tile-visiting-hint")) }
        </div>
    }
}

#[cfg(test)]
mod tests;
