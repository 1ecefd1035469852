//! The sign-in page.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::form::TextField;
use crate::components::{Alert, ErrorAlert, LangSwitch, Variant};
use crate::hooks::{use_auth, use_i18n};
use crate::services::ApiError;

#[function_component(Login)]
pub fn login() -> Html {
    let i18n = use_i18n();
    let auth = use_auth();
    let username = use_state(String::new);
    let password = use_state(String::new);
    let busy = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(|| false);

    use_effect_with(i18n.t("login-title"), |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{title} — Setka"));
        }
    });

    let onsubmit = {
        let (username, password, busy, error, missing) = (
            username.clone(),
            password.clone(),
            busy.clone(),
            error.clone(),
            missing.clone(),
        );
        let auth = auth.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let (u, p) = (username.trim().to_owned(), (*password).clone());
            if u.is_empty() || p.is_empty() {
                missing.set(true);
                return;
            }
            missing.set(false);
            busy.set(true);
            let (auth, busy, error) = (auth.clone(), busy.clone(), error.clone());
            spawn_local(async move {
                match auth.api.login(u, p).await {
                    Ok(me) => auth.signed_in(me),
                    Err(e) => {
                        error.set(Some(e));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let set = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v: String| h.set(v))
    };

    html! {
        <div class="setka-login">
            <div class="pf-v6-c-login">
                <div class="pf-v6-c-login__container">
                    <header class="pf-v6-c-login__header setka-login__header">
                        <div class="setka-brand setka-brand--large">
                            <span class="setka-brand__mark" aria-hidden="true">{ crate::components::layout::brand_mark() }</span>
                            <span class="setka-brand__name">{ i18n.t("app-name") }</span>
                        </div>
                        <p class="setka-login__tagline">{ i18n.t("app-tagline") }</p>
                    </header>
                    <main class="pf-v6-c-login__main">
                        <div class="pf-v6-c-login__main-header">
                            <h1 class="pf-v6-c-title pf-m-3xl">{ i18n.t("login-title") }</h1>
                            <div class="pf-v6-c-login__main-header-utilities"><LangSwitch /></div>
                            <p class="pf-v6-c-login__main-header-desc">{ i18n.t("login-subtitle") }</p>
                        </div>
                        <div class="pf-v6-c-login__main-body">
                            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="login-form">
                                if let Some(err) = &*error {
                                    <ErrorAlert error={err.clone()} />
                                }
                                if *missing {
                                    <Alert variant={Variant::Warning} inline=true title={i18n.t("login-required")} />
                                }
                                <TextField id="login-username" label={i18n.t("login-username")}
                                           value={(*username).clone()} oninput={set(&username)}
                                           required=true autocomplete="username" />
                                <TextField id="login-password" label={i18n.t("login-password")}
                                           value={(*password).clone()} oninput={set(&password)}
                                           required=true input_type="password" autocomplete="current-password" />
                                <div class="pf-v6-c-form__group pf-m-action">
                                    <button type="submit" id="login-submit" disabled={*busy}
                                            class={classes!("pf-v6-c-button", "pf-m-block", "pf-m-primary", busy.then_some("pf-m-in-progress"))}>
                                        <span class="pf-v6-c-button__text">
                                            { if *busy { i18n.t("login-submitting") } else { i18n.t("login-submit") } }
                                        </span>
                                    </button>
                                </div>
                            </form>
                        </div>
                        <div class="pf-v6-c-login__main-footer">
                            <p class="pf-v6-c-login__main-footer-band setka-muted">{ i18n.t("login-footer") }</p>
                        </div>
                    </main>
                </div>
            </div>
        </div>
    }
}
