//! One school's calendar for one year: the view, and for those who manage the school's
//! records the editor (save with If-Match, the server's errors at their rows), copying to
//! the next year and deleting.

use domain::AcademicYear;
use gloo_net::http::Method;
use wire::calendar::SchoolCalendar;
use wire::organization::Organization;
use wire::routes;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use super::draft::{CalDraft, typical};
use super::form::CalForm;
use super::view::CalendarView;
use super::years::param;
use crate::app::Route;
use crate::components::form::SaveButton;
use crate::components::form_errors::FormErrors;
use crate::components::{Alert, EmptyState, ErrorAlert, Variant};
use crate::hooks::{use_auth, use_i18n, use_submit};
use crate::services::{ApiError, SaveTo, idempotency_key, if_match};

const FIELDS: &[&str] = &["week", "terms", "holidays", "bell_schedules"];

#[derive(Properties, PartialEq)]
pub struct CalendarBodyProps {
    pub org: Organization,
    pub year: AcademicYear,
    pub existing: Option<SchoolCalendar>,
    pub can_manage: bool,
    /// Loads the calendar again (after a stale save).
    pub reload: Callback<()>,
    /// The list of years changed (saved, deleted): the year selector loads it again.
    pub on_listed: Callback<()>,
    /// `copied` after «Скопировать на следующий год» brought the user here.
    #[prop_or_default]
    pub notice: Option<String>,
}

/// After a save the form is gone and the page is shorter: show the card's top, where
/// the notice is.
fn scroll_to_card() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("calendar"))
    {
        el.scroll_into_view();
    }
}

fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

