//! PatternFly form fields that show a server field error under the input.
//!
//! Each input gets `id` = the JSON field name prefixed by the form (e.g. `org-inn`) and
//! its error `id` + `-error`, which the browser test looks for.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct GroupProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub helper: Option<String>,
    pub children: Html,
}

#[function_component(Group)]
pub(crate) fn group(props: &GroupProps) -> Html {
    let helper = match (&props.error, &props.helper) {
        (Some(err), _) => html! {
            <div class="pf-v6-c-form__helper-text" aria-live="polite">
                <div class="pf-v6-c-helper-text">
                    <div class="pf-v6-c-helper-text__item pf-m-error"
                         id={format!("{}-error", props.id)} data-testid="field-error">
                        <span class="pf-v6-c-helper-text__item-icon">
                            <i class="fas fa-fw fa-exclamation-circle" aria-hidden="true"></i>
                        </span>
                        <span class="pf-v6-c-helper-text__item-text">{ err }</span>
                    </div>
                </div>
            </div>
        },
        (None, Some(h)) => html! {
            <div class="pf-v6-c-form__helper-text">
                <div class="pf-v6-c-helper-text">
                    <div class="pf-v6-c-helper-text__item" id={format!("{}-helper", props.id)}>
                        <span class="pf-v6-c-helper-text__item-text">{ h }</span>
                    </div>
                </div>
            </div>
        },
        (None, None) => html! {},
    };
    html! {
        <div class="pf-v6-c-form__group">
            <div class="pf-v6-c-form__group-label">
                <label class="pf-v6-c-form__label" for={props.id.clone()}>
                    <span class="pf-v6-c-form__label-text">{ &props.label }</span>
                    if props.required {
                        {"\u{a0}"}<span class="pf-v6-c-form__label-required" aria-hidden="true">{"*"}</span>
                    }
                </label>
            </div>
            <div class="pf-v6-c-form__group-control">
                { props.children.clone() }
                { helper }
            </div>
        </div>
    }
}

fn control_class(error: bool, disabled: bool, extra: &'static str) -> Classes {
    classes!(
        "pf-v6-c-form-control",
        extra,
        error.then_some("pf-m-error"),
        disabled.then_some("pf-m-disabled")
    )
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: String,
    pub value: String,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub helper: Option<String>,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
}

#[function_component(TextField)]
pub fn text_field(p: &TextFieldProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let invalid = p.error.is_some();
    let described = if invalid {
        format!("{}-error", p.id)
    } else {
        format!("{}-helper", p.id)
    };
    html! {
        <Group id={p.id.clone()} label={p.label.clone()} required={p.required}
               error={p.error.clone()} helper={p.helper.clone()}>
            <span class={control_class(invalid, p.disabled, "")}>
                <input id={p.id.clone()} name={p.id.clone()} type={p.input_type.clone()}
                       value={p.value.clone()} {oninput} disabled={p.disabled}
                       required={p.required} autocomplete={p.autocomplete.clone()}
                       aria-invalid={invalid.to_string()} aria-describedby={described} />
                if invalid {
                    <span class="pf-v6-c-form-control__utilities">
                        <span class="pf-v6-c-form-control__icon pf-m-status">
                            <i class="fas fa-exclamation-circle" aria-hidden="true"></i>
                        </span>
                    </span>
                }
            </span>
        </Group>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: String,
    pub value: String,
    /// `(value, label)` pairs.
    pub options: Vec<(String, String)>,
    pub onchange: Callback<String>,
    /// A first option with the empty value.
    #[prop_or_default]
    pub placeholder: Option<String>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub helper: Option<String>,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub disabled: bool,
}

#[function_component(SelectField)]
pub fn select_field(p: &SelectFieldProps) -> Html {
    let invalid = p.error.is_some();
    html! {
        <Group id={p.id.clone()} label={p.label.clone()} required={p.required}
               error={p.error.clone()} helper={p.helper.clone()}>
            <Select id={p.id.clone()} value={p.value.clone()} options={p.options.clone()}
                    onchange={p.onchange.clone()} placeholder={p.placeholder.clone()}
                    {invalid} disabled={p.disabled} />
        </Group>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub value: String,
    pub options: Vec<(String, String)>,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub placeholder: Option<String>,
    #[prop_or_default]
    pub invalid: bool,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or_default]
    pub aria_label: Option<String>,
}

/// A bare PatternFly select, also used in toolbars.
#[function_component(Select)]
pub fn select(p: &SelectProps) -> Html {
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    // `selected` on an option is only the initial choice; keep the live value in sync when
    // the state changes from elsewhere (a reset, a loaded record, options arriving late).
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((p.value.clone(), p.options.len()), move |(value, _)| {
            if let Some(el) = node.cast::<HtmlSelectElement>() {
                el.set_value(value);
            }
        });
    }
    html! {
        <span class={control_class(p.invalid, p.disabled, "")}>
            <select ref={node} id={p.id.clone()} name={p.id.clone()} {onchange} disabled={p.disabled}
                    aria-label={p.aria_label.clone()} aria-invalid={p.invalid.to_string()}>
                if let Some(ph) = &p.placeholder {
                    <option value="" selected={p.value.is_empty()}>{ ph }</option>
                }
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
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckFieldProps {
    pub id: AttrValue,
    pub label: String,
    pub checked: bool,
    pub onchange: Callback<bool>,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or_default]
    pub error: Option<String>,
}

#[function_component(CheckField)]
pub fn check_field(p: &CheckFieldProps) -> Html {
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    html! {
        <div class="pf-v6-c-form__group">
            <div class="pf-v6-c-form__group-control">
                <div class={classes!("pf-v6-c-check", p.disabled.then_some("pf-m-disabled"))}>
                    <input class="pf-v6-c-check__input" type="checkbox" id={p.id.clone()}
                           checked={p.checked} {onchange} disabled={p.disabled} />
                    <label class={classes!("pf-v6-c-check__label", p.disabled.then_some("pf-m-disabled"))}
                           for={p.id.clone()}>{ &p.label }</label>
                </div>
                if let Some(err) = &p.error {
                    <div class="pf-v6-c-form__helper-text" aria-live="polite">
                        <div class="pf-v6-c-helper-text">
                            <div class="pf-v6-c-helper-text__item pf-m-error" id={format!("{}-error", p.id)}>
                                <span class="pf-v6-c-helper-text__item-text">{ err }</span>
                            </div>
                        </div>
                    </div>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SaveButtonProps {
    pub id: AttrValue,
    /// A submit is in flight (`Submit::busy`).
    pub busy: bool,
    /// The label when idle; «Сохранить» unless given.
    #[prop_or_default]
    pub label: Option<String>,
}

/// A form's submit button: disabled with «Сохранение…» while the save is in flight.
#[function_component(SaveButton)]
pub fn save_button(p: &SaveButtonProps) -> Html {
    let i18n = crate::hooks::use_i18n();
    let text = match (&p.label, p.busy) {
        (_, true) => i18n.t("common-saving"),
        (Some(label), false) => label.clone(),
        (None, false) => i18n.t("common-save"),
    };
    html! {
        <button type="submit" id={p.id.clone()} disabled={p.busy}
                class={classes!("pf-v6-c-button", "pf-m-primary", p.busy.then_some("pf-m-in-progress"))}>
            { text }
        </button>
    }
}
