//! sea-orm entities: the shape of the tables. They never leave this crate's repositories
//! as request or response bodies; the API maps them to wire types.

pub mod agreement;
pub mod agreement_party;
pub mod agreement_signature;
pub mod attendance_mark;
pub mod audit_log;
pub mod audit_subject;
pub mod calendar_feed;
pub mod document;
pub mod enrolment;
pub mod enrolment_event;
pub mod group_participant;
pub mod group_teacher;
pub mod home_load;
pub mod idempotency_key;
pub mod login_throttle;
pub mod membership;
pub mod municipality;
pub mod network;
pub mod organization;
pub mod organization_figures;
pub mod programme;
pub mod programme_provider;
pub mod refresh_token;
pub mod register;
pub mod school_calendar;
pub mod session;
pub mod staff;
pub mod student;
pub mod study_group;
pub mod user;
