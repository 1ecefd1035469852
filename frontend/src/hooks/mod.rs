//! Context hooks: the signed-in session and the UI language, plus data loading and the
//! submit flow of forms.

pub mod all;
pub mod auth;
pub mod fetch;
pub mod i18n;
pub mod paged;
pub mod submit;

pub use all::use_all;
pub use auth::{AuthProvider, DocumentsOf, Session, use_auth};
pub use fetch::{Loadable, use_fetch, use_municipalities};
pub use i18n::{I18n, I18nProvider, use_i18n};
pub use paged::use_paged;
pub use submit::use_submit;
