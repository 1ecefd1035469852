//! A school's calendar (календарный учебный график): the editor's state, the year
//! choices, the editor with its terms, holidays and bell schedules, the read-only view,
//! and the section on the organization page.

pub mod bells;
pub mod body;
pub mod draft;
pub mod form;
pub mod ranges;
pub mod section;
pub mod view;
pub mod years;
