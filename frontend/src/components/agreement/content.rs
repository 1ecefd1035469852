//! What an agreement says, in the five sections of 273-ФЗ art. 15 part 3, and its
//! grade-mapping rules as a table.

use wire::agreement::{Agreement, GradeMapping};
use wire::network::Network;
use wire::programme::Programme;
use yew::prelude::*;

use crate::app::Route;
use crate::components::AppLink;
use crate::components::network_orgs::org_name;
use crate::components::programmes::programme_name;
use crate::hooks::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct ContentProps {
    pub agreement: Agreement,
    pub network: Network,
    pub programmes: Vec<Programme>,
}

fn text(i18n: &I18n, s: &str, testid: &'static str) -> Html {
    if s.trim().is_empty() {
        html! { <p class="setka-muted" data-testid={testid}>{ i18n.t("common-not-set") }</p> }
    } else {
        html! { <p class="setka-pre" data-testid={testid}>{ s }</p> }
    }
}

fn section(number: u8, title: String, body: Html) -> Html {
    html! {
        <section class="setka-agr-section" id={format!("agr-section-{number}")}>
            <h3 class="pf-v6-c-title pf-m-md setka-agr-section__title">
                <span class="setka-agr-section__no">{ format!("{number}.") }</span>{ title }
            </h3>
            <div class="setka-agr-section__body">{ body }</div>
        </section>
    }
}

fn sub(title: String, body: Html) -> Html {
    html! {
        <div class="setka-agr-sub">
            <h4 class="setka-agr-sub__title">{ title }</h4>
            { body }
        </div>
    }
}

