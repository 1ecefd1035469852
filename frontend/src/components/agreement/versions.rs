//! «Версии договора»: the agreement and its supplementary agreements, oldest first; old
//! versions stay readable.

use wire::agreement::Agreement;
use wire::routes;
use yew::prelude::*;

use super::model::status_color;
use super::title;
use crate::app::Route;
use crate::components::{AppLink, ErrorAlert, Label, Loading};
use crate::hooks::{I18n, use_fetch, use_i18n};

#[derive(Properties, PartialEq)]
pub struct VersionsProps {
    pub agreement: Agreement,
}

/// «Договор» for the first version, «Дополнительное соглашение № 1» for the second…
pub fn version_name(i18n: &I18n, a: &Agreement) -> String {
    if a.version_no <= 1 {
        i18n.t("agr-version-original")
    } else {
        i18n.t1(
            "agr-supplementary-no",
            "number",
            i64::from(a.version_no - 1),
        )
    }
}

#[function_component(VersionsSection)]
pub fn versions_section(p: &VersionsProps) -> Html {
    let i18n = use_i18n();
    let a = &p.agreement;
    let fetch = use_fetch::<Vec<Agreement>>(Some(routes::agreement_action(a.id, "versions")));
    // Signing or returning this version changes the statuses listed here.
    {
        let (reload, first) = (fetch.reload.clone(), use_mut_ref(|| true));
        use_effect_with(a.version, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                reload.emit(());
            }
        });
    }
    let body = match (fetch.state.ready(), fetch.state.failed()) {
        (_, Some(e)) => html! { <ErrorAlert error={e.clone()} /> },
        (None, None) => html! { <Loading /> },
        (Some(list), None) => html! {
            <ol class="setka-versions" id="agr-versions" aria-label={i18n.t("agr-versions-title")}>
                { for list.iter().map(|v| {
                    let current = v.id == a.id;
                    html! {
                        <li class={classes!("setka-version", current.then_some("setka-version--current"))}
                            key={v.id.to_string()} data-testid="version-row" data-version={v.version_no.to_string()}>
                            <div class="setka-version__head">
                                if current {
                                    <span class="setka-strong" aria-current="page">{ version_name(&i18n, v) }</span>
                                } else {
                                    <AppLink to={Route::Agreement { id: v.id }} testid="version-link" class="setka-strong">
                                        { version_name(&i18n, v) }
                                    </AppLink>
                                }
                                <Label text={i18n.agr_status(v.status)} color={status_color(v.status)} />
                            </div>
                            <div class="setka-muted setka-small">
                                { format!("{} · {}", title(&i18n, v), i18n.period(v.content.valid_from, Some(v.content.valid_to))) }
                            </div>
                        </li>
                    }
                }) }
            </ol>
        },
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="agr-versions-card">
            <div class="pf-v6-c-card__title">
                <h2 class="pf-v6-c-card__title-text">{ i18n.t("agr-versions-title") }</h2>
                <p class="setka-muted setka-small">{ i18n.t("agr-versions-hint") }</p>
            </div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}
