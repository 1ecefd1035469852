//! The week timetable of a network: week arithmetic, the query and filters, the grid's
//! geometry and its drawing, the list of the week's conflicts.

pub mod conflicts;
pub mod grid;
pub mod layout;
pub mod query;
pub mod week;
