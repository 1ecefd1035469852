//! `/students/{id}`: a student as the home school keeps it — the record, the network
//! courses with their history (requests taken back, students withdrawn), the
//! individual study plan of a year with its print view and PDF, and the attendance in
//! the network groups; «Записать в сетевую группу» for those who manage the student.
//! Only the home school (and the authority) sees the whole record: others get 404.

use uuid::Uuid;
use wire::Page;
use wire::enrolment::{Enrolment, EnrolmentStatus};
use wire::organization::Organization;
use wire::routes;
use wire::student::Student;
use yew::prelude::*;

use crate::app::Route;
use crate::components::enrolment_request::EnrolmentRequestDialog;
use crate::components::student::attendance::AttendanceSection;
use crate::components::student::courses::CoursesSection;
use crate::components::student::format::{class_name, full_name};
use crate::components::student::plan::StudyPlanSection;
use crate::components::student::record::StudentRecordCard;
use crate::components::{Alert, AppLink, ErrorAlert, Label, Loading, PageHeader, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::pages::not_found::NotFound;
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: Uuid,
}

#[function_component(StudentPage)]
pub fn page(p: &Props) -> Html {
    let fetch = use_fetch::<Student>(Some(routes::student(p.id)));
    match &fetch.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(ApiError::NotFound(_)) => html! { <NotFound /> },
        Loadable::Failed(e) => html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        },
        Loadable::Ready(s) => html! { <StudentView student={(**s).clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    student: Student,
}

#[function_component(StudentView)]
fn student_view(p: &ViewProps) -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let s = &p.student;
    let org = use_fetch::<Organization>(Some(routes::organization(s.organization_id)));
    let enrolments = use_fetch::<Page<Enrolment>>(Some(routes::student_enrolments(s.id)));
    let requesting = use_state(|| false);
    let notice = use_state(|| None::<String>);
    // Changes after every step, so the plan (which counts the seats held) loads again.
    let changes = use_state(|| 0u32);

    let can_manage = org.state.ready().is_some_and(|o| perms.manage_students(o));
    let school = org
        .state
        .ready()
        .map(|o| o.short_name.clone())
        .unwrap_or_default();
    let name = full_name(&s.last_name, &s.first_name, s.patronymic.as_deref());

    let changed = {
        let (reload, changes) = (enrolments.reload.clone(), changes.clone());
        Callback::from(move |_| {
            reload.emit(());
            changes.set(changes.wrapping_add(1));
        })
    };
    let open_request = {
        let (requesting, notice) = (requesting.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            notice.set(None);
            requesting.set(true);
        })
    };
    let close_request = {
        let requesting = requesting.clone();
        Callback::from(move |_| requesting.set(false))
    };
    let requested = {
        let (requesting, notice, changed, i18n) = (
            requesting.clone(),
            notice.clone(),
            changed.clone(),
            i18n.clone(),
        );
        Callback::from(move |e: Enrolment| {
            requesting.set(false);
            notice.set(Some(i18n.ta(
                "stu-requested",
                &[
                    ("programme", e.programme_title.clone().into()),
                    ("group", e.group_name.clone().into()),
                ],
            )));
            changed.emit(());
        })
    };
    let withdrawn = {
        let (notice, changed, i18n) = (notice.clone(), changed.clone(), i18n.clone());
        Callback::from(move |(request, e): (bool, Enrolment)| {
            let key = if request {
                "stu-withdrawn-request"
            } else {
                "stu-withdrawn-student"
            };
            notice.set(Some(i18n.ta(
                key,
                &[
                    ("programme", e.programme_title.clone().into()),
                    ("group", e.group_name.clone().into()),
                ],
            )));
            changed.emit(());
        })
    };

    let request_button = if can_manage && s.active {
        html! {
            <button type="button" id="student-request" data-testid="student-request"
                    class="pf-v6-c-button pf-m-primary" onclick={open_request}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("stu-request") }</span>
            </button>
        }
    } else {
        html! {}
    };
    let breadcrumb = html! {
        <AppLink to={Route::Students { id: s.organization_id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ i18n.t("stu-back") }
        </AppLink>
    };
    let subtitle = if school.is_empty() {
        class_name(s.grade, &s.class_letter)
    } else {
        format!("{} · {school}", class_name(s.grade, &s.class_letter))
    };
    let items: Vec<Enrolment> = enrolments
        .state
        .ready()
        .map(|pg| pg.items.clone())
        .unwrap_or_default();
    let open = items
        .iter()
        .filter(|e| {
            matches!(
                e.status,
                EnrolmentStatus::Approved | EnrolmentStatus::Active
            )
        })
        .count();

    html! {
        <>
            <PageHeader title={name} {subtitle} {breadcrumb} actions={request_button}>
                <div class="setka-labels setka-header-labels">
                    if s.consent.is_none() {
                        <Label text={i18n.t("stu-consent-missing")} color="pf-m-orange" />
                    }
                    if open > 0 {
                        <Label text={i18n.count("stu-courses-count", open)} color="pf-m-blue" />
                    }
                    if !s.active {
                        <Label text={i18n.t("stu-inactive")} />
                    }
                </div>
            </PageHeader>
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body setka-stack">
                    if let Some(text) = &*notice {
                        <Alert variant={Variant::Success} inline=true title={text.clone()} testid="student-notice" />
                    }
                    <StudentRecordCard student={s.clone()} {school} />
                    <CoursesSection enrolments={enrolments.state.clone()} {can_manage}
                                    on_withdrawn={withdrawn} on_reload={changed.clone()} />
                    <StudyPlanSection student_id={s.id} last_name={s.last_name.clone()} refresh={*changes} />
                    <AttendanceSection student_id={s.id} enrolments={items} />
                </div>
            </section>
            if *requesting {
                <EnrolmentRequestDialog student={s.clone()} on_done={requested} on_close={close_request} />
            }
        </>
    }
}