#[function_component(CalendarBody)]
pub fn calendar_body(p: &CalendarBodyProps) -> Html {
    let i18n = use_i18n();
    let api = use_auth().api;
    let navigator = use_navigator();
    let current = use_state(|| p.existing.clone());
    let editing = use_state(|| false);
    let draft = use_state(CalDraft::empty);
    let missing = use_state(Vec::<String>::new);
    // The save goes through the submit flow; `error` is what copying or deleting met.
    let submit = use_submit();
    let error = use_state(|| None::<ApiError>);
    let notice = use_state(|| {
        p.notice
            .as_deref()
            .filter(|n| *n == "copied")
            .map(|_| i18n.t("cal-copied"))
    });
    {
        // A reload (after a stale save) brings the current version into the form.
        let (current, draft, error, editing, submit) = (
            current.clone(),
            draft.clone(),
            error.clone(),
            editing.clone(),
            submit.clone(),
        );
        use_effect_with(p.existing.clone(), move |existing| {
            current.set(existing.clone());
            if let (true, Some(c)) = (*editing, existing) {
                draft.set(CalDraft::from_content(&c.content));
            }
            error.set(None);
            submit.clear_error();
        });
    }
    let year_text = p.year.to_string();
    let start = {
        let (editing, draft, current, missing, error, notice, i18n, year, submit) = (
            editing.clone(),
            draft.clone(),
            current.clone(),
            missing.clone(),
            error.clone(),
            notice.clone(),
            i18n.clone(),
            p.year,
            submit.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            draft.set(match &*current {
                Some(c) => CalDraft::from_content(&c.content),
                None => typical(year, |k| i18n.t(k)),
            });
            missing.set(Vec::new());
            error.set(None);
            submit.clear_error();
            notice.set(None);
            editing.set(true);
        })
    };
    let cancel = {
        let (editing, submit) = (editing.clone(), submit.clone());
        Callback::from(move |_: MouseEvent| {
            submit.clear_error();
            editing.set(false);
        })
    };
    let onsubmit = {
        let (submit, draft, missing, error, current, editing, notice, i18n) = (
            submit.clone(),
            draft.clone(),
            missing.clone(),
            error.clone(),
            current.clone(),
            editing.clone(),
            notice.clone(),
            i18n.clone(),
        );
        let (org, year, listed) = (p.org.id, year_text.clone(), p.on_listed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if submit.busy() {
                return;
            }
            // Rows in the server's order, so its error indices are the rows on screen.
            let sorted = draft.sorted();
            draft.set(sorted.clone());
            let content = match sorted.input() {
                Ok(c) => c,
                Err(m) => {
                    missing.set(m);
                    return;
                }
            };
            missing.set(Vec::new());
            // A year's calendar is put at its address; the first one has no version yet.
            let to = SaveTo::Guarded {
                method: Method::PUT,
                path: routes::organization_calendar(org, &year),
                version: current.as_ref().map(|c| c.version),
            };
            let (error, current, editing, notice, i18n, listed) = (
                error.clone(),
                current.clone(),
                editing.clone(),
                notice.clone(),
                i18n.clone(),
                listed.clone(),
            );
            submit.save(to, content, move |c: SchoolCalendar, _| {
                error.set(None);
                current.set(Some(c));
                editing.set(false);
                notice.set(Some(i18n.t("cal-saved")));
                listed.emit(());
                scroll_to_card();
            });
        })
    };
    let copy = {
        let (api, error, navigator) = (api.clone(), error.clone(), navigator.clone());
        let (org, year) = (p.org.id, year_text.clone());
        Callback::from(move |_: MouseEvent| {
            let (api, error, navigator, year) =
                (api.clone(), error.clone(), navigator.clone(), year.clone());
            spawn_local(async move {
                let path = routes::organization_calendar_copy(org, &year);
                let result: Result<SchoolCalendar, ApiError> = api
                    .call_json(Method::POST, &path, &[idempotency_key()])
                    .await;
                match result {
                    Ok(next) => {
                        let next_year = AcademicYear::parse(&next.year)
                            .map(param)
                            .unwrap_or(next.year);
                        if let Some(nav) = navigator {
                            let to = Route::OrganizationCalendar { id: org };
                            let query = [("year", next_year.as_str()), ("notice", "copied")];
                            if nav.push_with_query(&to, query).is_err() {
                                nav.push(&to);
                            }
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let delete = {
        let (api, error, current, notice, i18n) = (
            api.clone(),
            error.clone(),
            current.clone(),
            notice.clone(),
            i18n.clone(),
        );
        let (org, year, listed) = (p.org.id, year_text.clone(), p.on_listed.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(c) = (*current).clone() else {
                return;
            };
            if !confirm(&i18n.t1("cal-delete-confirm", "year", year.clone())) {
                return;
            }
            let (api, error, current, notice, i18n, year, listed) = (
                api.clone(),
                error.clone(),
                current.clone(),
                notice.clone(),
                i18n.clone(),
                year.clone(),
                listed.clone(),
            );
            spawn_local(async move {
                let path = routes::organization_calendar(org, &year);
                match api
                    .call(Method::DELETE, &path, &[if_match(c.version)])
                    .await
                {
                    Ok(()) => {
                        error.set(None);
                        current.set(None);
                        notice.set(Some(i18n.t("cal-deleted")));
                        listed.emit(());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let on_draft = {
        let draft = draft.clone();
        Callback::from(move |d: CalDraft| draft.set(d))
    };
    let errors = submit
        .error()
        .map(|e| e.field_errors().to_vec())
        .unwrap_or_default();
    let actions = if p.can_manage && !*editing && current.is_some() {
        html! {
            <div class="pf-v6-c-card__actions">
                <button type="button" id="cal-edit" class="pf-v6-c-button pf-m-primary" onclick={start.clone()}>
                    <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-pen" aria-hidden="true"></i></span>
                    <span class="pf-v6-c-button__text">{ i18n.t("common-edit") }</span>
                </button>
                <button type="button" id="cal-copy" class="pf-v6-c-button pf-m-secondary" onclick={copy}>
                    <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-copy" aria-hidden="true"></i></span>
                    <span class="pf-v6-c-button__text">{ i18n.t("cal-copy") }</span>
                </button>
                <button type="button" id="cal-delete" class="pf-v6-c-button pf-m-secondary pf-m-danger" onclick={delete}>
                    <span class="pf-v6-c-button__text">{ i18n.t("common-delete") }</span>
                </button>
            </div>
        }
    } else {
        html! {}
    };
    let body = if *editing {
        html! {
            <form class="pf-v6-c-form" novalidate=true {onsubmit} id="cal-form">
                <FormErrors error={submit.error()} fields={FIELDS} on_reload={p.reload.clone()} reload_id="cal-reload" />
                if !missing.is_empty() {
                    <Alert variant={Variant::Danger} inline=true title={i18n.t("cal-missing")} testid="cal-missing" />
                }
                if current.is_none() {
                    <Alert variant={Variant::Info} inline=true title={i18n.t("cal-typical-title")}>
                        <p>{ i18n.t("cal-typical-body") }</p>
                    </Alert>
                }
                <CalForm year={p.year} draft={(*draft).clone()} onchange={on_draft}
                         missing={(*missing).clone()} {errors} />
                <div class="pf-v6-c-form__group pf-m-action">
                    <div class="pf-v6-c-form__actions">
                        <SaveButton id="cal-save" busy={submit.busy()} />
                        <button type="button" id="cal-cancel" class="pf-v6-c-button pf-m-link" onclick={cancel}>
                            { i18n.t("common-cancel") }
                        </button>
                    </div>
                </div>
            </form>
        }
    } else {
        match &*current {
            Some(c) => html! { <CalendarView calendar={c.clone()} /> },
            None => html! {
                <EmptyState title={i18n.t1("cal-none", "year", year_text.clone())}
                            body={i18n.t(if p.can_manage { "cal-none-hint" } else { "cal-none-read" })}
                            icon="fas fa-calendar-alt">
                    if p.can_manage {
                        <button type="button" id="cal-create" class="pf-v6-c-button pf-m-primary" onclick={start}>
                            { i18n.t("cal-create") }
                        </button>
                    }
                </EmptyState>
            },
        }
    };
    html! {
        <div class="pf-v6-c-card setka-card" id="calendar">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">{ i18n.t1("cal-for-year", "year", year_text.clone()) }</h2>
                </div>
                { actions }
            </div>
            <div class="pf-v6-c-card__body setka-stack">
                if let Some(text) = &*notice {
                    <Alert variant={Variant::Success} inline=true title={text.clone()} testid="cal-notice" />
                }
                if !*editing {
                    if let Some(e) = &*error {
                        if e.is_stale() {
                            <FormErrors error={Some(e.clone())} fields={FIELDS} on_reload={p.reload.clone()} reload_id="cal-reload" />
                        } else {
                            <ErrorAlert error={e.clone()} />
                        }
                    }
                }
                { body }
            </div>
        </div>
    }
}
