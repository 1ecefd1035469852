//! `/networks/{id}/programmes/new` and `/programmes/{id}/edit`.

use uuid::Uuid;
use wire::network::Network;
use wire::programme::Programme;
use wire::routes;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::form::SaveButton;
use crate::components::form_errors::FormErrors;
use crate::components::network_orgs::choices;
use crate::components::programme_draft::{FIELDS, ProgDraft};
use crate::components::programme_form::ProgForm;
use crate::components::programmes::programme_name;
use crate::components::{AppLink, ErrorAlert, Loading, PageHeader};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_submit};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, SaveTo, open_saved};

#[derive(Properties, PartialEq)]
pub struct ProgrammeEditProps {
    /// New programme: its network.
    #[prop_or_default]
    pub network_id: Option<Uuid>,
    /// Editing: the programme.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

#[function_component(ProgrammeEdit)]
pub fn programme_edit(p: &ProgrammeEditProps) -> Html {
    let existing = use_fetch::<Programme>(p.id.map(routes::programme));
    let network_id = p
        .network_id
        .or_else(|| existing.state.ready().map(|pr| pr.network_id));
    let network = use_fetch::<Network>(network_id.map(routes::network));
    match (&existing.state, &network.state) {
        (Loadable::Failed(ApiError::NotFound(_)), _)
        | (_, Loadable::Failed(ApiError::NotFound(_))) => {
            html! { <NotFound /> }
        }
        (Loadable::Failed(e), _) if p.id.is_some() => html! { <ErrorAlert error={e.clone()} /> },
        (_, Loadable::Failed(e)) => html! { <ErrorAlert error={e.clone()} /> },
        (_, Loadable::Ready(n)) if p.id.is_none() => html! {
            <Editor network={(**n).clone()} existing={None::<Programme>} reload={existing.reload.clone()} />
        },
        (Loadable::Ready(pr), Loadable::Ready(n)) => html! {
            <Editor network={(**n).clone()} existing={Some((**pr).clone())} reload={existing.reload.clone()} />
        },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    network: Network,
    existing: Option<Programme>,
    reload: Callback<()>,
}

#[function_component(Editor)]
fn editor(p: &EditorProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let draft = use_state(|| {
        p.existing
            .as_ref()
            .map(ProgDraft::from_programme)
            .unwrap_or_default()
    });
    let submit = use_submit();
    let missing = use_state(Vec::<&'static str>::new);
    // A reload after a stale save brings the current version into the form.
    {
        let (draft, submit) = (draft.clone(), submit.clone());
        let current = p.existing.clone();
        use_effect_with(p.existing.as_ref().map(|pr| pr.version), move |_| {
            if let Some(pr) = &current {
                draft.set(ProgDraft::from_programme(pr));
                submit.clear_error();
            }
        });
    }
    if !auth.perms().manage_network(&p.network) {
        return html! { <NotFound /> };
    }
    let n = &p.network;
    let today = crate::today::today();
    let providers = choices(n, today, &draft.provider_ids);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |d: ProgDraft| draft.set(d))
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
                existing
                    .as_ref()
                    .map(|pr| (routes::programme(pr.id), pr.version)),
                routes::network_programmes(network_id),
            );
            let navigator = navigator.clone();
            submit.save(to, input, move |saved: Programme, to| {
                open_saved(navigator, to, Route::Programme { id: saved.id });
            });
        })
    };
    let (title, cancel_to) = match &p.existing {
        Some(pr) => (
            i18n.t1("prog-form-edit-title", "name", programme_name(pr)),
            Route::Programme { id: pr.id },
        ),
        None => (
            i18n.t("prog-form-create-title"),
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
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="prog-form">
                                <FormErrors error={submit.error()} fields={FIELDS} on_reload={p.reload.clone()}
                                            reload_id="prog-reload" />
                                <ProgForm draft={(*draft).clone()} {onchange} error={submit.error()}
                                          missing={(*missing).clone()} {providers} />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <div class="pf-v6-c-form__actions">
                                        <SaveButton id="prog-save" busy={submit.busy()} />
                                        <AppLink to={cancel_to} id="prog-cancel" class={classes!("pf-v6-c-button", "pf-m-link")}>
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
