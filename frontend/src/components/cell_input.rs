//! An input inside a table row: labelled for screen readers, the row's error under it.
//! Its id is the field path made safe (`cal-terms-1-to`), the error's id that plus `-error`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CellInputProps {
    pub id: String,
    /// What the column says, for screen readers.
    pub label: String,
    pub value: String,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub min: Option<String>,
    #[prop_or_default]
    pub max: Option<String>,
    #[prop_or_default]
    pub placeholder: Option<String>,
    #[prop_or_default]
    pub disabled: bool,
    /// Marks the input invalid but leaves the message to the row (narrow cells).
    #[prop_or_default]
    pub quiet: bool,
}

/// `terms[1].to` → `cal-terms-1-to`.
pub fn cell_id(prefix: &str, path: &str) -> String {
    let mut id = format!("{prefix}-");
    for c in path.chars() {
        match c {
            '[' | '.' => id.push('-'),
            ']' => {}
            c => id.push(c),
        }
    }
    id.replace("--", "-")
}

#[function_component(CellInput)]
pub fn cell_input(p: &CellInputProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let invalid = p.error.is_some();
    html! {
        <div class="setka-cell">
            <span class={classes!("pf-v6-c-form-control", invalid.then_some("pf-m-error"), p.disabled.then_some("pf-m-disabled"))}>
                <input id={p.id.clone()} type={p.input_type.clone()} value={p.value.clone()} {oninput}
                       aria-label={p.label.clone()} aria-invalid={invalid.to_string()}
                       min={p.min.clone()} max={p.max.clone()} placeholder={p.placeholder.clone()}
                       disabled={p.disabled} />
            </span>
            if let (Some(e), false) = (&p.error, p.quiet) {
                <div class="pf-v6-c-helper-text">
                    <div class="pf-v6-c-helper-text__item pf-m-error" id={format!("{}-error", p.id)} data-testid="field-error">
                        <span class="pf-v6-c-helper-text__item-icon">
                            <i class="fas fa-fw fa-exclamation-circle" aria-hidden="true"></i>
                        </span>
                        <span class="pf-v6-c-helper-text__item-text">{ e }</span>
                    </div>
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::cell_id;

    #[test]
    fn ids_from_paths() {
        assert_eq!(cell_id("cal", "terms[1].to"), "cal-terms-1-to");
        assert_eq!(
            cell_id("cal", "bell_schedules[0].lessons[2].start"),
            "cal-bell_schedules-0-lessons-2-start"
        );
        assert_eq!(cell_id("grp", "name"), "grp-name");
    }
}
