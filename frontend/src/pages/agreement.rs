//! `/agreements/{id}`: an agreement's details, its content in the five sections of
//! art. 15, the grade mappings, the content hash with every party's signature, the
//! versions, and the steps of its lifecycle for those who may take them.

use uuid::Uuid;
use wire::agreement::{Agreement, AgreementStatus};
use wire::document::OwnerKind;
use wire::network::Network;
use wire::programme::Programme;
use wire::{ErrorCode, Page, routes};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::agreement::actions::AgreementActions;
use crate::components::agreement::content::{AgreementContentView, GradeMappings};
use crate::components::agreement::model::{problem_keys, status_color};
use crate::components::agreement::signatures::SignaturesPanel;
use crate::components::agreement::versions::{VersionsSection, version_name};
use crate::components::agreement::{participant_names, title};
use crate::components::documents::DocumentsSection;
use crate::components::network_orgs::org_name;
use crate::components::{Alert, AppLink, ErrorAlert, Label, Loading, PageHeader, Variant};
use crate::hooks::{DocumentsOf, Loadable, use_auth, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::pages::organization::Notice;
use crate::services::{ApiError, with_query};

#[derive(Properties, PartialEq)]
pub struct AgreementPageProps {
    pub id: Uuid,
}

#[function_component(AgreementPage)]
pub fn agreement_page(p: &AgreementPageProps) -> Html {
    let fetch = use_fetch::<Agreement>(Some(routes::agreement(p.id)));
    let net_id = fetch.state.ready().map(|a| a.network_id);
    let network = use_fetch::<Network>(net_id.map(routes::network));
    let programmes = use_fetch::<Page<Programme>>(net_id.map(|n| {
        with_query(
            &routes::network_programmes(n),
            &[("limit", wire::page::MAX_LIMIT)],
        )
    }));
    match (&fetch.state, &network.state) {
        (Loadable::Failed(ApiError::NotFound(_)), _) => html! { <NotFound /> },
        (Loadable::Failed(e), _) | (_, Loadable::Failed(e)) => html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        },
        (Loadable::Ready(a), Loadable::Ready(n)) => {
            let programmes = programmes
                .state
                .ready()
                .map(|page| page.items.clone())
                .unwrap_or_default();
            html! {
                <AgreementView agreement={(**a).clone()} network={(**n).clone()} {programmes}
                               reload={fetch.reload.clone()} />
            }
        }
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    agreement: Agreement,
    network: Network,
    programmes: Vec<Programme>,
    reload: Callback<()>,
}

#[function_component(AgreementView)]
fn agreement_view(p: &ViewProps) -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let query_notice = use_location()
        .and_then(|l| l.query::<Notice>().ok())
        .and_then(|n| n.notice);
    // Each step answers with the agreement: show that until the next load.
    let current = use_state(|| p.agreement.clone());
    let notice = use_state(|| query_notice);
    let error = use_state(|| None::<ApiError>);
    {
        let (current, error) = (current.clone(), error.clone());
        use_effect_with(p.agreement.clone(), move |a| {
            current.set(a.clone());
            error.set(None);
        });
    }
    let a = &*current;
    let n = &p.network;
    let manage = perms.manage_agreement(a, n);
    let signs_for = perms.signs_for(a, n);

    let on_changed = {
        let (current, notice, error) = (current.clone(), notice.clone(), error.clone());
        Callback::from(move |(a, key): (Agreement, &'static str)| {
            error.set(None);
            notice.set(Some(key.to_owned()));
            current.set(a);
        })
    };
    let on_error = {
        let (error, notice) = (error.clone(), notice.clone());
        Callback::from(move |e: ApiError| {
            notice.set(None);
            error.set(Some(e));
        })
    };
    let on_signed = {
        let on_changed = on_changed.clone();
        Callback::from(move |a: Agreement| on_changed.emit((a, "signed")))
    };

    let breadcrumb = html! {
        <AppLink to={Route::Network { id: n.id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ n.name.clone() }
        </AppLink>
    };
    let actions = html! {
        <AgreementActions agreement={a.clone()} {manage} {on_changed} {on_error} />
    };
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
    let c = &a.content;
    let number = if c.number.trim().is_empty() {
        i18n.t("common-not-set")
    } else {
        c.number.clone()
    };
    let participants = Some(participant_names(n, a))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "—".to_owned());
    let notice_text = (*notice).as_deref().map(|key| match key {
        "created" => i18n.t("agr-notice-created"),
        "saved" => i18n.t("agr-notice-saved"),
        "submitted" => i18n.t("agr-notice-submitted"),
        "signed" if a.status == AgreementStatus::Active => i18n.t("agr-notice-signed-active"),
        "signed" => i18n.t("agr-notice-signed"),
        "returned" => i18n.t("agr-notice-returned"),
        "terminated" => i18n.t("agr-notice-terminated"),
        _ => i18n.t("agr-notice-saved"),
    });
    let problems = problem_keys(a);
    let waiting_start =
        a.status == AgreementStatus::AwaitingSignatures && a.awaiting_signature_of.is_empty();

    html! {
        <>
            <PageHeader title={title(&i18n, a)} subtitle={i18n.agr_kind(c.kind)} {breadcrumb} {actions}>
                <div class="setka-labels setka-header-labels">
                    <span data-testid="agr-status" data-status={crate::i18n::enums::wire_name(&a.status)}>
                        <Label text={i18n.agr_status(a.status)} color={status_color(a.status)} />
                    </span>
                    <Label text={version_name(&i18n, a)} color="pf-m-purple" />
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">
                    if let Some(text) = notice_text {
                        <Alert variant={Variant::Success} inline=true testid="agr-notice" title={text} />
                    }
                    if let Some(e) = &*error {
                        <ActionError error={e.clone()} problems={problems.clone()} reload={p.reload.clone()} />
                    }
                    if waiting_start {
                        <Alert variant={Variant::Info} inline=true testid="agr-waiting-start"
                               title={i18n.t1("agr-waiting-start", "date", i18n.date(c.valid_from))} />
                    }
                    <div class="pf-v6-l-grid pf-m-gutter setka-agr-layout">
                        <div class="pf-v6-l-grid__item pf-m-12-col pf-m-7-col-on-xl setka-stack">
                            <div class="pf-v6-c-card setka-card">
                                <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("agr-details") }</h2></div>
                                <div class="pf-v6-c-card__body">
                                    <dl class="pf-v6-c-description-list pf-m-horizontal-on-md setka-dl" id="agr-details">
                                        { row(i18n.t("agr-number"), html! { number }, "agr-number") }
                                        { row(i18n.t("agr-date"), html! { i18n.date(c.date) }, "agr-date") }
                                        { row(i18n.t("agr-kind"), html! { i18n.agr_kind(c.kind) }, "agr-kind") }
                                        { row(i18n.t("agr-network"), html! { <AppLink to={Route::Network { id: n.id }}>{ &n.name }</AppLink> }, "agr-network") }
                                        { row(i18n.t("agr-base"), html! {
                                            <AppLink to={Route::Organization { id: c.base_organization_id }}>{ org_name(n, c.base_organization_id) }</AppLink>
                                        }, "agr-base") }
                                        { row(i18n.t("agr-participants"), html! { participants }, "agr-participants") }
                                        { row(i18n.t("agr-term"), html! { i18n.period(c.valid_from, Some(c.valid_to)) }, "agr-term-row") }
                                        { row(i18n.t("agr-status"), html! { i18n.agr_status(a.status) }, "agr-status-text") }
                                        if let Some(on) = a.terminated_on {
                                            { row(i18n.t("agr-terminated"), html! {
                                                { format!("{} — {}", i18n.date(on), a.termination_reason.clone().unwrap_or_default()) }
                                            }, "agr-terminated") }
                                        }
                                        { row(i18n.t("agr-updated"), html! {
                                            { format!("{} · {}", i18n.date_time(a.updated_at), i18n.t1("org-version", "version", i64::from(a.version))) }
                                        }, "agr-updated") }
                                    </dl>
                                </div>
                            </div>
                            if manage && a.status == AgreementStatus::Draft {
                                <Readiness problems={problems.clone()} />
                            }
                            <AgreementContentView agreement={a.clone()} network={n.clone()} programmes={p.programmes.clone()} />
                            <GradeMappings mappings={c.grade_mappings.clone()} />
                        </div>
                        <div class="pf-v6-l-grid__item pf-m-12-col pf-m-5-col-on-xl setka-stack">
                            <SignaturesPanel agreement={a.clone()} network={n.clone()} {signs_for} {on_signed} />
                            <VersionsSection agreement={a.clone()} />
                        </div>
                    </div>
                    <DocumentsSection owner={OwnerKind::Agreement} owner_id={a.id}
                                      can_attach={perms.attach_documents(DocumentsOf::Agreement(a, n))} />
                </div>
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ReadinessProps {
    problems: Vec<String>,
}

/// What the law still requires before the draft can go for signature (the same check
/// the server makes on «Отправить на подпись»).
#[function_component(Readiness)]
fn readiness(p: &ReadinessProps) -> Html {
    let i18n = use_i18n();
    if p.problems.is_empty() {
        return html! {
            <Alert variant={Variant::Success} inline=true testid="agr-ready" title={i18n.t("agr-ready")} />
        };
    }
    html! {
        <Alert variant={Variant::Warning} inline=true testid="agr-not-ready" title={i18n.t("agr-not-ready")}>
            <ul class="setka-list">{ for p.problems.iter().map(|k| html! { <li>{ i18n.t(k) }</li> }) }</ul>
        </Alert>
    }
}

#[derive(Properties, PartialEq)]
struct ActionErrorProps {
    error: ApiError,
    problems: Vec<String>,
    reload: Callback<()>,
}

/// A refused step: a stale record offers a reload; an incomplete draft lists in words
/// what is missing instead of the field names the server puts in its message.
#[function_component(ActionError)]
fn action_error(p: &ActionErrorProps) -> Html {
    let i18n = use_i18n();
    let e = &p.error;
    if e.is_stale() {
        return html! {
            <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")} testid="stale-alert"
                   actions={html! {
                       <button type="button" id="agr-reload" class="pf-v6-c-button pf-m-link pf-m-inline"
                               onclick={p.reload.reform(|_| ())}>{ i18n.t("error-stale-reload") }</button>
                   }}>
                <p>{ i18n.t("error-stale-body") }</p>
            </Alert>
        };
    }
    match e.problem() {
        Some(pr) if pr.code == ErrorCode::AgreementIncomplete && !p.problems.is_empty() => html! {
            <div data-testid="agr-rule-error" data-code={pr.code.as_str()}>
                <Alert variant={Variant::Danger} inline=true title={pr.title.clone()}>
                    <p>{ i18n.t("agr-incomplete-intro") }</p>
                    <ul class="setka-list">{ for p.problems.iter().map(|k| html! { <li>{ i18n.t(k) }</li> }) }</ul>
                </Alert>
            </div>
        },
        _ => html! {
            <div data-testid="agr-rule-error" data-code={e.code().map(|c| c.as_str())}>
                <ErrorAlert error={e.clone()} />
            </div>
        },
    }
}
