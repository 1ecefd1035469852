//! Authentication: passwords, access tokens, refresh tokens and the request extractor.

pub mod extractor;
pub mod jwt;
pub use ops::password;

pub use extractor::{Authenticated, actor_of};
