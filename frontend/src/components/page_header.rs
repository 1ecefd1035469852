//! The title band at the top of a page.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageHeaderProps {
    pub title: String,
    #[prop_or_default]
    pub subtitle: Option<String>,
    /// Buttons on the right.
    #[prop_or_default]
    pub actions: Html,
    /// Labels under the title.
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub breadcrumb: Html,
}

#[function_component(PageHeader)]
pub fn page_header(p: &PageHeaderProps) -> Html {
    use_effect_with(p.title.clone(), |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{title} — Setka"));
        }
    });
    html! {
        <section class="pf-v6-c-page__main-section setka-page-header">
            <div class="pf-v6-c-page__main-body">
                if p.breadcrumb != Html::default() {
                    <div class="setka-breadcrumb">{ p.breadcrumb.clone() }</div>
                }
                <div class="setka-page-header__row">
                    <div class="setka-page-header__text">
                        <h1 class="pf-v6-c-title pf-m-2xl" data-testid="page-title">{ &p.title }</h1>
                        if let Some(sub) = &p.subtitle {
                            <p class="setka-page-header__subtitle">{ sub }</p>
                        }
                        { p.children.clone() }
                    </div>
                    <div class="setka-page-header__actions">{ p.actions.clone() }</div>
                </div>
            </div>
        </section>
    }
}
