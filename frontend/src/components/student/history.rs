//! The steps of an enrolment: when, who, what, from which status to which, and why.

use wire::enrolment::EnrolmentStep;
use yew::prelude::*;

use super::format::status_label;
use crate::hooks::{I18n, use_i18n};
use crate::i18n::enums::enrolment_action_key;

/// «Заявка подана», «Зачислен», …; an action this version does not know reads as itself.
pub fn action_label(i18n: &I18n, action: &str) -> String {
    match enrolment_action_key(action) {
        Some(key) => i18n.t(&key),
        None => action.to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    pub steps: Vec<EnrolmentStep>,
    /// For test ids: `enrolment-history-{id}`.
    pub enrolment_id: uuid::Uuid,
}

#[function_component(EnrolmentHistory)]
pub fn enrolment_history(p: &HistoryProps) -> Html {
    let i18n = use_i18n();
    let row = |s: &EnrolmentStep| {
        let change = html! {
            <span class="setka-stu-change">
                if let Some(from) = s.from_status {
                    { status_label(&i18n, from) }
                    <i class="fas fa-arrow-right setka-muted" aria-hidden="true"></i>
                }
                { status_label(&i18n, s.to_status) }
            </span>
        };
        html! {
            <tr class="pf-v6-c-table__tr" data-testid="enrolment-step" data-action={s.action.clone()}>
                <td class="pf-v6-c-table__td setka-nowrap">{ i18n.date_time(s.at) }</td>
                <td class="pf-v6-c-table__td">{ s.actor_name.clone() }</td>
                <td class="pf-v6-c-table__td">{ action_label(&i18n, &s.action) }</td>
                <td class="pf-v6-c-table__td">{ change }</td>
                <td class="pf-v6-c-table__td setka-pre">{ s.reason.clone().unwrap_or_default() }</td>
            </tr>
        }
    };
    html! {
        <table class="pf-v6-c-table pf-m-compact setka-table setka-inner-table"
               data-testid={format!("enrolment-history-{}", p.enrolment_id)}>
            <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                <th class="pf-v6-c-table__th">{ i18n.t("stu-step-at") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("stu-step-who") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("stu-step-action") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("stu-step-status") }</th>
                <th class="pf-v6-c-table__th">{ i18n.t("stu-step-reason") }</th>
            </tr></thead>
            <tbody class="pf-v6-c-table__tbody">{ for p.steps.iter().map(row) }</tbody>
        </table>
    }
}
