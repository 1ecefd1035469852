//! Steps every scenario takes: signing in and out, looking for absence, ticking a
//! labelled checkbox, a screenshot of one part of a page, and the school year of today.

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use fantoccini::Locator;

use super::Browser;

impl Browser {
    /// Opens `path` signed out and signs in as a demo account (password `demo`).
    pub async fn sign_in(&self, path: &str, user: &str) -> Result<()> {
        self.goto(path).await?;
        self.fill("#login-username", user).await?;
        self.fill("#login-password", "demo").await?;
        self.css("#login-submit").await?.click().await?;
        Ok(())
    }

    pub async fn sign_out(&self) -> Result<()> {
        self.css("#user-menu-toggle").await?.click().await?;
        self.css("#logout").await?.click().await?;
        self.css("#login-username").await?;
        Ok(())
    }

    /// Scrolls `selector` to the top of the window and takes a screenshot.
    pub async fn shot_at(&self, selector: &str, name: &str) -> Result<()> {
        self.css(selector).await?;
        self.client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({ block: 'start' })",
                vec![serde_json::json!(selector)],
            )
            .await?;
        self.shot(name).await
    }

    /// Whether nothing matches `selector` now.
    pub async fn absent(&self, selector: &str) -> Result<bool> {
        Ok(self.client.find(Locator::Css(selector)).await.is_err())
    }

    /// Ticks the checkbox whose label (inside the container `id`) reads `label`.
    pub async fn tick(&self, container: &str, label: &str) -> Result<()> {
        self.xpath(&format!(
            "//*[@id='{container}']//label[contains(normalize-space(), '{label}')]"
        ))
        .await?
        .click()
        .await?;
        Ok(())
    }
}

/// The school year (1 September – 31 August) that contains `today`.
pub fn school_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start = if today.month() >= 9 {
        today.year()
    } else {
        today.year() - 1
    };
    let first = NaiveDate::from_ymd_opt(start, 9, 1).unwrap_or(today);
    let last = NaiveDate::from_ymd_opt(start + 1, 8, 31).unwrap_or(today);
    (first, last)
}

/// The Monday of the week of 15 September of that school year: the demo data runs in the
/// current school year, and mid-September is a school week for every calendar pattern.
pub fn mid_september_monday(today: NaiveDate) -> NaiveDate {
    let mid = school_year(today).0 + Duration::days(14);
    mid - Duration::days(i64::from(mid.weekday().num_days_from_monday()))
}

pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[test]
fn school_years_and_mondays() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
    assert_eq!(school_year(d(2022, 3, 1)), (d(2021, 9, 1), d(2022, 8, 31)));
    assert_eq!(school_year(d(2021, 9, 1)).0, d(2021, 9, 1));
    let monday = mid_september_monday(d(2026, 12, 1));
    assert_eq!((monday, monday.weekday()), (d(2026, 9, 14), Weekday::Mon));
}
