//! The HTTP contract of Setka, shared by the server and the SPA so that neither copies a
//! type by hand. With the `openapi` feature the types also describe themselves for the
//! OpenAPI document.

pub mod agreement;
pub mod attendance;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod document;
pub mod enrolment;
pub mod error;
pub mod figures;
pub mod group;
pub mod health;
pub mod municipality;
pub mod network;
pub mod organization;
pub mod page;
pub mod programme;
pub mod routes;
pub mod staff;
pub mod student;
pub mod study_plan;
pub mod text;
pub mod user;

pub use domain::{OrganizationKind, Role};
pub use error::{ErrorCode, FieldError, Problem};
pub use page::Page;
