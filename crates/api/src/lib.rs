//! Setka's server: HTTP, authentication, authorization and the OpenAPI document.
//!
//! Start reading at [`startup::Application`] (how the server is put together) and
//! [`http`] (one module per resource). Business rules live in the `domain` crate, use
//! cases in `ops` and persistence in `store`; this crate only wires them to HTTP.

pub mod auth;
pub mod config;
pub mod demo;
pub mod error;
pub mod http;
pub mod ics;
pub mod janitor;
pub mod openapi;
pub mod request_log;
pub mod startup;
pub mod state;

pub use ops::i18n;
pub use startup::Application;
