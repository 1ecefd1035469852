//! `/organizations/{id}/students?q=…&grade=9&class_letter=Б&consent=true&enrolled=false`:
//! the home school's students — search by name (ё = е on the server), filters in the URL,
//! «Показать ещё».

use uuid::Uuid;
use wire::organization::Organization;
use wire::routes;
use wire::student::Student;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::student::list::StudentTable;
use crate::components::student::toolbar::{StudentsFilter, StudentsToolbar};
use crate::components::{AppLink, EmptyState, ErrorAlert, Loading, PageHeader};
use crate::hooks::{Loadable, use_fetch, use_i18n, use_paged};
use crate::pages::not_found::NotFound;
use crate::services::{ApiError, with_query};

const PAGE_SIZE: u32 = 25;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The home organization.
    pub id: Uuid,
}

#[function_component(StudentsPage)]
pub fn page(p: &Props) -> Html {
    let org = use_fetch::<Organization>(Some(routes::organization(p.id)));
    match &org.state {
        Loadable::Loading => html! { <Loading /> },
        Loadable::Failed(ApiError::NotFound(_)) => html! { <NotFound /> },
        Loadable::Failed(e) => html! {
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body"><ErrorAlert error={e.clone()} /></div>
            </section>
        },
        Loadable::Ready(o) => html! { <StudentsList org={(**o).clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct ListProps {
    org: Organization,
}

#[function_component(StudentsList)]
fn students_list(p: &ListProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let filter = use_location()
        .and_then(|l| l.query::<StudentsFilter>().ok())
        .unwrap_or_default();
    let path = with_query(
        &routes::organization_students(p.org.id),
        &filter.to_query(PAGE_SIZE),
    );
    let list = use_paged::<Student>(path);
    let s = &*list.state;

    let onchange = {
        let (id, current) = (p.org.id, filter.clone());
        Callback::from(move |next: StudentsFilter| {
            let Some(nav) = &navigator else {
                return;
            };
            let to = Route::Students { id };
            // Typing replaces the entry, so «Назад» leaves the list instead of untyping.
            let moved = if current.only_search_differs(&next) {
                nav.replace_with_query(&to, &next)
            } else {
                nav.push_with_query(&to, &next)
            };
            if moved.is_err() {
                nav.push(&to);
            }
        })
    };
    let more = {
        let cb = list.load_more.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let breadcrumb = html! {
        <AppLink to={Route::Organization { id: p.org.id }} class="setka-back">
            <i class="fas fa-arrow-left" aria-hidden="true"></i>{" "}{ p.org.short_name.clone() }
        </AppLink>
    };
    let body = if s.items.is_empty() && s.loading {
        html! { <Loading /> }
    } else if s.items.is_empty() && s.error.is_none() {
        let (title, text) = if filter == StudentsFilter::default() {
            (i18n.t("stu-empty-title"), i18n.t("stu-empty-body"))
        } else {
            (i18n.t("stu-none-found"), i18n.t("stu-none-found-body"))
        };
        html! { <EmptyState {title} body={text} icon="fas fa-user-graduate" /> }
    } else {
        html! { <StudentTable items={s.items.clone()} /> }
    };
    let count_key = if s.next.is_some() {
        "stu-shown-more"
    } else {
        "stu-shown"
    };

    html! {
        <>
            <PageHeader title={i18n.t("stu-title")} subtitle={p.org.short_name.clone()} {breadcrumb} />
            <section class="pf-v6-c-page__main-section">
                <div class="pf-v6-c-page__main-body">
                    <div class="pf-v6-c-card setka-card" data-testid="students">
                        <StudentsToolbar filter={filter.clone()} {onchange} />
                        if let Some(err) = &s.error {
                            <div class="setka-card-pad"><ErrorAlert error={err.clone()} /></div>
                        }
                        { body }
                        if !s.items.is_empty() {
                            <div class="setka-list-footer">
                                <span class="setka-muted" id="students-count" data-testid="students-count">
                                    { i18n.count(count_key, s.items.len()) }
                                </span>
                                if s.next.is_some() {
                                    <button type="button" id="students-more" data-testid="students-more"
                                            onclick={more} disabled={s.loading}
                                            class={classes!("pf-v6-c-button", "pf-m-secondary", s.loading.then_some("pf-m-in-progress"))}>
                                        <span class="pf-v6-c-button__text">{ i18n.t("common-show-more") }</span>
                                    </button>
                                }
                            </div>
                        }
                    </div>
                </div>
            </section>
        </>
    }
}
