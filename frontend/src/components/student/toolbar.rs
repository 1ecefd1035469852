//! Search and filters of a school's students, kept in the page's URL query
//! (`?q=иван&grade=9&class_letter=Б&consent=false&enrolled=true`).

use gloo_timers::callback::Timeout;
use serde::{Deserialize, Serialize};
use web_sys::HtmlInputElement;
use wire::student::StudentQuery;
use yew::prelude::*;

use crate::components::form::Select;
use crate::hooks::use_i18n;

/// The filters of the list, as the URL query holds them (absent ones are left out).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StudentsFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class_letter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrolled: Option<bool>,
}

impl StudentsFilter {
    /// The API query for one page of `limit` students.
    pub fn to_query(&self, limit: u32) -> StudentQuery {
        StudentQuery {
            q: self.q.clone(),
            grade: self.grade.filter(|g| (1..=11).contains(g)),
            class_letter: self.class_letter.clone(),
            consent: self.consent,
            enrolled: self.enrolled,
            limit: Some(limit),
            ..StudentQuery::default()
        }
    }

    /// The same filters with only the search text changed.
    pub fn only_search_differs(&self, other: &StudentsFilter) -> bool {
        StudentsFilter {
            q: other.q.clone(),
            ..self.clone()
        } == *other
    }
}

/// A trimmed, upper-case class letter; empty means no filter.
pub fn clean_letter(raw: &str) -> Option<String> {
    Some(raw.trim().to_uppercase()).filter(|l| !l.is_empty())
}

