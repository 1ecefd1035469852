//! Text search on the precomputed search columns (see `domain::text::search_key`).

use domain::text::search_key;
use sea_orm::sea_query::{Expr, ExprTrait, IntoColumnRef, LikeExpr};

/// `column LIKE '%text%'` with the text folded like the column and LIKE wildcards escaped;
/// `None` when the search text is empty.
pub(crate) fn contains(column: impl IntoColumnRef, raw: &str) -> Option<Expr> {
    let text = search_key(raw);
    if text.is_empty() {
        return None;
    }
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Some(Expr::col(column).like(LikeExpr::new(format!("%{escaped}%")).escape('\\')))
}
