//! «Подписаться в календаре» and «Скачать .ics» for a group's (or a teacher's) sessions:
//! a subscription address for Яндекс Календарь, Google, Outlook or a phone — shown once,
//! with a copy button — the subscriptions made so far with a way to switch them off,
//! and the file itself.

use gloo_net::http::Method;
use uuid::Uuid;
use wire::group::{Feed, FeedInput};
use wire::{Page, routes};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::documents::hand_over;
use crate::components::modal::Modal;
use crate::components::{Alert, ErrorAlert, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n, use_submit};
use crate::services::{ApiError, SaveTo};

/// The feed's address as calendar apps need it: absolute (the server may give a path).
pub fn absolute_url(url: &str, origin: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") {
        url.to_owned()
    } else {
        format!(
            "{}/{}",
            origin.trim_end_matches('/'),
            url.trim_start_matches('/')
        )
    }
}

/// `webcal://…`: opens the calendar app of the device with the subscription.
pub fn webcal(url: &str) -> String {
    match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url.to_owned(),
    }
}

/// A file name for the download: the group's name without characters file systems refuse.
pub fn ics_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    format!("{}.ics", clean.trim().trim_end_matches('.'))
}

#[derive(Properties, PartialEq)]
pub struct FeedProps {
    #[prop_or_default]
    pub group_id: Option<Uuid>,
    #[prop_or_default]
    pub staff_id: Option<Uuid>,
    /// What the file is named after.
    pub name: String,
}

