//! `/`: each role lands where its work is.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::use_auth;

#[function_component(Home)]
pub fn home() -> Html {
    let perms = use_auth().perms();
    let to = if perms.school_desk().is_some() {
        Route::MySchool
    } else if perms.teaches() {
        Route::MyGroups
    } else {
        match perms.own_school() {
            Some(id) => Route::Organization { id },
            None => Route::Organizations,
        }
    };
    html! { <Redirect<Route> {to} /> }
}
