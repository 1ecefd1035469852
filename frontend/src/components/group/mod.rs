//! Network groups: the list section, the editor's state and fields, the details, the
//! session list with its dialogs, calendar subscriptions.

pub mod attendance;
pub mod details;
pub mod draft;
pub mod enrolments;
pub mod feed;
pub mod form;
pub mod hours;
pub mod list;
pub mod place;
pub mod session_dialog;
pub mod session_model;
pub mod sessions;
pub mod slot_rows;
pub mod slots;
pub mod teachers;
