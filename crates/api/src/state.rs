//! What every request handler shares: the store, the token keys and the settings.

use std::sync::Arc;

use store::Store;

use crate::auth::jwt::Keys;
use crate::config::Settings;

#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    /// Where document bytes live.
    pub blobs: blobs::Blobs,
    pub keys: Arc<Keys>,
    pub settings: Arc<Settings>,
    pub routes: Arc<crate::openapi::RouteTable>,
}
