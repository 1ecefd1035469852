//! Application services: each turns a request into domain checks, capability checks and
//! repository calls in one transaction, so handlers only translate HTTP.

pub mod agreements;
pub mod calendars;
pub mod documents;
pub mod groups;
pub mod ics;
pub mod networks;
pub mod organizations;
pub mod programmes;
pub mod staff;
pub mod timetable;
pub mod users;