fn bool_value(v: Option<bool>) -> String {
    v.map(|b| b.to_string()).unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct StudentsToolbarProps {
    pub filter: StudentsFilter,
    pub onchange: Callback<StudentsFilter>,
}

#[function_component(StudentsToolbar)]
pub fn students_toolbar(p: &StudentsToolbarProps) -> Html {
    let i18n = use_i18n();
    let text = use_state(|| p.filter.q.clone().unwrap_or_default());
    let letter = use_state(|| p.filter.class_letter.clone().unwrap_or_default());
    // The search text this box sent last: a different `q` came from elsewhere (back
    // button, reset) and replaces what the box shows.
    let sent = use_mut_ref(|| p.filter.q.clone());
    {
        let (text, letter, sent) = (text.clone(), letter.clone(), sent.clone());
        use_effect_with(
            (p.filter.q.clone(), p.filter.class_letter.clone()),
            move |(q, l)| {
                if *sent.borrow() != *q {
                    *sent.borrow_mut() = q.clone();
                    text.set(q.clone().unwrap_or_default());
                }
                if clean_letter(&letter) != *l {
                    letter.set(l.clone().unwrap_or_default());
                }
            },
        );
    }
    // Search as you type, a moment after the last key.
    {
        let (filter, onchange, sent) = (p.filter.clone(), p.onchange.clone(), sent.clone());
        use_effect_with(((*text).clone(), filter), move |(text, filter)| {
            let q = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
            let pending = (q != filter.q).then(|| {
                let next = StudentsFilter {
                    q: q.clone(),
                    ..filter.clone()
                };
                Timeout::new(300, move || {
                    *sent.borrow_mut() = q;
                    onchange.emit(next);
                })
            });
            move || drop(pending)
        });
    }

    // The class letter too, so it applies without leaving the box.
    {
        let (filter, onchange) = (p.filter.clone(), p.onchange.clone());
        use_effect_with(((*letter).clone(), filter), move |(letter, filter)| {
            let l = clean_letter(letter);
            let pending = (l != filter.class_letter).then(|| {
                let next = StudentsFilter {
                    class_letter: l,
                    ..filter.clone()
                };
                Timeout::new(300, move || onchange.emit(next))
            });
            move || drop(pending)
        });
    }

    let f = &p.filter;
    let update = |apply: fn(&mut StudentsFilter, String)| {
        let (f, cb) = (f.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = f.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_letter_input = {
        let letter = letter.clone();
        Callback::from(move |e: InputEvent| {
            letter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let reset = {
        let (cb, text, letter, sent) = (
            p.onchange.clone(),
            text.clone(),
            letter.clone(),
            sent.clone(),
        );
        Callback::from(move |_| {
            *sent.borrow_mut() = None;
            text.set(String::new());
            letter.set(String::new());
            cb.emit(StudentsFilter::default());
        })
    };

    let grades: Vec<(String, String)> = (1..=11u8)
        .map(|g| (g.to_string(), i18n.t1("stu-grade-n", "grade", i64::from(g))))
        .collect();
    let consent = vec![
        ("true".to_owned(), i18n.t("stu-filter-consent-yes")),
        ("false".to_owned(), i18n.t("stu-filter-consent-no")),
    ];
    let enrolled = vec![
        ("true".to_owned(), i18n.t("stu-filter-enrolled-yes")),
        ("false".to_owned(), i18n.t("stu-filter-enrolled-no")),
    ];

    html! {
        <div class="pf-v6-c-toolbar setka-toolbar">
            <div class="pf-v6-c-toolbar__content">
                <div class="pf-v6-c-toolbar__content-section">
                    <div class="pf-v6-c-toolbar__item setka-search">
                        <div class="pf-v6-c-text-input-group">
                            <div class="pf-v6-c-text-input-group__main pf-m-icon">
                                <span class="pf-v6-c-text-input-group__text">
                                    <span class="pf-v6-c-text-input-group__icon"><i class="fas fa-search" aria-hidden="true"></i></span>
                                    <input class="pf-v6-c-text-input-group__text-input" id="students-search"
                                           data-testid="students-search" type="search" value={(*text).clone()} {oninput}
                                           placeholder={i18n.t("stu-search")} aria-label={i18n.t("common-search")} />
                                </span>
                            </div>
                        </div>
                    </div>
                </div>
                <div class="pf-v6-c-toolbar__content-section setka-toolbar__filters">
                    <div class="pf-v6-c-toolbar__item">
                        <Select id="students-grade" value={f.grade.map(|g| g.to_string()).unwrap_or_default()}
                                options={grades} placeholder={i18n.t("stu-filter-grade-any")}
                                aria_label={i18n.t("stu-filter-grade")}
                                onchange={update(|q, v| q.grade = v.parse().ok())} />
                    </div>
                    <div class="pf-v6-c-toolbar__item setka-stu-letter">
                        <span class="pf-v6-c-form-control">
                            <input id="students-class" data-testid="students-class" type="text" maxlength="3"
                                   value={(*letter).clone()} oninput={on_letter_input}
                                   placeholder={i18n.t("stu-filter-class")} aria-label={i18n.t("stu-filter-class")} />
                        </span>
                    </div>
                    <div class="pf-v6-c-toolbar__item">
                        <Select id="students-consent" value={bool_value(f.consent)} options={consent}
                                placeholder={i18n.t("stu-filter-consent-any")} aria_label={i18n.t("stu-filter-consent")}
                                onchange={update(|q, v| q.consent = v.parse().ok())} />
                    </div>
                    <div class="pf-v6-c-toolbar__item">
                        <Select id="students-enrolled" value={bool_value(f.enrolled)} options={enrolled}
                                placeholder={i18n.t("stu-filter-enrolled-any")} aria_label={i18n.t("stu-filter-enrolled")}
                                onchange={update(|q, v| q.enrolled = v.parse().ok())} />
                    </div>
                    if *f != StudentsFilter::default() {
                        <div class="pf-v6-c-toolbar__item">
                            <button type="button" class="pf-v6-c-button pf-m-link pf-m-inline" onclick={reset}
                                    id="students-reset" data-testid="students-reset">
                                <span class="pf-v6-c-button__text">{ i18n.t("stu-reset") }</span>
                            </button>
                        </div>
                    }
                </div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_query_round_trips() {
        let f = StudentsFilter {
            q: Some("Ёлкин".into()),
            grade: Some(9),
            class_letter: Some("Б".into()),
            consent: Some(false),
            enrolled: Some(true),
        };
        let q = serde_urlencoded::to_string(&f).unwrap_or_default();
        assert_eq!(
            serde_urlencoded::from_str::<StudentsFilter>(&q).ok(),
            Some(f.clone())
        );
        assert_eq!(
            serde_urlencoded::to_string(StudentsFilter::default()).unwrap_or_default(),
            ""
        );
        let api = f.to_query(25);
        assert_eq!(api.grade, Some(9));
        assert_eq!(api.limit, Some(25));
        assert_eq!(api.active, None);
    }

    #[test]
    fn impossible_grades_are_not_sent() {
        let f = StudentsFilter {
            grade: Some(12),
            ..StudentsFilter::default()
        };
        assert_eq!(f.to_query(25).grade, None);
    }

    #[test]
    fn typing_is_told_from_filtering() {
        let a = StudentsFilter {
            q: Some("ив".into()),
            grade: Some(5),
            ..StudentsFilter::default()
        };
        let typed = StudentsFilter {
            q: Some("иван".into()),
            ..a.clone()
        };
        let filtered = StudentsFilter {
            grade: Some(6),
            ..a.clone()
        };
        assert!(a.only_search_differs(&typed));
        assert!(!a.only_search_differs(&filtered));
    }

    #[test]
    fn class_letters_are_upper_case() {
        assert_eq!(clean_letter(" б "), Some("Б".into()));
        assert_eq!(clean_letter("  "), None);
    }
}
