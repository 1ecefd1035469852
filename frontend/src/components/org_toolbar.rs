//! Search, filters and sort of the organizations list.

use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use wire::OrganizationKind;
use wire::municipality::Municipality;
use wire::organization::{OrganizationQuery, OrganizationSort};
use yew::prelude::*;

use crate::components::form::Select;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct OrgToolbarProps {
    pub filter: OrganizationQuery,
    pub municipalities: Vec<Municipality>,
    pub onchange: Callback<OrganizationQuery>,
}

const SORTS: [(OrganizationSort, &str, &str); 4] = [
    (OrganizationSort::ShortName, "short_name", "orgs-sort-name"),
    (
        OrganizationSort::ShortNameDesc,
        "-short_name",
        "orgs-sort-name-desc",
    ),
    (
        OrganizationSort::CreatedAtDesc,
        "-created_at",
        "orgs-sort-created-desc",
    ),
    (
        OrganizationSort::CreatedAt,
        "created_at",
        "orgs-sort-created",
    ),
];

fn bool_value(v: Option<bool>) -> String {
    v.map(|b| b.to_string()).unwrap_or_default()
}

#[function_component(OrgToolbar)]
pub fn org_toolbar(p: &OrgToolbarProps) -> Html {
    let i18n = use_i18n();
    let text = use_state(|| p.filter.q.clone().unwrap_or_default());

    // Search as you type, a moment after the last key.
    {
        let (filter, onchange) = (p.filter.clone(), p.onchange.clone());
        use_effect_with(((*text).clone(), filter), move |(text, filter)| {
            let q = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
            let pending = (q != filter.q).then(|| {
                let next = OrganizationQuery {
                    q,
                    ..filter.clone()
                };
                Timeout::new(300, move || onchange.emit(next))
            });
            move || drop(pending)
        });
    }

    let f = &p.filter;
    let update = |apply: fn(&mut OrganizationQuery, String)| {
        let (f, cb) = (f.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = f.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let flag = |apply: fn(&mut OrganizationQuery, bool)| {
        let (f, cb) = (f.clone(), p.onchange.clone());
        Callback::from(move |e: Event| {
            let mut next = f.clone();
            apply(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            );
            cb.emit(next);
        })
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let reset = {
        let (cb, text) = (p.onchange.clone(), text.clone());
        Callback::from(move |_| {
            text.set(String::new());
            cb.emit(OrganizationQuery::default());
        })
    };

    let kinds: Vec<(String, String)> = OrganizationKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), i18n.kind(*k)))
        .collect();
    let munis: Vec<(String, String)> = p
        .municipalities
        .iter()
        .map(|m| (m.id.to_string(), m.name.clone()))
        .collect();
    let sorts: Vec<(String, String)> = SORTS
        .iter()
        .map(|(_, v, key)| ((*v).to_owned(), i18n.t(key)))
        .collect();
    let sort_value = SORTS
        .iter()
        .find(|(s, _, _)| Some(*s) == f.sort)
        .map(|(_, v, _)| (*v).to_owned())
        .unwrap_or_else(|| "short_name".to_owned());
    let active = vec![
        ("true".to_owned(), i18n.t("orgs-filter-active-yes")),
        ("false".to_owned(), i18n.t("orgs-filter-active-no")),
    ];

    html! {
        <div class="pf-v6-c-toolbar setka-toolbar">
            <div class="pf-v6-c-toolbar__content">
                <div class="pf-v6-c-toolbar__content-section">
                    <div class="pf-v6-c-toolbar__item setka-search">
                        <div class="pf-v6-c-text-input-group">
                            <div class="pf-v6-c-text-input-group__main pf-m-icon">
                                <span class="pf-v6-c-text-input-group__text">
                                    <span class="pf-v6-c-text-input-group__icon"><i class="fas fa-search" aria-hidden="true"></i></span>
                                    <input class="pf-v6-c-text-input-group__text-input" id="org-search"
                                           type="search" value={(*text).clone()} {oninput}
                                           placeholder={i18n.t("orgs-search")} aria-label={i18n.t("common-search")} />
                                </span>
                            </div>
                        </div>
                    </div>
                    <div class="pf-v6-c-toolbar__item setka-toolbar__sort">
                        <Select id="org-sort" value={sort_value} options={sorts} aria_label={i18n.t("orgs-sort")}
                                onchange={update(|q, v| q.sort = SORTS.iter().find(|(_, s, _)| *s == v).map(|(s, _, _)| *s))} />
                    </div>
                </div>
                <div class="pf-v6-c-toolbar__content-section setka-toolbar__filters">
                    <div class="pf-v6-c-toolbar__item">
                        <Select id="filter-kind" value={f.kind.map(|k| k.as_str().to_owned()).unwrap_or_default()}
                                options={kinds} placeholder={i18n.t("orgs-filter-kind-any")}
                                aria_label={i18n.t("orgs-filter-kind")}
                                onchange={update(|q, v| q.kind = OrganizationKind::ALL.into_iter().find(|k| k.as_str() == v))} />
                    </div>
                    if munis.len() > 1 {
                        <div class="pf-v6-c-toolbar__item">
                            <Select id="filter-municipality" value={f.municipality_id.map(|m| m.to_string()).unwrap_or_default()}
                                    options={munis} placeholder={i18n.t("orgs-filter-municipality-any")}
                                    aria_label={i18n.t("orgs-filter-municipality")}
                                    onchange={update(|q, v| q.municipality_id = v.parse().ok())} />
                        </div>
                    }
                    <div class="pf-v6-c-toolbar__item">
                        <Select id="filter-active" value={bool_value(f.active)} options={active}
                                placeholder={i18n.t("orgs-filter-active-any")} aria_label={i18n.t("orgs-filter-active")}
                                onchange={update(|q, v| q.active = v.parse().ok())} />
                    </div>
                    <div class="pf-v6-c-toolbar__item setka-toolbar__check">
                        <div class="pf-v6-c-check">
                            <input class="pf-v6-c-check__input" type="checkbox" id="filter-low-results"
                                   checked={f.low_results == Some(true)}
                                   onchange={flag(|q, on| q.low_results = on.then_some(true))} />
                            <label class="pf-v6-c-check__label" for="filter-low-results">{ i18n.t("orgs-filter-low-results") }</label>
                        </div>
                    </div>
                    <div class="pf-v6-c-toolbar__item setka-toolbar__check">
                        <div class="pf-v6-c-check">
                            <input class="pf-v6-c-check__input" type="checkbox" id="filter-adverse"
                                   checked={f.adverse_conditions == Some(true)}
                                   onchange={flag(|q, on| q.adverse_conditions = on.then_some(true))} />
                            <label class="pf-v6-c-check__label" for="filter-adverse">{ i18n.t("orgs-filter-adverse") }</label>
                        </div>
                    </div>
                    if *f != OrganizationQuery::default() {
                        <div class="pf-v6-c-toolbar__item">
                            <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline" onclick={reset}
                                    id="filter-reset">
                                <span class="pf-v6-c-button__text">{ i18n.t("orgs-reset") }</span>
                            </button>
                        </div>
                    }
                </div>
            </div>
        </div>
    }
}
