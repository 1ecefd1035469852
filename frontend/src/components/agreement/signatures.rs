//! «Подписи сторон»: the content hash each party signs, every party with its signature or
//! «ожидается подпись», and «Подписать за …» for the administration of a party that has
//! not signed this text yet. The confirmation shows the hash and posts exactly that hash.

use gloo_net::http::Method;
use uuid::Uuid;
use web_sys::HtmlInputElement;
use wire::agreement::{Agreement, AgreementStatus, Signature};
use wire::network::Network;
use wire::routes;
use yew::prelude::*;

use super::model::{fingerprint, grouped, hash_verified, may_sign};
use crate::components::modal::Modal;
use crate::components::network_orgs::org_name;
use crate::components::{ErrorAlert, Label};
use crate::hooks::{I18n, use_i18n, use_submit};
use crate::services::SaveTo;

#[derive(Properties, PartialEq)]
pub struct SignaturesProps {
    pub agreement: Agreement,
    pub network: Network,
    /// The organization the user signs for, if the user is a party's administration.
    pub signs_for: Option<Uuid>,
    pub on_signed: Callback<Agreement>,
}

/// The hash as people compare it: the fingerprint large, the whole hash below it, and
/// whether the browser computed the same hash from the text on the screen.
#[derive(Properties, PartialEq)]
pub struct HashProps {
    pub agreement: Agreement,
    pub testid: AttrValue,
}

#[function_component(ContentHash)]
pub fn content_hash(p: &HashProps) -> Html {
    let i18n = use_i18n();
    let a = &p.agreement;
    let verified = hash_verified(a);
    html! {
        <div class="setka-hash" data-testid={p.testid.clone()} data-hash={a.content_hash.clone()}>
            <div class="setka-hash__label">{ i18n.t("agr-hash-label") }</div>
            <div class="setka-hash__fingerprint setka-mono" data-testid="hash-fingerprint">{ fingerprint(&a.content_hash) }</div>
            <div class="setka-hash__full setka-mono" data-testid="hash-full">{ grouped(&a.content_hash) }</div>
            if verified {
                <div class="setka-hash__check setka-hash__check--ok" data-testid="hash-verified">
                    <i class="fas fa-check-circle" aria-hidden="true"></i>{" "}{ i18n.t("agr-hash-verified") }
                </div>
            } else {
                <div class="setka-hash__check setka-hash__check--bad" data-testid="hash-mismatch">
                    <i class="fas fa-exclamation-triangle" aria-hidden="true"></i>{" "}{ i18n.t("agr-hash-mismatch") }
                </div>
            }
        </div>
    }
}

/// The signature of `org` that counts: one of the current text first, else the latest.
fn signature_of(a: &Agreement, org: Uuid) -> Option<&Signature> {
    let mut mine = a.signatures.iter().filter(|s| s.organization_id == org);
    mine.clone()
        .rfind(|s| s.current)
        .or_else(|| mine.next_back())
}

fn parties(a: &Agreement) -> Vec<Uuid> {
    let mut out = vec![a.content.base_organization_id];
    for p in &a.content.participant_ids {
        if !out.contains(p) {
            out.push(*p);
        }
    }
    out
}

fn pending_text(i18n: &I18n, a: &Agreement) -> String {
    match a.status {
        AgreementStatus::Draft => i18n.t("agr-sign-after-submit"),
        AgreementStatus::AwaitingSignatures => i18n.t("agr-sign-awaited"),
        _ => i18n.t("agr-sign-none"),
    }
}

