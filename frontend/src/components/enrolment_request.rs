//! «Записать в сетевую группу»: the home school chooses a network it sees, a group of
//! it, how many home hours the course replaces and why; every change of the group or the
//! hours asks the server what the approval rules say (`…/enrolments/preview`), and the
//! request can be sent when they allow it (a full group alone: to the waitlist).

use std::rc::Rc;

use chrono::NaiveDate;
use uuid::Uuid;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use wire::enrolment::{Enrolment, EnrolmentPreview, EnrolmentRequest};
use wire::group::Group;
use wire::network::{Network, NetworkQuery, NetworkSummary};
use wire::routes;
use wire::student::Student;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::form_errors::FormErrors;
use crate::components::modal::Modal;
use crate::components::network_orgs::org_name;
use crate::components::student::format::{class_name, full_name};
use crate::components::student::pick::PickField;
use crate::components::student::preview::{PreviewState, RequestPreview};
use crate::hooks::{I18n, use_all, use_auth, use_fetch, use_i18n, use_submit};
use crate::services::{SaveTo, with_query};

const FIELDS: &[&str] = &["replaces_hours", "reason"];

/// The replaced hours as typed («1,5» too), if they are a number the server takes.
pub fn parse_hours(raw: &str) -> Option<f64> {
    let raw = raw.trim().replace(',', ".");
    let h: f64 = if raw.is_empty() {
        0.0
    } else {
        raw.parse().ok()?
    };
    (h.is_finite() && (0.0..=40.0).contains(&h)).then_some(h)
}

/// How a group reads in the select: name, programme, provider, dates, seats.
fn group_label(i18n: &I18n, g: &Group, provider: &str) -> String {
    i18n.ta(
        "req-group-option",
        &[
            ("name", g.input.name.clone().into()),
            ("programme", g.programme_title.clone().into()),
            ("provider", provider.to_owned().into()),
            (
                "dates",
                i18n.period(g.input.first_date, Some(g.input.last_date))
                    .into(),
            ),
            ("seats", i64::from(g.input.capacity).into()),
        ],
    )
}

/// Groups still running or to come first, then those that ended; each by first date.
fn ordered(groups: &[Group], today: NaiveDate) -> Vec<Group> {
    let mut out = groups.to_vec();
    out.sort_by_key(|g| (g.input.last_date < today, g.input.first_date));
    out
}

#[derive(Properties, PartialEq)]
pub struct EnrolmentRequestProps {
    pub student: Student,
    /// The request was sent (201).
    pub on_done: Callback<Enrolment>,
    pub on_close: Callback<()>,
}

