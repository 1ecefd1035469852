//! «Today» as the server decides it: the date in the account's municipality, not in the
//! browser's time zone. `/me` gives the zone's offset from UTC (Russia keeps no summer
//! time), so the date stays right while the page stays open across midnight.

use std::cell::Cell;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};

/// Moscow time until the account is known.
const MOSCOW_MINUTES: i32 = 180;

thread_local! {
    static OFFSET_MINUTES: Cell<i32> = const { Cell::new(MOSCOW_MINUTES) };
}

/// Remembers the offset of the signed-in account's municipality.
pub fn set_offset_minutes(minutes: i32) {
    OFFSET_MINUTES.with(|o| o.set(minutes));
}

/// Now, to compare with the server's timestamps (a register's correction window).
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The time of day in the account's municipality (session times are local there).
pub fn time_now() -> NaiveTime {
    let offset = OFFSET_MINUTES.with(Cell::get);
    (Utc::now() + Duration::minutes(i64::from(offset))).time()
}

/// Today in the account's municipality.
pub fn today() -> NaiveDate {
    let offset = OFFSET_MINUTES.with(Cell::get);
    (Utc::now() + Duration::minutes(i64::from(offset))).date_naive()
}
