//! Which academic years the calendar pages offer, and how a year is written in a URL
//! (`2021-2022`: a slash would be a path separator) and on screen (`2021/2022`).

use chrono::NaiveDate;
use domain::AcademicYear;
use domain::calendar::year_of;

/// `2021-2022`.
pub fn param(y: AcademicYear) -> String {
    y.to_string().replace('/', "-")
}

/// The year of `?year=`, or the one `today` is in.
pub fn chosen(raw: Option<&str>, today: NaiveDate) -> Option<AcademicYear> {
    raw.and_then(|r| AcademicYear::parse(r).ok())
        .or_else(|| year_of(today))
}

/// The years with a calendar, the current and the next one, and the chosen one, oldest
/// first, each once.
pub fn choices(
    listed: &[String],
    chosen: Option<AcademicYear>,
    today: NaiveDate,
) -> Vec<AcademicYear> {
    let current = year_of(today);
    let mut out: Vec<AcademicYear> = listed
        .iter()
        .filter_map(|y| AcademicYear::parse(y).ok())
        .chain(current)
        .chain(current.and_then(|c| c.next()))
        .chain(chosen)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The years a network's period covers (at most ten), plus the current one.
pub fn of_period(from: NaiveDate, to: Option<NaiveDate>, today: NaiveDate) -> Vec<AcademicYear> {
    let first = year_of(from);
    let last = to.and_then(year_of).or_else(|| year_of(today));
    let mut out = Vec::new();
    let mut y = first;
    while let (Some(a), Some(b)) = (y, last) {
        if a > b || out.len() >= 10 {
            break;
        }
        out.push(a);
        y = a.next();
    }
    out.extend(year_of(today));
    out.sort();
    out.dedup();
    out
}

/// The year to compare by default: the current one while the network runs, else the
/// last of its period.
pub fn default_for_period(
    years: &[AcademicYear],
    from: NaiveDate,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<AcademicYear> {
    let running = from <= today && to.is_none_or(|t| today <= t);
    if running {
        year_of(today)
    } else {
        to.and_then(year_of).or_else(|| years.last().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn y(s: &str) -> AcademicYear {
        AcademicYear::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn urls_and_the_chosen_year() {
        assert_eq!(param(y("2021/2022")), "2021-2022");
        assert_eq!(
            chosen(Some("2021-2022"), d(2025, 1, 1)),
            Some(y("2021/2022"))
        );
        assert_eq!(chosen(Some("завтра"), d(2025, 1, 1)), Some(y("2024/2025")));
        assert_eq!(chosen(None, d(2025, 9, 1)), Some(y("2025/2026")));
    }

    #[test]
    fn listed_current_and_next_years() {
        let listed = ["2021/2022".to_owned(), "2022/2023".to_owned()];
        let years = choices(&listed, Some(y("2019/2020")), d(2022, 10, 1));
        assert_eq!(
            years,
            [
                y("2019/2020"),
                y("2021/2022"),
                y("2022/2023"),
                y("2023/2024")
            ]
        );
    }

    #[test]
    fn a_networks_years() {
        let years = of_period(d(2021, 9, 1), Some(d(2022, 8, 31)), d(2025, 3, 1));
        assert_eq!(years, [y("2021/2022"), y("2024/2025")]);
        assert_eq!(
            default_for_period(&years, d(2021, 9, 1), Some(d(2022, 8, 31)), d(2025, 3, 1)),
            Some(y("2021/2022"))
        );
        let running = of_period(d(2021, 1, 1), Some(d(2024, 12, 31)), d(2022, 3, 1));
        assert_eq!(running.len(), 5, "2020/2021 to 2024/2025");
        assert_eq!(
            default_for_period(
                &running,
                d(2021, 1, 1),
                Some(d(2024, 12, 31)),
                d(2022, 3, 1)
            ),
            Some(y("2021/2022"))
        );
    }
}
