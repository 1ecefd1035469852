//! An anchor to a client route that keeps ids and test ids (yew-router's `Link` drops
//! extra attributes) and still opens in a new tab with a modifier key.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;

#[derive(Properties, PartialEq)]
pub struct AppLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub children: Html,
    /// `?key=value` pairs after the path (a year, a week, filters).
    #[prop_or_default]
    pub query: Vec<(String, String)>,
    /// Placement (blocks of the week grid).
    #[prop_or_default]
    pub style: Option<AttrValue>,
    #[prop_or_default]
    pub title: Option<AttrValue>,
}

#[function_component(AppLink)]
pub fn app_link(p: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let (to, query) = (p.to.clone(), p.query.clone());
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            if let Some(nav) = &navigator {
                e.prevent_default();
                if query.is_empty() || nav.push_with_query(&to, &query).is_err() {
                    nav.push(&to);
                }
            }
        })
    };
    let href = match serde_urlencoded::to_string(&p.query) {
        Ok(q) if !q.is_empty() => format!("{}?{q}", p.to.to_path()),
        _ => p.to.to_path(),
    };
    html! {
        <a {href} class={p.class.clone()} id={p.id.clone()} style={p.style.clone()} title={p.title.clone()}
           data-testid={p.testid.clone()} {onclick}
           aria-current={p.current.then_some("page")}>
            { p.children.clone() }
        </a>
    }
}
