//! The member map: who serves whom, drawn as inline SVG (no JavaScript library); the
//! geometry is in [`super::map_layout`].

use domain::network::MembershipRole;
use wire::network::Network;
use yew::prelude::*;

use crate::components::map_layout::{BOX_H, BOX_W, layout, short};
use crate::hooks::use_i18n;

fn node_class(role: MembershipRole) -> &'static str {
    match role {
        MembershipRole::Coordinator => "setka-map__node setka-map__node--coordinator",
        MembershipRole::ResourceCentre | MembershipRole::Partner => {
            "setka-map__node setka-map__node--server"
        }
        MembershipRole::SocialPartner => "setka-map__node setka-map__node--social",
        MembershipRole::Participant | MembershipRole::Satellite => "setka-map__node",
    }
}

#[derive(Properties, PartialEq)]
pub struct MemberMapProps {
    pub network: Network,
}

#[function_component(MemberMap)]
pub fn member_map(p: &MemberMapProps) -> Html {
    let i18n = use_i18n();
    let l = layout(&p.network);
    if l.nodes.is_empty() {
        return html! { <p class="setka-muted">{ i18n.t("net-members-empty") }</p> };
    }
    let view_box = format!("0 0 {} {}", l.width, l.height);
    let style = format!("max-width: {}px", l.width);
    html! {
        <div class="setka-map" id="member-map">
            <svg viewBox={view_box} {style} role="img" aria-label={i18n.t("net-map")}
                 xmlns="http://www.w3.org/2000/svg" focusable="false">
                { for l.links.iter().map(|k| html! {
                    <path d={k.d.clone()} class={format!("setka-map__link setka-map__link--{}", k.kind)} />
                }) }
                { for l.nodes.iter().map(|n| {
                    let role = i18n.t(&format!("member-role-{}", n.role.as_str()));
                    html! {
                        <g class={node_class(n.role)} data-testid="map-node" data-role={n.role.as_str()}>
                            <title>{ format!("{} — {role}", n.name) }</title>
                            <rect x={n.x.to_string()} y={n.y.to_string()} width={BOX_W.to_string()}
                                  height={BOX_H.to_string()} rx="6" />
                            <text x={n.cx().to_string()} y={(n.y + BOX_H / 2 + 4).to_string()}
                                  text-anchor="middle">{ short(&n.name) }</text>
                        </g>
                    }
                }) }
            </svg>
            <ul class="setka-map__legend" aria-hidden="true">
                <li><span class="setka-map__swatch setka-map__swatch--coordinator"></span>{ i18n.t("member-role-coordinator") }</li>
                <li><span class="setka-map__swatch setka-map__swatch--server"></span>{ i18n.t("net-map-servers") }</li>
                <li><span class="setka-map__swatch"></span>{ i18n.t("net-map-served") }</li>
                <li><span class="setka-map__swatch setka-map__swatch--social"></span>{ i18n.t("member-role-social_partner") }</li>
            </ul>
        </div>
    }
}
