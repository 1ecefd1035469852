//! Bell schedules (расписание звонков) in the calendar editor: named schedules, their
//! lessons (number, start, end), and «Заполнить» — lessons from the first one's start,
//! their length, the break and how many.

use wire::FieldError;
use yew::prelude::*;

use super::draft::{LessonDraft, ScheduleDraft, fill};
use crate::components::cell_input::{CellInput, cell_id};
use crate::components::field_path;
use crate::hooks::use_i18n;

#[derive(Properties, PartialEq)]
pub struct BellsProps {
    pub schedules: Vec<ScheduleDraft>,
    pub onchange: Callback<Vec<ScheduleDraft>>,
    pub missing: Vec<String>,
    pub errors: Vec<FieldError>,
}

#[function_component(BellSchedulesEditor)]
pub fn bell_schedules_editor(p: &BellsProps) -> Html {
    let i18n = use_i18n();
    let add = {
        let (list, cb) = (p.schedules.clone(), p.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = list.clone();
            next.push(ScheduleDraft::default());
            cb.emit(next);
        })
    };
    html! {
        <div class="setka-rows" id="cal-bell_schedules">
            if let Some(e) = field_path::at(&p.errors, "bell_schedules") {
                <p class="setka-error-text" id="cal-bell_schedules-error">{ e }</p>
            }
            if p.schedules.is_empty() {
                <p class="setka-muted">{ i18n.t("cal-bells-none") }</p>
            }
            { for p.schedules.iter().enumerate().map(|(s, b)| html! {
                <Schedule key={s} index={s} schedule={b.clone()} all={p.schedules.clone()}
                          onchange={p.onchange.clone()} missing={p.missing.clone()} errors={p.errors.clone()} />
            }) }
            <button type="button" id="cal-bells-add" class="pf-v6-c-button pf-m-link pf-m-inline setka-add-row" onclick={add}>
                <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus-circle" aria-hidden="true"></i></span>
                <span class="pf-v6-c-button__text">{ i18n.t("cal-bells-add") }</span>
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ScheduleProps {
    index: usize,
    schedule: ScheduleDraft,
    all: Vec<ScheduleDraft>,
    onchange: Callback<Vec<ScheduleDraft>>,
    missing: Vec<String>,
    errors: Vec<FieldError>,
}

#[function_component(Schedule)]
fn schedule(p: &ScheduleProps) -> Html {
    let i18n = use_i18n();
    let s = p.index;
    let base = format!("bell_schedules[{s}]");
    let err = |path: &str| {
        if p.missing.iter().any(|m| m == path) {
            return Some(i18n.t("common-required"));
        }
        field_path::at(&p.errors, path)
    };
    // Edits this schedule inside the list.
    let change = |apply: std::rc::Rc<dyn Fn(&mut ScheduleDraft)>| {
        let (all, cb) = (p.all.clone(), p.onchange.clone());
        move || {
            let mut next = all.clone();
            if let Some(b) = next.get_mut(s) {
                apply(b);
            }
            cb.emit(next);
        }
    };
    let text = |apply: fn(&mut ScheduleDraft, String)| {
        let (all, cb) = (p.all.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = all.clone();
            if let Some(b) = next.get_mut(s) {
                apply(b, v);
            }
            cb.emit(next);
        })
    };
    let lesson_text = |j: usize, apply: fn(&mut LessonDraft, String)| {
        let (all, cb) = (p.all.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = all.clone();
            if let Some(l) = next.get_mut(s).and_then(|b| b.lessons.get_mut(j)) {
                apply(l, v);
            }
            cb.emit(next);
        })
    };
    let remove_lesson = |j: usize| {
        let go = change(std::rc::Rc::new(move |b: &mut ScheduleDraft| {
            if j < b.lessons.len() {
                b.lessons.remove(j);
            }
        }));
        Callback::from(move |_: MouseEvent| go())
    };
    let add_lesson = {
        let go = change(std::rc::Rc::new(|b: &mut ScheduleDraft| {
            let number = b.lessons.len() + 1;
            b.lessons.push(LessonDraft {
                number: number.to_string(),
                ..LessonDraft::default()
            });
        }));
        Callback::from(move |_: MouseEvent| go())
    };
    let remove_schedule = {
        let (all, cb) = (p.all.clone(), p.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = all.clone();
            next.remove(s);
            cb.emit(next);
        })
    };
    let on_fill = {
        let (all, cb) = (p.all.clone(), p.onchange.clone());
        Callback::from(move |lessons: Vec<LessonDraft>| {
            let mut next = all.clone();
            if let Some(b) = next.get_mut(s) {
                b.lessons = lessons;
            }
            cb.emit(next);
        })
    };
    let lessons_error = field_path::at(&p.errors, &format!("{base}.lessons"));
    let rest = field_path::rest_of(&p.errors, &base, &["name", "lessons"]);
    let row = |j: usize, l: &LessonDraft| {
        let path = |x: &str| format!("{base}.lessons[{j}].{x}");
        let remove_label = i18n.t("cal-lesson-remove");
        html! {
            <tr class="pf-v6-c-table__tr" key={j} data-testid="cal-lesson-row">
                <td class="pf-v6-c-table__td setka-cal-num">
                    <CellInput id={cell_id("cal", &path("number"))} label={i18n.t("cal-col-lesson")} value={l.number.clone()}
                               input_type="number" oninput={lesson_text(j, |l, v| l.number = v)} error={err(&path("number"))} />
                </td>
                <td class="pf-v6-c-table__td setka-cal-time">
                    <CellInput id={cell_id("cal", &path("start"))} label={i18n.t("cal-col-start")} value={l.start.clone()}
                               input_type="time" oninput={lesson_text(j, |l, v| l.start = v)} error={err(&path("start"))} />
                </td>
                <td class="pf-v6-c-table__td setka-cal-time">
                    <CellInput id={cell_id("cal", &path("end"))} label={i18n.t("cal-col-end")} value={l.end.clone()}
                               input_type="time" oninput={lesson_text(j, |l, v| l.end = v)} error={err(&path("end"))} />
                </td>
                <td class="pf-v6-c-table__td setka-cal-actions">
                    <button type="button" class="pf-v6-c-button pf-m-plain pf-m-danger" data-testid="cal-lesson-remove"
                            aria-label={remove_label.clone()} title={remove_label} onclick={remove_lesson(j)}>
                        <span class="pf-v6-c-button__icon"><i class="fas fa-trash" aria-hidden="true"></i></span>
                    </button>
                </td>
            </tr>
        }
    };
    let b = &p.schedule;
    html! {
        <fieldset class="setka-row-card" data-testid="cal-schedule">
            <div class="setka-row-card__head">
                <legend class="setka-strong">{ i18n.t1("cal-bells-no", "number", (s + 1) as i64) }</legend>
                <button type="button" class="pf-v6-c-button pf-m-link pf-m-danger pf-m-inline" data-testid="cal-schedule-remove"
                        onclick={remove_schedule}>{ i18n.t("cal-bells-remove") }</button>
            </div>
            <div class="setka-cal-bells-name">
                <label class="pf-v6-c-form__label" for={cell_id("cal", &format!("{base}.name"))}>
                    <span class="pf-v6-c-form__label-text">{ i18n.t("cal-bells-name") }</span>
                </label>
                <CellInput id={cell_id("cal", &format!("{base}.name"))} label={i18n.t("cal-bells-name")} value={b.name.clone()}
                           oninput={text(|b, v| b.name = v)} error={err(&format!("{base}.name"))}
                           placeholder={i18n.t("cal-bells-name-placeholder")} />
            </div>
            { for rest.into_iter().map(|m| html! { <p class="setka-error-text">{ m }</p> }) }
            <div class="setka-cal-bells">
                <div>
                    if let Some(e) = lessons_error {
                        <p class="setka-error-text" id={format!("{}-error", cell_id("cal", &format!("{base}.lessons")))}>{ e }</p>
                    }
                    if !b.lessons.is_empty() {
                        <table class="pf-v6-c-table pf-m-compact setka-table setka-cal-table">
                            <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
                                <th class="pf-v6-c-table__th">{ i18n.t("cal-col-lesson") }</th>
                                <th class="pf-v6-c-table__th">{ i18n.t("cal-col-start") }</th>
                                <th class="pf-v6-c-table__th">{ i18n.t("cal-col-end") }</th>
                                <th class="pf-v6-c-table__th"><span class="pf-v6-screen-reader">{ i18n.t("common-actions") }</span></th>
                            </tr></thead>
                            <tbody class="pf-v6-c-table__tbody">
                                { for b.lessons.iter().enumerate().map(|(j, l)| row(j, l)) }
                            </tbody>
                        </table>
                    }
                    <button type="button" id={format!("cal-lesson-add-{s}")} class="pf-v6-c-button pf-m-link pf-m-inline setka-add-row"
                            onclick={add_lesson}>
                        <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus-circle" aria-hidden="true"></i></span>
                        <span class="pf-v6-c-button__text">{ i18n.t("cal-lesson-add") }</span>
                    </button>
                </div>
                <FillHelper index={s} {on_fill} />
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct FillProps {
    index: usize,
    on_fill: Callback<Vec<LessonDraft>>,
}

/// «Заполнить»: replaces the lessons with evenly spaced ones.
#[function_component(FillHelper)]
fn fill_helper(p: &FillProps) -> Html {
    let i18n = use_i18n();
    let values = use_state(|| {
        (
            "08:30".to_owned(),
            "45".to_owned(),
            "10".to_owned(),
            "7".to_owned(),
        )
    });
    let bad = use_state(Vec::<&'static str>::new);
    let set = |which: usize| {
        let values = values.clone();
        Callback::from(move |v: String| {
            let mut next = (*values).clone();
            match which {
                0 => next.0 = v,
                1 => next.1 = v,
                2 => next.2 = v,
                _ => next.3 = v,
            }
            values.set(next);
        })
    };
    let apply = {
        let (values, bad, cb) = (values.clone(), bad.clone(), p.on_fill.clone());
        Callback::from(move |_: MouseEvent| {
            let (a, b, c, d) = &*values;
            match fill(a, b, c, d) {
                Ok(lessons) => {
                    bad.set(Vec::new());
                    cb.emit(lessons);
                }
                Err(fields) => bad.set(fields),
            }
        })
    };
    let err = |f: &str| {
        bad.contains(&f)
            .then(|| i18n.t(&format!("cal-fill-bad-{f}")))
    };
    let id = |f: &str| format!("cal-fill-{}-{f}", p.index);
    let (a, b, c, d) = &*values;
    let field = |f: &'static str, label: &str, value: &str, kind: &'static str, which: usize| {
        html! {
            <div class="setka-cal-fill__field">
                <label class="pf-v6-c-form__label" for={id(f)}><span class="pf-v6-c-form__label-text">{ i18n.t(label) }</span></label>
                <CellInput id={id(f)} label={i18n.t(label)} value={value.to_owned()} input_type={kind}
                           oninput={set(which)} error={err(f)} />
            </div>
        }
    };
    html! {
        <div class="setka-cal-fill" data-testid="cal-fill">
            <div class="setka-strong setka-small">{ i18n.t("cal-fill-title") }</div>
            <p class="setka-muted setka-small">{ i18n.t("cal-fill-hint") }</p>
            <div class="setka-cal-fill__grid">
                { field("first", "cal-fill-first", a, "time", 0) }
                { field("length", "cal-fill-length", b, "number", 1) }
                { field("pause", "cal-fill-pause", c, "number", 2) }
                { field("count", "cal-fill-count", d, "number", 3) }
            </div>
            <button type="button" class="pf-v6-c-button pf-m-secondary pf-m-small" id={format!("cal-fill-{}", p.index)}
                    onclick={apply}>{ i18n.t("cal-fill-apply") }</button>
        </div>
    }
}
