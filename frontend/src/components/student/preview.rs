//! What the approval rules say of a request before it is sent: each rule with a green
//! check or a red cross and, when it fails, the server's message naming the numbers; the
//! student's week with the course; and whether the request may go (a full group alone
//! puts it on the waitlist).

use wire::enrolment::{EnrolmentPreview, LoadSummary, Rule, RuleOutcome};
use yew::prelude::*;

use super::format::hours;
use crate::components::{Alert, ErrorAlert, Loading, Variant};
use crate::hooks::use_i18n;
use crate::i18n::enums::wire_name;
use crate::services::ApiError;

/// The preview of the dialog's current choice.
#[derive(Debug, Clone, PartialEq)]
pub enum PreviewState {
    /// No group chosen, or the hours are not a number.
    Idle,
    Loading,
    Ready(EnrolmentPreview),
    Failed(ApiError),
}

/// Whether the request would wait for a seat: everything passes but the free seat.
pub fn goes_to_waitlist(p: &EnrolmentPreview) -> bool {
    p.can_request
        && p.checks
            .iter()
            .any(|c| c.rule == Rule::FreeSeat && !c.passed)
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub state: PreviewState,
}

#[function_component(RequestPreview)]
pub fn request_preview(p: &PreviewProps) -> Html {
    let i18n = use_i18n();
    match &p.state {
        PreviewState::Idle => html! {
            <p class="setka-muted" data-testid="request-preview-idle">{ i18n.t("req-preview-idle") }</p>
        },
        PreviewState::Loading => html! { <Loading /> },
        PreviewState::Failed(e) => {
            html! { <ErrorAlert error={e.clone()} title={i18n.t("req-preview-failed")} /> }
        }
        PreviewState::Ready(pv) => html! {
            <div class="setka-stack setka-stack--tight" data-testid="request-preview"
                 data-can-request={pv.can_request.to_string()}>
                <ul class="setka-stu-checks" aria-label={i18n.t("req-checks")}>
                    { for pv.checks.iter().map(check_row) }
                </ul>
                <LoadBox load={pv.load} />
                if goes_to_waitlist(pv) {
                    <Alert variant={Variant::Info} inline=true title={i18n.t("req-waitlist")} testid="request-waitlist-notice">
                        <p>{ i18n.t("req-waitlist-body") }</p>
                    </Alert>
                } else if !pv.can_request {
                    <Alert variant={Variant::Danger} inline=true title={i18n.t("req-blocked")} testid="request-blocked">
                        <p>{ i18n.t("req-blocked-body") }</p>
                    </Alert>
                }
            </div>
        },
    }
}

fn check_row(c: &RuleOutcome) -> Html {
    let (class, icon) = if c.passed {
        ("setka-stu-check--ok", "fas fa-fw fa-check-circle setka-ok")
    } else {
        (
            "setka-stu-check--fail",
            "fas fa-fw fa-times-circle setka-stu-fail",
        )
    };
    html! {
        <li class={classes!("setka-stu-check", class)} data-testid={format!("preview-{}", wire_name(&c.rule))}
            data-passed={c.passed.to_string()} data-code={c.code.clone()}>
            <i class={icon} aria-hidden="true"></i>
            <div>
                <div class="setka-stu-check__title">{ c.title.clone() }</div>
                if !c.passed {
                    if let Some(m) = &c.message {
                        <div class="setka-small" data-testid="preview-message">{ m.clone() }</div>
                    }
                }
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct LoadProps {
    load: LoadSummary,
}

#[function_component(LoadBox)]
fn load_box(p: &LoadProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let l = &p.load;
    let over = l.limit.is_none_or(|limit| l.total > limit);
    let item = |key: &str, value: String, testid: &'static str| {
        html! {
            <div class="pf-v6-c-description-list__group">
                <dt class="pf-v6-c-description-list__term"><span class="pf-v6-c-description-list__text">{ i18n.t(key) }</span></dt>
                <dd class="pf-v6-c-description-list__description">
                    <div class="pf-v6-c-description-list__text" data-testid={testid}>{ value }</div>
                </dd>
            </div>
        }
    };
    let limit = match l.limit {
        Some(x) => hours(x, lang),
        None => i18n.t("iup-limit-none"),
    };
    html! {
        <div class={classes!("setka-stu-load", over.then_some("setka-stu-load--over"))} data-testid="request-load">
            <h3 class="pf-v6-c-title pf-m-md">{ i18n.t("req-load") }</h3>
            <dl class="pf-v6-c-description-list pf-m-horizontal pf-m-compact setka-dl">
                { item("req-load-home", hours(l.home, lang), "load-home") }
                { item("req-load-replaced", format!("−{}", hours(l.replaced, lang)), "load-replaced") }
                { item("req-load-network", format!("+{}", hours(l.network, lang)), "load-network") }
                { item("req-load-total", hours(l.total, lang), "load-total") }
                { item("req-load-limit", limit, "load-limit") }
            </dl>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::enrolment::Hours;

    fn outcome(rule: Rule, passed: bool) -> RuleOutcome {
        RuleOutcome {
            rule,
            title: String::new(),
            passed,
            code: None,
            message: None,
        }
    }

    fn preview(checks: Vec<RuleOutcome>, can_request: bool) -> EnrolmentPreview {
        EnrolmentPreview {
            checks,
            load: LoadSummary {
                home: Hours::whole(30),
                replaced: Hours::ZERO,
                network: Hours::whole(2),
                total: Hours::whole(32),
                limit: Some(Hours::whole(33)),
            },
            can_request,
        }
    }

    #[test]
    fn a_full_group_alone_means_the_waitlist() {
        let full = preview(
            vec![
                outcome(Rule::ConsentOnFile, true),
                outcome(Rule::FreeSeat, false),
            ],
            true,
        );
        assert!(goes_to_waitlist(&full));
        let refused = preview(
            vec![
                outcome(Rule::WeeklyLoad, false),
                outcome(Rule::FreeSeat, false),
            ],
            false,
        );
        assert!(!goes_to_waitlist(&refused));
        assert!(!goes_to_waitlist(&preview(
            vec![outcome(Rule::FreeSeat, true)],
            true
        )));
        assert_eq!(
            wire_name(&Rule::NoTimetableConflict),
            "no_timetable_conflict"
        );
    }
}
