//! How a place reads («каб. 214 · Лицей №24», «Онлайн») and its fields in the editor:
//! a room or shared resource of a member organization, or the link of an online room.

use uuid::Uuid;
use wire::group::Place;
use yew::prelude::*;

use super::draft::{PlaceDraft, PlaceKind};
use crate::components::form::{SelectField, TextField};
use crate::hooks::{I18n, use_i18n};

/// The place in words; `org` names an organization.
pub fn place_text(i18n: &I18n, place: &Place, org: impl Fn(Uuid) -> String) -> String {
    match place {
        Place::Room {
            organization_id,
            name,
        } => format!("{name} · {}", org(*organization_id)),
        Place::Resource {
            organization_id,
            name,
        } => i18n.ta(
            "place-resource-text",
            &[
                ("name", name.clone().into()),
                ("org", org(*organization_id).into()),
            ],
        ),
        Place::Online { .. } => i18n.t("place-online"),
    }
}

/// The online link, when the place is online.
pub fn online_url(place: &Place) -> Option<&str> {
    match place {
        Place::Online { url } => Some(url),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct PlaceFieldsProps {
    /// Prefix of the ids and of the field paths: `place`, `slots[1].place`.
    pub path: String,
    pub id_prefix: String,
    pub place: PlaceDraft,
    pub onchange: Callback<PlaceDraft>,
    /// Member organizations: `(id, name)`.
    pub orgs: Vec<(Uuid, String)>,
    /// The message for a sub-field (`organization_id`, `name`, `url`).
    pub error: Callback<String, Option<String>>,
}

#[function_component(PlaceFields)]
pub fn place_fields(p: &PlaceFieldsProps) -> Html {
    let i18n = use_i18n();
    let d = &p.place;
    let set = |apply: fn(&mut PlaceDraft, String)| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = d.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let kinds: Vec<(String, String)> = PlaceKind::ALL
        .iter()
        .map(|k| {
            (
                k.key().to_owned(),
                i18n.t(&format!("place-kind-{}", k.key())),
            )
        })
        .collect();
    let orgs: Vec<(String, String)> = p
        .orgs
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    let id = |f: &str| format!("{}-{f}", p.id_prefix);
    let err = |f: &str| p.error.emit(f.to_owned());
    html! {
        <div class="setka-place-fields">
            <SelectField id={id("type")} label={i18n.t("place-kind")} value={d.kind.key().to_owned()} options={kinds}
                         onchange={set(|d, v| d.kind = PlaceKind::parse(&v))} required=true error={err("type")} />
            if d.kind == PlaceKind::Online {
                <TextField id={id("url")} label={i18n.t("place-url")} value={d.url.clone()} input_type="url"
                           oninput={set(|d, v| d.url = v)} required=true error={err("url")}
                           helper={i18n.t("place-url-hint")} />
            } else {
                <SelectField id={id("organization_id")} label={i18n.t("place-organization")} value={d.organization_id.clone()}
                             options={orgs} placeholder={i18n.t("form-select-placeholder")}
                             onchange={set(|d, v| d.organization_id = v)} required=true error={err("organization_id")} />
                <TextField id={id("name")} label={i18n.t(if d.kind == PlaceKind::Resource { "place-resource-name" } else { "place-room-name" })}
                           value={d.name.clone()} oninput={set(|d, v| d.name = v)} required=true error={err("name")}
                           helper={i18n.t(if d.kind == PlaceKind::Resource { "place-resource-hint" } else { "place-room-hint" })} />
            }
        </div>
    }
}
