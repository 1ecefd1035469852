//! The labelled select of the request dialog, with the test id on the `<select>` itself
//! (the browser test picks options there) and its live value kept in sync.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PickProps {
    /// The element's id and test id.
    pub id: AttrValue,
    pub label: String,
    pub value: String,
    /// `(value, label)` pairs.
    pub options: Vec<(String, String)>,
    pub placeholder: String,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or_default]
    pub helper: Option<String>,
}

#[function_component(PickField)]
pub fn pick_field(p: &PickProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((p.value.clone(), p.options.len()), move |(value, _)| {
            if let Some(el) = node.cast::<HtmlSelectElement>() {
                el.set_value(value);
            }
        });
    }
    let onchange = p
        .onchange
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="pf-v6-c-form__group">
            <div class="pf-v6-c-form__group-label">
                <label class="pf-v6-c-form__label" for={p.id.clone()}>
                    <span class="pf-v6-c-form__label-text">{ &p.label }</span>
                    {"\u{a0}"}<span class="pf-v6-c-form__label-required" aria-hidden="true">{"*"}</span>
                </label>
            </div>
            <div class="pf-v6-c-form__group-control">
                <span class={classes!("pf-v6-c-form-control", p.disabled.then_some("pf-m-disabled"))}>
                    <select ref={node} id={p.id.clone()} name={p.id.clone()} data-testid={p.id.clone()}
                            {onchange} disabled={p.disabled} required=true>
                        <option value="" selected={p.value.is_empty()}>{ &p.placeholder }</option>
                        { for p.options.iter().map(|(v, l)| html! {
                            <option value={v.clone()} selected={*v == p.value}>{ l }</option>
                        }) }
                    </select>
                    <span class="pf-v6-c-form-control__utilities">
                        <span class="pf-v6-c-form-control__toggle-icon">
                            <i class="fas fa-caret-down" aria-hidden="true"></i>
                        </span>
                    </span>
                </span>
                if let Some(h) = &p.helper {
                    <div class="pf-v6-c-form__helper-text">
                        <div class="pf-v6-c-helper-text">
                            <div class="pf-v6-c-helper-text__item"><span class="pf-v6-c-helper-text__item-text">{ h }</span></div>
                        </div>
                    </div>
                }
            </div>
        </div>
    }
}
