//! What every request handler shares: the operations (store and clock), the token keys
//! and the settings.

use std::sync::Arc;

use store::Store;

use crate::auth::jwt::Keys;
use crate::config::Settings;

#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    /// The operations' environment: the same store, and the one clock of the server.
    pub ops: ops::Ops,
    /// Where document bytes live.
    pub blobs: blobs::Blobs,
    pub keys: Arc<Keys>,
    pub settings: Arc<Settings>,
    pub routes: Arc<crate::openapi::RouteTable>,
}

impl AppState {
    /// The application's clock.
    pub fn clock(&self) -> &ops::Clock {
        &self.ops.clock
    }
}
