//! Network groups: the list section, the editor's state and fields, the session list.

pub mod draft;
pub mod session_model;
pub mod slots;
