//! «Сетевые курсы» of a student: every enrolment with its programme, group, provider,
//! status (and place in the waitlist), when it was requested and how many home hours
//! the course replaces; the history unfolds under a row; open enrolments can be taken
//! back or withdrawn by those who manage the student.

use uuid::Uuid;
use wire::Page;
use wire::enrolment::{Enrolment, EnrolmentStatus};
use yew::prelude::*;

use super::format::{hours_f64, status_label};
use super::history::EnrolmentHistory;
use super::withdraw::{WithdrawDialog, action_key, is_request};
use crate::app::Route;
use crate::components::{AppLink, EmptyState, ErrorAlert, Loading};
use crate::hooks::{Loadable, use_i18n};

#[derive(Properties, PartialEq)]
pub struct CoursesProps {
    pub enrolments: Loadable<Page<Enrolment>>,
    /// Whether the user may take requests back and withdraw (the home side).
    pub can_manage: bool,
    /// An enrolment was withdrawn — a request taken back (`true`) or a student who held
    /// a seat: the page reloads and says so.
    pub on_withdrawn: Callback<(bool, Enrolment)>,
    pub on_reload: Callback<()>,
}

#[function_component(CoursesSection)]
pub fn courses_section(p: &CoursesProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(Vec::<Uuid>::new);
    let withdrawing = use_state(|| None::<Enrolment>);

    let toggle = |id: Uuid| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*open).clone();
            match next.iter().position(|x| *x == id) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(id),
            }
            open.set(next);
        })
    };
    let ask = |e: &Enrolment| {
        let (withdrawing, e) = (withdrawing.clone(), e.clone());
        Callback::from(move |_: MouseEvent| withdrawing.set(Some(e.clone())))
    };
    let close = {
        let withdrawing = withdrawing.clone();
        Callback::from(move |_| withdrawing.set(None))
    };
    let done = {
        let (withdrawing, cb) = (withdrawing.clone(), p.on_withdrawn.clone());
        Callback::from(move |e: Enrolment| {
            let request = withdrawing.as_ref().is_some_and(|b| is_request(b.status));
            withdrawing.set(None);
            cb.emit((request, e));
        })
    };

    let row = |e: &Enrolment| {
        let expanded = open.contains(&e.id);
        let status = html! {
            <>
                { status_label(&i18n, e.status) }
                if let (EnrolmentStatus::Waitlisted, Some(n)) = (e.status, e.waitlist_position) {
                    <div class="setka-small setka-muted" data-testid="enrolment-waitlist">
                        { i18n.t1("stu-waitlist-position", "position", i64::from(n)) }
                    </div>
                }
            </>
        };
        let withdrawable = p.can_manage && domain::enrolment::is_open(e.status);
        html! {
            <>
                <tr class="pf-v6-c-table__tr" key={e.id.to_string()} data-testid={format!("enrolment-{}", e.id)}
                    data-status={crate::i18n::enums::wire_name(&e.status)}>
                    <td class="pf-v6-c-table__td">
                        <button type="button" class="pf-v6-c-button pf-m-plain" aria-expanded={expanded.to_string()}
                                data-testid={format!("enrolment-toggle-{}", e.id)} onclick={toggle(e.id)}
                                title={i18n.t("stu-history")} aria-label={i18n.t("stu-history")}>
                            <i class={if expanded { "fas fa-angle-down" } else { "fas fa-angle-right" }} aria-hidden="true"></i>
                        </button>
                    </td>
                    <td class="pf-v6-c-table__td" data-label={i18n.t("stu-col-course")}>
                        <div class="setka-strong">{ e.programme_title.clone() }</div>
                        <AppLink to={Route::Group { id: e.group_id }} class="setka-small">{ e.group_name.clone() }</AppLink>
                    </td>
                    <td class="pf-v6-c-table__td" data-label={i18n.t("stu-col-provider")}>{ e.provider_name.clone() }</td>
                    <td class="pf-v6-c-table__td" data-label={i18n.t("stu-col-status")}>{ status }</td>
                    <td class="pf-v6-c-table__td setka-nowrap" data-label={i18n.t("stu-col-requested")}>
                        { i18n.date(e.requested_at.with_timezone(&chrono::Local).date_naive()) }
                    </td>
                    <td class="pf-v6-c-table__td setka-num" data-label={i18n.t("stu-col-replaces")}>
                        { hours_f64(e.replaces_hours, i18n.lang()) }
                    </td>
                    <td class="pf-v6-c-table__td setka-row-actions">
                        if withdrawable {
                            <button type="button" class="pf-v6-c-button pf-m-secondary pf-m-danger pf-m-small"
                                    data-testid={format!("enrolment-withdraw-{}", e.id)} onclick={ask(e)}>
                                { i18n.t(action_key(e.status)) }
                            </button>
                        }
                    </td>
                </tr>
                if expanded {
                    <tr class="pf-v6-c-table__tr setka-row-current" key={format!("{}-history", e.id)}>
                        <td class="pf-v6-c-table__td"></td>
                        <td class="pf-v6-c-table__td" colspan="6">
                            <EnrolmentHistory steps={e.history.clone()} enrolment_id={e.id} />
                        </td>
                    </tr>
                }
            </>
        }
    };
    let body = match &p.enrolments {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(e) => html! { <ErrorAlert error={e.clone()} /> },
        Loadable::Ready(page) if page.items.is_empty() => html! {
            <EmptyState title={i18n.t("stu-courses-empty")} body={i18n.t("stu-courses-empty-body")}
                        icon="fas fa-project-diagram" />
        },
        Loadable::Ready(page) => html! {
            <div class="setka-table-scroll">
                <table class="pf-v6-c-table pf-m-compact setka-table" data-testid="student-enrolments-table">
                    <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                        <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("stu-history") }</span></th>
                        <th class="pf-v6-c-table__th">{ i18n.t("stu-col-course") }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("stu-col-provider") }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("stu-col-status") }</th>
                        <th class="pf-v6-c-table__th">{ i18n.t("stu-col-requested") }</th>
                        <th class="pf-v6-c-table__th setka-num">{ i18n.t("stu-col-replaces") }</th>
                        <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("common-actions") }</span></th>
                    </tr></thead>
                    <tbody class="pf-v6-c-table__tbody">{ for page.items.iter().map(row) }</tbody>
                </table>
            </div>
        },
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="student-enrolments" data-testid="student-enrolments">
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("stu-courses") }</h2></div>
            <div class="pf-v6-c-card__body">{ body }</div>
            if let Some(e) = &*withdrawing {
                <WithdrawDialog enrolment={e.clone()} on_done={done} on_close={close} on_reload={p.on_reload.clone()} />
            }
        </div>
    }
}
