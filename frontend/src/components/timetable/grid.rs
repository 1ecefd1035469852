//! The week grid: days across, hours down, each session a block at its time — group,
//! time, place, teacher; conflicts with a red border and an icon, cancelled sessions
//! struck through. Placement comes from [`super::layout`].

use chrono::NaiveDate;
use wire::group::{SessionStatus, TimetableEntry};
use wire::network::Network;
use yew::prelude::*;

use super::layout::{Item, layout};
use super::query::short_name;
use crate::app::Route;
use crate::components::AppLink;
use crate::components::group::place::place_text;
use crate::components::group::slots::time_range;
use crate::components::network_orgs::org_name;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub days: Vec<NaiveDate>,
    pub entries: Vec<TimetableEntry>,
    pub network: Network,
    pub today: NaiveDate,
}

pub fn conflict_key(k: wire::group::ConflictKind) -> String {
    format!("conflict-kind-{}", crate::i18n::enums::wire_name(&k))
}

#[function_component(WeekGrid)]
pub fn week_grid(p: &GridProps) -> Html {
    let i18n = use_i18n();
    let first = p.days.first().copied().unwrap_or(p.today);
    let items: Vec<Item> = p
        .entries
        .iter()
        .filter_map(|e| {
            let day = usize::try_from((e.session.date - first).num_days()).ok()?;
            (day < p.days.len()).then_some(Item {
                id: e.session.id,
                day,
                start: e.session.start,
                end: e.session.end,
            })
        })
        .collect();
    let grid = layout(&items);
    let height = grid.height();
    let columns = format!(
        "grid-template-columns: 3.5rem repeat({}, minmax(0, 1fr));",
        p.days.len()
    );
    let head = p.days.iter().map(|d| {
        use chrono::Datelike;
        let today = *d == p.today;
        html! {
            <div class={classes!("setka-tt-day-head", today.then_some("setka-tt-day-head--today"))} data-testid="tt-day">
                <span class="setka-tt-day-name">{ i18n.weekday(d.weekday()) }</span>
                <span class="setka-tt-day-date">{ d.format("%d.%m").to_string() }</span>
            </div>
        }
    });
    let block = |b: &super::layout::Block| {
        let Some(e) = p.entries.iter().find(|e| e.session.id == b.id) else {
            return html! {};
        };
        let s = &e.session;
        let cancelled = s.status == SessionStatus::Cancelled;
        let conflict = !e.conflicts.is_empty();
        let moved = s.origin_date.is_some_and(|o| o != s.date);
        let place = place_text(&i18n, &s.place, |id| org_name(&p.network, id));
        let teachers = e
            .teachers
            .iter()
            .map(|t| short_name(&t.name))
            .collect::<Vec<_>>()
            .join(", ");
        let kinds = e
            .conflicts
            .iter()
            .map(|k| i18n.t(&conflict_key(*k)))
            .collect::<Vec<_>>()
            .join("; ");
        let mut title = format!(
            "{} · {} · {}",
            e.group_name,
            time_range(s.start, s.end),
            place
        );
        if !teachers.is_empty() {
            title.push_str(&format!(" · {teachers}"));
        }
        if cancelled {
            title.push_str(&format!(" · {}", i18n.t("session-mark-cancelled")));
        } else if let (true, Some(o)) = (moved, s.origin_date) {
            title.push_str(&format!(
                " · {}",
                i18n.t1("session-moved-from", "date", i18n.date(o))
            ));
        }
        if conflict {
            title.push_str(&format!(" · {kinds}"));
        }
        let style = format!(
            "top: {:.1}px; height: {:.1}px; left: calc({:.4}% + 2px); width: calc({:.4}% - 4px);",
            b.top,
            b.height,
            b.left_percent(),
            b.width_percent()
        );
        html! {
            <AppLink to={Route::Group { id: s.group_id }}
                     class={classes!("setka-tt-block", conflict.then_some("setka-tt-block--conflict"), cancelled.then_some("setka-tt-block--cancelled"))}
                     testid="tt-session" style={AttrValue::from(style)} title={AttrValue::from(title)}>
                <span class="setka-tt-block__inner" data-session={s.id.to_string()} data-group={e.group_name.clone()}
                      data-date={s.date.to_string()} data-start={s.start.format("%H:%M").to_string()}
                      data-end={s.end.format("%H:%M").to_string()}
                      data-conflict={conflict.to_string()} data-cancelled={cancelled.to_string()}>
                    <span class="setka-tt-block__time">
                        if conflict {
                            <i class="fas fa-exclamation-triangle setka-tt-block__icon" aria-label={kinds.clone()}></i>{ " " }
                        }
                        { time_range(s.start, s.end) }
                        if moved {
                            { " " }<i class="fas fa-share setka-tt-block__moved" aria-label={i18n.t("session-mark-moved")}></i>
                        }
                    </span>
                    <span class="setka-tt-block__name">{ &e.group_name }</span>
                    <span class="setka-tt-block__meta">{ place }</span>
                    if !teachers.is_empty() {
                        <span class="setka-tt-block__meta">{ teachers }</span>
                    }
                </span>
            </AppLink>
        }
    };
    html! {
        <div class="setka-tt" data-testid="tt-grid">
            <div class="setka-tt-head" style={columns.clone()}>
                <div class="setka-tt-corner"></div>
                { for head }
            </div>
            <div class="setka-tt-body" style={format!("{columns} height: {height:.0}px;")}>
                <div class="setka-tt-hours">
                    { for grid.hours().map(|h| html! {
                        <div class="setka-tt-hour" style={format!("top: {:.1}px;", grid.hour_top(h))}>{ format!("{h}:00") }</div>
                    }) }
                </div>
                { for (0..p.days.len()).map(|day| {
                    let today = p.days.get(day) == Some(&p.today);
                    html! {
                        <div class={classes!("setka-tt-col", today.then_some("setka-tt-col--today"))}>
                            { for grid.hours().map(|h| html! {
                                <div class="setka-tt-line" style={format!("top: {:.1}px;", grid.hour_top(h))}></div>
                            }) }
                            { for grid.blocks.iter().filter(|b| b.day == day).map(block) }
                        </div>
                    }
                }) }
            </div>
        </div>
    }
}
