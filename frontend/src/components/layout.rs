//! The signed-in frame: masthead (brand, language, user menu), role-aware sidebar
//! navigation, and the main area.

use wire::routes;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, LangSwitch, UserMenu};
use crate::hooks::{use_auth, use_i18n};

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

struct NavItem {
    to: Route,
    label: String,
    testid: &'static str,
    current: bool,
}

#[function_component(Layout)]
pub fn layout(p: &LayoutProps) -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let route = use_route::<Route>();
    let sidebar_open = use_state(|| true);
    let perms = auth.perms();

    let own = perms.own_school();
    let mut items = Vec::new();
    if perms.list_organizations() {
        let current = matches!(
            route,
            Some(
                Route::Organizations
                    | Route::NewOrganization
                    | Route::Organization { .. }
                    | Route::EditOrganization { .. }
                    | Route::OrganizationCalendar { .. }
            )
        );
        items.push(NavItem {
            to: Route::Organizations,
            label: i18n.t("nav-organizations"),
            testid: "nav-organizations",
            current,
        });
    }
    if perms.teaches() {
        items.push(NavItem {
            to: Route::MyGroups,
            label: i18n.t("nav-my-groups"),
            testid: "nav-my-groups",
            current: matches!(route, Some(Route::MyGroups | Route::Register { .. })),
        });
    }
    if let Some(id) = own {
        let profile = matches!(route, Some(Route::Organization { id: r } | Route::EditOrganization { id: r } | Route::OrganizationCalendar { id: r }) if r == id);
        let desk = perms.school_desk() == Some(id);
        items.push(NavItem {
            to: if desk {
                Route::MySchool
            } else {
                Route::Organization { id }
            },
            label: i18n.t("nav-my-school"),
            testid: "nav-my-school",
            current: profile || (desk && route == Some(Route::MySchool)),
        });
        if desk {
            items.push(NavItem {
                to: Route::Students { id },
                label: i18n.t("nav-students"),
                testid: "nav-students",
                current: matches!(route, Some(Route::Students { .. } | Route::Student { .. })),
            });
        }
    }
    // Every role may belong to networks.
    items.push(NavItem {
        to: Route::Networks,
        label: i18n.t("nav-networks"),
        testid: "nav-networks",
        current: matches!(
            route,
            Some(
                Route::Networks
                    | Route::NewNetwork
                    | Route::Network { .. }
                    | Route::EditNetwork { .. }
                    | Route::NetworkCalendars { .. }
                    | Route::NetworkTimetable { .. }
                    | Route::NewGroup { .. }
                    | Route::Group { .. }
                    | Route::EditGroup { .. }
                    | Route::NewProgramme { .. }
                    | Route::Programme { .. }
                    | Route::EditProgramme { .. }
                    | Route::NewAgreement { .. }
                    | Route::Agreement { .. }
                    | Route::EditAgreement { .. }
            )
        ),
    });
    if perms.users() {
        items.push(NavItem {
            to: Route::Users,
            label: i18n.t("nav-users"),
            testid: "nav-users",
            current: route == Some(Route::Users),
        });
    }
    if perms.audit() {
        items.push(NavItem {
            to: Route::Audit,
            label: i18n.t("nav-audit"),
            testid: "nav-audit",
            current: route == Some(Route::Audit),
        });
    }

    let toggle = {
        let s = sidebar_open.clone();
        Callback::from(move |_| s.set(!*s))
    };
    let sidebar_class = classes!(
        "pf-v6-c-page__sidebar",
        if *sidebar_open {
            "pf-m-expanded"
        } else {
            "pf-m-collapsed"
        }
    );

    html! {
        <div class="pf-v6-c-page">
            <header class="pf-v6-c-masthead setka-masthead">
                <div class="pf-v6-c-masthead__main">
                    <span class="pf-v6-c-masthead__toggle">
                        <button type="button" class="pf-v6-c-button pf-m-plain" onclick={toggle}
                                aria-label={i18n.t("nav-toggle")} aria-expanded={sidebar_open.to_string()}>
                            <span class="pf-v6-c-button__icon"><i class="fas fa-bars" aria-hidden="true"></i></span>
                        </button>
                    </span>
                    <div class="pf-v6-c-masthead__brand">
                        <AppLink to={Route::Home} class={classes!("pf-v6-c-masthead__logo", "setka-brand")}>
                            <span class="setka-brand__mark" aria-hidden="true">{ brand_mark() }</span>
                            <span class="setka-brand__name">{ i18n.t("app-name") }</span>
                        </AppLink>
                    </div>
                </div>
                <div class="pf-v6-c-masthead__content">
                    <div class="pf-v6-c-toolbar pf-m-static">
                        <div class="pf-v6-c-toolbar__content">
                            <div class="pf-v6-c-toolbar__content-section">
                                <div class="pf-v6-c-toolbar__group pf-m-align-end">
                                    <div class="pf-v6-c-toolbar__item"><LangSwitch /></div>
                                    <div class="pf-v6-c-toolbar__item"><UserMenu /></div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </header>
            <div class={sidebar_class}>
                <div class="pf-v6-c-page__sidebar-main">
                    <div class="pf-v6-c-page__sidebar-body">
                        <nav class="pf-v6-c-nav" aria-label={i18n.t("nav-label")}>
                            <ul class="pf-v6-c-nav__list" role="list">
                                { for items.into_iter().map(|it| html! {
                                    <li class="pf-v6-c-nav__item">
                                        <AppLink to={it.to} testid={it.testid} current={it.current}
                                                 class={classes!("pf-v6-c-nav__link", it.current.then_some("pf-m-current"))}>
                                            <span class="pf-v6-c-nav__link-text">{ it.label }</span>
                                        </AppLink>
                                    </li>
                                }) }
                                <li class="pf-v6-c-nav__item">
                                    <a class="pf-v6-c-nav__link" href={routes::DOCS} target="_blank"
                                       rel="noopener" data-testid="nav-api-docs">
                                        <span class="pf-v6-c-nav__link-text">{ i18n.t("nav-api-docs") }</span>
                                        <span class="pf-v6-c-nav__link-icon"><i class="fas fa-external-link-alt" aria-hidden="true"></i></span>
                                    </a>
                                </li>
                            </ul>
                        </nav>
                    </div>
                </div>
            </div>
            <div class="pf-v6-c-page__main-container">
                <main class="pf-v6-c-page__main" tabindex="-1" id="main">
                    { p.children.clone() }
                </main>
            </div>
        </div>
    }
}

/// The logo: a grid («сетка»), drawn inline so it needs no extra request.
pub fn brand_mark() -> Html {
    html! {
        <svg viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg" focusable="false">
            <rect width="32" height="32" rx="7" fill="#0066cc" />
            <path d="M11 6v20M21 6v20M6 11h20M6 21h20" stroke="#fff" stroke-width="3" stroke-linecap="round" fill="none" />
        </svg>
    }
}