#[function_component(AgreementContentView)]
pub fn agreement_content_view(p: &ContentProps) -> Html {
    let i18n = use_i18n();
    let (a, n) = (&p.agreement, &p.network);
    let c = &a.content;

    let programmes = if c.programme_ids.is_empty() {
        html! { <p class="setka-muted">{ i18n.t("agr-no-programmes") }</p> }
    } else {
        html! {
            <ul class="setka-list" data-testid="agr-programmes">
                { for c.programme_ids.iter().map(|id| match p.programmes.iter().find(|pr| pr.id == *id) {
                    Some(pr) => html! {
                        <li key={id.to_string()}>
                            <AppLink to={Route::Programme { id: *id }}>{ programme_name(pr) }</AppLink>
                            <span class="setka-muted">{ format!(" · {} · {} · {}", pr.code, i18n.level(pr.level),
                                i18n.ta("prog-grades-value", &[("from", i64::from(pr.grade_from).into()), ("to", i64::from(pr.grade_to).into())])) }</span>
                        </li>
                    },
                    None => html! { <li key={id.to_string()} class="setka-muted">{ i18n.t("agr-programme-gone") }</li> },
                }) }
            </ul>
        }
    };
    let obligations = if c.obligations.is_empty() {
        html! { <p class="setka-muted">{ i18n.t("common-not-set") }</p> }
    } else {
        html! {
            <div class="setka-agr-parties" data-testid="agr-obligations">
                { for c.obligations.iter().map(|o| html! {
                    <div class="setka-agr-party" data-testid="agr-obligation">
                        <div class="setka-strong">{ org_name(n, o.organization.as_uuid()) }</div>
                        <p class="setka-pre">{ &o.duties }</p>
                        if !o.resources.is_empty() {
                            <table class="pf-v6-c-table pf-m-compact setka-table setka-inner-table">
                                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                                    <th class="pf-v6-c-table__th" scope="col">{ i18n.t("agr-resource-kind") }</th>
                                    <th class="pf-v6-c-table__th" scope="col">{ i18n.t("agr-resource-volume") }</th>
                                </tr></thead>
                                <tbody class="pf-v6-c-table__tbody">
                                    { for o.resources.iter().map(|r| html! {
                                        <tr class="pf-v6-c-table__tr">
                                            <td class="pf-v6-c-table__td">{ &r.kind }</td>
                                            <td class="pf-v6-c-table__td">{ &r.volume }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        }
                    </div>
                }) }
            </div>
        }
    };
    let documents = if c.completion_documents.is_empty() {
        html! { <p class="setka-muted">{ i18n.t("common-not-set") }</p> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-compact setka-table setka-inner-table" data-testid="agr-documents">
                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                    <th class="pf-v6-c-table__th" scope="col">{ i18n.t("agr-document") }</th>
                    <th class="pf-v6-c-table__th" scope="col">{ i18n.t("agr-issued-by") }</th>
                </tr></thead>
                <tbody class="pf-v6-c-table__tbody">
                    { for c.completion_documents.iter().map(|d| html! {
                        <tr class="pf-v6-c-table__tr">
                            <td class="pf-v6-c-table__td">{ &d.document }</td>
                            <td class="pf-v6-c-table__td">{ org_name(n, d.issued_by.as_uuid()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    let term = html! {
        <p data-testid="agr-term">{ i18n.ta("agr-term-value", &[
            ("from", i18n.date(c.valid_from).into()), ("to", i18n.date(c.valid_to).into()),
        ]) }</p>
    };

    html! {
        <div class="pf-v6-c-card setka-card" id="agr-content">
            <div class="pf-v6-c-card__title">
                <h2 class="pf-v6-c-card__title-text">{ i18n.t("agr-content-title") }</h2>
                <p class="setka-muted setka-small">{ i18n.t("agr-content-hint") }</p>
            </div>
            <div class="pf-v6-c-card__body setka-agr-sections">
                { section(1, i18n.t("agr-s1"), html! {
                    <>
                        { sub(i18n.t("agr-s1-programmes"), programmes) }
                        { sub(i18n.t("agr-s1-description"), text(&i18n, &c.programme_description, "agr-programme-description")) }
                    </>
                }) }
                { section(2, i18n.t("agr-s2"), html! {
                    <>
                        { sub(i18n.t("agr-student-status"), text(&i18n, &c.student_status, "agr-student-status")) }
                        { sub(i18n.t("agr-admission-rules"), text(&i18n, &c.admission_rules, "agr-admission-rules")) }
                    </>
                }) }
                { section(3, i18n.t("agr-s3"), html! {
                    <>
                        { sub(i18n.t("agr-conditions"), text(&i18n, &c.conditions, "agr-conditions")) }
                        { sub(i18n.t("agr-obligations"), obligations) }
                    </>
                }) }
                { section(4, i18n.t("agr-s4"), documents) }
                { section(5, i18n.t("agr-s5"), html! {
                    <>
                        { sub(i18n.t("agr-term"), term) }
                        { sub(i18n.t("agr-change-procedure"), text(&i18n, &c.change_procedure, "agr-change-procedure")) }
                        { sub(i18n.t("agr-termination-procedure"), text(&i18n, &c.termination_procedure, "agr-termination-procedure")) }
                    </>
                }) }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MappingsProps {
    pub mappings: Vec<GradeMapping>,
}

/// The rules credit transfer uses: «100-балльная шкала → пятибалльная: от 85 — «5»».
#[function_component(GradeMappings)]
pub fn grade_mappings(p: &MappingsProps) -> Html {
    let i18n = use_i18n();
    let body = if p.mappings.is_empty() {
        html! { <p class="setka-muted" data-testid="agr-mappings-empty">{ i18n.t("agr-mappings-empty") }</p> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-compact setka-table" id="agr-mappings">
                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                    <th class="pf-v6-c-table__th pf-m-wrap" scope="col">{ i18n.t("agr-mapping-condition") }</th>
                    <th class="pf-v6-c-table__th pf-m-wrap" scope="col">{ i18n.t("agr-mapping-to") }</th>
                </tr></thead>
                { for p.mappings.iter().map(|m| html! {
                    <tbody class="pf-v6-c-table__tbody setka-member-group">
                        <tr class="pf-v6-c-table__tr setka-group-row">
                            <th class="pf-v6-c-table__th" colspan="2" scope="colgroup">
                                { format!("{} → {}", i18n.assessment(m.source), i18n.assessment(m.target)) }
                            </th>
                        </tr>
                        { for m.steps.iter().map(|s| {
                            let condition = match (&s.equals, s.at_least) {
                                (_, Some(t)) => i18n.t1("agr-step-at-least", "value", i64::from(t)),
                                (Some(v), None) => i18n.t1("agr-step-equals", "value", v.clone()),
                                (None, None) => "—".to_owned(),
                            };
                            html! {
                                <tr class="pf-v6-c-table__tr" data-testid="agr-mapping-step">
                                    <td class="pf-v6-c-table__td">{ condition }</td>
                                    <td class="pf-v6-c-table__td setka-strong">{ &s.result }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                }) }
            </table>
        }
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="agr-grade-mappings">
            <div class="pf-v6-c-card__title">
                <h2 class="pf-v6-c-card__title-text">{ i18n.t("agr-mappings-title") }</h2>
                <p class="setka-muted setka-small">{ i18n.t("agr-mappings-hint") }</p>
            </div>
            <div class="pf-v6-c-card__body">{ body }</div>
        </div>
    }
}
