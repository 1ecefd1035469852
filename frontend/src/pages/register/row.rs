//! One student of the register: number, name, class and home school, and the four marks
//! as a segmented toggle with large touch targets. The row, not the buttons, takes the
//! keyboard focus (one tab stop for the whole list).

use domain::attendance::Mark;
use wire::student::TeachingStudent;
use yew::prelude::*;

use super::model::digit;
use crate::components::group::enrolments::model::student_name;
use crate::components::group::enrolments::row::class_and_school;
use crate::hooks::use_i18n;
use crate::i18n::enums::{mark_button_key, mark_key};

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub index: usize,
    pub student: TeachingStudent,
    pub mark: Option<Mark>,
    pub focused: bool,
    /// Whether the marks can be changed (the user takes the register, the session ended).
    pub editable: bool,
    pub on_set: Callback<(usize, Mark)>,
    pub on_focus: Callback<usize>,
}

#[function_component(RegisterRow)]
pub fn register_row(p: &RowProps) -> Html {
    let i18n = use_i18n();
    let (i, sid) = (p.index, p.student.id);
    let name = student_name(&p.student);
    let onfocusin = {
        let on_focus = p.on_focus.clone();
        Callback::from(move |_: FocusEvent| on_focus.emit(i))
    };
    let button = |m: Mark| {
        let selected = p.mark == Some(m);
        let on_set = p.on_set.clone();
        html! {
            <div class="pf-v6-c-toggle-group__item">
                <button type="button" tabindex="-1" disabled={!p.editable}
                        class={classes!("pf-v6-c-toggle-group__button", "setka-reg-mark", format!("setka-reg-mark--{}", m.as_str()), selected.then_some("pf-m-selected"))}
                        aria-pressed={selected.to_string()} title={i18n.t(mark_key(m))}
                        data-testid={format!("mark-{sid}-{}", m.as_str())}
                        onclick={Callback::from(move |_: MouseEvent| on_set.emit((i, m)))}>
                    <span class="pf-v6-c-toggle-group__text">
                        <kbd class="setka-reg-key" aria-hidden="true">{ digit(m) }</kbd>
                        { i18n.t(mark_button_key(m)) }
                    </span>
                </button>
            </div>
        }
    };
    html! {
        <tr id={format!("register-row-{sid}")} data-testid={format!("register-row-{sid}")}
            class={classes!("pf-v6-c-table__tr", "setka-reg-row", p.focused.then_some("setka-reg-row--focus"), p.mark.is_none().then_some("setka-reg-row--unmarked"))}
            tabindex={if p.focused { "0" } else { "-1" }} data-mark={p.mark.map(|m| m.as_str()).unwrap_or_default()}
            aria-label={name.clone()} {onfocusin}>
            <td class="pf-v6-c-table__td setka-reg-no">{ i + 1 }</td>
            <td class="pf-v6-c-table__td setka-reg-student">
                <div class="setka-strong">{ name.clone() }</div>
                <div class="setka-muted setka-small">{ class_and_school(&i18n, &p.student) }</div>
            </td>
            <td class="pf-v6-c-table__td setka-reg-marks-cell">
                <div class="pf-v6-c-toggle-group setka-reg-marks" role="group" aria-label={i18n.t1("reg-marks-of", "name", name)}>
                    { for Mark::ALL.into_iter().map(button) }
                </div>
            </td>
        </tr>
    }
}
