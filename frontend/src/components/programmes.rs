//! «Программы» section of the network page: the network's programmes with a search box,
//! each linking to its page; «Добавить программу» for those who manage the network.

use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use wire::network::Network;
use wire::programme::{Programme, ProgrammeQuery};
use wire::{Page, routes};
use yew::prelude::*;

use crate::app::Route;
use crate::components::network_orgs::org_name;
use crate::components::programme_draft::format_hours;
use crate::components::{AppLink, ErrorAlert, Label};
use crate::hooks::{use_fetch, use_i18n};
use crate::services::with_query;

#[derive(Properties, PartialEq)]
pub struct ProgrammesProps {
    pub network: Network,
    pub can_manage: bool,
}

/// `Технология — Робототехника`.
pub fn programme_name(p: &Programme) -> String {
    match &p.module {
        Some(m) => format!("{} — {m}", p.title),
        None => p.title.clone(),
    }
}

pub fn prog_status_color(s: domain::programme::ProgrammeStatus) -> &'static str {
    use domain::programme::ProgrammeStatus::*;
    match s {
        Draft => "pf-m-blue",
        Approved => "pf-m-green",
        Archived => "pf-m-grey",
    }
}

#[function_component(ProgrammesSection)]
pub fn programmes_section(p: &ProgrammesProps) -> Html {
    let i18n = use_i18n();
    let text = use_state(String::new);
    let q = use_state(|| None::<String>);
    {
        let q = q.clone();
        use_effect_with((*text).clone(), move |text| {
            let next = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
            let pending = (next != *q).then(|| Timeout::new(300, move || q.set(next)));
            move || drop(pending)
        });
    }
    let query = ProgrammeQuery {
        q: (*q).clone(),
        limit: Some(wire::page::MAX_LIMIT),
        cursor: None,
    };
    let path = with_query(&routes::network_programmes(p.network.id), &query);
    let fetch = use_fetch::<Page<Programme>>(Some(path));
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let providers = |pr: &Programme| {
        pr.provider_ids
            .iter()
            .map(|id| org_name(&p.network, *id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // The last answer stays on screen while the next search loads: no flicker per key.
    let last = use_mut_ref(|| None::<Vec<Programme>>);
    if let Some(page) = fetch.state.ready() {
        *last.borrow_mut() = Some(page.items.clone());
    }
    let items = last.borrow().clone();
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let body = match &items {
        None => html! {},
        Some(list) if list.is_empty() => html! {
            <p class="setka-muted" data-testid="programmes-empty">
                { if q.is_some() { i18n.t("prog-none-found") } else { i18n.t("prog-empty") } }
            </p>
        },
        Some(list) => html! {
            <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" data-testid="programmes-table"
                   aria-label={i18n.t("prog-title")}>
                <thead class="pf-v6-c-table__thead pf-m-nowrap"><tr class="pf-v6-c-table__tr">
                    { th("prog-code") }{ th("prog-name") }{ th("prog-subject") }{ th("prog-grades") }
                    { th("prog-hours") }{ th("prog-providers") }{ th("prog-status") }
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for list.iter().map(|pr| html! {
                        <tr class="pf-v6-c-table__tr" key={pr.id.to_string()} data-testid="programme-row">
                            <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("prog-code")}>{ &pr.code }</td>
                            <td class="pf-v6-c-table__td setka-strong" data-label={i18n.t("prog-name")}>
                                <AppLink to={Route::Programme { id: pr.id }} testid="programme-link">{ programme_name(pr) }</AppLink>
                            </td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("prog-subject")}>{ &pr.subject_area }</td>
                            <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("prog-grades")}>{ format!("{}–{}", pr.grade_from, pr.grade_to) }</td>
                            <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("prog-hours")}>
                                { format!("{} / {}", pr.total_hours, format_hours(pr.hours_per_week)) }
                            </td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("prog-providers")}>{ providers(pr) }</td>
                            <td class="pf-v6-c-table__td" data-label={i18n.t("prog-status")}>
                                <Label text={i18n.prog_status(pr.status)} color={prog_status_color(pr.status)} />
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="programmes" data-testid="programmes">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("prog-title") }
                        if let Some(list) = &items {
                            <span class="setka-muted setka-count" data-testid="programme-count">{ i18n.count("prog-count", list.len()) }</span>
                        }
                    </h2>
                </div>
                if p.can_manage {
                    <div class="pf-v6-c-card__actions">
                        <AppLink to={Route::NewProgramme { id: p.network.id }} id="prog-add"
                                 class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("prog-add") }</span>
                        </AppLink>
                    </div>
                }
            </div>
            <div class="pf-v6-c-card__body setka-stack setka-stack--tight">
                <div class="pf-v6-c-text-input-group setka-card-search">
                    <div class="pf-v6-c-text-input-group__main pf-m-icon">
                        <span class="pf-v6-c-text-input-group__text">
                            <span class="pf-v6-c-text-input-group__icon"><i class="fas fa-search" aria-hidden="true"></i></span>
                            <input class="pf-v6-c-text-input-group__text-input" id="prog-search" type="search"
                                   value={(*text).clone()} {oninput}
                                   placeholder={i18n.t("prog-search")} aria-label={i18n.t("common-search")} />
                        </span>
                    </div>
                </div>
                if let Some(e) = fetch.state.failed() {
                    <ErrorAlert error={e.clone()} />
                }
                { body }
            </div>
        </div>
    }
}
