//! «Документы» of a network, programme or agreement: the list with download (and, for
//! PDF and images, opening in a new tab), upload for those who may attach, deletion.
//!
//! Bytes are fetched with the access token (it lives only in memory, so a plain link
//! would not be signed in) and handed to the browser as an object URL.

mod format;
mod upload;

use gloo_net::http::Method;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use wire::document::{Document, OwnerKind};
use wire::{Page, routes};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::{Alert, EmptyState, ErrorAlert, Loading, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::services::{ApiError, if_match};
use upload::UploadForm;

#[derive(Properties, PartialEq)]
pub struct DocumentsProps {
    pub owner: OwnerKind,
    pub owner_id: Uuid,
    /// Whether the user may upload and delete (decided by `domain::access`).
    pub can_attach: bool,
}

/// What happens to a fetched document.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    Save,
    Open,
}

/// Hands the bytes to the browser: saved under the document's name, or opened in the
/// tab opened for it (opened at the click, so no pop-up blocker intervenes).
pub(crate) fn hand_over(
    blob: &web_sys::Blob,
    name: &str,
    tab: Option<web_sys::Window>,
) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    match tab {
        Some(tab) => tab.location().set_href(&url).ok()?,
        None => {
            let doc = web_sys::window()?.document()?;
            let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    // The browser has what it needs once the download or the tab started.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}

#[function_component(DocumentsSection)]
pub fn documents_section(p: &DocumentsProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let path = routes::owner_documents(p.owner, p.owner_id);
    let fetch = use_fetch::<Page<Document>>(Some(format!("{path}?limit=200")));
    let error = use_state(|| None::<ApiError>);
    let notice = use_state(|| None::<String>);
    let adding = use_state(|| false);

    let fetch_bytes = {
        let (api, error) = (api.clone(), error.clone());
        move |d: &Document, how: Use| {
            let (api, error, d) = (api.clone(), error.clone(), d.clone());
            Callback::from(move |_: MouseEvent| {
                let tab = match how {
                    Use::Open => web_sys::window()
                        .and_then(|w| w.open_with_url_and_target("", "_blank").ok().flatten()),
                    Use::Save => None,
                };
                let (api, error, d) = (api.clone(), error.clone(), d.clone());
                spawn_local(async move {
                    match api.blob(&d.content_url).await {
                        Ok(blob) => {
                            hand_over(&blob, &d.filename, tab);
                        }
                        Err(e) => {
                            if let Some(t) = tab {
                                let _ = t.close();
                            }
                            error.set(Some(e));
                        }
                    }
                });
            })
        }
    };
    let delete = {
        let (api, error, notice, reload, i18n) = (
            api.clone(),
            error.clone(),
            notice.clone(),
            fetch.reload.clone(),
            i18n.clone(),
        );
        move |d: &Document| {
            let (api, error, notice, reload, i18n, d) = (
                api.clone(),
                error.clone(),
                notice.clone(),
                reload.clone(),
                i18n.clone(),
                d.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                let question = i18n.t1("doc-delete-confirm", "title", d.title.clone());
                let confirmed = web_sys::window()
                    .and_then(|w| w.confirm_with_message(&question).ok())
                    .unwrap_or(false);
                if !confirmed {
                    return;
                }
                let (api, error, notice, reload, i18n, d) = (
                    api.clone(),
                    error.clone(),
                    notice.clone(),
                    reload.clone(),
                    i18n.clone(),
                    d.clone(),
                );
                spawn_local(async move {
                    let path = routes::document(d.id);
                    match api
                        .call(Method::DELETE, &path, &[if_match(d.version)])
                        .await
                    {
                        Ok(()) => {
                            error.set(None);
                            notice.set(Some(i18n.t1("doc-deleted", "title", d.title.clone())));
                            reload.emit(());
                        }
                        Err(e) => error.set(Some(e)),
                    }
                });
            })
        }
    };
    let on_uploaded = {
        let (notice, error, reload, adding, i18n) = (
            notice.clone(),
            error.clone(),
            fetch.reload.clone(),
            adding.clone(),
            i18n.clone(),
        );
        Callback::from(move |d: Document| {
            error.set(None);
            adding.set(false);
            notice.set(Some(i18n.t1("doc-uploaded", "title", d.title)));
            reload.emit(());
        })
    };

    let row = |d: &Document| {
        let viewable = format::viewable(&d.content_type);
        let when = i18n.date_time(d.uploaded_at);
        html! {
            <tr key={d.id.to_string()} data-testid="document-row">
                <td class="pf-v6-c-table__td">
                    <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline setka-doc-title"
                            data-testid="document-download" onclick={fetch_bytes(d, Use::Save)}>
                        <i class="fas fa-file-alt" aria-hidden="true"></i>{" "}{ d.title.clone() }
                    </button>
                </td>
                <td class="pf-v6-c-table__td">{ i18n.doc_kind(d.kind) }</td>
                <td class="pf-v6-c-table__td">
                    <div class="setka-doc-file">{ d.filename.clone() }</div>
                    <div class="setka-muted setka-small">{ format::size(d.size_bytes, i18n.lang()) }</div>
                </td>
                <td class="pf-v6-c-table__td setka-small">
                    { i18n.ta("doc-by", &[("name", d.uploaded_by_name.clone().into()), ("when", when.into())]) }
                </td>
                <td class="pf-v6-c-table__td setka-doc-actions">
                    if viewable {
                        <button type="button" class="pf-v6-c-button pf-m-plain" data-testid="document-open"
                                title={i18n.t("doc-open")} aria-label={i18n.t("doc-open")}
                                onclick={fetch_bytes(d, Use::Open)}>
                            <i class="fas fa-external-link-alt" aria-hidden="true"></i>
                        </button>
                    }
                    <button type="button" class="pf-v6-c-button pf-m-plain"
                            title={i18n.t("doc-download")} aria-label={i18n.t("doc-download")}
                            onclick={fetch_bytes(d, Use::Save)}>
                        <i class="fas fa-download" aria-hidden="true"></i>
                    </button>
                    if p.can_attach {
                        <button type="button" class="pf-v6-c-button pf-m-plain pf-m-danger" data-testid="document-delete"
                                title={i18n.t("common-delete")} aria-label={i18n.t("common-delete")}
                                onclick={delete(d)}>
                            <i class="fas fa-trash" aria-hidden="true"></i>
                        </button>
                    }
                </td>
            </tr>
        }
    };
    let body = match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(page) if page.items.is_empty() => html! {
            <EmptyState title={i18n.t("doc-empty")} body={i18n.t("doc-hint")} icon="fas fa-folder-open" />
        },
        Loadable::Ready(page) => html! {
            <table class="pf-v6-c-table pf-m-compact setka-table" data-testid="documents-table">
                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                    <th class="pf-v6-c-table__th">{ i18n.t("doc-col-title") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("doc-col-kind") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("doc-col-file") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("doc-col-uploaded") }</th>
                    <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("common-actions") }</span></th>
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">{ for page.items.iter().map(row) }</tbody>
            </table>
        },
    };
    let open_form = {
        let (adding, notice) = (adding.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            notice.set(None);
            adding.set(true);
        })
    };
    let close_form = {
        let adding = adding.clone();
        Callback::from(move |_| adding.set(false))
    };
    html! {
        <div class="pf-v6-c-card setka-card" id={format!("documents-{}", p.owner.as_str())} data-testid="documents">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__title">
                    <h2 class="pf-v6-c-card__title-text">{ i18n.t("doc-title") }</h2>
                </div>
                if p.can_attach && !*adding {
                    <div class="pf-v6-c-card__actions">
                        <button type="button" class="pf-v6-c-button pf-m-secondary" data-testid="document-add"
                                onclick={open_form}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-upload" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("doc-add") }</span>
                        </button>
                    </div>
                }
            </div>
            <div class="pf-v6-c-card__body setka-stack">
                if let Some(text) = &*notice {
                    <Alert variant={Variant::Success} inline=true title={text.clone()} testid="document-notice" />
                }
                if let Some(e) = &*error {
                    <ErrorAlert error={e.clone()} />
                }
                if p.can_attach && *adding {
                    <UploadForm path={path.clone()} on_uploaded={on_uploaded} on_cancel={close_form} />
                }
                { body }
            </div>
        </div>
    }
}
