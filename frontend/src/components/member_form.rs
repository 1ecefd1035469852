//! Adding a member to a network or changing a membership (role, dates, partner school).

use domain::network::{MembershipRole, NetworkModel};
use gloo_net::http::Method;
use wire::Page;
use wire::network::{Membership, Network};
use wire::organization::{Organization, OrganizationQuery};
use wire::routes;
use yew::prelude::*;

use crate::components::form::{SaveButton, SelectField, TextField};
use crate::components::member_draft::{FIELDS, MemberDraft};
use crate::components::{Alert, ErrorAlert, Variant};
use crate::hooks::{use_auth, use_fetch, use_i18n, use_submit};
use crate::services::{SaveTo, with_query};

#[derive(Properties, PartialEq)]
pub struct MemberFormProps {
    pub network: Network,
    /// `None`: a new member.
    pub editing: Option<Membership>,
    /// The updated network and a message for the user.
    pub on_saved: Callback<(Network, String)>,
    pub on_close: Callback<()>,
    pub on_reload: Callback<()>,
}

#[function_component(MemberForm)]
pub fn member_form(p: &MemberFormProps) -> Html {
    let i18n = use_i18n();
    let n = &p.network;
    let draft = use_state(|| MemberDraft::new(n, p.editing.as_ref()));
    let submit = use_submit();
    let missing = use_state(Vec::<&'static str>::new);
    let q = OrganizationQuery {
        municipality_id: Some(n.municipality_id),
        limit: Some(wire::page::MAX_LIMIT),
        ..Default::default()
    };
    let orgs = use_fetch::<Page<Organization>>(Some(with_query(routes::ORGANIZATIONS, &q)));
    let mentoring = n.model == NetworkModel::Mentoring;
    let d = (*draft).clone();

    let field = |apply: fn(&mut MemberDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut next = (*draft).clone();
            apply(&mut next, v);
            draft.set(next);
        })
    };
    let onsubmit = {
        let (submit, missing, on_saved, i18n) = (
            submit.clone(),
            missing.clone(),
            p.on_saved.clone(),
            i18n.clone(),
        );
        let (net_id, version, editing, d) = (n.id, n.version, p.editing.clone(), d.clone());
        let org_name = orgs
            .state
            .ready()
            .and_then(|page| {
                page.items
                    .iter()
                    .find(|o| o.id.to_string() == d.organization_id)
            })
            .map(|o| o.short_name.clone())
            .or_else(|| editing.as_ref().map(|m| m.organization_name.clone()))
            .unwrap_or_default();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = match d.input(mentoring) {
                Ok(input) => input,
                Err(fields) => {
                    missing.set(fields);
                    return;
                }
            };
            missing.set(Vec::new());
            // Both change the network's membership, so both are checked against the
            // network's version.
            let (method, path, key) = match &editing {
                Some(m) => (
                    Method::PUT,
                    routes::network_member(net_id, m.id),
                    "member-saved",
                ),
                None => (
                    Method::POST,
                    routes::network_members(net_id),
                    "member-added",
                ),
            };
            let to = SaveTo::Guarded {
                method,
                path,
                version: Some(version),
            };
            let (on_saved, i18n, name) = (on_saved.clone(), i18n.clone(), org_name.clone());
            submit.save(to, input, move |net: Network, _| {
                on_saved.emit((net, i18n.t1(key, "name", name)));
            });
        })
    };

    let error = submit.error();
    let err = |f: &str| {
        if missing.contains(&f) {
            return Some(i18n.t("common-required"));
        }
        error.as_ref().and_then(|e| e.field(f))
    };
    // The coordinator changes the roles and dates of the network's own schools; a new
    // school comes in through the authority.
    let perms = use_auth().perms();
    let org_options: Vec<(String, String)> = orgs
        .state
        .ready()
        .map(|page| {
            page.items
                .iter()
                .filter(|o| p.editing.is_some() || perms.add_to_network(n, o.id))
                .map(|o| (o.id.to_string(), o.short_name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let roles: Vec<(String, String)> = MembershipRole::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), i18n.member_role(*r)))
        .collect();
    let mut partners: Vec<(String, String)> = n
        .members
        .iter()
        .filter(|m| m.role == MembershipRole::Partner)
        .map(|m| (m.organization_id.to_string(), m.organization_name.clone()))
        .collect();
    partners.dedup();
    let needs_partner = mentoring && d.role == MembershipRole::Satellite.as_str();
    let title = match &p.editing {
        Some(m) => i18n.t1("member-edit-title", "name", m.organization_name.clone()),
        None => i18n.t("member-add-title"),
    };

    html! {
        <form class="pf-v6-c-form setka-subform" novalidate=true {onsubmit} id="member-form">
            <h3 class="pf-v6-c-title pf-m-lg">{ title }</h3>
            if let Some(e) = &error {
                if e.is_stale() {
                    <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")} testid="stale-alert"
                           actions={html! {
                               <button type="button" id="member-reload" class="pf-v6-c-button pf-m-link pf-m-inline"
                                       onclick={p.on_reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                           }}>
                        <p>{ i18n.t("error-stale-body") }</p>
                    </Alert>
                } else if !e.field_errors().iter().any(|f| FIELDS.contains(&f.field.as_str())) {
                    <div data-testid="member-rule-error" data-code={e.code().map(|c| c.as_str())}>
                        <ErrorAlert error={e.clone()} />
                    </div>
                }
            }
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <SelectField id="member-organization_id" label={i18n.t("member-org")} value={d.organization_id.clone()}
                             options={org_options} placeholder={i18n.t("form-select-placeholder")}
                             disabled={p.editing.is_some()} onchange={field(|d, v| d.organization_id = v)}
                             required=true error={err("organization_id")} />
                <SelectField id="member-role" label={i18n.t("member-role")} value={d.role.clone()} options={roles}
                             onchange={field(|d, v| d.role = v)} required=true error={err("role")} />
            </div>
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <TextField id="member-joined_on" label={i18n.t("member-joined")} value={d.joined_on.clone()} input_type="date"
                           oninput={field(|d, v| d.joined_on = v)} required=true error={err("joined_on")} />
                <TextField id="member-left_on" label={i18n.t("member-left")} value={d.left_on.clone()} input_type="date"
                           oninput={field(|d, v| d.left_on = v)} error={err("left_on")} helper={i18n.t("member-left-hint")} />
            </div>
            if needs_partner {
                <SelectField id="member-mentor_id" label={i18n.t("member-mentor")} value={d.mentor_id.clone()}
                             options={partners} placeholder={i18n.t("form-select-placeholder")}
                             onchange={field(|d, v| d.mentor_id = v)} error={err("mentor_id")}
                             helper={i18n.t("member-mentor-hint")} />
            }
            <div class="pf-v6-c-form__group pf-m-action">
                <div class="pf-v6-c-form__actions">
                    <SaveButton id="member-save" busy={submit.busy()} />
                    <button type="button" id="member-cancel" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_| ())}>
                        { i18n.t("common-cancel") }
                    </button>
                </div>
            </div>
        </form>
    }
}
