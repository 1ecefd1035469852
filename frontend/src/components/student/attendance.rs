//! «Посещаемость» of a student in each network group holding (or having held) a seat:
//! the sessions so far, the counts of the marks and the marks as a strip of dates. The
//! server answers a home school with its own students' rows only.

use chrono::NaiveDate;
use uuid::Uuid;
use wire::attendance::{AttendanceRow, AttendanceSession, GroupAttendance, Mark, Tally};
use wire::enrolment::{Enrolment, EnrolmentStatus};
use wire::routes;
use yew::prelude::*;

use crate::app::Route;
use crate::components::{AppLink, EmptyState, ErrorAlert, Loading};
use crate::hooks::{I18n, use_fetch, use_i18n};
use crate::i18n::enums::{mark_key, mark_symbol_key};

/// Enrolments whose attendance is shown: those holding a seat, and completed ones.
pub fn attended(e: &Enrolment) -> bool {
    matches!(
        e.status,
        EnrolmentStatus::Approved | EnrolmentStatus::Active | EnrolmentStatus::Completed
    )
}

/// The wire name of a mark, for keys and classes: `absent_excused`.
pub fn mark_name(m: Mark) -> &'static str {
    match m {
        Mark::Present => "present",
        Mark::Late => "late",
        Mark::AbsentExcused => "absent_excused",
        Mark::AbsentUnexcused => "absent_unexcused",
    }
}