#[function_component(SignaturesPanel)]
pub fn signatures_panel(p: &SignaturesProps) -> Html {
    let i18n = use_i18n();
    let confirming = use_state(|| None::<Uuid>);
    let (a, n) = (&p.agreement, &p.network);
    let all = parties(a);
    let signed = all
        .iter()
        .filter(|o| signature_of(a, **o).is_some_and(|s| s.current))
        .count();

    let party = |org: Uuid| {
        let sig = signature_of(a, org);
        let role = if org == a.content.base_organization_id {
            i18n.t("agr-base")
        } else {
            i18n.t("agr-participant")
        };
        let can_sign = p.signs_for == Some(org) && may_sign(a, org);
        let open = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(Some(org)))
        };
        let name = org_name(n, org);
        html! {
            <li class="setka-sig" data-testid="signature" data-org={org.to_string()}
                data-signed={sig.is_some_and(|s| s.current).to_string()} key={org.to_string()}>
                <div class="setka-sig__head">
                    <span class="setka-strong">{ name.clone() }</span>
                    <span class="setka-muted setka-small">{ role }</span>
                </div>
                { match sig {
                    Some(s) => html! {
                        <div class="setka-sig__body">
                            <div><i class="fas fa-signature setka-sig__icon" aria-hidden="true"></i>{ &s.signer_name }</div>
                            <div class="setka-muted setka-small">{ i18n.t1("agr-signed-at", "at", i18n.date_time(s.signed_at)) }</div>
                            <div class="setka-small">
                                { i18n.t("agr-signed-hash") }{" "}
                                <span class="setka-mono" data-testid="signed-hash">{ fingerprint(&s.content_hash) }</span>
                            </div>
                            if s.current {
                                <Label text={i18n.t("agr-signed-current")} color="pf-m-green" />
                            } else {
                                <Label text={i18n.t("agr-signed-old")} color="pf-m-orange" />
                            }
                        </div>
                    },
                    None => html! {
                        <div class="setka-sig__body setka-muted" data-testid="signature-pending">
                            <i class="fas fa-hourglass-half setka-sig__icon" aria-hidden="true"></i>{ pending_text(&i18n, a) }
                        </div>
                    },
                } }
                if can_sign {
                    <button type="button" class="pf-v6-c-button pf-m-primary setka-sig__button" id="agr-sign"
                            data-testid="sign-button" onclick={open}>
                        <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-file-signature" aria-hidden="true"></i></span>
                        <span class="pf-v6-c-button__text">{ i18n.t1("agr-sign-for", "org", name) }</span>
                    </button>
                }
            </li>
        }
    };
    let on_close = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(None))
    };
    let on_signed = {
        let (confirming, cb) = (confirming.clone(), p.on_signed.clone());
        Callback::from(move |a: Agreement| {
            confirming.set(None);
            cb.emit(a);
        })
    };

    html! {
        <div class="pf-v6-c-card setka-card" id="agr-signatures">
            <div class="pf-v6-c-card__title">
                <h2 class="pf-v6-c-card__title-text">
                    { i18n.t("agr-signatures-title") }
                    <span class="setka-muted setka-count" data-testid="signed-count">
                        { i18n.ta("agr-signed-count", &[("signed", (signed as i64).into()), ("count", (all.len() as i64).into())]) }
                    </span>
                </h2>
            </div>
            <div class="pf-v6-c-card__body setka-stack setka-stack--tight">
                <ContentHash agreement={a.clone()} testid="agr-hash" />
                <ul class="setka-sigs">{ for all.iter().map(|o| party(*o)) }</ul>
            </div>
            if let Some(org) = *confirming {
                <SignConfirm agreement={a.clone()} org={org} org_name={org_name(n, org)} {on_close} {on_signed} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ConfirmProps {
    agreement: Agreement,
    org: Uuid,
    org_name: String,
    on_close: Callback<()>,
    on_signed: Callback<Agreement>,
}

#[function_component(SignConfirm)]
fn sign_confirm(p: &ConfirmProps) -> Html {
    let i18n = use_i18n();
    let read = use_state(|| false);
    let submit = use_submit();
    // The hash on the screen when the dialog opened: exactly what is signed.
    let shown = use_memo((), {
        let hash = p.agreement.content_hash.clone();
        move |_| hash
    });
    let sign = {
        let (submit, cb, id, hash) = (
            submit.clone(),
            p.on_signed.clone(),
            p.agreement.id,
            (*shown).clone(),
        );
        let read = *read;
        Callback::from(move |_: MouseEvent| {
            if !read {
                return;
            }
            let to = SaveTo::Guarded {
                method: Method::POST,
                path: routes::agreement_action(id, "sign"),
                version: None,
            };
            let body = wire::agreement::SignRequest {
                content_hash: hash.clone(),
            };
            let cb = cb.clone();
            submit.save(to, body, move |a: Agreement, _| cb.emit(a));
        })
    };
    let on_read = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            read.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let busy = submit.busy();
    let footer = html! {
        <>
            <button type="button" id="agr-sign-confirm" class={classes!("pf-v6-c-button", "pf-m-primary", busy.then_some("pf-m-in-progress"))}
                    disabled={!*read || busy} onclick={sign}>
                { i18n.t("agr-sign-confirm") }
            </button>
            <button type="button" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_| ())}>{ i18n.t("common-cancel") }</button>
        </>
    };
    html! {
        <Modal id="agr-sign-modal" title={i18n.t1("agr-sign-title", "org", p.org_name.clone())} on_close={p.on_close.clone()} {footer}>
            <div class="setka-stack setka-stack--tight">
                if let Some(e) = submit.error() {
                    <ErrorAlert error={e} />
                }
                <p>{ i18n.ta("agr-sign-intro", &[
                    ("org", p.org_name.clone().into()),
                    ("number", p.agreement.content.number.clone().into()),
                    ("date", i18n.date(p.agreement.content.date).into()),
                ]) }</p>
                <ContentHash agreement={p.agreement.clone()} testid="sign-hash" />
                <p class="setka-muted setka-small">{ i18n.t("agr-sign-hash-hint") }</p>
                <div class="pf-v6-c-check">
                    <input class="pf-v6-c-check__input" type="checkbox" id="agr-sign-read" checked={*read} onchange={on_read} />
                    <label class="pf-v6-c-check__label" for="agr-sign-read">{ i18n.t1("agr-sign-read", "org", p.org_name.clone()) }</label>
                </div>
            </div>
        </Modal>
    }
}
