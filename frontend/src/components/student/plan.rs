//! «Индивидуальный учебный план» of a student for a school year: the home curriculum's
//! hours, each network course with its hours, provider and teachers, the total against
//! the СанПиН limit; the server's print view («Печать») and its PDF («Скачать PDF»).
//!
//! Both are fetched with the access token (a plain link would not be signed in): the
//! print view is opened in a tab opened at the click, so no pop-up blocker intervenes.

use domain::AcademicYear;
use uuid::Uuid;
use wire::routes;
use wire::study_plan::{StudyPlan, StudyPlanCourse, WeekKind};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::format::{hours, hours_f64, plan_file_name, plan_years, status_label, year_param};
use crate::components::documents::hand_over;
use crate::components::form::Select;
use crate::components::{Alert, ErrorAlert, Label, Loading, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub student_id: Uuid,
    pub last_name: String,
    /// Changes after each step of an enrolment: the plan is loaded again.
    pub refresh: u32,
}

/// Asks the print dialog of the tab once its document has loaded (at most ten seconds).
fn print_when_loaded(tab: web_sys::Window, url: String, tries: u32) {
    gloo_timers::callback::Timeout::new(250, move || {
        let loaded = tab.location().href().is_ok_and(|h| h == url)
            && tab
                .document()
                .is_some_and(|d| d.ready_state() == "complete");
        if loaded {
            let _ = tab.print();
        } else if tries < 40 && !tab.closed().unwrap_or(true) {
            print_when_loaded(tab, url, tries + 1);
        }
    })
    .forget();
}

/// Shows the fetched print view in `tab` and opens the print dialog there.
fn show_print(blob: &web_sys::Blob, tab: web_sys::Window) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    tab.location().set_href(&url).ok()?;
    print_when_loaded(tab, url.clone(), 0);
    gloo_timers::callback::Timeout::new(120_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}

