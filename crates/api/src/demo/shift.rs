//! The demo runs in the present: each municipality's seed dates move by whole years so
//! that its first network started in the current school year (seed 000's 2021/22 is
//! this year's network, with this year's calendars and timetable). Years named in texts
//! («2021–2022») move with them.

use chrono::{Datelike, NaiveDate};
use domain::AcademicYear;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shift(pub i32);

impl Shift {
    /// The whole years that bring `first` to the latest anniversary not after `today`.
    pub fn bringing(first: NaiveDate, today: NaiveDate) -> Self {
        let mut k = today.year() - first.year();
        if Shift(k).date(first) > today {
            k -= 1;
        }
        Shift(k.max(0))
    }

    pub fn date(&self, d: NaiveDate) -> NaiveDate {
        let y = d.year() + self.0;
        d.with_year(y)
            .or_else(|| NaiveDate::from_ymd_opt(y, d.month(), 28))
            .unwrap_or(d)
    }

    pub fn year(&self, y: AcademicYear) -> AcademicYear {
        u16::try_from(i32::from(y.start_year()) + self.0)
            .ok()
            .and_then(|s| AcademicYear::starting(s).ok())
            .unwrap_or(y)
    }

    /// Every year 2000–2099 written in the text, moved.
    pub fn text(&self, s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        while i < chars.len() {
            let window: String = chars[i..chars.len().min(i + 4)].iter().collect();
            let bounded = |j: usize| chars.get(j).is_none_or(|c| !c.is_ascii_digit());
            let starts = i == 0 || !chars[i - 1].is_ascii_digit();
            if window.len() == 4
                && window.starts_with("20")
                && window.chars().all(|c| c.is_ascii_digit())
                && starts
                && bounded(i + 4)
                && let Ok(y) = window.parse::<i32>()
            {
                out.push_str(&(y + self.0).to_string());
                i += 4;
                continue;
            }
            out.push(chars[i]);
            i += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn brings_the_seed_year_to_the_present() {
        let s = Shift::bringing(d(2021, 9, 1), d(2026, 12, 1));
        assert_eq!(s, Shift(5));
        assert_eq!(s.date(d(2022, 8, 31)), d(2027, 8, 31));
        // Before 1 September the current school year began last year.
        assert_eq!(Shift::bringing(d(2021, 9, 1), d(2027, 3, 15)), Shift(5));
        assert_eq!(Shift::bringing(d(2021, 1, 1), d(2026, 12, 1)), Shift(5));
        // Never into the past.
        assert_eq!(Shift::bringing(d(2030, 9, 1), d(2026, 12, 1)), Shift(0));
        assert_eq!(Shift(1).date(d(2024, 2, 29)), d(2025, 2, 28));
    }

    #[test]
    fn years_in_texts_move() {
        let s = Shift(5);
        assert_eq!(
            s.text("«Технология» 2021–2022, на 2021-2024 годы"),
            "«Технология» 2026–2027, на 2026-2029 годы"
        );
        assert_eq!(
            s.text("12021, 20215, 1999"),
            "12021, 20215, 1999",
            "not years of 2000–2099"
        );
        assert_eq!(s.text("без лет"), "без лет");
        assert_eq!(
            s.year(AcademicYear::parse("2021/2022").unwrap())
                .to_string(),
            "2026/2027"
        );
    }
}
