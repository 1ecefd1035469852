//! The calendar editor's state: dates and times as the inputs give them, converted to
//! [`CalendarContent`] on save; the «заполнить» helper for bell schedules and the typical
//! Russian school year a new calendar starts from.

use chrono::{Duration, NaiveDate, NaiveTime};
use domain::AcademicYear;
use domain::calendar::compare::{Entry, compare};
use domain::calendar::{
    BellSchedule, Calendar, CalendarContent, Holiday, Lesson, Term, WeekKind, hhmm,
};
use domain::ids::OrganizationId;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct RangeDraft {
    pub name: String,
    /// `YYYY-MM-DD` from a date input.
    pub from: String,
    pub to: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct LessonDraft {
    pub number: String,
    /// `HH:MM` from a time input.
    pub start: String,
    pub end: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ScheduleDraft {
    pub name: String,
    pub lessons: Vec<LessonDraft>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CalDraft {
    pub week: WeekKind,
    pub terms: Vec<RangeDraft>,
    pub holidays: Vec<RangeDraft>,
    pub schedules: Vec<ScheduleDraft>,
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn hm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

fn range(name: &str, from: NaiveDate, to: NaiveDate) -> RangeDraft {
    RangeDraft {
        name: name.to_owned(),
        from: iso(from),
        to: iso(to),
    }
}

/// Name, first and last day of a row, or the fields that are missing (`name`, `from`, `to`).
fn parse_range(
    r: &RangeDraft,
    path: &str,
    missing: &mut Vec<String>,
) -> Option<(String, NaiveDate, NaiveDate)> {
    let name = r.name.trim();
    let (from, to) = (date(&r.from), date(&r.to));
    for (bad, f) in [
        (name.is_empty(), "name"),
        (from.is_none(), "from"),
        (to.is_none(), "to"),
    ] {
        if bad {
            missing.push(format!("{path}.{f}"));
        }
    }
    Some((name.to_owned(), from?, to?)).filter(|_| !name.is_empty())
}

impl CalDraft {
    pub fn empty() -> Self {
        CalDraft {
            week: WeekKind::FiveDay,
            terms: Vec::new(),
            holidays: Vec::new(),
            schedules: Vec::new(),
        }
    }

    pub fn from_content(c: &CalendarContent) -> Self {
        CalDraft {
            week: c.week,
            terms: c
                .terms
                .iter()
                .map(|t| range(&t.name, t.from, t.to))
                .collect(),
            holidays: c
                .holidays
                .iter()
                .map(|h| range(&h.name, h.from, h.to))
                .collect(),
            schedules: c
                .bell_schedules
                .iter()
                .map(|b| ScheduleDraft {
                    name: b.name.clone(),
                    lessons: b
                        .lessons
                        .iter()
                        .map(|l| LessonDraft {
                            number: l.number.to_string(),
                            start: hm(l.start),
                            end: hm(l.end),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Terms and holidays by their first day, as the server orders them before it checks:
    /// the row numbers of its errors are then the rows on screen.
    pub fn sorted(&self) -> Self {
        let key = |r: &RangeDraft| (date(&r.from), date(&r.to));
        let mut d = self.clone();
        d.terms.sort_by_key(key);
        d.holidays.sort_by_key(key);
        d
    }

    /// The request body, or the paths of what cannot be sent (`terms[1].to`,
    /// `bell_schedules[0].lessons[2].start`). Overlaps and order are the server's to check.
    pub fn input(&self) -> Result<CalendarContent, Vec<String>> {
        let mut missing = Vec::new();
        let mut terms = Vec::new();
        for (i, r) in self.terms.iter().enumerate() {
            if let Some((name, from, to)) = parse_range(r, &format!("terms[{i}]"), &mut missing) {
                terms.push(Term { name, from, to });
            }
        }
        let mut holidays = Vec::new();
        for (i, r) in self.holidays.iter().enumerate() {
            if let Some((name, from, to)) = parse_range(r, &format!("holidays[{i}]"), &mut missing)
            {
                holidays.push(Holiday { name, from, to });
            }
        }
        let mut bell_schedules = Vec::new();
        for (s, b) in self.schedules.iter().enumerate() {
            if b.name.trim().is_empty() {
                missing.push(format!("bell_schedules[{s}].name"));
            }
            let mut lessons = Vec::new();
            for (j, l) in b.lessons.iter().enumerate() {
                let number = l.number.trim().parse::<u8>().ok().filter(|n| *n > 0);
                let (start, end) = (hhmm::parse(&l.start), hhmm::parse(&l.end));
                let path = format!("bell_schedules[{s}].lessons[{j}]");
                for (bad, f) in [
                    (number.is_none(), "number"),
                    (start.is_none(), "start"),
                    (end.is_none(), "end"),
                ] {
                    if bad {
                        missing.push(format!("{path}.{f}"));
                    }
                }
                if let (Some(number), Some(start), Some(end)) = (number, start, end) {
                    lessons.push(Lesson { number, start, end });
                }
            }
            bell_schedules.push(BellSchedule {
                name: b.name.trim().to_owned(),
                lessons,
            });
        }
        if missing.is_empty() {
            Ok(CalendarContent {
                week: self.week,
                terms,
                holidays,
                bell_schedules,
            })
        } else {
            Err(missing)
        }
    }

    /// School days in the year as the domain counts them, while the calendar is valid.
    pub fn school_days(&self, year: AcademicYear) -> Option<u32> {
        let cal = Calendar::new(year, self.input().ok()?).ok()?;
        let entry = Entry {
            organization: OrganizationId(uuid::Uuid::nil()),
            calendar: &cal,
        };
        compare(year, &[entry]).school_days.first().map(|s| s.days)
    }
}

/// School days of a checked calendar from `from` to `to` (a term's own count).
pub fn school_days_between(cal: &Calendar, from: NaiveDate, to: NaiveDate) -> u32 {
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| cal.is_school_day(*d))
        .count() as u32
}

/// Minutes between a lesson's end and the next one's start (перемена).
pub fn break_minutes(end: NaiveTime, next_start: NaiveTime) -> i64 {
    (next_start - end).num_minutes()
}

/// `count` lessons from `first`, each `length` minutes with `pause` minutes between, or
/// the helper's fields that are not numbers (`first`, `length`, `pause`, `count`); `count`
/// also when the last lesson would end after midnight.
pub fn fill(
    first: &str,
    length: &str,
    pause: &str,
    count: &str,
) -> Result<Vec<LessonDraft>, Vec<&'static str>> {
    let start = hhmm::parse(first);
    let minutes = |s: &str, lo: i64, hi: i64| {
        s.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (lo..=hi).contains(n))
    };
    let (len, gap, n) = (
        minutes(length, 10, 240),
        minutes(pause, 0, 120),
        minutes(count, 1, 12),
    );
    let bad: Vec<&'static str> = [
        (start.is_none(), "first"),
        (len.is_none(), "length"),
        (gap.is_none(), "pause"),
        (n.is_none(), "count"),
    ]
    .into_iter()
    .filter_map(|(b, f)| b.then_some(f))
    .collect();
    let (Some(start), Some(len), Some(gap), Some(n)) = (start, len, gap, n) else {
        return Err(bad);
    };
    let mut out = Vec::new();
    let mut at = start;
    for number in 1..=n {
        let (end, wrapped) = at.overflowing_add_signed(Duration::minutes(len));
        if wrapped != 0 {
            return Err(vec!["count"]);
        }
        out.push(LessonDraft {
            number: number.to_string(),
            start: hm(at),
            end: hm(end),
        });
        let (next, wrapped) = end.overflowing_add_signed(Duration::minutes(gap));
        if wrapped != 0 && number < n {
            return Err(vec!["count"]);
        }
        at = next;
    }
    Ok(out)
}

/// A typical year of quarters (четверти) with the usual vacations and public holidays,
/// and a main bell schedule of seven 45-minute lessons from 8:30 — a start for the
/// school to adjust. `name` gives the text of a message id.
pub fn typical(year: AcademicYear, name: impl Fn(&str) -> String) -> CalDraft {
    let y = i32::from(year.start_year());
    let day = |yy: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(yy, m, d).unwrap_or_default();
    let r = |key: &str, from: NaiveDate, to: NaiveDate| range(&name(key), from, to);
    let terms = vec![
        r("cal-typical-term-1", day(y, 9, 1), day(y, 10, 27)),
        r("cal-typical-term-2", day(y, 11, 6), day(y, 12, 28)),
        r("cal-typical-term-3", day(y + 1, 1, 9), day(y + 1, 3, 22)),
        r("cal-typical-term-4", day(y + 1, 4, 1), day(y + 1, 5, 26)),
    ];
    let holidays = vec![
        r("cal-typical-autumn", day(y, 10, 28), day(y, 11, 5)),
        r("cal-typical-winter", day(y, 12, 29), day(y + 1, 1, 8)),
        r("cal-typical-feb23", day(y + 1, 2, 23), day(y + 1, 2, 23)),
        r("cal-typical-mar8", day(y + 1, 3, 8), day(y + 1, 3, 8)),
        r("cal-typical-spring", day(y + 1, 3, 23), day(y + 1, 3, 31)),
        r("cal-typical-may1", day(y + 1, 5, 1), day(y + 1, 5, 1)),
        r("cal-typical-may9", day(y + 1, 5, 9), day(y + 1, 5, 9)),
    ];
    let lessons = fill("08:30", "45", "10", "7").unwrap_or_default();
    CalDraft {
        week: WeekKind::FiveDay,
        terms,
        holidays,
        schedules: vec![ScheduleDraft {
            name: name("cal-typical-schedule"),
            lessons,
        }],
    }
}

#[cfg(test)]
mod tests;
