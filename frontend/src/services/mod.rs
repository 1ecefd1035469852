//! Talking to the API. Pages call [`Api`] with the paths of `wire::routes` and the DTOs
//! of `wire`, never hand-written copies.

pub mod api;
pub mod error;
pub mod save;

pub use api::{Api, idempotency_key, if_match, with_query};
pub use error::ApiError;
pub use save::{SaveTo, open_saved};
