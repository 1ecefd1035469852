//! Routes, providers and the sign-in gate.

use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Layout, Loading};
use crate::hooks::{AuthProvider, I18nProvider, Session, use_auth};
use crate::pages;

#[derive(Routable, Clone, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/login")]
    Login,
    #[at("/organizations")]
    Organizations,
    #[at("/organizations/new")]
    NewOrganization,
    #[at("/organizations/:id")]
    Organization { id: Uuid },
    #[at("/organizations/:id/edit")]
    EditOrganization { id: Uuid },
    #[at("/organizations/:id/calendar")]
    OrganizationCalendar { id: Uuid },
    #[at("/networks")]
    Networks,
    #[at("/networks/new")]
    NewNetwork,
    #[at("/networks/:id")]
    Network { id: Uuid },
    #[at("/networks/:id/edit")]
    EditNetwork { id: Uuid },
    #[at("/networks/:id/calendars")]
    NetworkCalendars { id: Uuid },
    #[at("/networks/:id/timetable")]
    NetworkTimetable { id: Uuid },
    #[at("/networks/:id/groups/new")]
    NewGroup { id: Uuid },
    #[at("/groups/:id")]
    Group { id: Uuid },
    #[at("/groups/:id/edit")]
    EditGroup { id: Uuid },
    #[at("/networks/:id/programmes/new")]
    NewProgramme { id: Uuid },
    #[at("/programmes/:id")]
    Programme { id: Uuid },
    #[at("/programmes/:id/edit")]
    EditProgramme { id: Uuid },
    #[at("/networks/:id/agreements/new")]
    NewAgreement { id: Uuid },
    #[at("/agreements/:id")]
    Agreement { id: Uuid },
    #[at("/agreements/:id/edit")]
    EditAgreement { id: Uuid },
    /// «Моя школа»: a school administration's landing page.
    #[at("/school")]
    MySchool,
    /// «Мои группы»: a teacher's landing page.
    #[at("/my-groups")]
    MyGroups,
    #[at("/organizations/:id/students")]
    Students { id: Uuid },
    #[at("/students/:id")]
    Student { id: Uuid },
    /// Taking a session's register.
    #[at("/sessions/:id/register")]
    Register { id: Uuid },
    #[at("/users")]
    Users,
    #[at("/audit")]
    Audit,
    #[not_found]
    #[at("/404")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::Home /> },
        // Signed in already: the gate below never shows the form twice.
        Route::Login => html! { <Redirect<Route> to={Route::Home} /> },
        Route::Organizations => html! { <pages::organizations::Organizations /> },
        Route::NewOrganization => {
            html! { <pages::organization_edit::OrganizationEdit key="new" /> }
        }
        Route::Organization { id } => html! { <pages::organization::OrganizationPage {id} /> },
        Route::EditOrganization { id } => {
            html! { <pages::organization_edit::OrganizationEdit id={Some(id)} key={id.to_string()} /> }
        }
        Route::OrganizationCalendar { id } => {
            html! { <pages::calendar::CalendarPage {id} key={id.to_string()} /> }
        }
        Route::Networks => html! { <pages::networks::Networks /> },
        Route::NewNetwork => html! { <pages::network_edit::NetworkEdit key="new" /> },
        Route::Network { id } => html! { <pages::network::NetworkPage {id} /> },
        Route::EditNetwork { id } => {
            html! { <pages::network_edit::NetworkEdit id={Some(id)} key={id.to_string()} /> }
        }
        Route::NetworkCalendars { id } => {
            html! { <pages::calendar_compare::CalendarComparePage {id} key={id.to_string()} /> }
        }
        Route::NetworkTimetable { id } => {
            html! { <pages::timetable::TimetablePage {id} key={id.to_string()} /> }
        }
        Route::NewGroup { id } => html! {
            <pages::group_edit::GroupEdit network_id={Some(id)} key={format!("new-{id}")} />
        },
        Route::Group { id } => html! { <pages::group::GroupPage {id} key={id.to_string()} /> },
        Route::EditGroup { id } => html! {
            <pages::group_edit::GroupEdit id={Some(id)} key={id.to_string()} />
        },
        Route::NewProgramme { id } => html! {
            <pages::programme_edit::ProgrammeEdit network_id={Some(id)} key={format!("new-{id}")} />
        },
        Route::Programme { id } => {
            html! { <pages::programme::ProgrammePage {id} key={id.to_string()} /> }
        }
        Route::EditProgramme { id } => html! {
            <pages::programme_edit::ProgrammeEdit id={Some(id)} key={id.to_string()} />
        },
        Route::NewAgreement { id } => html! {
            <pages::agreement_edit::AgreementEdit network_id={Some(id)} key={format!("new-{id}")} />
        },
        Route::Agreement { id } => {
            html! { <pages::agreement::AgreementPage {id} key={id.to_string()} /> }
        }
        Route::EditAgreement { id } => html! {
            <pages::agreement_edit::AgreementEdit id={Some(id)} key={id.to_string()} />
        },
        Route::MySchool => html! { <pages::my_school::MySchool /> },
        Route::MyGroups => html! { <pages::my_groups::MyGroups /> },
        Route::Students { id } => {
            html! { <pages::students::StudentsPage {id} key={id.to_string()} /> }
        }
        Route::Student { id } => {
            html! { <pages::student::StudentPage {id} key={id.to_string()} /> }
        }
        Route::Register { id } => {
            html! { <pages::register::RegisterPage {id} key={id.to_string()} /> }
        }
        Route::Users => html! { <pages::users::Users /> },
        Route::Audit => html! { <pages::audit::Audit /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}

/// Signed out, every route shows the sign-in form in place, so after signing in the user
/// is where the link pointed.
#[function_component(Gate)]
fn gate() -> Html {
    let auth = use_auth();
    match auth.session {
        Session::Restoring => html! { <div class="setka-fullscreen"><Loading /></div> },
        Session::Anonymous => html! { <pages::login::Login /> },
        Session::SignedIn(_) => html! {
            <Layout><Switch<Route> render={switch} /></Layout>
        },
    }
}

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <BrowserRouter>
            <I18nProvider>
                <AuthProvider>
                    <Gate />
                </AuthProvider>
            </I18nProvider>
        </BrowserRouter>
    }
}
