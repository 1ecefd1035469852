//! `/my-groups`, «Мои группы»: a teacher's landing page — today's sessions with their
//! registers, the registers due, the week ahead and the groups taught.

mod model;

use chrono::Duration;
use wire::group::MySession;
use wire::{Page, routes};
use yew::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, EmptyState, ErrorAlert, Label, Loading, PageHeader};
use crate::hooks::{I18n, Loadable, use_auth, use_fetch, use_i18n};
use crate::services::with_query;
use model::{Due, by_day, due, groups_of, place};

/// How far back registers left untaken are listed.
const DUE_DAYS: i64 = 60;

fn sessions_path(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    with_query(
        routes::MY_SESSIONS,
        &[("from", from.to_string()), ("to", to.to_string())],
    )
}

#[function_component(MyGroups)]
pub fn my_groups() -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let today = crate::today::today();
    let week = use_fetch::<Page<MySession>>(Some(sessions_path(today, today + Duration::days(6))));
    let past =
        use_fetch::<Page<MySession>>(Some(sessions_path(today - Duration::days(DUE_DAYS), today)));
    let subtitle = auth.me().map(|m| {
        let school = m.organization_name.clone().unwrap_or_default();
        format!("{} · {school}", m.display_name)
    });
    let body = match (&week.state, &past.state) {
        (Loadable::Failed(e), _) | (_, Loadable::Failed(e)) => {
            html! { <ErrorAlert error={e.clone()} /> }
        }
        (Loadable::Ready(w), Loadable::Ready(p)) => {
            let groups = groups_of(&p.items, &w.items);
            if groups.is_empty() {
                html! {
                    <EmptyState title={i18n.t("mygroups-none")} body={Some(i18n.t("mygroups-none-body"))}
                                icon="fas fa-chalkboard-teacher" />
                }
            } else {
                let todays: Vec<MySession> = w
                    .items
                    .iter()
                    .filter(|s| s.date == today)
                    .cloned()
                    .collect();
                let due_list: Vec<MySession> = due(&p.items);
                html! {
                    <>
                        <div class="setka-columns">
                            { today_card(&i18n, today, &todays) }
                            { due_card(&i18n, &due_list) }
                        </div>
                        { week_card(&i18n, &w.items) }
                        { groups_card(&i18n, &groups) }
                    </>
                }
            }
        }
        _ => html! { <Loading /> },
    };
    html! {
        <>
            <PageHeader title={i18n.t("mygroups-title")} {subtitle} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack" id="my-groups">{ body }</div>
            </section>
        </>
    }
}

fn card(id: &'static str, title: String, body: Html) -> Html {
    html! {
        <div class="pf-v6-c-card setka-card" {id}>
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ title }</h2></div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}

/// The register button of a session, or what it says instead.
fn register_action(i18n: &I18n, s: &MySession) -> Html {
    match Due::of(s) {
        Due::Cancelled => html! { <Label text={i18n.t("mygroups-cancelled")} /> },
        Due::Taken => html! {
            <AppLink to={Route::Register { id: s.session_id }} class="pf-v6-c-button pf-m-link pf-m-inline"
                     testid={format!("register-link-{}", s.session_id)}>
                <i class="fas fa-check" aria-hidden="true"></i>{" "}{ i18n.t("mygroups-taken") }
            </AppLink>
        },
        Due::Now | Due::Later => {
            let primary = Due::of(s) == Due::Now;
            html! {
                <AppLink to={Route::Register { id: s.session_id }}
                         class={classes!("pf-v6-c-button", "pf-m-small", if primary { "pf-m-primary" } else { "pf-m-secondary" })}
                         testid={format!("register-link-{}", s.session_id)}>
                    { i18n.t("mygroups-take") }
                </AppLink>
            }
        }
    }
}

fn session_line(i18n: &I18n, s: &MySession, with_date: bool) -> Html {
    let when = if with_date {
        format!(
            "{} · {}–{}",
            i18n.date_with_weekday(s.date),
            s.start.format("%H:%M"),
            s.end.format("%H:%M")
        )
    } else {
        format!("{}–{}", s.start.format("%H:%M"), s.end.format("%H:%M"))
    };
    html! {
        <li class="setka-session-line" key={s.session_id.to_string()} data-testid={format!("mysession-{}", s.session_id)}>
            <div class="setka-session-line__when setka-strong">{ when }</div>
            <div class="setka-session-line__what">
                <AppLink to={Route::Group { id: s.group_id }} class="setka-strong">{ &s.group_name }</AppLink>
                <div class="setka-muted setka-small">
                    { format!("{} · {} · {}", s.programme_title, place(i18n, &s.place),
                              i18n.count("mygroups-students", usize::try_from(s.students).unwrap_or(0))) }
                </div>
            </div>
            <div class="setka-session-line__action">{ register_action(i18n, s) }</div>
        </li>
    }
}

fn today_card(i18n: &I18n, today: chrono::NaiveDate, list: &[MySession]) -> Html {
    let body = if list.is_empty() {
        html! { <p class="setka-muted" data-testid="today-none">{ i18n.t("mygroups-today-none") }</p> }
    } else {
        html! { <ul class="setka-session-list">{ for list.iter().map(|s| session_line(i18n, s, false)) }</ul> }
    };
    card(
        "mygroups-today",
        i18n.t1("mygroups-today", "date", i18n.date_with_weekday(today)),
        body,
    )
}

fn due_card(i18n: &I18n, list: &[MySession]) -> Html {
    let body = if list.is_empty() {
        html! { <p class="setka-muted" data-testid="due-none">{ i18n.t("mygroups-due-none") }</p> }
    } else {
        html! { <ul class="setka-session-list">{ for list.iter().map(|s| session_line(i18n, s, true)) }</ul> }
    };
    let title = html! {
        <>{ i18n.t("mygroups-due") }{" "}
          <span class={classes!("pf-v6-c-badge", if list.is_empty() { "pf-m-read" } else { "pf-m-unread" })}
                data-testid="due-count">{ list.len() }</span></>
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="mygroups-due">
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ title }</h2></div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}

fn week_card(i18n: &I18n, list: &[MySession]) -> Html {
    let days = by_day(list);
    let body = if days.is_empty() {
        html! { <p class="setka-muted">{ i18n.t("mygroups-week-none") }</p> }
    } else {
        html! {
            <div class="setka-week-days">
                { for days.iter().map(|(day, sessions)| html! {
                    <div class="setka-week-day" key={day.to_string()}>
                        <h3 class="setka-week-day__title">{ i18n.date_with_weekday(*day) }</h3>
                        <ul class="setka-session-list">{ for sessions.iter().map(|s| session_line(i18n, s, false)) }</ul>
                    </div>
                }) }
            </div>
        }
    };
    card("mygroups-week", i18n.t("mygroups-week"), body)
}

fn groups_card(i18n: &I18n, groups: &[model::TaughtGroup]) -> Html {
    html! {
        <div class="pf-v6-c-card setka-card" id="mygroups-groups">
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("mygroups-groups") }</h2></div>
            <div class="pf-v6-c-card__body">
                <ul class="setka-group-chips">
                    { for groups.iter().map(|g| html! {
                        <li key={g.id.to_string()}>
                            <AppLink to={Route::Group { id: g.id }} class="setka-strong">{ &g.name }</AppLink>
                            <div class="setka-muted setka-small">{ format!("{} · {}", g.programme, g.provider) }</div>
                        </li>
                    }) }
                </ul>
            </div>
        </div>
    }
}
