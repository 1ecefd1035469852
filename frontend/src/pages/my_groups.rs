//! Being written.

use yew::prelude::*;

#[function_component(MyGroups)]
pub fn page() -> Html {
    html! {}
}
