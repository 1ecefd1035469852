//! Being written.

use yew::prelude::*;

#[function_component(MySchool)]
pub fn page() -> Html {
    html! {}
}
