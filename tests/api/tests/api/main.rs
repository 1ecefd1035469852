//! Black-box tests of the HTTP API: each test starts the real server on port 0 over a
//! fresh database (SQLite, or PostgreSQL when `SETKA_TEST_DATABASE_URL` is set) and talks
//! to it over HTTP only, with the request and response types of the `wire` crate.
#![allow(clippy::unwrap_used, clippy::expect_used)] // reason: a failed expectation is a failed test

mod agreements;
mod attendance;
mod audit;
mod auth;
mod builders;
mod calendars;
mod client;
mod clock;
mod contract;
mod documents;
mod enrolment_world;
mod enrolments;
mod feeds;
mod groups;
mod helpers;
mod idempotency;
mod matrix;
mod municipalities;
mod networks;
mod noop;
mod openapi;
mod organizations;
mod pagination;
mod peers;
mod programmes;
mod race;
mod school_views;
mod scoping;
mod seed_enrolments;
mod seeds;
mod spa;
mod staff;
mod students;
mod study_plans;
mod tokens;
mod upsert;
mod users;
mod validation;
