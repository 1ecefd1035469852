//! The user's name and role in the masthead, with «Выйти».

use yew::prelude::*;

use crate::hooks::{use_auth, use_i18n};

#[function_component(UserMenu)]
pub fn user_menu() -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let open = use_state(|| false);
    let Some(me) = auth.me().cloned() else {
        return html! {};
    };

    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let logout = {
        let auth = auth.clone();
        Callback::from(move |_| auth.logout())
    };
    let scope = me
        .organization_name
        .clone()
        .or(me.municipality_name.clone());
    html! {
        <div class="setka-user-menu">
            <button type="button" id="user-menu-toggle" data-testid="user-menu-toggle"
                    class={classes!("pf-v6-c-menu-toggle", "pf-m-plain", "setka-user-toggle", open.then_some("pf-m-expanded"))}
                    aria-expanded={open.to_string()} aria-label={i18n.t("user-menu")}
                    onclick={toggle}>
                <span class="pf-v6-c-menu-toggle__icon"><i class="fas fa-user-circle" aria-hidden="true"></i></span>
                <span class="pf-v6-c-menu-toggle__text">
                    <span class="setka-user-name" data-testid="user-name">{ &me.display_name }</span>
                    <span class="setka-user-role">{ i18n.role(me.role) }</span>
                </span>
                <span class="pf-v6-c-menu-toggle__controls">
                    <span class="pf-v6-c-menu-toggle__toggle-icon"><i class="fas fa-caret-down" aria-hidden="true"></i></span>
                </span>
            </button>
            if *open {
                <div class="setka-menu-backdrop" onclick={close}></div>
                <div class="pf-v6-c-menu setka-user-dropdown" role="menu">
                    <div class="pf-v6-c-menu__content">
                        <div class="setka-user-card">
                            <div class="setka-user-card__name">{ &me.display_name }</div>
                            <div class="setka-muted">{ format!("{} · {}", me.username, i18n.role(me.role)) }</div>
                            if let Some(scope) = scope {
                                <div class="setka-muted">{ scope }</div>
                            }
                        </div>
                        <hr class="pf-v6-c-divider" />
                        <ul class="pf-v6-c-menu__list" role="none">
                            <li class="pf-v6-c-menu__list-item" role="none">
                                <button type="button" class="pf-v6-c-menu__item" role="menuitem"
                                        id="logout" data-testid="logout" onclick={logout}>
                                    <span class="pf-v6-c-menu__item-main">
                                        <span class="pf-v6-c-menu__item-icon"><i class="fas fa-sign-out-alt" aria-hidden="true"></i></span>
                                        <span class="pf-v6-c-menu__item-text">{ i18n.t("user-logout") }</span>
                                    </span>
                                </button>
                            </li>
                        </ul>
                    </div>
                </div>
            }
        </div>
    }
}