/// The sessions held by `today` (not cancelled) while the student was in the group,
/// each with the student's mark.
pub fn strip(
    sessions: &[AttendanceSession],
    row: Option<&AttendanceRow>,
    today: NaiveDate,
) -> Vec<(NaiveDate, Option<Mark>)> {
    sessions
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.cancelled && s.date <= today)
        .filter_map(|(i, s)| {
            let mark = row.and_then(|r| r.marks.get(i).copied().flatten());
            let listed = row.is_none_or(|r| r.on_register.get(i).copied().unwrap_or(true));
            (listed || mark.is_some()).then_some((s.date, mark))
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct AttendanceProps {
    pub student_id: Uuid,
    pub enrolments: Vec<Enrolment>,
}

#[function_component(AttendanceSection)]
pub fn attendance_section(p: &AttendanceProps) -> Html {
    let i18n = use_i18n();
    let shown: Vec<&Enrolment> = p.enrolments.iter().filter(|e| attended(e)).collect();
    html! {
        <div class="pf-v6-c-card setka-card" id="student-attendance" data-testid="student-attendance">
            <div class="pf-v6-c-card__title"><h2 class="pf-v6-c-card__title-text">{ i18n.t("stu-attendance") }</h2></div>
            <div class="pf-v6-c-card__body setka-stack setka-stack--tight">
                if shown.is_empty() {
                    <EmptyState title={i18n.t("stu-attendance-empty")} icon="fas fa-clipboard-check" />
                }
                { for shown.iter().map(|e| html! {
                    <GroupAttendanceBlock key={e.id.to_string()} student_id={p.student_id} enrolment={(*e).clone()} />
                }) }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BlockProps {
    student_id: Uuid,
    enrolment: Enrolment,
}

fn tally_text(i18n: &I18n, held: usize, t: &Tally) -> String {
    let absent = t.absent_excused + t.absent_unexcused;
    i18n.ta(
        "stu-attendance-tally",
        &[
            ("held", i64::try_from(held).unwrap_or(i64::MAX).into()),
            ("present", i64::from(t.present).into()),
            ("late", i64::from(t.late).into()),
            ("absent", i64::from(absent).into()),
            ("excused", i64::from(t.absent_excused).into()),
        ],
    )
}

#[function_component(GroupAttendanceBlock)]
fn group_attendance_block(p: &BlockProps) -> Html {
    let i18n = use_i18n();
    let e = &p.enrolment;
    let fetch = use_fetch::<GroupAttendance>(Some(routes::group_attendance(e.group_id)));
    let today = crate::today::today();
    let body = match (&fetch.state, fetch.state.ready()) {
        (_, Some(a)) => {
            let row = a.rows.iter().find(|r| r.student.id == p.student_id);
            let marks = strip(&a.sessions, row, today);
            let tally = row.map(|r| r.tally).unwrap_or_default();
            html! {
                <>
                    <p class="setka-small" data-testid="attendance-tally">{ tally_text(&i18n, marks.len(), &tally) }</p>
                    if marks.is_empty() {
                        <p class="setka-muted setka-small">{ i18n.t("stu-attendance-none-yet") }</p>
                    } else {
                        <ol class="setka-stu-strip" aria-label={i18n.t("stu-attendance-marks")}>
                            { for marks.iter().map(|(d, m)| {
                                let (name, short, full) = match m {
                                    Some(m) => (
                                        mark_name(*m),
                                        i18n.t(mark_symbol_key(*m)),
                                        i18n.t(mark_key(*m)),
                                    ),
                                    None => ("none", "·".to_owned(), i18n.t("stu-mark-none")),
                                };
                                html! {
                                    <li class={classes!("setka-stu-mark", format!("setka-stu-mark--{name}"))}
                                        title={format!("{} — {full}", i18n.date(*d))} data-testid="attendance-mark"
                                        data-date={d.to_string()} data-mark={name}>
                                        <span class="setka-stu-mark__date">{ d.format("%d.%m").to_string() }</span>
                                        <span class="setka-stu-mark__value">{ short }</span>
                                    </li>
                                }
                            }) }
                        </ol>
                    }
                </>
            }
        }
        (crate::hooks::Loadable::Failed(err), _) => html! { <ErrorAlert error={err.clone()} /> },
        _ => html! { <Loading /> },
    };
    html! {
        <div class="setka-stu-attendance" data-testid={format!("attendance-{}", e.group_id)}>
            <h3 class="pf-v6-c-title pf-m-md">
                { e.programme_title.clone() }{" · "}
                <AppLink to={Route::Group { id: e.group_id }}>{ e.group_name.clone() }</AppLink>
                <span class="setka-muted setka-small">{" · "}{ e.provider_name.clone() }</span>
            </h3>
            { body }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default()
    }

    fn session(date: NaiveDate, cancelled: bool) -> AttendanceSession {
        AttendanceSession {
            session_id: Uuid::nil(),
            date,
            start: NaiveTime::from_hms_opt(14, 30, 0).unwrap_or_default(),
            cancelled,
            taken: !cancelled,
        }
    }

    #[test]
    fn the_strip_has_the_held_sessions_with_their_marks() {
        let sessions = [
            session(d(9, 7), false),
            session(d(9, 14), true),
            session(d(9, 21), false),
            session(d(9, 28), false),
        ];
        let row = AttendanceRow {
            student: wire::student::TeachingStudent {
                id: Uuid::nil(),
                last_name: "Иванова".into(),
                first_name: "Мария".into(),
                patronymic: None,
                grade: 9,
                class_letter: "Б".into(),
                home_organization_id: Uuid::nil(),
                home_organization_name: "Лицей".into(),
            },
            marks: vec![Some(Mark::Present), None, Some(Mark::AbsentExcused), None],
            on_register: vec![true, true, true, true],
            tally: Tally::default(),
        };
        assert_eq!(
            strip(&sessions, Some(&row), d(9, 21)),
            [
                (d(9, 7), Some(Mark::Present)),
                (d(9, 21), Some(Mark::AbsentExcused))
            ]
        );
        assert_eq!(strip(&sessions, None, d(10, 1)).len(), 3);
        // Approved on 15 September: the first session was before the pupil's time.
        let late = AttendanceRow {
            marks: vec![None, None, Some(Mark::Present), None],
            on_register: vec![false, false, true, true],
            ..row
        };
        assert_eq!(
            strip(&sessions, Some(&late), d(9, 28)),
            [(d(9, 21), Some(Mark::Present)), (d(9, 28), None)]
        );
    }
}
