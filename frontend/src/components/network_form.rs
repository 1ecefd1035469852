//! The fields of a network, with the server's field errors in place.

use chrono::NaiveDate;
use domain::network::{NetworkModel, NetworkStatus};
use uuid::Uuid;
use web_sys::HtmlTextAreaElement;
use wire::municipality::Municipality;
use wire::network::{Network, NetworkInput};
use yew::prelude::*;

use crate::components::form::{Group, SelectField, TextField};
use crate::hooks::use_i18n;
use crate::i18n::{MODELS, STATUSES, model_str, status_str};
use crate::services::ApiError;

/// The form's state: text as typed, converted to [`NetworkInput`] on submit.
#[derive(Clone, Debug, PartialEq)]
pub struct NetDraft {
    pub name: String,
    pub municipality_id: String,
    pub model: String,
    pub goal: String,
    pub tasks: String,
    pub expected_results: String,
    pub period_from: String,
    pub period_to: String,
    pub status: String,
    pub coordinator_id: String,
}

/// Fields this form shows; field errors of other names go to the alert on top.
pub const FIELDS: &[&str] = &[
    "name",
    "municipality_id",
    "model",
    "goal",
    "tasks",
    "expected_results",
    "period_from",
    "period_to",
    "status",
    "coordinator_id",
];

fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl NetDraft {
    pub fn new(municipality: Option<Uuid>) -> Self {
        NetDraft {
            name: String::new(),
            municipality_id: municipality.map(|m| m.to_string()).unwrap_or_default(),
            model: model_str(NetworkModel::ResourceCentre).to_owned(),
            goal: String::new(),
            tasks: String::new(),
            expected_results: String::new(),
            period_from: String::new(),
            period_to: String::new(),
            status: status_str(NetworkStatus::Planned).to_owned(),
            coordinator_id: String::new(),
        }
    }

    pub fn from_network(n: &Network) -> Self {
        NetDraft {
            name: n.name.clone(),
            municipality_id: n.municipality_id.to_string(),
            model: model_str(n.model).to_owned(),
            goal: n.goal.clone(),
            tasks: n.tasks.join("\n"),
            expected_results: n.expected_results.join("\n"),
            period_from: n.period_from.to_string(),
            period_to: n.period_to.map(|d| d.to_string()).unwrap_or_default(),
            status: status_str(n.status).to_owned(),
            coordinator_id: String::new(),
        }
    }

    /// The request body, or the fields that cannot be sent as they are (empty selects,
    /// dates that are not dates). With `coordinator`, the coordinator is required too.
    pub fn input(
        &self,
        coordinator: bool,
    ) -> Result<(NetworkInput, Option<Uuid>), Vec<&'static str>> {
        let model = MODELS.into_iter().find(|m| model_str(*m) == self.model);
        let status = STATUSES.into_iter().find(|s| status_str(*s) == self.status);
        let muni = self.municipality_id.parse::<Uuid>().ok();
        let from = date(&self.period_from);
        let to = date(&self.period_to);
        let coord = self.coordinator_id.parse::<Uuid>().ok();
        let mut missing = Vec::new();
        let checks = [
            (muni.is_none(), "municipality_id"),
            (model.is_none(), "model"),
            (status.is_none(), "status"),
            (from.is_none(), "period_from"),
            (
                to.is_none() && !self.period_to.trim().is_empty(),
                "period_to",
            ),
            (coordinator && coord.is_none(), "coordinator_id"),
        ];
        for (bad, field) in checks {
            if bad {
                missing.push(field);
            }
        }
        match (model, status, muni, from) {
            (Some(model), Some(status), Some(municipality_id), Some(period_from))
                if missing.is_empty() =>
            {
                Ok((
                    NetworkInput {
                        municipality_id,
                        name: self.name.trim().to_owned(),
                        model,
                        goal: self.goal.trim().to_owned(),
                        tasks: lines(&self.tasks),
                        expected_results: lines(&self.expected_results),
                        period_from,
                        period_to: to,
                        status,
                    },
                    coord,
                ))
            }
            _ => Err(missing),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: String,
    pub value: String,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub helper: Option<String>,
}

#[function_component(TextAreaField)]
pub fn text_area_field(p: &TextAreaProps) -> Html {
    let oninput = p
        .oninput
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let invalid = p.error.is_some();
    html! {
        <Group id={p.id.clone()} label={p.label.clone()} error={p.error.clone()} helper={p.helper.clone()}>
            <span class={classes!("pf-v6-c-form-control", "pf-m-textarea", "pf-m-resize-vertical", invalid.then_some("pf-m-error"))}>
                <textarea id={p.id.clone()} name={p.id.clone()} rows="4" value={p.value.clone()} {oninput}
                          aria-invalid={invalid.to_string()} />
            </span>
        </Group>
    }
}

#[derive(Properties, PartialEq)]
pub struct NetFormProps {
    pub draft: NetDraft,
    pub onchange: Callback<NetDraft>,
    pub error: Option<ApiError>,
    pub missing: Vec<&'static str>,
    pub municipalities: Vec<Municipality>,
    /// Schools that may coordinate (create only); `None` on edit.
    #[prop_or_default]
    pub coordinators: Option<Vec<(String, String)>>,
}

#[function_component(NetForm)]
pub fn net_form(p: &NetFormProps) -> Html {
    let i18n = use_i18n();
    let d = &p.draft;
    let err = |f: &str| {
        if p.missing.contains(&f) {
            return Some(i18n.t("common-required"));
        }
        p.error.as_ref().and_then(|e| e.field(f))
    };
    let text = |apply: fn(&mut NetDraft, String)| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = d.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let models: Vec<(String, String)> = MODELS
        .iter()
        .map(|m| (model_str(*m).to_owned(), i18n.model(*m)))
        .collect();
    let statuses: Vec<(String, String)> = STATUSES
        .iter()
        .map(|s| (status_str(*s).to_owned(), i18n.net_status(*s)))
        .collect();
    let munis: Vec<(String, String)> = p
        .municipalities
        .iter()
        .map(|m| (m.id.to_string(), m.name.clone()))
        .collect();
    let editing = p.coordinators.is_none();

    html! {
        <>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("net-form-section-main") }</h2>
            <TextField id="net-name" label={i18n.t("net-form-name")} value={d.name.clone()}
                       oninput={text(|d, v| d.name = v)} required=true error={err("name")} />
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <SelectField id="net-municipality_id" label={i18n.t("net-municipality")} value={d.municipality_id.clone()}
                             options={munis} placeholder={i18n.t("form-select-placeholder")} disabled={editing}
                             onchange={text(|d, v| { d.municipality_id = v; d.coordinator_id.clear(); })}
                             required=true error={err("municipality_id")} />
                <SelectField id="net-model" label={i18n.t("net-model")} value={d.model.clone()} options={models}
                             onchange={text(|d, v| d.model = v)} required=true error={err("model")} />
            </div>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("net-form-section-content") }</h2>
            <TextAreaField id="net-goal" label={i18n.t("net-goal")} value={d.goal.clone()}
                           oninput={text(|d, v| d.goal = v)} error={err("goal")} />
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <TextAreaField id="net-tasks" label={i18n.t("net-tasks")} value={d.tasks.clone()}
                               oninput={text(|d, v| d.tasks = v)} error={err("tasks")} helper={i18n.t("net-form-tasks-hint")} />
                <TextAreaField id="net-expected_results" label={i18n.t("net-results")} value={d.expected_results.clone()}
                               oninput={text(|d, v| d.expected_results = v)} error={err("expected_results")}
                               helper={i18n.t("net-form-results-hint")} />
            </div>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("net-form-section-period") }</h2>
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-4-col-on-md">
                <TextField id="net-period_from" label={i18n.t("net-form-period-from")} value={d.period_from.clone()}
                           input_type="date" oninput={text(|d, v| d.period_from = v)} required=true error={err("period_from")} />
                <TextField id="net-period_to" label={i18n.t("net-form-period-to")} value={d.period_to.clone()}
                           input_type="date" oninput={text(|d, v| d.period_to = v)} error={err("period_to")}
                           helper={i18n.t("net-form-period-to-hint")} />
                <SelectField id="net-status" label={i18n.t("net-status")} value={d.status.clone()} options={statuses}
                             onchange={text(|d, v| d.status = v)} required=true error={err("status")} />
            </div>
            if let Some(options) = &p.coordinators {
                <SelectField id="net-coordinator_id" label={i18n.t("net-form-coordinator")} value={d.coordinator_id.clone()}
                             options={options.clone()} placeholder={i18n.t("form-select-placeholder")}
                             onchange={text(|d, v| d.coordinator_id = v)} required=true error={err("coordinator_id")}
                             helper={i18n.t("net-form-coordinator-hint")} />
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_lists_and_required_fields_are_reported() {
        let mut d = NetDraft::new(None);
        assert_eq!(
            d.input(true),
            Err(vec!["municipality_id", "period_from", "coordinator_id"])
        );
        d.municipality_id = Uuid::nil().to_string();
        d.period_from = "2021-09-01".into();
        d.period_to = "2022-08-31".into();
        d.tasks = " первая \n\n вторая ".into();
        d.coordinator_id = Uuid::nil().to_string();
        let (input, coord) = d.input(true).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.tasks, vec!["первая", "вторая"]);
        assert_eq!(coord, Some(Uuid::nil()));
        assert_eq!(input.period_to, NaiveDate::from_ymd_opt(2022, 8, 31));
        d.period_to = "31.08.2022".into();
        assert_eq!(d.input(false), Err(vec!["period_to"]));
    }
}
