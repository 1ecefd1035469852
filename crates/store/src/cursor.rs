//! Opaque paging cursors: the sort key and id of the last item of a page.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sea_orm::{ColumnTrait, Condition};
use uuid::Uuid;

use crate::StoreError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub key: String,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let raw = serde_json::json!([self.key, self.id]).to_string();
        URL_SAFE_NO_PAD.encode(raw)
    }

    pub fn decode(s: &str) -> Result<Self, StoreError> {
        let bytes = URL_SAFE_NO_PAD
            .decode(s)
            .map_err(|_| StoreError::InvalidCursor)?;
        let (key, id): (String, Uuid) =
            serde_json::from_slice(&bytes).map_err(|_| StoreError::InvalidCursor)?;
        Ok(Self { key, id })
    }
}

/// The keyset condition "after the cursor" in `(sort, id)` order, ascending or descending.
pub fn after<C: ColumnTrait>(sort: C, id: C, cur: &Cursor, ascending: bool) -> Condition {
    let key = cur.key.as_str();
    let (beyond_key, beyond_id) = if ascending {
        (sort.gt(key), id.gt(cur.id))
    } else {
        (sort.lt(key), id.lt(cur.id))
    };
    Condition::any()
        .add(beyond_key)
        .add(Condition::all().add(sort.eq(key)).add(beyond_id))
}

/// Page size bounds shared by every list.
pub fn clamp_limit(limit: Option<u32>) -> u64 {
    u64::from(limit.unwrap_or(50).clamp(1, 500))
}

/// Splits one extra fetched row off a page and makes the next cursor from the last item.
pub fn finish_page<T>(
    mut rows: Vec<T>,
    limit: u64,
    key_of: impl Fn(&T) -> Cursor,
) -> (Vec<T>, Option<String>) {
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next = if more {
        rows.last().map(|r| key_of(r).encode())
    } else {
        None
    };
    (rows, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_garbage() {
        let c = Cursor {
            key: "лицей №24".into(),
            id: Uuid::from_u128(7),
        };
        assert_eq!(Cursor::decode(&c.encode()).unwrap(), c);
        assert!(matches!(
            Cursor::decode("%%%"),
            Err(StoreError::InvalidCursor)
        ));
        assert!(matches!(
            Cursor::decode("bm90IGpzb24"),
            Err(StoreError::InvalidCursor)
        ));
    }

    #[test]
    fn pages_carry_a_cursor_only_when_more_rows_exist() {
        let key = |n: &u128| Cursor {
            key: n.to_string(),
            id: Uuid::from_u128(*n),
        };
        let (items, next) = finish_page(vec![1u128, 2, 3], 2, key);
        assert_eq!(items, vec![1, 2]);
        assert_eq!(
            Cursor::decode(&next.unwrap()).unwrap().id,
            Uuid::from_u128(2)
        );
        let (items, next) = finish_page(vec![1u128, 2], 2, key);
        assert_eq!(items.len(), 2);
        assert!(next.is_none());
    }
}
