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
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let body = match (fetch.state.ready(), fetch.state.failed()) {
        (_, Some(e)) => html! { <ErrorAlert error={e.clone()} /> },
        (None, None) => html! { <Loading /> },
        (Some(list), None) => html! {
            <table class="pf-v6-c-table pf-m-compact setka-table" id="agr-versions" aria-label={i18n.t("agr-versions-title")}>
                <thead class="pf-v6-c-table__thead pf-m-nowrap"><tr class="pf-v6-c-table__tr">
                    { th("agr-version") }{ th("agr-col-number") }{ th("agr-term") }{ th("agr-status") }
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for list.iter().map(|v| {
                        let current = v.id == a.id;
                        html! {
                            <tr class={classes!("pf-v6-c-table__tr", current.then_some("setka-row-current"))}
                                key={v.id.to_string()} data-testid="version-row" data-version={v.version_no.to_string()}>
                                <td class="pf-v6-c-table__td setka-strong">
                                    if current {
                                        <span aria-current="page">{ version_name(&i18n, v) }</span>
                                    } else {
                                        <AppLink to={Route::Agreement { id: v.id }} testid="version-link">{ version_name(&i18n, v) }</AppLink>
                                    }
                                </td>
                                <td class="pf-v6-c-table__td">{ title(&i18n, v) }</td>
                                <td class="pf-v6-c-table__td setka-nowrap">{ i18n.period(v.content.valid_from, Some(v.content.valid_to)) }</td>
                                <td class="pf-v6-c-table__td"><Label text={i18n.agr_status(v.status)} color={status_color(v.status)} /></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
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
