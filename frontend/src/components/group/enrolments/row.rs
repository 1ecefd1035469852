//! One enrolment in the section's table: the student, the request's date, the status,
//! the rules (while the provider decides), the step buttons, and the history that opens
//! under the row.

use wire::enrolment::{Enrolment, EnrolmentStep};
use yew::prelude::*;

use super::checks::EnrolmentChecks;
use super::model::{Step, Tab, awaits_decision, status_color, student_name};
use crate::components::Label;
use crate::hooks::{I18n, use_i18n};
use crate::i18n::enums::{enrolment_action_key, enrolment_status_key};

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub enrolment: Enrolment,
    pub tab: Tab,
    pub steps: Vec<Step>,
    pub on_step: Callback<(Step, Enrolment)>,
    /// Bumped after each step in the section, so the rules are evaluated again.
    pub generation: u32,
    /// Columns of the table, for the history row.
    pub columns: usize,
}

/// «7Б · СОШ № 25».
pub fn class_and_school(i18n: &I18n, s: &wire::student::TeachingStudent) -> String {
    format!(
        "{} · {}",
        i18n.ta(
            "enr-class",
            &[
                ("grade", i64::from(s.grade).into()),
                ("letter", s.class_letter.clone().into())
            ]
        ),
        s.home_organization_name
    )
}

#[function_component(EnrolmentRow)]
pub fn enrolment_row(p: &RowProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    let e = &p.enrolment;
    let id = e.id;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let history_id = format!("enr-history-{id}");
    let button = |s: Step| {
        let label = i18n.t(&s.key(e.status));
        let (on_step, e) = (p.on_step.clone(), e.clone());
        let class = if s == Step::Approve {
            "pf-m-primary"
        } else if s.danger() {
            "pf-m-secondary pf-m-danger"
        } else {
            "pf-m-secondary"
        };
        html! {
            <button type="button" class={classes!("pf-v6-c-button", "pf-m-small", class)}
                    id={format!("{}-{id}", s.action())} data-testid={format!("{}-{id}", s.action())}
                    onclick={Callback::from(move |_: MouseEvent| on_step.emit((s, e.clone())))}>
                { label }
            </button>
        }
    };
    html! {
        <tbody class={classes!("pf-v6-c-table__tbody", open.then_some("pf-m-expanded"))} data-testid={format!("enrolment-{id}")}
               data-status={crate::i18n::enums::wire_name(&e.status)}>
            <tr class="pf-v6-c-table__tr">
                <td class="pf-v6-c-table__td pf-v6-c-table__toggle">
                    <button type="button" class={classes!("pf-v6-c-button", "pf-m-plain", open.then_some("pf-m-expanded"))}
                            aria-expanded={open.to_string()} aria-controls={history_id.clone()} aria-label={i18n.t("enr-history")}
                            data-testid={format!("history-toggle-{id}")} onclick={toggle}>
                        <span class="pf-v6-c-table__toggle-icon"><i class="fas fa-angle-down" aria-hidden="true"></i></span>
                    </button>
                </td>
                if p.tab == Tab::Waitlist {
                    <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("enr-col-position")} data-testid={format!("position-{id}")}>
                        { e.waitlist_position.map(|n| format!("№ {n}")).unwrap_or_default() }
                    </td>
                }
                <td class="pf-v6-c-table__td" data-label={i18n.t("enr-col-student")}>
                    <div class="setka-strong">{ student_name(&e.student) }</div>
                    <div class="setka-muted setka-small">{ class_and_school(&i18n, &e.student) }</div>
                </td>
                <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("enr-col-requested")}>
                    { i18n.date(e.requested_at.with_timezone(&chrono::Local).date_naive()) }
                </td>
                <td class="pf-v6-c-table__td" data-label={i18n.t("enr-col-status")}>
                    <Label text={i18n.t(enrolment_status_key(e.status))} color={status_color(e.status)} />
                </td>
                if matches!(p.tab, Tab::Requests | Tab::Waitlist) {
                    <td class="pf-v6-c-table__td" data-label={i18n.t("enr-col-checks")}>
                        if awaits_decision(e.status) {
                            <EnrolmentChecks enrolment_id={id} generation={p.generation} />
                        }
                    </td>
                }
                <td class="pf-v6-c-table__td">
                    <div class="setka-enr-actions">{ for p.steps.iter().map(|s| button(*s)) }</div>
                </td>
            </tr>
            <tr class={classes!("pf-v6-c-table__tr", "pf-v6-c-table__expandable-row", open.then_some("pf-m-expanded"))}
                id={history_id} hidden={!*open}>
                <td class="pf-v6-c-table__td" colspan={p.columns.to_string()}>
                    <div class="pf-v6-c-table__expandable-row-content">
                        <History steps={e.history.clone()} />
                    </div>
                </td>
            </tr>
        </tbody>
    }
}

#[derive(Properties, PartialEq)]
struct HistoryProps {
    steps: Vec<EnrolmentStep>,
}

/// Each step: when, who, what, from which status to which, why.
#[function_component(History)]
fn history(p: &HistoryProps) -> Html {
    let i18n = use_i18n();
    if p.steps.is_empty() {
        return html! { <p class="setka-muted">{ i18n.t("enr-history-empty") }</p> };
    }
    let status = |s| i18n.t(enrolment_status_key(s));
    html! {
        <ol class="setka-enr-history" data-testid="enr-history">
            { for p.steps.iter().map(|s| html! {
                <li>
                    <span class="setka-nowrap setka-muted">{ i18n.date_time(s.at) }</span>{ " · " }
                    <span class="setka-strong">
                        { enrolment_action_key(&s.action).map(|k| i18n.t(&k)).unwrap_or_else(|| s.action.clone()) }
                    </span>
                    { " · " }{ &s.actor_name }
                    <span class="setka-muted">
                        { " (" }
                        { s.from_status.map(|f| format!("{} → ", status(f))).unwrap_or_default() }
                        { status(s.to_status) }
                        { ")" }
                    </span>
                    if let Some(r) = s.reason.as_deref().filter(|r| !r.trim().is_empty()) {
                        <div class="setka-enr-history__reason">{ i18n.t1("enr-history-reason", "reason", r.to_owned()) }</div>
                    }
                </li>
            }) }
        </ol>
    }
}
