//! The 404 page of client routes.

use yew::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, EmptyState};
use crate::hooks::use_i18n;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let i18n = use_i18n();
    use_effect_with(i18n.t("notfound-title"), |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{title} — Setka"));
        }
    });
    html! {
        <section class="pf-v6-c-page__main-section" data-testid="not-found">
            <div class="pf-v6-c-page__main-body">
                <EmptyState title={i18n.t("notfound-title")} body={i18n.t("notfound-body")}
                            icon="fas fa-map-signs">
                    <AppLink to={Route::Home} class={classes!("pf-v6-c-button", "pf-m-primary")}>
                        { i18n.t("notfound-home") }
                    </AppLink>
                </EmptyState>
            </div>
        </section>
    }
}
