//! The calendar comparison of a network's schools.

pub mod model;
