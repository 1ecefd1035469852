//! Cursor pagination: every list answers `{"items": […], "next_cursor": …}`.

use serde::{Deserialize, Serialize};

/// One page of a list. Pass `next_cursor` back as `cursor` to get the next page; it is
/// `null` on the last page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

pub const DEFAULT_LIMIT: u32 = 50;
pub const MAX_LIMIT: u32 = 500;
