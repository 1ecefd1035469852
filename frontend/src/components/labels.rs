//! Status labels of an organization: ШНОР, ШНСУ, inactive.

use wire::organization::Organization;
use yew::prelude::*;

use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct LabelProps {
    pub text: String,
    #[prop_or_default]
    pub color: Option<&'static str>,
    #[prop_or_default]
    pub hint: Option<String>,
}

#[function_component(Label)]
pub fn label(p: &LabelProps) -> Html {
    html! {
        <span class={classes!("pf-v6-c-label", "pf-m-compact", p.color)} title={p.hint.clone()}>
            <span class="pf-v6-c-label__content">
                <span class="pf-v6-c-label__text">{ &p.text }</span>
            </span>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct OrgFlagsProps {
    pub org: Organization,
}

#[function_component(OrgFlags)]
pub fn org_flags(p: &OrgFlagsProps) -> Html {
    let i18n = use_i18n();
    let o = &p.org;
    html! {
        <span class="setka-labels">
            if o.low_results {
                <Label text={i18n.t("label-low-results")} color="pf-m-orange"
                       hint={i18n.t("label-low-results-hint")} />
            }
            if o.adverse_conditions {
                <Label text={i18n.t("label-adverse")} color="pf-m-purple"
                       hint={i18n.t("label-adverse-hint")} />
            }
            if !o.active {
                <Label text={i18n.t("label-inactive")} />
            }
        </span>
    }
}
