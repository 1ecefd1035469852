//! A PatternFly modal dialog: a backdrop, a titled box, a body and a footer of buttons.
//! Escape and the close button call `on_close`; the first field or button gets focus.
//! Rendered into `<body>` through a portal.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub id: AttrValue,
    pub title: String,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
    /// Buttons, the primary one first.
    #[prop_or_default]
    pub footer: Html,
    /// `pf-m-sm`, `pf-m-md`, `pf-m-lg`.
    #[prop_or(AttrValue::Static("pf-m-md"))]
    pub size: AttrValue,
    #[prop_or_default]
    pub warning: bool,
}

#[function_component(Modal)]
pub fn modal(p: &ModalProps) -> Html {
    let i18n = use_i18n();
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let first = node
                .cast::<web_sys::Element>()
                .and_then(|el| {
                    el.query_selector("input, textarea, select, .pf-v6-c-modal-box__footer button")
                        .ok()
                        .flatten()
                })
                .and_then(|el| el.dyn_into::<HtmlElement>().ok());
            if let Some(el) = first {
                let _ = el.focus();
            }
        });
    }
    let onkeydown = {
        let close = p.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let title_id = format!("{}-title", p.id);
    let dialog = html! {
        <div class="pf-v6-c-backdrop setka-backdrop">
            <div class="pf-v6-l-bullseye">
                <div ref={node} class={classes!("pf-v6-c-modal-box", p.size.to_string(), p.warning.then_some("pf-m-warning"))}
                     role="dialog" aria-modal="true" aria-labelledby={title_id.clone()} id={p.id.clone()} {onkeydown}>
                    <div class="pf-v6-c-modal-box__close">
                        <button type="button" class="pf-v6-c-button pf-m-plain" aria-label={i18n.t("common-close")}
                                onclick={p.on_close.reform(|_| ())}>
                            <span class="pf-v6-c-button__icon"><i class="fas fa-times" aria-hidden="true"></i></span>
                        </button>
                    </div>
                    <header class="pf-v6-c-modal-box__header">
                        <h1 class="pf-v6-c-modal-box__title" id={title_id}>
                            if p.warning {
                                <span class="pf-v6-c-modal-box__title-icon"><i class="fas fa-fw fa-exclamation-triangle" aria-hidden="true"></i></span>
                            }
                            <span class="pf-v6-c-modal-box__title-text">{ &p.title }</span>
                        </h1>
                    </header>
                    <div class="pf-v6-c-modal-box__body">{ p.children.clone() }</div>
                    if p.footer != Html::default() {
                        <footer class="pf-v6-c-modal-box__footer">{ p.footer.clone() }</footer>
                    }
                </div>
            </div>
        </div>
    };
    // Into <body>: inside the page's scrolling main section a fixed backdrop would cover
    // only that section and the dialog would not be centred on the screen.
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        Some(body) => create_portal(dialog, body.into()),
        None => dialog,
    }
}