#[function_component(StudyPlanSection)]
pub fn study_plan_section(p: &PlanProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let today = crate::today::today();
    let years = plan_years(today);
    let year = use_state(|| domain::calendar::year_of(today));
    let error = use_state(|| None::<ApiError>);
    let plan = use_fetch::<StudyPlan>(
        year.map(|y| routes::student_study_plan(p.student_id, &year_param(y))),
    );

    let seen = use_mut_ref(|| p.refresh);
    {
        let reload = plan.reload.clone();
        use_effect_with(p.refresh, move |r| {
            if *seen.borrow() != *r {
                *seen.borrow_mut() = *r;
                reload.emit(());
            }
        });
    }
    let on_year = {
        let (year, error) = (year.clone(), error.clone());
        Callback::from(move |v: String| {
            error.set(None);
            year.set(AcademicYear::parse(&v.replace('-', "/")).ok());
        })
    };
    let print = {
        let (api, error, id, y) = (api.clone(), error.clone(), p.student_id, *year);
        Callback::from(move |_: MouseEvent| {
            let Some(y) = y else { return };
            let tab = web_sys::window()
                .and_then(|w| w.open_with_url_and_target("", "_blank").ok().flatten());
            let (api, error) = (api.clone(), error.clone());
            spawn_local(async move {
                let path = routes::student_study_plan(id, &year_param(y));
                let accept = [("Accept", "text/html".to_owned())];
                match api.blob_with(&path, &accept).await {
                    Ok(blob) => {
                        error.set(None);
                        match tab {
                            Some(tab) => {
                                show_print(&blob, tab);
                            }
                            // No tab (blocked): the page is saved instead.
                            None => {
                                hand_over(&blob, "iup.html", None);
                            }
                        }
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
    };
    let pdf = {
        let (api, error, id, y, name) = (
            api.clone(),
            error.clone(),
            p.student_id,
            *year,
            p.last_name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(y) = y else { return };
            let (api, error, name) = (api.clone(), error.clone(), name.clone());
            spawn_local(async move {
                match api
                    .blob(&routes::student_study_plan_pdf(id, &year_param(y)))
                    .await
                {
                    Ok(blob) => {
                        error.set(None);
                        hand_over(&blob, &plan_file_name(&name, y), None);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    let options: Vec<(String, String)> = years
        .iter()
        .map(|y| (year_param(*y), y.to_string()))
        .collect();
    let ready = plan.state.ready().is_some();
    let body = match &plan.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(plan) => html! { <PlanTable plan={(**plan).clone()} /> },
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="student-plan" data-testid="student-plan">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("iup-title") }</h2></div>
                <div class="pf-v6-c-card__actions setka-stu-plan-actions">
                    <Select id="iup-year" value={year.map(year_param).unwrap_or_default()} {options}
                            aria_label={i18n.t("iup-year")} onchange={on_year} />
                    <button type="button" id="iup-print" data-testid="iup-print" class="pf-v6-c-button pf-m-secondary"
                            onclick={print} disabled={!ready}>
                        <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-print" aria-hidden="true"></i></span>
                        <span class="pf-v6-c-button__text">{ i18n.t("iup-print") }</span>
                    </button>
                    <button type="button" id="iup-pdf" data-testid="iup-pdf" class="pf-v6-c-button pf-m-secondary"
                            onclick={pdf} disabled={!ready}>
                        <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-file-pdf" aria-hidden="true"></i></span>
                        <span class="pf-v6-c-button__text">{ i18n.t("iup-pdf") }</span>
                    </button>
                </div>
            </div>
            <div class="pf-v6-c-card__body setka-stack setka-stack--tight">
                if let Some(e) = &*error {
                    <ErrorAlert error={e.clone()} />
                }
                { body }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    plan: StudyPlan,
}

#[function_component(PlanTable)]
fn plan_table(p: &TableProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let plan = &p.plan;
    let load = &plan.load;
    let week = i18n
        .t(match plan.week {
            WeekKind::FiveDay => "cal-week-five",
            WeekKind::SixDay => "cal-week-six",
        })
        .to_lowercase();
    let course = |c: &StudyPlanCourse| {
        html! {
            <tr class="pf-v6-c-table__tr" data-testid="iup-course" data-id={c.enrolment_id.to_string()}>
                <td class="pf-v6-c-table__td">
                    <div class="setka-strong">{ c.programme_title.clone() }</div>
                    <div class="setka-small setka-muted">
                        { c.group_name.clone() }{" "}{ status_label(&i18n, c.status) }
                    </div>
                    if c.replaces_hours > 0.0 {
                        <div class="setka-small">{ i18n.t1("iup-instead-of", "hours", hours_f64(c.replaces_hours, lang)) }</div>
                    }
                </td>
                <td class="pf-v6-c-table__td">{ c.provider_name.clone() }</td>
                <td class="pf-v6-c-table__td">{ c.teachers.join(", ") }</td>
                <td class="pf-v6-c-table__td setka-num">{ hours_f64(c.hours_per_week, lang) }</td>
            </tr>
        }
    };
    let limit = match load.limit {
        Some(l) => hours(l, lang),
        None => i18n.t("iup-limit-none"),
    };
    let verdict = if plan.within_limit {
        html! { <Label text={i18n.t("iup-within")} color="pf-m-green" /> }
    } else {
        html! { <Label text={i18n.t("iup-over")} color="pf-m-red" /> }
    };
    html! {
        <>
            <p class="setka-muted" data-testid="iup-heading">
                { i18n.ta("iup-heading", &[
                    ("year", plan.academic_year.clone().into()),
                    ("week", week.into()),
                ]) }
            </p>
            if plan.home_hours.is_none() {
                <Alert variant={Variant::Warning} inline=true title={i18n.t("iup-home-missing")} testid="iup-home-missing">
                    <p>{ i18n.t("iup-home-missing-body") }</p>
                </Alert>
            }
            <div class="setka-table-scroll">
                <table class="pf-v6-c-table pf-m-compact setka-table" id="iup-table" data-testid="iup-table">
                    <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                        <th class="pf-v6-c-table__th">{ i18n.t("iup-col-part") }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("iup-col-org") }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("iup-col-teacher") }</th>
                        <th class="pf-v6-c-table__th setka-num">{ i18n.t("iup-col-hours") }</th>
                    </tr></thead>
                    <tbody class="pf-v6-c-table__tbody">
                        <tr class="pf-v6-c-table__tr" data-testid="iup-home">
                            <td class="pf-v6-c-table__td">{ i18n.t("iup-home") }</td>
                            <td class="pf-v6-c-table__td">{ plan.home_organization_name.clone() }</td>
                            <td class="pf-v6-c-table__td"></td>
                            <td class="pf-v6-c-table__td setka-num">
                                { plan.home_hours.map(|h| hours_f64(h, lang)).unwrap_or_else(|| i18n.t("common-not-set")) }
                            </td>
                        </tr>
                        { for plan.courses.iter().map(course) }
                        if load.replaced.tenths() > 0 {
                            <tr class="pf-v6-c-table__tr" data-testid="iup-replaced">
                                <td class="pf-v6-c-table__td" colspan="3">{ i18n.t("iup-replaced") }</td>
                                <td class="pf-v6-c-table__td setka-num">{ format!("−{}", hours(load.replaced, lang)) }</td>
                            </tr>
                        }
                        <tr class="pf-v6-c-table__tr setka-stu-total" data-testid="iup-total">
                            <td class="pf-v6-c-table__td" colspan="3">{ i18n.t("iup-total") }</td>
                            <td class="pf-v6-c-table__td setka-num">{ hours(load.total, lang) }</td>
                        </tr>
                        <tr class="pf-v6-c-table__tr" data-testid="iup-limit">
                            <td class="pf-v6-c-table__td" colspan="3">
                                { i18n.t1("iup-limit", "grade", i64::from(plan.student.grade)) }{" "}{ verdict }
                            </td>
                            <td class="pf-v6-c-table__td setka-num">{ limit }</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            if plan.courses.is_empty() {
                <p class="setka-muted" data-testid="iup-no-courses">{ i18n.t("iup-no-courses") }</p>
            }
        </>
    }
}
