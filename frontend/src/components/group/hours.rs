//! The hours check of a group: planned academic hours against the programme's, the
//! difference highlighted when hours are missing.

use wire::group::HoursCheck;
use yew::prelude::*;

use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct HoursProps {
    pub hours: HoursCheck,
    /// Also say how many sessions are planned.
    #[prop_or_default]
    pub long: bool,
}

/// What the difference means: short of hours, more than planned, exact.
pub fn verdict(h: &HoursCheck) -> (&'static str, &'static str) {
    match h.difference {
        d if d < 0 => ("hours-short", "setka-hours--short"),
        d if d > 0 => ("hours-over", "setka-hours--over"),
        _ => ("hours-exact", "setka-hours--exact"),
    }
}

#[function_component(Hours)]
pub fn hours(p: &HoursProps) -> Html {
    let i18n = use_i18n();
    let h = &p.hours;
    let (key, class) = verdict(h);
    let diff = h.difference.unsigned_abs() as i64;
    html! {
        <span class={classes!("setka-hours", class)} data-testid="group-hours">
            <span class="setka-hours__value">
                { i18n.ta("hours-value", &[
                    ("planned", i64::from(h.planned_hours).into()),
                    ("programme", i64::from(h.programme_hours).into()),
                ]) }
            </span>
            <span class="setka-hours__diff">{ i18n.t1(key, "hours", diff) }</span>
            if p.long {
                <span class="setka-muted setka-small">{ i18n.count("hours-sessions", h.sessions as usize) }</span>
            }
        </span>
    }
}
