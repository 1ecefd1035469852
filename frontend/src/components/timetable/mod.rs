//! The week timetable of a network: week arithmetic, the grid's geometry and its drawing.

pub mod layout;
pub mod week;
