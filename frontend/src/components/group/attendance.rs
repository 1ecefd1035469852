//! A group's attendance on its page: students × sessions with a short symbol per mark,
//! the student's totals, and a legend. The names stay in view while the sessions scroll
//! sideways; sessions past without a register stand out; for those who take registers a
//! session's date opens its register. The server shows each user the rows they may see;
//! a user it shows none of it to sees no section.

pub mod model;

use domain::attendance::{Mark, Tally};
use wire::attendance::{AttendanceRow, AttendanceSession, GroupAttendance};
use wire::group::Group;
use wire::network::Network;
use wire::routes;
use yew::prelude::*;

use self::model::{absence_share, column_date, overdue};
use super::enrolments::model::student_name;
use super::enrolments::row::class_and_school;
use crate::app::Route;
use crate::components::{AppLink, EmptyState, ErrorAlert, Label, Loading};
use crate::hooks::{I18n, Loadable, use_auth, use_fetch, use_i18n};
use crate::i18n::enums::{mark_key, mark_symbol_key, wire_name};
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct AttendanceProps {
    pub group: Group,
    pub network: Network,
    /// Changes when sessions were generated, so the table loads again.
    pub generation: u32,
}

#[function_component(AttendanceSection)]
pub fn attendance_section(p: &AttendanceProps) -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let fetch = use_fetch::<GroupAttendance>(Some(routes::group_attendance(p.group.id)));
    {
        let reload = fetch.reload.clone();
        use_effect_with(p.generation, move |g| {
            if *g > 0 {
                reload.emit(());
            }
        });
    }
    let take = perms.take_register(&p.group, &p.network);
    let body = match &fetch.state {
        Loadable::Failed(ApiError::NotFound(_) | ApiError::Forbidden(_)) => return html! {},
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Loading => html! { <Loading /> },
        Loadable::Ready(a) if a.sessions.is_empty() => html! {
            <EmptyState title={i18n.t("att-empty-sessions")} icon="fas fa-calendar-day" />
        },
        Loadable::Ready(a) if a.rows.is_empty() => html! {
            <EmptyState title={i18n.t("att-empty-students")} icon="fas fa-user-graduate" />
        },
        Loadable::Ready(a) => html! { <Grid attendance={(**a).clone()} {take} /> },
    };
    let today = crate::today::today();
    let now = crate::today::time_now();
    let untaken = fetch
        .state
        .ready()
        .map(|a| a.sessions.iter().filter(|s| overdue(s, today, now)).count())
        .unwrap_or(0);
    html! {
        <div class="pf-v6-c-card setka-card" id="attendance" data-testid="attendance">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("att-title") }
                        if untaken > 0 {
                            <span class="setka-count" data-testid="att-untaken-count">
                                <Label text={i18n.count("att-untaken-count", untaken)} color="pf-m-orange" />
                            </span>
                        }
                    </h2>
                </div>
            </div>
            <div class="pf-v6-c-card__body setka-stack">{ body }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct GridProps {
    attendance: GroupAttendance,
    /// Whether the dates link to the registers.
    take: bool,
}

