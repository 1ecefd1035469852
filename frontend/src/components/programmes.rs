//! «Программы» section of the network page: the network's programmes (read-only).

use wire::network::Network;
use wire::programme::Programme;
use wire::{Page, routes};
use yew::prelude::*;

use crate::hooks::{use_fetch, use_i18n};

#[derive(Properties, PartialEq)]
pub struct ProgrammesProps {
    pub network: Network,
}

#[function_component(ProgrammesSection)]
pub fn programmes_section(p: &ProgrammesProps) -> Html {
    let i18n = use_i18n();
    let fetch = use_fetch::<Page<Programme>>(Some(routes::network_programmes(p.network.id)));
    let providers = |pr: &Programme| {
        pr.provider_ids
            .iter()
            .filter_map(|id| p.network.members.iter().find(|m| m.organization_id == *id))
            .map(|m| m.organization_name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows = fetch.state.ready().map(|page| {
        page.items
            .iter()
            .map(|pr| {
                let title = match &pr.module {
                    Some(m) => format!("{} — {m}", pr.title),
                    None => pr.title.clone(),
                };
                html! {
                    <tr key={pr.id.to_string()} data-testid="programme-row">
                        <td>{ pr.code.clone() }</td>
                        <td>{ title }</td>
                        <td>{ pr.subject_area.clone() }</td>
                        <td>{ format!("{}–{}", pr.grade_from, pr.grade_to) }</td>
                        <td>{ format!("{} / {}", pr.total_hours, pr.hours_per_week) }</td>
                        <td>{ providers(pr) }</td>
                    </tr>
                }
            })
            .collect::<Html>()
    });
    html! {
        <div class="pf-v6-c-card setka-card" id="programmes" data-testid="programmes">
            <div class="pf-v6-c-card__title">
                <h2 class="pf-v6-c-card__title-text">{ i18n.t("prog-title") }</h2>
            </div>
            <div class="pf-v6-c-card__body">
                <table class="pf-v6-c-table pf-m-compact" data-testid="programmes-table">
                    <thead><tr>
                        <th>{ i18n.t("prog-code") }</th>
                        <th>{ i18n.t("prog-name") }</th>
                        <th>{ i18n.t("prog-subject") }</th>
                        <th>{ i18n.t("prog-grades") }</th>
                        <th>{ i18n.t("prog-hours") }</th>
                        <th>{ i18n.t("prog-providers") }</th>
                    </tr></thead>
                    <tbody>{ rows.unwrap_or_default() }</tbody>
                </table>
            </div>
        </div>
    }
}
