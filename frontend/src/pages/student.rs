//! Being written.

use uuid::Uuid;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: Uuid,
}

#[function_component(StudentPage)]
pub fn page(p: &Props) -> Html {
    html! { <p>{ p.id.to_string() }</p> }
}
