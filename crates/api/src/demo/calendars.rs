//! Demo calendars for 2021/22, from a few patterns Russian schools use: quarters with the
//! usual vacations, quarters with vacations a week later, trimesters, semesters; 5- or
//! 6-day weeks; lessons of 40 or 45 minutes from 8:00 to 8:30. Seed 002 names the
//! schools' differing calendars as a main difficulty; these differences are that.

use chrono::{Duration, NaiveDate, NaiveTime};
use domain::calendar::{BellSchedule, CalendarContent, Holiday, Lesson, Term, WeekKind};
use serde::Deserialize;

use super::shift::Shift;

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pattern {
    Quarters,
    QuartersLate,
    Trimesters,
    Semesters,
}

/// A school's calendar as the demo data states it.
#[derive(Debug, Clone, Deserialize)]
pub struct DemoCalendar {
    pub organization: String,
    pub pattern: Pattern,
    pub week: WeekKind,
    /// `08:30`.
    pub first_lesson: String,
    pub lesson_minutes: i64,
    pub break_minutes: i64,
    pub lessons: u8,
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

fn term(name: &str, from: NaiveDate, to: NaiveDate) -> Term {
    Term {
        name: name.into(),
        from,
        to,
    }
}

fn holiday(name: &str, from: NaiveDate, to: NaiveDate) -> Holiday {
    Holiday {
        name: name.into(),
        from,
        to,
    }
}

/// Public holidays of 2021/22 that fall on school days.
fn public_holidays() -> Vec<Holiday> {
    vec![
        holiday("День народного единства", d(2021, 11, 4), d(2021, 11, 5)),
        holiday("День защитника Отечества", d(2022, 2, 23), d(2022, 2, 23)),
        holiday("Международный женский день", d(2022, 3, 7), d(2022, 3, 8)),
        holiday("Праздник Весны и Труда", d(2022, 5, 2), d(2022, 5, 3)),
        holiday("День Победы", d(2022, 5, 9), d(2022, 5, 10)),
    ]
}

fn terms_and_vacations(p: Pattern) -> (Vec<Term>, Vec<Holiday>) {
    match p {
        Pattern::Quarters => (
            vec![
                term("1 четверть", d(2021, 9, 1), d(2021, 10, 24)),
                term("2 четверть", d(2021, 11, 8), d(2021, 12, 28)),
                term("3 четверть", d(2022, 1, 10), d(2022, 3, 20)),
                term("4 четверть", d(2022, 3, 30), d(2022, 5, 31)),
            ],
            vec![],
        ),
        Pattern::QuartersLate => (
            vec![
                term("1 четверть", d(2021, 9, 1), d(2021, 10, 31)),
                term("2 четверть", d(2021, 11, 10), d(2021, 12, 28)),
                term("3 четверть", d(2022, 1, 10), d(2022, 3, 27)),
                term("4 четверть", d(2022, 4, 4), d(2022, 5, 31)),
            ],
            vec![],
        ),
        Pattern::Trimesters => (
            vec![
                term("1 триместр", d(2021, 9, 1), d(2021, 11, 28)),
                term("2 триместр", d(2021, 12, 6), d(2022, 2, 27)),
                term("3 триместр", d(2022, 3, 9), d(2022, 5, 31)),
            ],
            vec![
                holiday("Осенние каникулы", d(2021, 10, 25), d(2021, 10, 31)),
                holiday("Зимние каникулы", d(2021, 12, 29), d(2022, 1, 9)),
                holiday("Весенние каникулы", d(2022, 4, 25), d(2022, 5, 1)),
            ],
        ),
        Pattern::Semesters => (
            vec![
                term("1 полугодие", d(2021, 9, 1), d(2021, 12, 28)),
                term("2 полугодие", d(2022, 1, 10), d(2022, 5, 31)),
            ],
            vec![
                holiday("Осенние каникулы", d(2021, 10, 25), d(2021, 11, 7)),
                holiday("Весенние каникулы", d(2022, 3, 21), d(2022, 3, 29)),
            ],
        ),
    }
}

fn bells(c: &DemoCalendar) -> anyhow::Result<Vec<Lesson>> {
    let mut start = NaiveTime::parse_from_str(&c.first_lesson, "%H:%M")
        .map_err(|e| anyhow::anyhow!("demo: lesson time {}: {e}", c.first_lesson))?;
    let mut out = Vec::new();
    for number in 1..=c.lessons {
        let end = start + Duration::minutes(c.lesson_minutes);
        out.push(Lesson { number, start, end });
        // The long breaks (for the canteen) follow the 2nd and 3rd lessons.
        let gap = if number == 2 || number == 3 {
            20
        } else {
            c.break_minutes
        };
        start = end + Duration::minutes(gap);
    }
    Ok(out)
}

/// The calendar, its dates moved into the present.
pub fn content(c: &DemoCalendar, shift: Shift) -> anyhow::Result<CalendarContent> {
    let (terms, mut holidays) = terms_and_vacations(c.pattern);
    holidays.extend(public_holidays());
    let mv = |t: Term| Term {
        from: shift.date(t.from),
        to: shift.date(t.to),
        ..t
    };
    let mh = |h: Holiday| Holiday {
        from: shift.date(h.from),
        to: shift.date(h.to),
        ..h
    };
    Ok(CalendarContent {
        week: c.week,
        terms: terms.into_iter().map(mv).collect(),
        holidays: holidays.into_iter().map(mh).collect(),
        bell_schedules: vec![BellSchedule {
            name: "1 смена".into(),
            lessons: bells(c)?,
        }],
    })
}