#[function_component(Grid)]
fn grid(p: &GridProps) -> Html {
    let i18n = use_i18n();
    let a = &p.attendance;
    let today = crate::today::today();
    let now = crate::today::time_now();
    let header = |s: &AttendanceSession| {
        let late = overdue(s, today, now);
        let mut title = format!(
            "{}, {}",
            i18n.date_with_weekday(s.date),
            s.start.format("%H:%M")
        );
        if s.cancelled {
            title = format!("{title} · {}", i18n.t("att-cancelled"));
        } else if late {
            title = format!("{title} · {}", i18n.t("att-untaken"));
        }
        let date = column_date(s.date);
        let class = classes!(
            "pf-v6-c-table__th",
            "setka-att-session",
            s.cancelled.then_some("setka-att--cancelled"),
            late.then_some("setka-att--untaken"),
        );
        html! {
            <th {class} scope="col" title={title.clone()} data-testid={format!("att-session-{}", s.session_id)}
                data-taken={s.taken.to_string()} data-untaken={late.to_string()}>
                if p.take && !s.cancelled {
                    <AppLink to={Route::Register { id: s.session_id }} title={AttrValue::from(title)}>{ date }</AppLink>
                } else {
                    { date }
                }
            </th>
        }
    };
    let untaken: Vec<bool> = a.sessions.iter().map(|s| overdue(s, today, now)).collect();
    let row = |r: &AttendanceRow| {
        html! {
            <tr class="pf-v6-c-table__tr" key={r.student.id.to_string()} data-testid={format!("att-row-{}", r.student.id)}>
                <th class="pf-v6-c-table__th setka-att-sticky" scope="row">
                    <div class="setka-strong setka-nowrap">{ student_name(&r.student) }</div>
                    <div class="setka-muted setka-small setka-nowrap">{ class_and_school(&i18n, &r.student) }</div>
                </th>
                { for a.sessions.iter().enumerate().map(|(i, s)| {
                    let mark = r.marks.get(i).copied().flatten();
                    let listed = r.on_register.get(i).copied().unwrap_or(true);
                    let state = CellState {
                        cancelled: s.cancelled,
                        untaken: listed && untaken.get(i).copied().unwrap_or(false),
                        listed,
                    };
                    cell(&i18n, mark, state)
                }) }
                { totals(&i18n, &r.tally) }
            </tr>
        }
    };
    html! {
        <>
            <div class="setka-att-scroll" role="region" tabindex="0" aria-label={i18n.t("att-title")}>
                <table class="pf-v6-c-table pf-m-compact setka-att-grid" data-testid="att-grid">
                    <thead class="pf-v6-c-table__thead">
                        <tr class="pf-v6-c-table__tr">
                            <th class="pf-v6-c-table__th setka-att-sticky" scope="col">{ i18n.t("att-col-student") }</th>
                            { for a.sessions.iter().map(header) }
                            { for Mark::ALL.into_iter().map(|m| html! {
                                <th class="pf-v6-c-table__th setka-att-total" scope="col" title={i18n.t(mark_key(m))}>{ i18n.t(mark_symbol_key(m)) }</th>
                            }) }
                            <th class="pf-v6-c-table__th setka-att-total" scope="col">{ i18n.t("att-col-share") }</th>
                        </tr>
                    </thead>
                    <tbody class="pf-v6-c-table__tbody">{ for a.rows.iter().map(row) }</tbody>
                </table>
            </div>
            <Legend />
        </>
    }
}

/// What a cell stands for besides its mark.
struct CellState {
    cancelled: bool,
    untaken: bool,
    /// The pupil held the seat that day (was on the session's register).
    listed: bool,
}

fn cell(i18n: &I18n, mark: Option<Mark>, state: CellState) -> Html {
    let class = classes!(
        "pf-v6-c-table__td",
        "setka-att-cell",
        mark.map(|m| format!("setka-att--{}", m.as_str())),
        state.cancelled.then_some("setka-att--cancelled"),
        state.untaken.then_some("setka-att--untaken"),
        (!state.listed).then_some("setka-att--off"),
    );
    match mark {
        Some(m) => html! {
            <td {class} title={i18n.t(mark_key(m))} data-mark={wire_name(&m)}>{ i18n.t(mark_symbol_key(m)) }</td>
        },
        None if !state.listed => {
            html! { <td {class} title={i18n.t("att-off")} data-off="true"></td> }
        }
        None => html! { <td {class}></td> },
    }
}

fn totals(i18n: &I18n, t: &Tally) -> Html {
    let counts = [t.present, t.late, t.absent_excused, t.absent_unexcused];
    html! {
        <>
            { for Mark::ALL.into_iter().zip(counts).map(|(m, n)| html! {
                <td class="pf-v6-c-table__td setka-att-total" title={i18n.t(mark_key(m))} data-total={m.as_str()}>{ n }</td>
            }) }
            <td class="pf-v6-c-table__td setka-att-total setka-nowrap" data-total="share">{ absence_share(t, i18n.lang()) }</td>
        </>
    }
}

/// What the symbols and colours mean.
#[function_component(Legend)]
fn legend() -> Html {
    let i18n = use_i18n();
    html! {
        <dl class="setka-att-legend" data-testid="att-legend" aria-label={i18n.t("att-legend")}>
            { for Mark::ALL.into_iter().map(|m| html! {
                <div class="setka-att-legend__item">
                    <dt class={classes!("setka-att-cell", format!("setka-att--{}", m.as_str()))}>{ i18n.t(mark_symbol_key(m)) }</dt>
                    <dd>{ i18n.t(mark_key(m)) }</dd>
                </div>
            }) }
            <div class="setka-att-legend__item">
                <dt class="setka-att-cell setka-att--untaken"></dt>
                <dd>{ i18n.t("att-untaken") }</dd>
            </div>
            <div class="setka-att-legend__item">
                <dt class="setka-att-cell setka-att--cancelled"></dt>
                <dd>{ i18n.t("att-cancelled") }</dd>
            </div>
            <div class="setka-att-legend__item">
                <dt class="setka-att-cell setka-att--off"></dt>
                <dd>{ i18n.t("att-off") }</dd>
            </div>
        </dl>
    }
}
