//! A school's students on the home side: the list's toolbar and table, and the sections
//! of a student's page — the record, the network courses with their history, the
//! individual study plan (ИУП) and the attendance — plus the pieces of the enrolment
//! request dialog (`components::enrolment_request`).

pub mod attendance;
pub mod courses;
pub mod format;
pub mod history;
pub mod list;
pub mod pick;
pub mod plan;
pub mod preview;
pub mod record;
pub mod toolbar;
pub mod withdraw;
