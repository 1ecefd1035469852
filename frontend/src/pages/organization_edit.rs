//! `/organizations/new` and `/organizations/{id}/edit`.

use domain::access::Extent;
use uuid::Uuid;
use wire::organization::Organization;
use wire::routes;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::form::SaveButton;
use crate::components::form_errors::FormErrors;
use crate::components::org_form::{FIELDS, OrgDraft, OrgForm};
use crate::components::{Alert, AppLink, ErrorAlert, Loading, PageHeader, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_municipalities, use_submit};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, SaveTo, open_saved};

#[derive(Properties, PartialEq)]
pub struct OrganizationEditProps {
    /// `None`: create a new organization.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

#[function_component(OrganizationEdit)]
pub fn organization_edit(p: &OrganizationEditProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let perms = auth.perms();
    let navigator = use_navigator();
    let munis = use_municipalities();
    let existing = use_fetch::<Organization>(p.id.map(routes::organization));
    let draft = use_state(|| None::<OrgDraft>);
    let submit = use_submit();
    let missing = use_state(Vec::<&'static str>::new);

    let current: Option<Organization> = existing.state.ready().cloned();
    // (Re)start the draft from the record whenever a version of it arrives; a new
    // organization starts in the user's own municipality when there is just one.
    {
        let (draft, submit) = (draft.clone(), submit.clone());
        let single = munis.first().map(|m| m.id).filter(|_| munis.len() == 1);
        let version = current.as_ref().map(|o| o.version);
        use_effect_with((version, p.id, single), move |_| {
            let next = match (&current, (*draft).clone()) {
                (Some(o), _) => OrgDraft::from_org(o),
                // Municipalities arrived after the user started typing: keep the text.
                (None, Some(mut d)) => {
                    if d.municipality_id.is_empty() {
                        d.municipality_id = single.map(|m| m.to_string()).unwrap_or_default();
                    }
                    d
                }
                (None, None) => OrgDraft::new(single),
            };
            draft.set(Some(next));
            submit.clear_error();
        });
    }

    let extent = match (p.id, existing.state.ready()) {
        (None, _) if perms.create_organization() => Some(Extent::Full),
        (None, _) => None,
        (Some(_), Some(o)) => perms.edit_organization(o),
        (Some(_), None) => Some(Extent::Details),
    };
    match (&existing.state, extent) {
        (Loadable::Failed(ApiError::NotFound(_)), _) | (_, None) => return html! { <NotFound /> },
        (Loadable::Failed(e), _) if p.id.is_some() => {
            return html! { <ErrorAlert error={e.clone()} /> };
        }
        (Loadable::Loading, _) if p.id.is_some() => return html! { <Loading /> },
        _ => {}
    }
    let Some(d) = (*draft).clone() else {
        return html! { <Loading /> };
    };
    let version = existing.state.ready().map(|o| o.version);

    let onchange = {
        let draft = draft.clone();
        Callback::from(move |d: OrgDraft| draft.set(Some(d)))
    };
    let onsubmit = {
        let (submit, missing, id) = (submit.clone(), missing.clone(), p.id);
        let d = d.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = match d.input() {
                Ok(input) => input,
                Err(fields) => {
                    missing.set(fields);
                    return;
                }
            };
            missing.set(Vec::new());
            let to = match (id, version) {
                (Some(id), Some(version)) => SaveTo::Update {
                    path: routes::organization(id),
                    version,
                },
                _ => SaveTo::Create(routes::ORGANIZATIONS.to_owned()),
            };
            let navigator = navigator.clone();
            submit.save(to, input, move |org: Organization, to| {
                open_saved(navigator, to, Route::Organization { id: org.id });
            });
        })
    };
    let cancel_to = match p.id {
        Some(id) => Route::Organization { id },
        None => Route::Organizations,
    };
    let title = match &current_name(&existing.state) {
        Some(name) => format!("{}: {name}", i18n.t("form-edit-title")),
        None => i18n.t("form-create-title"),
    };
    let restricted = extent == Some(Extent::Details);
    let error = submit.error();
    let busy = submit.busy();

    html! {
        <>
            <PageHeader {title} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card setka-form-card">
                        <div class="pf-v6-c-card__body">
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="org-form">
                                if restricted {
                                    <Alert variant={Variant::Info} inline=true title={i18n.t("form-restricted-hint")} />
                                }
                                <FormErrors error={error.clone()} fields={FIELDS} on_reload={existing.reload.clone()}
                                            reload_id="org-reload" />
                                <OrgForm draft={d} {onchange} error={error.clone()} missing={(*missing).clone()}
                                         {restricted} municipalities={(*munis).clone()} id={p.id} />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <div class="pf-v6-c-form__actions">
                                        <SaveButton id="org-save" {busy} />
                                        <AppLink to={cancel_to} id="org-cancel" class={classes!("pf-v6-c-button", "pf-m-link")}>
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

fn current_name(state: &Loadable<Organization>) -> Option<String> {
    state.ready().map(|o| o.short_name.clone())
}
