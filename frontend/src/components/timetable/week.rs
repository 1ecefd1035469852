//! Week arithmetic of the timetable: the Monday a `?week=` names, the days shown, the
//! neighbouring weeks and the heading «13–18 сентября 2021».

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The Monday of the week `raw` (`YYYY-MM-DD`, any day of it) is in; this week when
/// `raw` is missing or not a date.
pub fn parse_week(raw: Option<&str>, today: NaiveDate) -> NaiveDate {
    let day = raw
        .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        .unwrap_or(today);
    domain::timetable::week_start(day)
}

/// The Monday `weeks` weeks later (earlier when negative).
pub fn shift(monday: NaiveDate, weeks: i64) -> NaiveDate {
    monday + Duration::weeks(weeks)
}

/// The value of `?week=`.
pub fn week_param(monday: NaiveDate) -> String {
    monday.format("%Y-%m-%d").to_string()
}

/// The days of the grid: Monday to Saturday (lessons are never on Sunday), and Sunday
/// too when something was moved there.
pub fn days(monday: NaiveDate, with_sunday: bool) -> Vec<NaiveDate> {
    let n = if with_sunday { 7 } else { 6 };
    (0..n).map(|i| monday + Duration::days(i)).collect()
}

/// Whether any of `dates` is the Sunday of the week.
pub fn has_sunday(dates: impl IntoIterator<Item = NaiveDate>) -> bool {
    dates.into_iter().any(|d| d.weekday() == Weekday::Sun)
}

/// `13–18 сентября 2021`, `27 сентября – 2 октября 2021`, `27 декабря 2021 – 1 января 2022`,
/// with `month` giving the month's name as it follows a day number (genitive in Russian).
pub fn range_label(first: NaiveDate, last: NaiveDate, month: impl Fn(u32) -> String) -> String {
    let (d1, d2) = (first.day(), last.day());
    if first.year() != last.year() {
        format!(
            "{d1} {} {} – {d2} {} {}",
            month(first.month()),
            first.year(),
            month(last.month()),
            last.year()
        )
    } else if first.month() != last.month() {
        format!(
            "{d1} {} – {d2} {} {}",
            month(first.month()),
            month(last.month()),
            last.year()
        )
    } else {
        format!("{d1}–{d2} {} {}", month(last.month()), last.year())
    }
}

/// The week to open for a group: this week while the group runs, else its first week
/// (before it starts) or its last (after it ended).
pub fn week_for_dates(first: NaiveDate, last: NaiveDate, today: NaiveDate) -> NaiveDate {
    domain::timetable::week_start(today.clamp(first, last.max(first)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn ru(m: u32) -> String {
        [
            "",
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ][m as usize]
            .to_owned()
    }

    #[test]
    fn a_week_is_named_by_any_of_its_days() {
        let today = d(2021, 9, 16);
        assert_eq!(parse_week(Some("2021-09-15"), today), d(2021, 9, 13));
        assert_eq!(parse_week(Some("2021-09-13"), today), d(2021, 9, 13));
        assert_eq!(parse_week(Some("2021-09-19"), today), d(2021, 9, 13));
        assert_eq!(parse_week(Some("вчера"), today), d(2021, 9, 13));
        assert_eq!(parse_week(None, d(2022, 1, 2)), d(2021, 12, 27));
        assert_eq!(week_param(d(2021, 9, 13)), "2021-09-13");
    }

    #[test]
    fn neighbouring_weeks_cross_months_and_years() {
        assert_eq!(shift(d(2021, 12, 27), 1), d(2022, 1, 3));
        assert_eq!(shift(d(2021, 9, 6), -1), d(2021, 8, 30));
    }

    #[test]
    fn monday_to_saturday_and_sunday_only_when_needed() {
        let w = days(d(2021, 9, 13), false);
        assert_eq!(w.len(), 6);
        assert_eq!(w[5], d(2021, 9, 18));
        assert_eq!(days(d(2021, 9, 13), true)[6], d(2021, 9, 19));
        assert!(!has_sunday([d(2021, 9, 18), d(2021, 9, 13)]));
        assert!(has_sunday([d(2021, 9, 19)]));
    }

    #[test]
    fn headings_in_russian() {
        assert_eq!(
            range_label(d(2021, 9, 13), d(2021, 9, 18), ru),
            "13–18 сентября 2021"
        );
        assert_eq!(
            range_label(d(2021, 9, 27), d(2021, 10, 2), ru),
            "27 сентября – 2 октября 2021"
        );
        assert_eq!(
            range_label(d(2021, 12, 27), d(2022, 1, 1), ru),
            "27 декабря 2021 – 1 января 2022"
        );
    }

    #[test]
    fn a_group_opens_on_a_week_it_runs() {
        let (first, last) = (d(2021, 9, 1), d(2022, 5, 31));
        assert_eq!(week_for_dates(first, last, d(2021, 10, 6)), d(2021, 10, 4));
        assert_eq!(week_for_dates(first, last, d(2025, 3, 1)), d(2022, 5, 30));
        assert_eq!(week_for_dates(first, last, d(2020, 3, 1)), d(2021, 8, 30));
    }
}
