//! The approval rules of an enrolment waiting for the provider's decision, evaluated
//! again now: the failing ones with the server's message, the passing ones as a compact
//! green list, and the student's week with the course.

use domain::enrolment::Lang as RuleLang;
use uuid::Uuid;
use wire::enrolment::{EnrolmentPreview, LoadSummary, RuleOutcome};
use wire::error::Lang;
use wire::routes;
use yew::prelude::*;

use crate::hooks::{Loadable, use_fetch, use_i18n};
use crate::i18n::enums::wire_name;
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct ChecksProps {
    pub enrolment_id: Uuid,
    /// Changes after every step taken in the section: the rules are evaluated again.
    pub generation: u32,
}

#[function_component(EnrolmentChecks)]
pub fn enrolment_checks(p: &ChecksProps) -> Html {
    let i18n = use_i18n();
    let fetch = use_fetch::<EnrolmentPreview>(Some(routes::enrolment_checks(p.enrolment_id)));
    {
        let reload = fetch.reload.clone();
        use_effect_with(p.generation, move |g| {
            if *g > 0 {
                reload.emit(());
            }
        });
    }
    let testid = format!("checks-{}", p.enrolment_id);
    match &fetch.state {
        Loadable::Loading => html! {
            <div class="setka-muted setka-small" data-testid={testid} data-state="loading">{ i18n.t("enr-checks-loading") }</div>
        },
        // Not the user's to see (a home school, say): the section shows no rules.
        Loadable::Failed(
            ApiError::NotFound(_) | ApiError::Forbidden(_) | ApiError::Unexpected { status: 404 },
        ) => html! {},
        Loadable::Failed(e) => html! {
            <div class="setka-muted setka-small" data-testid={testid} data-state="failed"
                 title={e.problem().map(|pr| pr.detail.clone())}>
                { i18n.t("enr-checks-failed") }
            </div>
        },
        Loadable::Ready(preview) => {
            let (failed, passed): (Vec<&RuleOutcome>, Vec<&RuleOutcome>) =
                preview.checks.iter().partition(|c| !c.passed);
            html! {
                <div class="setka-enr-checks" data-testid={testid} data-state="ready"
                     data-ok={preview.can_request.to_string()}>
                    if !failed.is_empty() {
                        <ul class="setka-enr-checks__failed">
                            { for failed.iter().map(|c| failed_rule(c)) }
                        </ul>
                    } else {
                        <div class="setka-enr-checks__ok">
                            <i class="fas fa-check-circle" aria-hidden="true"></i>{ " " }{ i18n.t("enr-checks-all-passed") }
                        </div>
                    }
                    <ul class="setka-enr-checks__passed" aria-label={i18n.t("enr-checks-passed")}>
                        { for passed.iter().map(|c| html! {
                            <li data-rule={wire_name(&c.rule)}>
                                <i class="fas fa-check" aria-hidden="true"></i>{ " " }{ &c.title }
                            </li>
                        }) }
                    </ul>
                    <div class="setka-muted setka-small" data-testid="enr-load">{ load_line(&i18n, &preview.load) }</div>
                </div>
            }
        }
    }
}

fn failed_rule(c: &RuleOutcome) -> Html {
    html! {
        <li class="setka-error-text" data-rule={wire_name(&c.rule)} data-code={c.code.clone()}>
            <i class="fas fa-exclamation-circle" aria-hidden="true"></i>{ " " }
            <span class="setka-strong">{ &c.title }</span>
            if let Some(m) = &c.message {
                { ": " }{ m }
            }
        </li>
    }
}

/// «Нагрузка с курсом: 31 ч в неделю из 33 допустимых».
fn load_line(i18n: &crate::hooks::I18n, l: &LoadSummary) -> String {
    let lang = match i18n.lang() {
        Lang::Ru => RuleLang::Ru,
        Lang::En => RuleLang::En,
    };
    let total = l.total.format(lang);
    match l.limit {
        Some(limit) => i18n.ta(
            "enr-load",
            &[
                ("total", total.into()),
                ("limit", limit.format(lang).into()),
            ],
        ),
        None => i18n.t1("enr-load-no-limit", "total", total),
    }
}
