//! «Договоры» on the network page: the agreements the user may read, and «Новый договор»
//! for those who may draft one.

use wire::agreement::Agreement;
use wire::network::Network;
use wire::{Page, routes};
use yew::prelude::*;

use super::model::status_color;
use super::{participant_names, title};
use crate::app::Route;
use crate::components::network_orgs::org_name;
use crate::components::{AppLink, ErrorAlert, Label};
use crate::hooks::{use_auth, use_fetch, use_i18n};

#[derive(Properties, PartialEq)]
pub struct AgreementsProps {
    pub network: Network,
}

#[function_component(AgreementsSection)]
pub fn agreements_section(p: &AgreementsProps) -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let n = &p.network;
    let fetch = use_fetch::<Page<Agreement>>(Some(routes::network_agreements(n.id)));
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let row = |a: &Agreement| {
        html! {
            <tr class="pf-v6-c-table__tr" key={a.id.to_string()} data-testid="agreement-row"
                data-status={crate::i18n::enums::wire_name(&a.status)}>
                <td class="pf-v6-c-table__td setka-strong" data-label={i18n.t("agr-col-number")}>
                    <AppLink to={Route::Agreement { id: a.id }} testid="agreement-link">{ title(&i18n, a) }</AppLink>
                    <div class="setka-muted setka-small">
                        { i18n.agr_kind(a.content.kind) }
                        if a.version_no > 1 {
                            { " · " }{ i18n.t1("agr-supplementary-no", "number", i64::from(a.version_no - 1)) }
                        }
                    </div>
                </td>
                <td class="pf-v6-c-table__td" data-label={i18n.t("agr-col-parties")}>
                    <div>{ org_name(n, a.content.base_organization_id) }{" "}<span class="setka-muted setka-small">{ i18n.t("agr-base-short") }</span></div>
                    <div>{ participant_names(n, a) }</div>
                </td>
                <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("agr-term")}>
                    { i18n.period(a.content.valid_from, Some(a.content.valid_to)) }
                </td>
                <td class="pf-v6-c-table__td" data-label={i18n.t("agr-status")}>
                    <Label text={i18n.agr_status(a.status)} color={status_color(a.status)} />
                </td>
            </tr>
        }
    };
    let items = fetch.state.ready().map(|page| page.items.clone());
    html! {
        <div class="pf-v6-c-card setka-card" id="agreements" data-testid="agreements">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("agr-section-title") }
                        if let Some(list) = &items {
                            <span class="setka-muted setka-count">{ i18n.count("agr-count", list.len()) }</span>
                        }
                    </h2>
                    <p class="setka-muted setka-small">{ i18n.t("agr-section-hint") }</p>
                </div>
                if perms.draft_agreement(n).is_some() {
                    <div class="pf-v6-c-card__actions">
                        <AppLink to={Route::NewAgreement { id: n.id }} id="agr-add"
                                 class={classes!("pf-v6-c-button", "pf-m-secondary")}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("agr-add") }</span>
                        </AppLink>
                    </div>
                }
            </div>
            <div class="pf-v6-c-card__body">
                if let Some(e) = fetch.state.failed() {
                    <ErrorAlert error={e.clone()} />
                }
                if let Some(list) = &items {
                    if list.is_empty() {
                        <p class="setka-muted" data-testid="agreements-empty">{ i18n.t("agr-empty") }</p>
                    } else {
                        <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" id="agreements-table"
                               aria-label={i18n.t("agr-section-title")}>
                            <thead class="pf-v6-c-table__thead pf-m-nowrap"><tr class="pf-v6-c-table__tr">
                                { th("agr-col-number") }{ th("agr-col-parties") }{ th("agr-term") }{ th("agr-status") }
                            </tr></thead>
                            <tbody class="pf-v6-c-table__tbody">{ for list.iter().map(row) }</tbody>
                        </table>
                    }
                }
            </div>
        </div>
    }
}
