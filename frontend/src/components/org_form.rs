//! The fields of an organization record, with the server's field errors in place.

use uuid::Uuid;
use wire::municipality::Municipality;
use wire::organization::{Organization, OrganizationInput, OrganizationQuery};
use wire::{OrganizationKind, Page, routes};
use yew::prelude::*;

use crate::components::form::{CheckField, SelectField, TextField};
use crate::hooks::{use_fetch, use_i18n};
use crate::services::{ApiError, with_query};

/// The form's state: text as typed, converted to [`OrganizationInput`] on submit.
#[derive(Clone, Debug, PartialEq)]
pub struct OrgDraft {
    pub full_name: String,
    pub short_name: String,
    pub kind: String,
    pub parent_id: String,
    pub municipality_id: String,
    pub inn: String,
    pub address: String,
    pub low_results: bool,
    pub adverse_conditions: bool,
    pub external_id: String,
    pub active: bool,
}

/// Fields this form shows; field errors of other names go to the alert on top.
pub const FIELDS: &[&str] = &[
    "full_name",
    "short_name",
    "kind",
    "parent_id",
    "municipality_id",
    "inn",
    "address",
    "low_results",
    "adverse_conditions",
    "external_id",
    "active",
];

fn opt(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl OrgDraft {
    pub fn new(municipality: Option<Uuid>) -> Self {
        OrgDraft {
            full_name: String::new(),
            short_name: String::new(),
            kind: OrganizationKind::School.as_str().to_owned(),
            parent_id: String::new(),
            municipality_id: municipality.map(|m| m.to_string()).unwrap_or_default(),
            inn: String::new(),
            address: String::new(),
            low_results: false,
            adverse_conditions: false,
            external_id: String::new(),
            active: true,
        }
    }

    pub fn from_org(o: &Organization) -> Self {
        OrgDraft {
            full_name: o.full_name.clone(),
            short_name: o.short_name.clone(),
            kind: o.kind.as_str().to_owned(),
            parent_id: o.parent_id.map(|p| p.to_string()).unwrap_or_default(),
            municipality_id: o.municipality_id.to_string(),
            inn: o.inn.clone().unwrap_or_default(),
            address: o.address.clone().unwrap_or_default(),
            low_results: o.low_results,
            adverse_conditions: o.adverse_conditions,
            external_id: o.external_id.clone().unwrap_or_default(),
            active: o.active,
        }
    }

    /// The request body, or the names of the fields that cannot be sent as they are
    /// (selects left empty). Everything else is the server's to judge.
    pub fn input(&self) -> Result<OrganizationInput, Vec<&'static str>> {
        let kind = OrganizationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == self.kind);
        let municipality_id = self.municipality_id.parse::<Uuid>().ok();
        match (kind, municipality_id) {
            (Some(kind), Some(municipality_id)) => Ok(OrganizationInput {
                full_name: self.full_name.trim().to_owned(),
                short_name: self.short_name.trim().to_owned(),
                kind,
                parent_id: self.parent_id.parse().ok(),
                municipality_id,
                inn: opt(&self.inn),
                address: opt(&self.address),
                low_results: self.low_results,
                adverse_conditions: self.adverse_conditions,
                external_id: opt(&self.external_id),
                active: self.active,
            }),
            (kind, muni) => {
                let mut missing = Vec::new();
                if kind.is_none() {
                    missing.push("kind");
                }
                if muni.is_none() {
                    missing.push("municipality_id");
                }
                Err(missing)
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct OrgFormProps {
    pub draft: OrgDraft,
    pub onchange: Callback<OrgDraft>,
    pub error: Option<ApiError>,
    /// Fields left empty that must be chosen before sending.
    pub missing: Vec<&'static str>,
    /// Only names, address and INN may change (a school editing itself).
    pub restricted: bool,
    pub municipalities: Vec<Municipality>,
    /// The record being edited, excluded from the parent choices.
    pub id: Option<Uuid>,
}

#[function_component(OrgForm)]
pub fn org_form(p: &OrgFormProps) -> Html {
    let i18n = use_i18n();
    let d = &p.draft;
    let is_branch = d.kind == OrganizationKind::Branch.as_str();
    // Candidates for the parent: organizations of the same municipality.
    let parents_path = (is_branch || !d.parent_id.is_empty()).then(|| {
        let q = OrganizationQuery {
            municipality_id: d.municipality_id.parse().ok(),
            limit: Some(wire::page::MAX_LIMIT),
            ..Default::default()
        };
        with_query(routes::ORGANIZATIONS, &q)
    });
    let parents = use_fetch::<Page<Organization>>(parents_path);

    let err = |f: &str| {
        if p.missing.contains(&f) {
            return Some(i18n.t("common-required"));
        }
        p.error.as_ref().and_then(|e| e.field(f))
    };
    let text = |apply: fn(&mut OrgDraft, String)| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = d.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let flag = |apply: fn(&mut OrgDraft, bool)| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |v: bool| {
            let mut next = d.clone();
            apply(&mut next, v);
            cb.emit(next);
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
    let parent_options: Vec<(String, String)> = parents
        .state
        .ready()
        .map(|page| {
            page.items
                .iter()
                .filter(|o| Some(o.id) != p.id && o.kind != OrganizationKind::Branch)
                .map(|o| (o.id.to_string(), o.short_name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let r = p.restricted;

    html! {
        <>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("form-section-main") }</h2>
            <TextField id="org-full_name" label={i18n.t("org-full-name")} value={d.full_name.clone()}
                       oninput={text(|d, v| d.full_name = v)} required=true error={err("full_name")} />
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <TextField id="org-short_name" label={i18n.t("org-short-name")} value={d.short_name.clone()}
                           oninput={text(|d, v| d.short_name = v)} required=true error={err("short_name")} />
                <TextField id="org-inn" label={i18n.t("org-inn")} value={d.inn.clone()}
                           oninput={text(|d, v| d.inn = v)} error={err("inn")} helper={i18n.t("form-inn-hint")} />
            </div>
            <TextField id="org-address" label={i18n.t("org-address")} value={d.address.clone()}
                       oninput={text(|d, v| d.address = v)} error={err("address")} />
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <SelectField id="org-kind" label={i18n.t("org-kind")} value={d.kind.clone()} options={kinds}
                             onchange={text(|d, v| d.kind = v)} required=true disabled={r} error={err("kind")} />
                <SelectField id="org-municipality_id" label={i18n.t("org-municipality")}
                             value={d.municipality_id.clone()} options={munis}
                             placeholder={i18n.t("form-select-placeholder")}
                             onchange={text(|d, v| { d.municipality_id = v; d.parent_id.clear(); })}
                             required=true disabled={r} error={err("municipality_id")} />
            </div>
            if is_branch || !d.parent_id.is_empty() {
                <SelectField id="org-parent_id" label={i18n.t("org-parent")} value={d.parent_id.clone()}
                             options={parent_options} placeholder={i18n.t("form-no-parent")}
                             onchange={text(|d, v| d.parent_id = v)} disabled={r}
                             error={err("parent_id")} helper={i18n.t("form-parent-hint")} />
            }
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("form-section-status") }</h2>
            <CheckField id="org-low_results" label={i18n.t("org-low-results")} checked={d.low_results}
                        onchange={flag(|d, v| d.low_results = v)} disabled={r} error={err("low_results")} />
            <CheckField id="org-adverse_conditions" label={i18n.t("org-adverse")} checked={d.adverse_conditions}
                        onchange={flag(|d, v| d.adverse_conditions = v)} disabled={r} error={err("adverse_conditions")} />
            <CheckField id="org-active" label={i18n.t("org-active")} checked={d.active}
                        onchange={flag(|d, v| d.active = v)} disabled={r} error={err("active")} />
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("form-section-integration") }</h2>
            <TextField id="org-external_id" label={i18n.t("org-external-id")} value={d.external_id.clone()}
                       oninput={text(|d, v| d.external_id = v)} disabled={r} error={err("external_id")}
                       helper={i18n.t("form-external-id-hint")} />
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_selects_are_reported_and_blanks_become_none() {
        let mut d = OrgDraft::new(None);
        assert_eq!(d.input(), Err(vec!["municipality_id"]));
        d.municipality_id = Uuid::nil().to_string();
        d.inn = "  ".into();
        d.full_name = " Лицей №24 ".into();
        let input = d.input().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.inn, None);
        assert_eq!(input.full_name, "Лицей №24");
        assert_eq!(input.kind, OrganizationKind::School);
        assert!(input.active);
    }
}
