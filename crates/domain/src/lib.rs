//! Setka's domain: the rules of school networks as plain types and functions.
//!
//! This crate never touches a database, HTTP, the file system or the clock: callers pass
//! `today` in. It builds for `wasm32-unknown-unknown` so the SPA can reuse the rules.
//! Values are parsed at the edge into newtypes (`Inn`, `Grade`, `AcademicYear`, …) so
//! an invalid value cannot exist inside.

pub mod academic_year;
pub mod access;
pub mod agreement;
pub mod attendance;
pub mod calendar;
pub mod document;
pub mod enrolment;
pub mod grade;
pub mod ids;
pub mod inn;
pub mod network;
pub mod organization;
pub mod period;
pub mod person;
pub mod programme;
pub mod role;
pub mod student;
pub mod text;
pub mod timetable;

pub use academic_year::AcademicYear;
pub use grade::{Grade, GradeRange};
pub use ids::{
    AgreementId, EnrolmentId, GroupId, MunicipalityId, NetworkId, OrganizationId, ProgrammeId,
    StaffId, StudentId, UserId,
};
pub use inn::Inn;
pub use organization::OrganizationKind;
pub use role::Role;