#[function_component(EnrolmentRequestDialog)]
pub fn enrolment_request_dialog(p: &EnrolmentRequestProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let submit = use_submit();
    let network = use_state(|| None::<Uuid>);
    let group = use_state(|| None::<Uuid>);
    let replaces = use_state(|| "0".to_owned());
    let reason = use_state(String::new);
    let preview = use_state(|| PreviewState::Idle);
    let generation = use_mut_ref(|| 0u64);
    let today = crate::today::today();

    let networks = use_all::<NetworkSummary>(Some(with_query(
        routes::NETWORKS,
        &NetworkQuery {
            limit: Some(100),
            ..NetworkQuery::default()
        },
    )));
    let net = use_fetch::<Network>(network.map(routes::network));
    let groups = use_all::<Group>(network.map(routes::network_groups));
    let hours = parse_hours(&replaces);

    // Ask the rules again a moment after the group or the hours changed.
    {
        let (api, preview, generation, student) = (
            api.clone(),
            preview.clone(),
            generation.clone(),
            p.student.id,
        );
        use_effect_with((*group, hours.map(f64::to_bits)), move |(g, h)| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let pending = match (*g, h.map(f64::from_bits)) {
                (Some(g), Some(h)) => {
                    preview.set(PreviewState::Loading);
                    Some(gloo_timers::callback::Timeout::new(250, move || {
                        let body = EnrolmentRequest {
                            student_id: student,
                            replaces_hours: h,
                            reason: None,
                        };
                        spawn_local(async move {
                            let path = routes::group_enrolment_preview(g);
                            let result: Result<EnrolmentPreview, _> = api
                                .send(gloo_net::http::Method::POST, &path, &body, &[])
                                .await;
                            if *generation.borrow() == mine {
                                preview.set(match result {
                                    Ok(pv) => PreviewState::Ready(pv),
                                    Err(e) => PreviewState::Failed(e),
                                });
                            }
                        });
                    }))
                }
                _ => {
                    preview.set(PreviewState::Idle);
                    None
                }
            };
            move || drop(pending)
        });
    }

    let on_network = {
        let (network, group, submit) = (network.clone(), group.clone(), submit.clone());
        Callback::from(move |v: String| {
            submit.restart();
            group.set(None);
            network.set(v.parse().ok());
        })
    };
    let on_group = {
        let (group, submit) = (group.clone(), submit.clone());
        // Another group is another request: a new draft with its own key.
        Callback::from(move |v: String| {
            submit.restart();
            group.set(v.parse().ok());
        })
    };
    let on_replaces = {
        let replaces = replaces.clone();
        Callback::from(move |e: InputEvent| {
            replaces.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            reason.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let can_request = matches!(&*preview, PreviewState::Ready(pv) if pv.can_request);
    let busy = submit.busy();
    let send = {
        let (submit, group, reason, done, student) = (
            submit.clone(),
            *group,
            reason.clone(),
            p.on_done.clone(),
            p.student.id,
        );
        Callback::from(move |_: MouseEvent| {
            let (Some(g), Some(h)) = (group, hours) else {
                return;
            };
            let body = EnrolmentRequest {
                student_id: student,
                replaces_hours: h,
                reason: Some(reason.trim().to_owned()).filter(|r| !r.is_empty()),
            };
            let done = done.clone();
            submit.save(
                SaveTo::Create(routes::group_enrolments(g)),
                body,
                move |e: Enrolment, _| done.emit(e),
            );
        })
    };

    let network_options: Vec<(String, String)> = networks
        .state
        .ready()
        .map(|list| {
            list.iter()
                .map(|n| (n.id.to_string(), n.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let net_rc: Option<Rc<Network>> = match &net.state {
        crate::hooks::Loadable::Ready(n) => Some(Rc::clone(n)),
        _ => None,
    };
    let provider = |id: Uuid| match &net_rc {
        Some(n) => org_name(n, id),
        None => String::new(),
    };
    let group_list: Vec<Group> = groups
        .state
        .ready()
        .map(|gs| ordered(gs, today))
        .unwrap_or_default();
    let group_options: Vec<(String, String)> = group_list
        .iter()
        .map(|g| {
            (
                g.id.to_string(),
                group_label(&i18n, g, &provider(g.input.provider_id)),
            )
        })
        .collect();
    let chosen = group.and_then(|id| group_list.iter().find(|g| g.id == id));
    let groups_helper = match (network.is_some(), groups.state.ready()) {
        (true, Some(gs)) if gs.is_empty() => Some(i18n.t("req-no-groups")),
        _ => None,
    };
    let hours_error = match hours {
        None => Some(i18n.t("req-replaces-invalid")),
        Some(_) => submit.error().and_then(|e| e.field("replaces_hours")),
    };
    let s = &p.student;
    let who = format!(
        "{}, {}",
        full_name(&s.last_name, &s.first_name, s.patronymic.as_deref()),
        class_name(s.grade, &s.class_letter)
    );
    let footer = html! {
        <>
            <button type="button" id="request-send" data-testid="request-send"
                    class={classes!("pf-v6-c-button", "pf-m-primary", busy.then_some("pf-m-in-progress"))}
                    disabled={busy || !can_request || hours.is_none()} onclick={send}>
                { i18n.t(if busy { "req-sending" } else { "req-send" }) }
            </button>
            <button type="button" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_| ())}>
                { i18n.t("common-cancel") }
            </button>
        </>
    };
    html! {
        <Modal id="request-dialog" title={i18n.t("req-title")} on_close={p.on_close.clone()} {footer} size="pf-m-lg">
            <form class="pf-v6-c-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <p class="setka-muted" data-testid="request-student">{ who }</p>
                <FormErrors error={submit.error()} fields={FIELDS} on_reload={Callback::noop()} reload_id="request-reload" />
                if let Some(e) = networks.state.failed() {
                    <crate::components::ErrorAlert error={e.clone()} />
                }
                if let Some(e) = groups.state.failed() {
                    <crate::components::ErrorAlert error={e.clone()} />
                }
                <PickField id="request-network" label={i18n.t("req-network")}
                           value={network.map(|n| n.to_string()).unwrap_or_default()}
                           options={network_options} placeholder={i18n.t("req-network-choose")}
                           onchange={on_network} />
                <PickField id="request-group" label={i18n.t("req-group")}
                           value={group.map(|g| g.to_string()).unwrap_or_default()}
                           options={group_options} placeholder={i18n.t("req-group-choose")}
                           onchange={on_group} disabled={network.is_none()} helper={groups_helper} />
                if let Some(g) = chosen {
                    <GroupFacts group={g.clone()} provider={provider(g.input.provider_id)} />
                }
                <div class="pf-v6-c-form__group">
                    <div class="pf-v6-c-form__group-label">
                        <label class="pf-v6-c-form__label" for="request-replaces">
                            <span class="pf-v6-c-form__label-text">{ i18n.t("req-replaces") }</span>
                        </label>
                    </div>
                    <div class="pf-v6-c-form__group-control">
                        <span class={classes!("pf-v6-c-form-control", "setka-stu-hours", hours_error.is_some().then_some("pf-m-error"))}>
                            <input id="request-replaces" data-testid="request-replaces" name="replaces_hours" type="number"
                                   min="0" max="40" step="0.5" inputmode="decimal" value={(*replaces).clone()}
                                   oninput={on_replaces} aria-invalid={hours_error.is_some().to_string()}
                                   aria-describedby="request-replaces-helper" />
                        </span>
                        <div class="pf-v6-c-form__helper-text">
                            <div class="pf-v6-c-helper-text">
                                if let Some(err) = &hours_error {
                                    <div class="pf-v6-c-helper-text__item pf-m-error" id="request-replaces-error" data-testid="field-error">
                                        <span class="pf-v6-c-helper-text__item-text">{ err }</span>
                                    </div>
                                }
                                <div class="pf-v6-c-helper-text__item" id="request-replaces-helper">
                                    <span class="pf-v6-c-helper-text__item-text">{ i18n.t("req-replaces-hint") }</span>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
                <div class="pf-v6-c-form__group">
                    <div class="pf-v6-c-form__group-label">
                        <label class="pf-v6-c-form__label" for="request-reason">
                            <span class="pf-v6-c-form__label-text">{ i18n.t("req-reason") }</span>
                        </label>
                    </div>
                    <div class="pf-v6-c-form__group-control">
                        <span class="pf-v6-c-form-control pf-m-textarea pf-m-resize-vertical">
                            <textarea id="request-reason" data-testid="request-reason" name="reason" rows="3"
                                      maxlength="1000" value={(*reason).clone()} oninput={on_reason}
                                      placeholder={i18n.t("req-reason-hint")} />
                        </span>
                        if let Some(err) = submit.error().and_then(|e| e.field("reason")) {
                            <div class="pf-v6-c-form__helper-text">
                                <div class="pf-v6-c-helper-text">
                                    <div class="pf-v6-c-helper-text__item pf-m-error" id="request-reason-error">
                                        <span class="pf-v6-c-helper-text__item-text">{ err }</span>
                                    </div>
                                </div>
                            </div>
                        }
                    </div>
                </div>
                <section class="setka-stu-preview">
                    <h3 class="pf-v6-c-title pf-m-md">{ i18n.t("req-checks") }</h3>
                    <RequestPreview state={(*preview).clone()} />
                </section>
            </form>
        </Modal>
    }
}

#[derive(Properties, PartialEq)]
struct FactsProps {
    group: Group,
    provider: String,
}

/// The chosen group: programme, provider, dates, seats and teachers.
#[function_component(GroupFacts)]
fn group_facts(p: &FactsProps) -> Html {
    let i18n = use_i18n();
    let g = &p.group;
    let teachers: Vec<String> = g.teachers.iter().map(|t| t.name.clone()).collect();
    html! {
        <div class="setka-stu-group" data-testid="request-group-facts">
            <div class="setka-strong">{ g.programme_title.clone() }</div>
            <div class="setka-small">
                { p.provider.clone() }{" · "}{ i18n.period(g.input.first_date, Some(g.input.last_date)) }
                {" · "}{ i18n.t1("req-seats", "seats", i64::from(g.input.capacity)) }
            </div>
            if !teachers.is_empty() {
                <div class="setka-small setka-muted">{ teachers.join(", ") }</div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_hours;

    #[test]
    fn replaced_hours_as_typed() {
        assert_eq!(parse_hours("0"), Some(0.0));
        assert_eq!(parse_hours(""), Some(0.0));
        assert_eq!(parse_hours("1,5"), Some(1.5));
        assert_eq!(parse_hours(" 2.5 "), Some(2.5));
        assert_eq!(parse_hours("-1"), None);
        assert_eq!(parse_hours("41"), None);
        assert_eq!(parse_hours("два"), None);
        assert_eq!(parse_hours("NaN"), None);
    }
}
