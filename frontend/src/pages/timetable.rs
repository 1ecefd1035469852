//! `/networks/{id}/timetable?week=2021-09-13&by=group|teacher|place|organization&…`: the
//! network's week — a grid Monday to Saturday with every session, conflicts marked and
//! listed with the server's messages; previous and next week, today, a filter.

use uuid::Uuid;
use wire::group::{Group, SessionStatus, Timetable};
use wire::network::Network;
use wire::routes;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::form::Select;
use crate::components::group::feed::FeedButtons;
use crate::components::network_orgs::members_during;
use crate::components::timetable::conflicts::ConflictList;
use crate::components::timetable::grid::WeekGrid;
use crate::components::timetable::query::{
    By, WeekQuery, parse_place_value, place_value, places, teachers,
};
use crate::components::timetable::week::{days, has_sunday, parse_week, range_label, shift};
use crate::components::{AppLink, ErrorAlert, Loading, PageHeader};
use crate::hooks::{Loadable, use_all, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, with_query};

#[derive(Properties, PartialEq)]
pub struct TimetablePageProps {
    pub id: Uuid,
}

#[function_component(TimetablePage)]
pub fn timetable_page(p: &TimetablePageProps) -> Html {
    let network = use_fetch::<Network>(Some(routes::network(p.id)));
    match &network.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(ApiError::NotFound(_)) => html! { <NotFound /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(n) => html! { <Week network={(**n).clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct WeekProps {
    network: Network,
}

#[function_component(Week)]
fn week(p: &WeekProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let n = &p.network;
    let query = use_location()
        .and_then(|l| l.query::<WeekQuery>().ok())
        .unwrap_or_default();
    let today = crate::today::today();
    let monday = parse_week(query.week.as_deref(), today);
    let groups = use_all::<Group>(Some(routes::network_groups(n.id)));
    let fetch = use_fetch::<Timetable>(Some(with_query(
        &routes::network_timetable(n.id),
        &query.to_api(monday),
    )));
    let go = {
        let id = n.id;
        Callback::from(move |q: WeekQuery| {
            if let Some(nav) = &navigator {
                let to = Route::NetworkTimetable { id };
                if nav.push_with_query(&to, &q).is_err() {
                    nav.push(&to);
                }
            }
        })
    };
    let to_week = |m: chrono::NaiveDate| {
        let (go, q) = (go.clone(), query.at_week(m));
        Callback::from(move |_: MouseEvent| go.emit(q.clone()))
    };
    let on_by = {
        let (go, q) = (go.clone(), query.clone());
        Callback::from(move |v: String| go.emit(q.with_by(By::parse(Some(&v)))))
    };
    let by = query.by();
    let group_list: Vec<Group> = groups.state.ready().cloned().unwrap_or_default();
    let (value, options): (String, Vec<(String, String)>) = match by {
        By::All => (String::new(), Vec::new()),
        By::Group => (
            query.group_id.map(|g| g.to_string()).unwrap_or_default(),
            group_list
                .iter()
                .map(|g| (g.id.to_string(), g.input.name.clone()))
                .collect(),
        ),
        By::Teacher => (
            query.staff_id.map(|g| g.to_string()).unwrap_or_default(),
            teachers(&group_list)
                .into_iter()
                .map(|(id, name)| (id.to_string(), name))
                .collect(),
        ),
        By::Organization => (
            query
                .organization_id
                .map(|g| g.to_string())
                .unwrap_or_default(),
            members_during(n, monday, monday + chrono::Duration::days(6))
                .into_iter()
                .map(|(id, name)| (id.to_string(), name))
                .collect(),
        ),
        By::Place => (
            match (query.organization_id, &query.place) {
                (Some(o), Some(pl)) => place_value(o, pl),
                _ => String::new(),
            },
            places(&group_list)
                .into_iter()
                .map(|(org, name)| {
                    let label = format!(
                        "{name} · {}",
                        crate::components::network_orgs::org_name(n, org)
                    );
                    (place_value(org, &name), label)
                })
                .collect(),
        ),
    };
    let on_value = {
        let (go, q) = (go.clone(), query.clone());
        Callback::from(move |v: String| {
            let mut next = q.with_by(q.by());
            let id = Uuid::parse_str(&v).ok();
            match next.by() {
                By::Group => next.group_id = id,
                By::Teacher => next.staff_id = id,
                By::Organization => next.organization_id = id,
                By::Place => {
                    if let Some((org, name)) = parse_place_value(&v) {
                        next.organization_id = Some(org);
                        next.place = Some(name);
                    }
                }
                By::All => {}
            }
            go.emit(next);
        })
    };
    let on_gap = {
        let (go, q) = (go.clone(), query.clone());
        Callback::from(move |v: String| {
            let mut next = q.clone();
            next.gap = v.parse().ok();
            go.emit(next);
        })
    };
    let by_options: Vec<(String, String)> = By::ALL
        .iter()
        .map(|b| (b.key().to_owned(), i18n.t(&format!("tt-by-{}", b.key()))))
        .collect();
    let gaps: Vec<(String, String)> = [10u32, 15, 20, 30, 45, 60]
        .iter()
        .map(|m| {
            (
                m.to_string(),
                i18n.t1("tt-gap-minutes", "minutes", i64::from(*m)),
            )
        })
        .collect();
    let entries = fetch
        .state
        .ready()
        .map(|t| t.entries.clone())
        .unwrap_or_default();
    let week_days = days(monday, has_sunday(entries.iter().map(|e| e.session.date)));
    let label = range_label(monday, week_days.last().copied().unwrap_or(monday), |m| {
        i18n.month_of_day(m)
    });
    let breadcrumb = html! {
        <AppLink to={Route::Network { id: n.id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ n.name.clone() }
        </AppLink>
    };
    let body = match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(t) => {
            let held = t
                .entries
                .iter()
                .filter(|e| e.session.status != SessionStatus::Cancelled)
                .count();
            let cancelled = t.entries.len() - held;
            html! {
                <>
                    <p class="setka-tt-summary" data-testid="tt-summary">
                        { i18n.count("tt-sessions", held) }
                        if cancelled > 0 { { format!(" · {}", i18n.count("tt-cancelled", cancelled)) } }
                        if !t.conflicts.is_empty() {
                            <span class="setka-tt-summary__conflicts">{ format!(" · {}", i18n.count("tt-conflicts", t.conflicts.len())) }</span>
                        }
                    </p>
                    if t.entries.is_empty() {
                        <p class="setka-muted" data-testid="tt-empty">{ i18n.t("tt-empty") }</p>
                    }
                    <WeekGrid days={week_days.clone()} entries={t.entries.clone()} network={n.clone()} {today} />
                    <div class="pf-v6-c-card setka-card" id="tt-conflicts-card">
                        <div class="pf-v6-c-card__title">
                            <h2 class="pf-v6-c-card__title-text">{ i18n.t("tt-conflicts-title") }</h2>
                            <p class="setka-muted setka-small">{ i18n.t("tt-conflicts-hint") }</p>
                        </div>
                        <div class="pf-v6-c-card__body">
                            <ConflictList conflicts={t.conflicts.clone()} entries={t.entries.clone()} />
                        </div>
                    </div>
                </>
            }
        }
    };
    html! {
        <>
            <PageHeader title={i18n.t("tt-title")} subtitle={n.name.clone()} {breadcrumb} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">
                    <div class="setka-tt-toolbar">
                        <div class="setka-tt-nav">
                            <button type="button" id="tt-prev" class="pf-v6-c-button pf-m-plain" aria-label={i18n.t("tt-prev")}
                                    title={i18n.t("tt-prev")} onclick={to_week(shift(monday, -1))}>
                                <i class="fas fa-chevron-left" aria-hidden="true"></i>
                            </button>
                            <button type="button" id="tt-today" class="pf-v6-c-button pf-m-secondary pf-m-small"
                                    onclick={to_week(parse_week(None, today))}>{ i18n.t("tt-today") }</button>
                            <button type="button" id="tt-next" class="pf-v6-c-button pf-m-plain" aria-label={i18n.t("tt-next")}
                                    title={i18n.t("tt-next")} onclick={to_week(shift(monday, 1))}>
                                <i class="fas fa-chevron-right" aria-hidden="true"></i>
                            </button>
                            <h2 class="setka-tt-week" data-testid="tt-week">{ label }</h2>
                        </div>
                        <div class="setka-tt-filters">
                            <Select id="tt-by" value={by.key().to_owned()} options={by_options} onchange={on_by}
                                    aria_label={i18n.t("tt-by")} />
                            if by != By::All {
                                <Select id="tt-filter" {value} {options} onchange={on_value}
                                        placeholder={i18n.t("form-select-placeholder")} aria_label={i18n.t(&format!("tt-by-{}", by.key()))} />
                            }
                            <Select id="tt-gap" value={query.gap.map(|g| g.to_string()).unwrap_or_default()} options={gaps}
                                    placeholder={i18n.t("tt-gap-default")} onchange={on_gap} aria_label={i18n.t("tt-gap")} />
                        </div>
                    </div>
                    if let (By::Teacher, Some(staff)) = (by, query.staff_id) {
                        <div class="setka-group-links">
                            <FeedButtons staff_id={Some(staff)}
                                         name={teachers(&group_list).into_iter().find(|(id, _)| *id == staff).map(|(_, n)| n).unwrap_or_default()} />
                        </div>
                    }
                    { body }
                </div>
            </section>
        </>
    }
}