#[function_component(FeedButtons)]
pub fn feed_buttons(p: &FeedProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let open = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let download = {
        let (api, error, name, group, staff) = (
            api.clone(),
            error.clone(),
            p.name.clone(),
            p.group_id,
            p.staff_id,
        );
        Callback::from(move |_: MouseEvent| {
            let path = match (group, staff) {
                (Some(g), _) => routes::group_ics(g),
                (None, Some(s)) => routes::staff_ics(s),
                (None, None) => return,
            };
            let (api, error, name) = (api.clone(), error.clone(), name.clone());
            spawn_local(async move {
                match api.blob(&path).await {
                    Ok(blob) => {
                        error.set(None);
                        hand_over(&blob, &ics_name(&name), None);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let show = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_: ()| open.set(false))
    };
    html! {
        <>
            <button type="button" id="feed-open" class="pf-v6-c-button pf-m-secondary" onclick={show}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-calendar-plus" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("feed-subscribe") }</span>
            </button>
            <button type="button" id="ics-download" class="pf-v6-c-button pf-m-link" onclick={download}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-download" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("feed-download") }</span>
            </button>
            if let Some(e) = &*error {
                <div class="setka-feed-error"><ErrorAlert error={e.clone()} /></div>
            }
            if *open {
                <FeedDialog group_id={p.group_id} staff_id={p.staff_id} on_close={close} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct DialogProps {
    group_id: Option<Uuid>,
    staff_id: Option<Uuid>,
    on_close: Callback<()>,
}

#[function_component(FeedDialog)]
fn feed_dialog(p: &DialogProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let feeds = use_fetch::<Page<Feed>>(Some(routes::CALENDAR_FEEDS.to_owned()));
    let created = use_state(|| None::<String>);
    let copied = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    // Each press makes one more feed; a retry after a failed press is that same feed.
    let submit = use_submit();
    let create = {
        let (submit, created, error, reload, copied) = (
            submit.clone(),
            created.clone(),
            error.clone(),
            feeds.reload.clone(),
            copied.clone(),
        );
        let body = FeedInput {
            group_id: p.group_id,
            staff_id: p.staff_id,
        };
        let origin = origin.clone();
        Callback::from(move |_: MouseEvent| {
            let (created, error, reload, copied, origin) = (
                created.clone(),
                error.clone(),
                reload.clone(),
                copied.clone(),
                origin.clone(),
            );
            let to = SaveTo::Create(routes::CALENDAR_FEEDS.to_owned());
            submit.save(to, body.clone(), move |f: Feed, _| {
                error.set(None);
                copied.set(false);
                created.set(f.url.map(|u| absolute_url(&u, &origin)));
                reload.emit(());
            });
        })
    };
    let copy = {
        let (created, copied) = (created.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(url), Some(w)) = ((*created).clone(), web_sys::window()) else {
                return;
            };
            let copied = copied.clone();
            let promise = w.navigator().clipboard().write_text(&url);
            spawn_local(async move {
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                    copied.set(true);
                }
            });
        })
    };
    let revoke = |f: &Feed| {
        let (api, error, reload, id) = (api.clone(), error.clone(), feeds.reload.clone(), f.id);
        Callback::from(move |_: MouseEvent| {
            let (api, error, reload) = (api.clone(), error.clone(), reload.clone());
            spawn_local(async move {
                match api
                    .call(Method::DELETE, &routes::calendar_feed(id), &[])
                    .await
                {
                    Ok(()) => reload.emit(()),
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let mine: Vec<Feed> = feeds
        .state
        .ready()
        .map(|pg| {
            pg.items
                .iter()
                .filter(|f| f.group_id == p.group_id && f.staff_id == p.staff_id)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let footer = html! {
        <button type="button" class="pf-v6-c-button pf-m-primary" id="feed-create" onclick={create}
                disabled={submit.busy()}>
            { i18n.t(if created.is_some() { "feed-create-another" } else { "feed-create" }) }
        </button>
    };
    html! {
        <Modal id="feed-dialog" title={i18n.t("feed-title")} on_close={p.on_close.clone()} {footer}>
            <div class="setka-stack">
                <p>{ i18n.t("feed-intro") }</p>
                if let Some(e) = submit.error().or_else(|| (*error).clone()) {
                    <ErrorAlert error={e} />
                }
                if let Some(url) = &*created {
                    <div class="setka-feed-url" data-testid="feed-url-block">
                        <label class="pf-v6-c-form__label" for="feed-url"><span class="pf-v6-c-form__label-text">{ i18n.t("feed-url") }</span></label>
                        <div class="pf-v6-c-input-group">
                            <div class="pf-v6-c-input-group__item pf-m-fill">
                                <span class="pf-v6-c-form-control pf-m-readonly">
                                    <input id="feed-url" type="text" readonly=true value={url.clone()}
                                           onfocus={Callback::from(|e: FocusEvent| {
                                               if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() { i.select(); }
                                           })} />
                                </span>
                            </div>
                            <div class="pf-v6-c-input-group__item">
                                <button type="button" id="feed-copy" class="pf-v6-c-button pf-m-control" onclick={copy}>
                                    <span class="pf-v6-c-button__icon pf-m-start"><i class={if *copied { "fas fa-check" } else { "fas fa-copy" }} aria-hidden="true"></i></span>
                                    <span class="pf-v6-c-button__text">{ i18n.t(if *copied { "feed-copied" } else { "feed-copy" }) }</span>
                                </button>
                            </div>
                        </div>
                        <a class="setka-small" href={webcal(url)}>{ i18n.t("feed-open-app") }</a>
                        <Alert variant={Variant::Warning} inline=true title={i18n.t("feed-once")}>
                            <p>{ i18n.t("feed-once-body") }</p>
                        </Alert>
                    </div>
                }
                <div>
                    <h3 class="pf-v6-c-title pf-m-md">{ i18n.t("feed-existing") }</h3>
                    { match &feeds.state {
                        Loadable::Ready(_) if mine.is_empty() => html! { <p class="setka-muted">{ i18n.t("feed-none") }</p> },
                        Loadable::Ready(_) => html! {
                            <ul class="setka-feeds">
                                { for mine.iter().map(|f| html! {
                                    <li class="setka-feed" data-testid="feed-row">
                                        <span>
                                            { i18n.t1("feed-created-at", "when", i18n.date_time(f.created_at)) }
                                            <span class="setka-muted setka-small">{ format!(" · {}", match f.last_used_at {
                                                Some(t) => i18n.t1("feed-used-at", "when", i18n.date_time(t)),
                                                None => i18n.t("feed-never-used"),
                                            }) }</span>
                                        </span>
                                        <button type="button" class="pf-v6-c-button pf-m-link pf-m-danger pf-m-inline" data-testid="feed-revoke"
                                                onclick={revoke(f)}>{ i18n.t("feed-revoke") }</button>
                                    </li>
                                }) }
                            </ul>
                        },
                        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
                        Loadable::Loading => html! {},
                    } }
                </div>
            </div>
        </Modal>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_for_calendar_apps() {
        assert_eq!(
            absolute_url("/api/v1/feeds/abc.ics", "https://setka.example/"),
            "https://setka.example/api/v1/feeds/abc.ics"
        );
        assert_eq!(
            absolute_url("https://a.example/api/v1/feeds/x.ics", "http://127.0.0.1"),
            "https://a.example/api/v1/feeds/x.ics"
        );
        assert_eq!(
            webcal("https://a.example/f.ics"),
            "webcal://a.example/f.ics"
        );
        assert_eq!(
            ics_name("Робототехника: 7/8 кл."),
            "Робототехника_ 7_8 кл.ics"
        );
    }
}
