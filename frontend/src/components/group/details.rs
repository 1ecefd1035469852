//! What a group is: programme, year, provider, teachers, capacity, place, dates, weekly
//! slots, participant schools and the hours check.

use wire::group::Group;
use wire::network::Network;
use yew::prelude::*;

use super::hours::Hours;
use super::place::{online_url, place_text};
use super::slots::{summary, time_range};
use crate::app::Route;
use crate::components::AppLink;
use crate::components::network_orgs::org_name;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub group: Group,
    pub network: Network,
}

#[function_component(GroupDetails)]
pub fn group_details(p: &DetailsProps) -> Html {
    let i18n = use_i18n();
    let (g, n) = (&p.group, &p.network);
    let i = &g.input;
    let row = |term: String, value: Html, testid: &'static str| {
        html! {
            <div class="pf-v6-c-description-list__group">
                <dt class="pf-v6-c-description-list__term"><span class="pf-v6-c-description-list__text">{ term }</span></dt>
                <dd class="pf-v6-c-description-list__description">
                    <div class="pf-v6-c-description-list__text" data-testid={testid}>{ value }</div>
                </dd>
            </div>
        }
    };
    let teachers = if g.teachers.is_empty() {
        html! { "—" }
    } else {
        html! {
            <ul class="setka-list">
                { for g.teachers.iter().map(|t| html! {
                    <li>{ &t.name }<span class="setka-muted setka-small">{ format!(" · {}", org_name(n, t.organization_id)) }</span></li>
                }) }
            </ul>
        }
    };
    let place = html! {
        <>
            { place_text(&i18n, &i.place, |id| org_name(n, id)) }
            if let Some(url) = online_url(&i.place) {
                { " · " }<a href={url.to_owned()} target="_blank" rel="noopener noreferrer">{ url }</a>
            }
        </>
    };
    let slots = if i.slots.is_empty() {
        html! { "—" }
    } else {
        html! {
            <>
                <div class="setka-strong">{ summary(&i.slots, |d| i18n.slot_day(d)) }</div>
                { for i.slots.iter().filter(|s| s.place.is_some()).map(|s| html! {
                    <div class="setka-muted setka-small">
                        { format!("{} {}: {}", i18n.slot_day(s.weekday), time_range(s.start, s.end),
                            s.place.as_ref().map(|pl| place_text(&i18n, pl, |id| org_name(n, id))).unwrap_or_default()) }
                    </div>
                }) }
            </>
        }
    };
    let participants = if i.participant_ids.is_empty() {
        "—".to_owned()
    } else {
        i.participant_ids
            .iter()
            .map(|id| org_name(n, *id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <div class="pf-v6-c-card setka-card">
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("group-details") }</h2></div>
            <div class="pf-v6-c-card__body">
                <dl class="pf-v6-c-description-list pf-m-2-col-on-lg pf-m-horizontal-on-md setka-dl" id="group-details">
                    { row(i18n.t("group-programme"), html! {
                        <AppLink to={Route::Programme { id: i.programme_id }}>{ &g.programme_title }</AppLink>
                    }, "group-programme") }
                    { row(i18n.t("group-year"), html! { &i.academic_year }, "group-year") }
                    { row(i18n.t("group-provider"), html! {
                        <AppLink to={Route::Organization { id: i.provider_id }}>{ org_name(n, i.provider_id) }</AppLink>
                    }, "group-provider") }
                    { row(i18n.t("group-capacity"), html! { i.capacity }, "group-capacity") }
                    { row(i18n.t("group-teachers"), teachers, "group-teachers") }
                    { row(i18n.t("group-place"), place, "group-place") }
                    { row(i18n.t("group-dates"), html! { i18n.period(i.first_date, Some(i.last_date)) }, "group-dates") }
                    { row(i18n.t("group-slots"), slots, "group-slots") }
                    { row(i18n.t("group-participants"), html! { participants }, "group-participants") }
                    { row(i18n.t("group-hours"), html! { <Hours hours={g.hours} long=true /> }, "group-hours-cell") }
                </dl>
            </div>
        </div>
    }
}
