//! Agreements on the network form (273-ФЗ art. 15): the network page's list, the
//! agreement's content in its five sections, signatures, versions and the editor.

pub mod actions;
pub mod content;
pub mod draft;
pub mod form;
pub mod form_rows;
pub mod list;
pub mod model;
pub mod signatures;
pub mod versions;

use wire::agreement::Agreement;
use wire::network::Network;

use crate::components::network_orgs::org_name;
use crate::hooks::I18n;

/// «№ СВ-2021/01 от 25.08.2021», or «без номера» for an early draft.
pub fn title(i18n: &I18n, a: &Agreement) -> String {
    let number = a.content.number.trim();
    if number.is_empty() {
        i18n.t1("agr-title-no-number", "date", i18n.date(a.content.date))
    } else {
        i18n.ta(
            "agr-title",
            &[
                ("number", number.to_owned().into()),
                ("date", i18n.date(a.content.date).into()),
            ],
        )
    }
}

/// The names of the participants (without the base), comma-separated.
pub fn participant_names(n: &Network, a: &Agreement) -> String {
    a.content
        .participant_ids
        .iter()
        .filter(|p| **p != a.content.base_organization_id)
        .map(|p| org_name(n, *p))
        .collect::<Vec<_>>()
        .join(", ")
}
