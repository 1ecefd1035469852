//! Empty, loading and "not there" states.

use yew::prelude::*;

use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub title: String,
    #[prop_or_default]
    pub body: Option<String>,
    #[prop_or(AttrValue::Static("fas fa-search"))]
    pub icon: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(EmptyState)]
pub fn empty_state(p: &EmptyStateProps) -> Html {
    html! {
        <div class="pf-v6-c-empty-state" data-testid="empty-state">
            <div class="pf-v6-c-empty-state__content">
                <div class="pf-v6-c-empty-state__header">
                    <div class="pf-v6-c-empty-state__icon">
                        <i class={p.icon.clone()} aria-hidden="true"></i>
                    </div>
                    <div class="pf-v6-c-empty-state__title">
                        <h2 class="pf-v6-c-empty-state__title-text">{ &p.title }</h2>
                    </div>
                </div>
                if let Some(body) = &p.body {
                    <div class="pf-v6-c-empty-state__body">{ body }</div>
                }
                if p.children != Html::default() {
                    <div class="pf-v6-c-empty-state__footer">
                        <div class="pf-v6-c-empty-state__actions">{ p.children.clone() }</div>
                    </div>
                }
            </div>
        </div>
    }
}

#[function_component(Loading)]
pub fn loading() -> Html {
    let i18n = use_i18n();
    html! {
        <div class="setka-loading" data-testid="loading">
            <svg class="pf-v6-c-spinner pf-m-lg" role="progressbar" viewBox="0 0 100 100"
                 aria-valuetext={i18n.t("common-loading")}>
                <circle class="pf-v6-c-spinner__path" cx="50" cy="50" r="45" fill="none" />
            </svg>
        </div>
    }
}
