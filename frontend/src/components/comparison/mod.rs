//! The calendar comparison of a network's schools: the arrangement (pure) and its tables.

pub mod days;
pub mod model;
pub mod tables;
