//! `/networks/{id}/agreements/new` and `/agreements/{id}/edit` (a draft only).

use uuid::Uuid;
use wire::agreement::{Agreement, AgreementStatus};
use wire::network::Network;
use wire::programme::Programme;
use wire::{Page, routes};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::agreement::draft::{AgrDraft, FIELDS};
use crate::components::agreement::form::AgrForm;
use crate::components::agreement::title;
use crate::components::agreement::versions::version_name;
use crate::components::form::SaveButton;
use crate::components::form_errors::FormErrors;
use crate::components::network_orgs::choices;
use crate::components::{Alert, AppLink, ErrorAlert, Loading, PageHeader, Variant};
use crate::hooks::auth::Drafting;
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_submit};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, SaveTo, open_saved, with_query};

#[derive(Properties, PartialEq)]
pub struct AgreementEditProps {
    /// A new agreement: its network.
    #[prop_or_default]
    pub network_id: Option<Uuid>,
    /// Editing: the draft.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

#[function_component(AgreementEdit)]
pub fn agreement_edit(p: &AgreementEditProps) -> Html {
    let existing = use_fetch::<Agreement>(p.id.map(routes::agreement));
    let net_id = p
        .network_id
        .or_else(|| existing.state.ready().map(|a| a.network_id));
    let network = use_fetch::<Network>(net_id.map(routes::network));
    let programmes = use_fetch::<Page<Programme>>(net_id.map(|n| {
        with_query(
            &routes::network_programmes(n),
            &[("limit", wire::page::MAX_LIMIT)],
        )
    }));
    let fail = |e: &ApiError| {
        html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        }
    };
    match (&existing.state, &network.state, &programmes.state) {
        (Loadable::Failed(ApiError::NotFound(_)), _, _)
        | (_, Loadable::Failed(ApiError::NotFound(_)), _) => {
            html! { <NotFound /> }
        }
        (Loadable::Failed(e), _, _) if p.id.is_some() => fail(e),
        (_, Loadable::Failed(e), _) | (_, _, Loadable::Failed(e)) => fail(e),
        (_, Loadable::Ready(n), Loadable::Ready(pr)) if p.id.is_none() => html! {
            <Editor network={(**n).clone()} programmes={pr.items.clone()} existing={None::<Agreement>}
                    reload={existing.reload.clone()} />
        },
        (Loadable::Ready(a), Loadable::Ready(n), Loadable::Ready(pr)) => html! {
            <Editor network={(**n).clone()} programmes={pr.items.clone()} existing={Some((**a).clone())}
                    reload={existing.reload.clone()} />
        },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    network: Network,
    programmes: Vec<Programme>,
    existing: Option<Agreement>,
    reload: Callback<()>,
}

#[function_component(Editor)]
fn editor(p: &EditorProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let perms = auth.perms();
    let navigator = use_navigator();
    let n = &p.network;
    let today = crate::today::today();
    let drafting = perms.draft_agreement(n);
    let own = match drafting {
        Some(Drafting::OwnSchool(o)) => Some(o),
        _ => None,
    };
    let draft = use_state(|| match &p.existing {
        Some(a) => AgrDraft::from_agreement(a),
        None => AgrDraft::new(n, own, today),
    });
    let submit = use_submit();
    let missing = use_state(Vec::<String>::new);
    {
        let (draft, submit) = (draft.clone(), submit.clone());
        let current = p.existing.clone();
        use_effect_with(p.existing.as_ref().map(|a| a.version), move |_| {
            if let Some(a) = &current {
                draft.set(AgrDraft::from_agreement(a));
                submit.clear_error();
            }
        });
    }
    let allowed = match &p.existing {
        Some(a) => perms.manage_agreement(a, n),
        None => drafting.is_some(),
    };
    if !allowed {
        return html! { <NotFound /> };
    }
    if let Some(a) = p
        .existing
        .as_ref()
        .filter(|a| a.status != AgreementStatus::Draft)
    {
        return html! {
            <>
                <PageHeader title={title(&i18n, a)} />
                <section class="pf-v6-c-page__main-section">
                    <div class="pf-v6-c-page__main-body">
                        <Alert variant={Variant::Info} inline=true title={i18n.t("agr-edit-not-draft")} testid="agr-not-draft">
                            <AppLink to={Route::Agreement { id: a.id }}>{ i18n.t("agr-back-to-agreement") }</AppLink>
                        </Alert>
                    </div>
                </section>
            </>
        };
    }

    let members = choices(n, today, &draft.parties());
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |d: AgrDraft| draft.set(d))
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
                    .map(|a| (routes::agreement(a.id), a.version)),
                routes::network_agreements(network_id),
            );
            let navigator = navigator.clone();
            submit.save(to, input, move |saved: Agreement, to| {
                open_saved(navigator, to, Route::Agreement { id: saved.id });
            });
        })
    };
    let (heading, cancel_to) = match &p.existing {
        Some(a) => (
            format!("{}: {}", version_name(&i18n, a), title(&i18n, a)),
            Route::Agreement { id: a.id },
        ),
        None => (i18n.t("agr-form-create-title"), Route::Network { id: n.id }),
    };
    let sub = p
        .existing
        .as_ref()
        .filter(|a| a.version_no > 1)
        .map(|_| i18n.t("agr-form-supplementary-hint"));

    html! {
        <>
            <PageHeader title={heading} subtitle={n.name.clone()} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card setka-form-card">
                        <div class="pf-v6-c-card__body">
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="agr-form">
                                <p class="setka-muted">{ i18n.t("agr-form-intro") }</p>
                                if let Some(text) = sub {
                                    <Alert variant={Variant::Info} inline=true title={text} />
                                }
                                <FormErrors error={submit.error()} fields={FIELDS} on_reload={p.reload.clone()}
                                            reload_id="agr-reload" />
                                if !missing.is_empty() {
                                    <Alert variant={Variant::Danger} inline=true testid="agr-missing"
                                           title={i18n.t("error-form-title")} />
                                }
                                <AgrForm draft={(*draft).clone()} {onchange} error={submit.error()}
                                         missing={(*missing).clone()} {members} programmes={p.programmes.clone()}
                                         base_locked={own.is_some()} />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <div class="pf-v6-c-form__actions">
                                        <SaveButton id="agr-save" busy={submit.busy()} label={i18n.t("agr-save-draft")} />
                                        <AppLink to={cancel_to} id="agr-cancel" class={classes!("pf-v6-c-button", "pf-m-link")}>
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
