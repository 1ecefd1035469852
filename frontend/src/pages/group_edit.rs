//! `/networks/{id}/groups/new?programme_id=…` and `/groups/{id}/edit`.

use serde::Deserialize;
use uuid::Uuid;
use wire::group::Group;
use wire::network::Network;
use wire::programme::Programme;
use wire::{Page, routes};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::calendar::years::{default_for_period, of_period};
use crate::components::form::SaveButton;
use crate::components::form_errors::FormErrors;
use crate::components::group::draft::{FIELDS, GroupDraft, PlaceDraft, default_dates};
use crate::components::group::form::{GroupForm, choose_programme};
use crate::components::network_orgs::{choices_during, org_name};
use crate::components::{Alert, AppLink, ErrorAlert, Loading, PageHeader, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_submit};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, SaveTo, open_saved, with_query};

#[derive(Properties, PartialEq)]
pub struct GroupEditProps {
    #[prop_or_default]
    pub network_id: Option<Uuid>,
    #[prop_or_default]
    pub id: Option<Uuid>,
}

#[derive(Debug, Deserialize, Default)]
struct NewQuery {
    programme_id: Option<Uuid>,
}

#[function_component(GroupEdit)]
pub fn group_edit(p: &GroupEditProps) -> Html {
    let existing = use_fetch::<Group>(p.id.map(routes::group));
    let network_id = p
        .network_id
        .or_else(|| existing.state.ready().map(|g| g.network_id));
    let network = use_fetch::<Network>(network_id.map(routes::network));
    let programmes = use_fetch::<Page<Programme>>(network_id.map(|id| {
        with_query(
            &routes::network_programmes(id),
            &[("limit", wire::page::MAX_LIMIT)],
        )
    }));
    match (&existing.state, &network.state, &programmes.state) {
        (Loadable::Failed(ApiError::NotFound(_)), _, _)
        | (_, Loadable::Failed(ApiError::NotFound(_)), _) => {
            html! { <NotFound /> }
        }
        (Loadable::Failed(e), _, _) if p.id.is_some() => html! { <ErrorAlert error={e.clone()} /> },
        (_, Loadable::Failed(e), _) | (_, _, Loadable::Failed(e)) => {
            html! { <ErrorAlert error={e.clone()} /> }
        }
        (_, Loadable::Ready(n), Loadable::Ready(pr)) if p.id.is_none() => html! {
            <Editor network={(**n).clone()} programmes={pr.items.clone()} existing={None::<Group>}
                    reload={existing.reload.clone()} />
        },
        (Loadable::Ready(g), Loadable::Ready(n), Loadable::Ready(pr)) => html! {
            <Editor network={(**n).clone()} programmes={pr.items.clone()} existing={Some((**g).clone())}
                    reload={existing.reload.clone()} />
        },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    network: Network,
    programmes: Vec<Programme>,
    existing: Option<Group>,
    reload: Callback<()>,
}

#[function_component(Editor)]
fn editor(p: &EditorProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let perms = auth.perms();
    let navigator = use_navigator();
    let preset = use_location()
        .and_then(|l| l.query::<NewQuery>().ok())
        .and_then(|q| q.programme_id);
    let n = &p.network;
    let today = crate::today::today();
    let years = of_period(n.period_from, n.period_to, today);
    // Programmes the user may form groups of: those with a provider the user may act for.
    let allowed_all: Vec<Uuid> = {
        let all: Vec<Uuid> = p
            .programmes
            .iter()
            .flat_map(|pr| pr.provider_ids.clone())
            .collect();
        perms.group_providers(n, &all)
    };
    let programmes: Vec<Programme> = p
        .programmes
        .iter()
        .filter(|pr| {
            pr.provider_ids.iter().any(|id| allowed_all.contains(id))
                || p.existing
                    .as_ref()
                    .is_some_and(|g| g.input.programme_id == pr.id)
        })
        .cloned()
        .collect();
    let draft = {
        let (existing, programmes, allowed, years) = (
            p.existing.clone(),
            programmes.clone(),
            allowed_all.clone(),
            years.clone(),
        );
        let year = default_for_period(&years, n.period_from, n.period_to, today);
        use_state(move || match &existing {
            Some(g) => GroupDraft::from_group(g),
            None => {
                let mut d = GroupDraft {
                    capacity: "15".into(),
                    ..GroupDraft::default()
                };
                if let Some(y) = year {
                    d.academic_year = y.to_string();
                    (d.first_date, d.last_date) = default_dates(y);
                }
                let chosen = preset
                    .and_then(|id| programmes.iter().find(|pr| pr.id == id))
                    .or(match programmes.as_slice() {
                        [only] => Some(only),
                        _ => None,
                    });
                choose_programme(&mut d, chosen, &allowed);
                d.place = PlaceDraft {
                    organization_id: d.provider_id.clone(),
                    ..PlaceDraft::default()
                };
                d
            }
        })
    };
    let submit = use_submit();
    let missing = use_state(Vec::<String>::new);
    {
        let (draft, submit) = (draft.clone(), submit.clone());
        let current = p.existing.clone();
        use_effect_with(p.existing.as_ref().map(|g| g.version), move |_| {
            if let Some(g) = &current {
                draft.set(GroupDraft::from_group(g));
                submit.clear_error();
            }
        });
    }
    let may = match &p.existing {
        Some(g) => perms.manage_group(g, n),
        None => perms.create_groups(n),
    };
    if !may {
        return html! { <NotFound /> };
    }
    // Providers of the chosen programme the user may act for (and the group's own).
    let chosen_programme = p
        .programmes
        .iter()
        .find(|pr| pr.id.to_string() == draft.programme_id);
    let mut provider_ids: Vec<Uuid> = chosen_programme
        .map(|pr| perms.group_providers(n, &pr.provider_ids))
        .unwrap_or_default();
    if let Some(g) = &p.existing
        && !provider_ids.contains(&g.input.provider_id)
    {
        provider_ids.push(g.input.provider_id);
    }
    let providers: Vec<(Uuid, String)> = provider_ids
        .iter()
        .map(|id| (*id, org_name(n, *id)))
        .collect();
    let mut chosen_members: Vec<Uuid> = draft.participant_ids.clone();
    if let Some(g) = &p.existing {
        chosen_members.push(g.input.provider_id);
    }
    // Members during the group's year (the network may have ended since).
    let (from, to) = domain::AcademicYear::parse(&draft.academic_year)
        .map(domain::calendar::year_bounds)
        .unwrap_or((n.period_from, n.period_to.unwrap_or(today)));
    let members = choices_during(n, from, to, &chosen_members);
    let mut year_list = years.clone();
    if let Ok(y) = domain::AcademicYear::parse(&draft.academic_year)
        && !year_list.contains(&y)
    {
        year_list.push(y);
        year_list.sort();
    }
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |d: GroupDraft| draft.set(d))
    };
    let onsubmit = {
        let (submit, missing, d) = (submit.clone(), missing.clone(), (*draft).clone());
        let (network_id, existing) = (n.id, p.existing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = match d.input() {
                Ok(v) => v,
                Err(fields) => {
                    missing.set(fields);
                    return;
                }
            };
            missing.set(Vec::new());
            let to = SaveTo::of(
                existing.as_ref().map(|g| (routes::group(g.id), g.version)),
                routes::network_groups(network_id),
            );
            let navigator = navigator.clone();
            submit.save(to, input, move |saved: Group, to| {
                open_saved(navigator, to, Route::Group { id: saved.id });
            });
        })
    };
    let (title, cancel_to) = match &p.existing {
        Some(g) => (
            i18n.t1("group-form-edit-title", "name", g.input.name.clone()),
            Route::Group { id: g.id },
        ),
        None => (
            i18n.t("group-form-create-title"),
            Route::Network { id: n.id },
        ),
    };
    html! {
        <>
            <PageHeader {title} subtitle={n.name.clone()} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card setka-form-card">
                        <div class="pf-v6-c-card__body">
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="grp-form">
                                <FormErrors error={submit.error()} fields={FIELDS} on_reload={p.reload.clone()}
                                            reload_id="grp-reload" />
                                if !missing.is_empty() {
                                    <Alert variant={Variant::Danger} inline=true title={i18n.t("cal-missing")} testid="grp-missing" />
                                }
                                if programmes.is_empty() && p.existing.is_none() {
                                    <Alert variant={Variant::Info} inline=true title={i18n.t("group-no-programmes")} />
                                }
                                if p.existing.is_some() {
                                    <p class="setka-muted setka-small">{ i18n.t("group-edit-regenerate-hint") }</p>
                                }
                                <GroupForm draft={(*draft).clone()} {onchange} error={submit.error()}
                                           missing={(*missing).clone()} programmes={programmes.clone()} {providers}
                                           allowed_providers={allowed_all.clone()}
                                           years={year_list} {members} />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <div class="pf-v6-c-form__actions">
                                        <SaveButton id="grp-save" busy={submit.busy()} />
                                        <AppLink to={cancel_to} id="grp-cancel" class={classes!("pf-v6-c-button", "pf-m-link")}>
                                            { i18n.t("common-cancel") }
                                        </AppLink>
                                    </div>
                                </div>
                            </form>
                        </div>
                    </div>
                </div>
            </section>
        </>
    }
}
