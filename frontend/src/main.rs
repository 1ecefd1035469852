//! Setka's single-page app. `cargo xtask` builds it for `wasm32-unknown-unknown` and
//! runs wasm-bindgen; the API server serves the result from `frontend/dist`.

mod app;
mod components;
mod hooks;
mod i18n;
mod pages;
mod services;
mod today;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
