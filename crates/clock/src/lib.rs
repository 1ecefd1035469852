//! The one place Setka reads the time.
//!
//! «Today» for a school is the date in its municipality's time zone (Russia spans eleven),
//! never the server's UTC date: between 00:00 and 03:00 in Moscow the two disagree about
//! which coordinator, agreement status or correction window applies. The application
//! state holds one [`Clock`]; every operation takes the time from it, and tests set it.
//! `cargo xtask test` refuses a read of the system clock anywhere else.

use std::sync::{Arc, RwLock};

use chrono::Offset;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

/// The time zone of a municipality that has not set one.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Moscow";

/// An IANA time zone that Setka knows, such as `Europe/Volgograd`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(Tz);

impl TimeZone {
    /// Parses an IANA name; `None` for a name the time-zone database does not have.
    pub fn parse(name: &str) -> Option<Self> {
        name.parse::<Tz>().ok().map(Self)
    }

    /// Moscow time, the default zone.
    pub fn moscow() -> Self {
        Self(chrono_tz::Europe::Moscow)
    }

    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The zone's offset from UTC at an instant, in minutes east.
    pub fn offset_minutes_at(&self, at: DateTime<Utc>) -> i32 {
        at.with_timezone(&self.0).offset().fix().local_minus_utc() / 60
    }
}

impl Default for TimeZone {
    fn default() -> Self {
        Self::moscow()
    }
}

/// The real instant, for security timers only: token lifetimes, refresh-token expiry and
/// sign-in throttling windows. `jsonwebtoken` checks expiry against the system time, so a
/// clock a test set in the past must not issue tokens; everything a school sees (dates,
/// audit times, «today») comes from a [`Clock`].
pub fn real_now() -> DateTime<Utc> {
    Utc::now()
}

/// Where the time comes from: the system, or a time set by a test (and moved by it).
#[derive(Debug, Clone)]
pub struct Clock(Source);

#[derive(Debug, Clone)]
enum Source {
    System,
    Fixed(Arc<RwLock<DateTime<Utc>>>),
}

impl Clock {
    /// The system clock: what a server runs with.
    pub fn system() -> Self {
        Self(Source::System)
    }

    /// A clock standing at `at` until [`Clock::set`] or [`Clock::advance`] moves it.
    /// Clones share the time, so a test moves the clock of a running server.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self(Source::Fixed(Arc::new(RwLock::new(at))))
    }

    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        match &self.0 {
            Source::System => Utc::now(),
            Source::Fixed(at) => match at.read() {
                Ok(t) => *t,
                Err(poisoned) => *poisoned.into_inner(),
            },
        }
    }

    /// Today in a time zone.
    pub fn today_in(&self, zone: TimeZone) -> NaiveDate {
        self.now().with_timezone(&zone.0).date_naive()
    }

    /// Today in Moscow: for what belongs to no municipality (an installation's admin).
    pub fn today(&self) -> NaiveDate {
        self.today_in(TimeZone::moscow())
    }

    /// Moves a fixed clock to `at`; the system clock cannot be set and stays as it is.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Source::Fixed(t) = &self.0 {
            match t.write() {
                Ok(mut g) => *g = at,
                Err(poisoned) => *poisoned.into_inner() = at,
            }
        }
    }

    /// Moves a fixed clock forward.
    pub fn advance(&self, by: Duration) {
        self.set(self.now() + by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).single().unwrap()
    }

    #[test]
    fn today_is_the_date_in_the_municipality_not_in_utc() {
        // 21:30 UTC on 31 August is already 1 September in Moscow (UTC+3) and in
        // Vladivostok (UTC+10), but not yet in Kaliningrad (UTC+2).
        let c = Clock::fixed(utc(2026, 8, 31, 21, 30));
        let sept_1 = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let aug_31 = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap();
        assert_eq!(c.today(), sept_1);
        assert_eq!(
            c.today_in(TimeZone::parse("Asia/Vladivostok").unwrap()),
            sept_1
        );
        assert_eq!(
            c.today_in(TimeZone::parse("Europe/Kaliningrad").unwrap()),
            aug_31
        );
        // Volgograd keeps Moscow time (UTC+3) since 2020.
        assert_eq!(
            c.today_in(TimeZone::parse("Europe/Volgograd").unwrap()),
            sept_1
        );
    }

    #[test]
    fn a_fixed_clock_moves_only_when_told_and_clones_share_it() {
        let c = Clock::fixed(utc(2026, 9, 1, 5, 0));
        let shared = c.clone();
        assert_eq!(c.now(), utc(2026, 9, 1, 5, 0));
        shared.advance(Duration::hours(48));
        assert_eq!(c.now(), utc(2026, 9, 3, 5, 0));
        c.set(utc(2027, 1, 1, 0, 0));
        assert_eq!(shared.now(), utc(2027, 1, 1, 0, 0));
    }

    #[test]
    fn unknown_zones_are_refused_and_the_default_is_moscow() {
        assert!(TimeZone::parse("Europe/Atlantis").is_none());
        assert!(TimeZone::parse("").is_none());
        assert_eq!(TimeZone::default().name(), DEFAULT_TIME_ZONE);
    }

    #[test]
    fn offsets_are_minutes_east_of_utc() {
        let at = utc(2026, 12, 3, 12, 0);
        assert_eq!(TimeZone::moscow().offset_minutes_at(at), 180);
        let barnaul = TimeZone::parse("Asia/Barnaul").unwrap();
        assert_eq!(barnaul.offset_minutes_at(at), 420);
    }
}
