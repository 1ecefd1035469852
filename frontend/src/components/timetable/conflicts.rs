//! The week's conflicts under the grid: day, kind, the server's message and the groups
//! of the sessions involved.

use wire::group::{ConflictView, TimetableEntry};
use yew::prelude::*;

use super::grid::conflict_key;
use crate::app::Route;
use crate::components::AppLink;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ConflictsProps {
    pub conflicts: Vec<ConflictView>,
    pub entries: Vec<TimetableEntry>,
}

#[function_component(ConflictList)]
pub fn conflict_list(p: &ConflictsProps) -> Html {
    let i18n = use_i18n();
    if p.conflicts.is_empty() {
        return html! {
            <p class="setka-ok" data-testid="tt-no-conflicts">
                <i class="fas fa-check-circle" aria-hidden="true"></i>{ " " }{ i18n.t("tt-no-conflicts") }
            </p>
        };
    }
    let group_of = |id: uuid::Uuid| {
        p.entries.iter().find(|e| e.session.id == id).map(|e| {
            html! {
                <AppLink to={Route::Group { id: e.session.group_id }}>{ &e.group_name }</AppLink>
            }
        })
    };
    html! {
        <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" data-testid="tt-conflicts">
            <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                <th class="pf-v6-c-table__th">{ i18n.t("tt-col-date") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("tt-col-kind") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("tt-col-message") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("tt-col-groups") }</th>
            </tr></thead>
            <tbody class="pf-v6-c-table__tbody">
                { for p.conflicts.iter().map(|c| {
                    let k = &c.conflict;
                    let groups: Vec<Html> = std::iter::once(k.session_id).chain(k.other_session_id)
                        .filter_map(group_of).collect();
                    html! {
                        <tr class="pf-v6-c-table__tr" data-testid="tt-conflict">
                            <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("tt-col-date")}>{ i18n.date_with_weekday(k.date) }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("tt-col-kind")}>
                                <span class="setka-tt-kind"><i class="fas fa-exclamation-triangle" aria-hidden="true"></i>{ " " }{ i18n.t(&conflict_key(k.kind)) }</span>
                            </td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("tt-col-message")} data-testid="tt-conflict-message">{ &c.message }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("tt-col-groups")}>
                                { for groups.into_iter().enumerate().map(|(i, g)| html! { <>{ if i > 0 { ", " } else { "" } }{ g }</> }) }
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
