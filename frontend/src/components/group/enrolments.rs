//! A group's enrolments on its page, in tabs by status: requests (with the approval
//! rules evaluated again), the waitlist in its order, the enrolled, and those that ended.
//! The provider's side approves, waitlists, rejects and completes; it and the student's
//! home school withdraw. A refused step is shown next to the list, which loads again.

pub mod checks;
pub mod model;
pub mod row;
pub mod step;

use domain::enrolment::GroupDates;
use wire::enrolment::Enrolment;
use wire::group::Group;
use wire::network::Network;
use wire::{Page, routes};
use yew::prelude::*;

use self::model::{Sides, Step, Tab, default_tab, of_tab, seats_taken, steps, student_name};
use self::row::EnrolmentRow;
use self::step::StepDialog;
use crate::components::{Alert, EmptyState, ErrorAlert, Loading, Variant};
use crate::hooks::{Loadable, use_auth, use_fetch, use_i18n};
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct EnrolmentsProps {
    pub group: Group,
    pub network: Network,
}

#[function_component(EnrolmentsSection)]
pub fn enrolments_section(p: &EnrolmentsProps) -> Html {
    let i18n = use_i18n();
    let perms = use_auth().perms();
    let g = &p.group;
    let fetch = use_fetch::<Page<Enrolment>>(Some(routes::group_enrolments(g.id)));
    // While the list loads again after a step, the table stays as it was.
    let last = use_mut_ref(|| None::<Vec<Enrolment>>);
    if let Some(page) = fetch.state.ready() {
        *last.borrow_mut() = Some(page.items.clone());
    }
    let tab = use_state(|| None::<Tab>);
    let asking = use_state(|| None::<(Step, Enrolment)>);
    let notice = use_state(|| None::<String>);
    let error = use_state(|| None::<ApiError>);
    let generation = use_state(|| 0u32);
    let list = last.borrow().clone();
    let Some(list) = list else {
        return match &fetch.state {
            Loadable::Failed(ApiError::NotFound(_) | ApiError::Forbidden(_)) => html! {},
            Loadable::Failed(e) => card(&i18n, None, html! { <ErrorAlert error={e.clone()} /> }),
            _ => card(&i18n, None, html! { <Loading /> }),
        };
    };
    let done = {
        let (asking, notice, error, reload, generation, i18n) = (
            asking.clone(),
            notice.clone(),
            error.clone(),
            fetch.reload.clone(),
            generation.clone(),
            i18n.clone(),
        );
        Callback::from(
            move |(slug, result): (&'static str, Result<Enrolment, ApiError>)| {
                asking.set(None);
                match result {
                    Ok(e) => {
                        error.set(None);
                        let key = format!("enr-done-{slug}");
                        notice.set(Some(i18n.t1(&key, "name", student_name(&e.student))));
                    }
                    Err(e) => {
                        notice.set(None);
                        error.set(Some(e));
                    }
                }
                generation.set(*generation + 1);
                reload.emit(());
            },
        )
    };
    let on_step = {
        let asking = asking.clone();
        Callback::from(move |what: (Step, Enrolment)| asking.set(Some(what)))
    };
    let close = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    let shown = tab.unwrap_or_else(|| default_tab(&list));
    let pick = |t: Tab| {
        let tab = tab.clone();
        Callback::from(move |_: MouseEvent| tab.set(Some(t)))
    };
    let provider = perms.manage_group(g, &p.network);
    let dates = GroupDates {
        first: g.input.first_date,
        last: g.input.last_date,
    };
    let today = crate::today::today();
    let full = i32::try_from(seats_taken(&list)).unwrap_or(i32::MAX) >= g.input.capacity;
    let items = of_tab(&list, shown);
    let columns = 5 + usize::from(shown == Tab::Waitlist) + usize::from(checks_column(shown));
    let rows = items.iter().map(|e| {
        let sides = Sides {
            provider,
            withdraw: perms.withdraw_enrolment(g, &p.network, e.student.home_organization_id),
        };
        html! {
            <EnrolmentRow key={e.id.to_string()} enrolment={e.clone()} tab={shown} steps={steps(e, dates, today, full, sides)}
                          on_step={on_step.clone()} generation={*generation} {columns} />
        }
    });
    let tabs = html! {
        <div class="pf-v6-c-tabs setka-enr-tabs" role="region">
            <ul class="pf-v6-c-tabs__list" role="tablist">
                { for Tab::ALL.into_iter().map(|t| {
                    let n = list.iter().filter(|e| Tab::of(e.status) == t).count();
                    let current = t == shown;
                    html! {
                        <li class={classes!("pf-v6-c-tabs__item", current.then_some("pf-m-current"))} role="presentation">
                            <button type="button" class="pf-v6-c-tabs__link" role="tab" aria-selected={current.to_string()}
                                    id={format!("enr-tab-{}", t.slug())} data-testid={format!("enr-tab-{}", t.slug())} onclick={pick(t)}>
                                <span class="pf-v6-c-tabs__item-text">{ i18n.t(t.key()) }</span>
                                <span class={classes!("pf-v6-c-badge", if current { "pf-m-unread" } else { "pf-m-read" }, "setka-enr-tab-count")}>{ n }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    };
    let table = if items.is_empty() {
        html! { <EmptyState title={i18n.t(shown.empty_key())} icon="fas fa-user-graduate" /> }
    } else {
        html! {
            <table class="pf-v6-c-table pf-m-compact pf-m-expandable pf-m-grid-md setka-table" data-testid={format!("enr-table-{}", shown.slug())}>
                <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                    <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("enr-history") }</span></th>
                    if shown == Tab::Waitlist {
                        <th class="pf-v6-c-table__th">{ i18n.t("enr-col-position") }</th>
                    }
                    <th class="pf-v6-c-table__th">{ i18n.t("enr-col-student") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("enr-col-requested") }</th>
                    <th class="pf-v6-c-table__th">{ i18n.t("enr-col-status") }</th>
                    if checks_column(shown) {
                        <th class="pf-v6-c-table__th">{ i18n.t("enr-col-checks") }</th>
                    }
                    <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("common-actions") }</span></th>
                </tr></thead>
                { for rows }
            </table>
        }
    };
    let seats = i18n.ta(
        "enr-seats",
        &[
            (
                "taken",
                i64::try_from(seats_taken(&list)).unwrap_or(0).into(),
            ),
            ("capacity", i64::from(g.input.capacity).into()),
        ],
    );
    let body = html! {
        <>
            if let Some(text) = &*notice {
                <Alert variant={Variant::Success} inline=true title={text.clone()} testid="enr-notice" />
            }
            if let Some(e) = &*error {
                <StepError error={e.clone()} />
            }
            if let Some(e) = fetch.state.failed() {
                <ErrorAlert error={e.clone()} />
            }
            { tabs }
            { table }
        </>
    };
    html! {
        <>
            { card(&i18n, Some(seats), body) }
            if let Some((s, e)) = &*asking {
                <StepDialog step={*s} enrolment={e.clone()} on_done={done} on_close={close} />
            }
        </>
    }
}

/// The rules are shown while the provider decides.
fn checks_column(t: Tab) -> bool {
    matches!(t, Tab::Requests | Tab::Waitlist)
}

fn card(i18n: &crate::hooks::I18n, seats: Option<String>, body: Html) -> Html {
    html! {
        <div class="pf-v6-c-card setka-card" id="enrolments" data-testid="enrolments">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("enr-title") }
                        if let Some(s) = seats {
                            <span class="setka-muted setka-count" data-testid="enr-seats">{ s }</span>
                        }
                    </h2>
                </div>
            </div>
            <div class="pf-v6-c-card__body setka-stack">{ body }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StepErrorProps {
    error: ApiError,
}

/// A refused step: the server's message (a rule's, in Russian, naming the numbers); a
/// stale enrolment says the list has been loaded again.
#[function_component(StepError)]
fn step_error(p: &StepErrorProps) -> Html {
    let i18n = use_i18n();
    let e = &p.error;
    html! {
        <div data-testid="enr-error" data-code={e.code().map(|c| c.as_str())}>
            if e.is_stale() {
                <Alert variant={Variant::Warning} inline=true title={i18n.t("error-stale-title")}>
                    <p>{ i18n.t("enr-stale-body") }</p>
                </Alert>
            } else {
                <ErrorAlert error={e.clone()} />
            }
        </div>
    }
}
