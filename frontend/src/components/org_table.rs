//! The organizations table.

use std::collections::HashMap;
use std::rc::Rc;

use uuid::Uuid;
use wire::organization::Organization;
use yew::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, OrgFlags};
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct OrgTableProps {
    pub items: Vec<Organization>,
    /// Municipality names by id.
    pub municipalities: Rc<HashMap<Uuid, String>>,
}

#[function_component(OrgTable)]
pub fn org_table(p: &OrgTableProps) -> Html {
    let i18n = use_i18n();
    let th = |key: &str| html! { <th class="pf-v6-c-table__th" role="columnheader" scope="col">{ i18n.t(key) }</th> };
    let (l_name, l_kind, l_muni, l_inn, l_flags) = (
        i18n.t("col-name"),
        i18n.t("col-kind"),
        i18n.t("col-municipality"),
        i18n.t("col-inn"),
        i18n.t("col-flags"),
    );
    html! {
        <table class="pf-v6-c-table pf-m-grid-md pf-m-compact setka-table" role="grid"
               aria-label={i18n.t("orgs-title")} id="organizations-table">
            <thead class="pf-v6-c-table__thead pf-m-nowrap">
                <tr class="pf-v6-c-table__tr" role="row">
                    { th("col-name") }{ th("col-kind") }{ th("col-municipality") }{ th("col-inn") }{ th("col-flags") }
                </tr>
            </thead>
            <tbody class="pf-v6-c-table__tbody" role="rowgroup">
                { for p.items.iter().map(|o| html! {
                    <tr class="pf-v6-c-table__tr" role="row" key={o.id.to_string()}
                        data-testid="organization-row" data-id={o.id.to_string()}>
                        <td class="pf-v6-c-table__td" role="cell" data-label={l_name.clone()}>
                            <AppLink to={Route::Organization { id: o.id }} class="setka-strong">{ &o.short_name }</AppLink>
                            <div class="setka-muted setka-small">{ &o.full_name }</div>
                        </td>
                        <td class="pf-v6-c-table__td" role="cell" data-label={l_kind.clone()}>{ i18n.kind(o.kind) }</td>
                        <td class="pf-v6-c-table__td" role="cell" data-label={l_muni.clone()}>
                            { p.municipalities.get(&o.municipality_id).cloned().unwrap_or_default() }
                        </td>
                        <td class="pf-v6-c-table__td setka-nowrap" role="cell" data-label={l_inn.clone()}>
                            { o.inn.clone().unwrap_or_else(|| "—".into()) }
                        </td>
                        <td class="pf-v6-c-table__td" role="cell" data-label={l_flags.clone()}>
                            <OrgFlags org={o.clone()} />
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
