//! The calendar comparison arranged for reading: day ranges as «25.10–30.10», schools that
//! do not teach grouped by why, school names shortened («МОУ СОШ № 8, 14»), and the term
//! and lesson differences as school × position tables whose odd cells stand out.

use chrono::{NaiveDate, NaiveTime};
use uuid::Uuid;
use wire::calendar::{Comparison, DayKind, DayMismatch, DayOf, TermOf};

use crate::components::map_layout::natural_key;

/// `25.10–30.10`, or `04.11` for one day.
pub fn short_range(from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        from.format("%d.%m").to_string()
    } else {
        format!("{}–{}", from.format("%d.%m"), to.format("%d.%m"))
    }
}

/// Single Saturdays on which the schools split the same way (six-day schools teach,
/// five-day ones have a day off): one row for all of them instead of one per week.
#[derive(Debug, Clone, PartialEq)]
pub struct Weekly<'a> {
    pub days: Vec<NaiveDate>,
    pub split: &'a DayMismatch,
}

/// Folds recurring Saturday mismatches (at least three with the same split) into
/// [`Weekly`] rows; the rest stay as they are, in order.
pub fn fold_saturdays(list: &[DayMismatch]) -> (Vec<Weekly<'_>>, Vec<&DayMismatch>) {
    use chrono::{Datelike, Weekday};
    let saturday = |m: &DayMismatch| m.from == m.to && m.from.weekday() == Weekday::Sat;
    let same = |a: &DayMismatch, b: &DayMismatch| {
        a.teaching == b.teaching && a.not_teaching == b.not_teaching
    };
    let mut weekly: Vec<Weekly<'_>> = Vec::new();
    for m in list.iter().filter(|m| saturday(m)) {
        match weekly.iter_mut().find(|w| same(w.split, m)) {
            Some(w) => w.days.push(m.from),
            None => weekly.push(Weekly {
                days: vec![m.from],
                split: m,
            }),
        }
    }
    weekly.retain(|w| w.days.len() >= 3);
    let rest = list
        .iter()
        .filter(|m| !(saturday(m) && weekly.iter().any(|w| same(w.split, m))))
        .collect();
    (weekly, rest)
}

/// The schools that do not teach, grouped by what the day is for them, in first-seen order.
pub fn by_reason(not_teaching: &[DayOf]) -> Vec<(DayKind, Vec<Uuid>)> {
    let mut out: Vec<(DayKind, Vec<Uuid>)> = Vec::new();
    for d in not_teaching {
        match out.iter_mut().find(|(k, _)| *k == d.day) {
            Some((_, ids)) => ids.push(d.organization_id),
            None => out.push((d.day.clone(), vec![d.organization_id])),
        }
    }
    out
}

/// Splits «МОУ СОШ № 14» into «МОУ СОШ № » and «14».
fn split_number(name: &str) -> Option<(&str, &str)> {
    let trimmed = name.trim_end();
    let digits = trimmed.len() - trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits == trimmed.len() {
        return None;
    }
    Some(trimmed.split_at(trimmed.len() - digits))
}

/// Names in natural order, numbered names of one kind written once: «МОУ СОШ № 8, 14, 17,
/// МОУ Кадетская школа».
pub fn compact_names(names: &[String]) -> String {
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort_by_key(|n| natural_key(n));
    let mut parts: Vec<String> = Vec::new();
    let mut prefix: Option<&str> = None;
    for name in sorted {
        match split_number(name) {
            Some((p, n)) if prefix == Some(p) => {
                if let Some(last) = parts.last_mut() {
                    last.push_str(", ");
                    last.push_str(n);
                }
            }
            Some((p, _)) => {
                prefix = Some(p);
                parts.push(name.clone());
            }
            None => {
                prefix = None;
                parts.push(name.clone());
            }
        }
    }
    parts.join(", ")
}

/// The value most schools have (the first of equals), against which the others stand out.
pub fn most_common<T: PartialEq + Clone>(values: &[T]) -> Option<T> {
    let mut best: Option<(&T, usize)> = None;
    for v in values {
        let n = values.iter().filter(|w| *w == v).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((v, n));
        }
    }
    best.map(|(v, _)| v.clone())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell<T> {
    /// `None`: the school has no such term or lesson.
    pub value: Option<T>,
    /// Differs from what most schools have.
    pub odd: bool,
}

/// Schools down, positions (term № or lesson №) across.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix<T> {
    pub columns: Vec<u32>,
    pub rows: Vec<(Uuid, Vec<Cell<T>>)>,
}

fn matrix<T: PartialEq + Clone>(
    schools: &[Uuid],
    columns: Vec<(u32, Vec<(Uuid, T)>)>,
) -> Matrix<T> {
    let commons: Vec<Option<T>> = columns
        .iter()
        .map(|(_, vals)| most_common(&vals.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>()))
        .collect();
    let rows = schools
        .iter()
        .map(|s| {
            let cells = columns
                .iter()
                .zip(&commons)
                .map(|((_, vals), common)| {
                    let value = vals.iter().find(|(o, _)| o == s).map(|(_, v)| v.clone());
                    let odd = value.is_none() || value != *common;
                    Cell { value, odd }
                })
                .collect();
            (*s, cells)
        })
        .collect();
    Matrix {
        columns: columns.into_iter().map(|(c, _)| c).collect(),
        rows,
    }
}

/// Terms that differ: every compared school, each differing position.
pub fn term_matrix(c: &Comparison) -> Matrix<TermOf> {
    let columns = c
        .term_differences
        .iter()
        .map(|t| {
            let vals = t
                .terms
                .iter()
                .map(|x| (x.organization_id, x.clone()))
                .collect();
            (t.position as u32, vals)
        })
        .collect();
    // Compare by dates only: «1 четверть» and «I четверть» on the same days agree.
    let mut m = matrix(&c.organizations, columns);
    for (_, cells) in &mut m.rows {
        for (i, cell) in cells.iter_mut().enumerate() {
            let Some(diff) = c.term_differences.get(i) else {
                continue;
            };
            let dates: Vec<(NaiveDate, NaiveDate)> =
                diff.terms.iter().map(|t| (t.from, t.to)).collect();
            let common = most_common(&dates);
            cell.odd = cell.value.as_ref().map(|t| (t.from, t.to)) != common;
        }
    }
    m
}

/// Lesson times that differ: schools with a bell schedule, each differing lesson number.
pub fn lesson_matrix(c: &Comparison) -> Matrix<(NaiveTime, NaiveTime)> {
    let schools: Vec<Uuid> = c
        .organizations
        .iter()
        .copied()
        .filter(|o| {
            c.lesson_differences
                .iter()
                .any(|d| d.without.contains(o) || d.lessons.iter().any(|l| l.organization_id == *o))
        })
        .collect();
    let columns = c
        .lesson_differences
        .iter()
        .map(|d| {
            let vals = d
                .lessons
                .iter()
                .map(|l| (l.organization_id, (l.start, l.end)))
                .collect();
            (u32::from(d.number), vals)
        })
        .collect();
    matrix(&schools, columns)
}

#[cfg(test)]
mod tests;
