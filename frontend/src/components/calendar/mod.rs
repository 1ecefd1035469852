//! A school's calendar (календарный учебный график): the editor's state, the year
//! choices, the editor and the read-only view.

pub mod draft;
pub mod years;
