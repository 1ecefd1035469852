//! Opaque paging cursors: the sort key and id of the last item of a page.

use sea_orm::{ColumnTrait, Condition};
use uuid::Uuid;

use crate::StoreError;

/// The smallest, default and largest page sizes of every list.
pub const MIN_LIMIT: u32 = 1;
pub const DEFAULT_LIMIT: u32 = 50;
pub const MAX_LIMIT: u32 = 500;

/// What a cursor looks like: the sort key as hex of its UTF-8 bytes (no NUL byte, which
/// PostgreSQL text cannot hold), a dot, and the id as 32 hex digits. Every string of this
/// form is a position in `(sort key, id)` order, so any of them names a page (possibly an
/// empty one) and the OpenAPI document can state the pattern exactly.
pub const PATTERN: &str = r"^(0[1-9a-f]|[1-9a-f][0-9a-f])*\.[0-9a-f]{32}$";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub key: String,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let mut out = String::with_capacity(self.key.len() * 2 + 33);
        for b in self.key.bytes().filter(|b| *b != 0) {
            out.push_str(&format!("{b:02x}"));
        }
        out.push('.');
        out.push_str(&format!("{:032x}", self.id.as_u128()));
        out
    }

    /// Exactly the strings [`PATTERN`] matches; a key that is not UTF-8 is still a place
    /// in byte order, so it is read lossily.
    pub fn decode(s: &str) -> Result<Self, StoreError> {
        let (key, id) = s.split_once('.').ok_or(StoreError::InvalidCursor)?;
        let lower_hex = |t: &str| t.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        if key.len() % 2 != 0 || !lower_hex(key) || id.len() != 32 || !lower_hex(id) {
            return Err(StoreError::InvalidCursor);
        }
        let bytes = (0..key.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&key[i..i + 2], 16))
            .collect::<Result<Vec<u8>, _>>()
            .map_err(|_| StoreError::InvalidCursor)?;
        if bytes.contains(&0) {
            return Err(StoreError::InvalidCursor);
        }
        let id = u128::from_str_radix(id, 16).map_err(|_| StoreError::InvalidCursor)?;
        Ok(Self {
            key: String::from_utf8_lossy(&bytes).into_owned(),
            id: Uuid::from_u128(id),
        })
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

/// The page size asked for, or the default; outside the bounds it is refused rather than
/// quietly changed, as the OpenAPI document states.
pub fn page_limit(limit: Option<u32>) -> Result<u64, StoreError> {
    match limit.unwrap_or(DEFAULT_LIMIT) {
        l @ MIN_LIMIT..=MAX_LIMIT => Ok(u64::from(l)),
        _ => Err(StoreError::InvalidLimit),
    }
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
        let empty = Cursor {
            key: String::new(),
            id: Uuid::from_u128(u128::MAX),
        };
        assert_eq!(Cursor::decode(&empty.encode()).unwrap(), empty);
        let id = "0".repeat(32);
        for bad in [
            String::new(),
            format!("0.{id}"),
            format!("00.{id}"),
            format!("AB.{id}"),
            format!("ab.{}", "F".repeat(32)),
            format!("ab.{id}0"),
            format!("ab{id}"),
        ] {
            assert!(Cursor::decode(&bad).is_err(), "{bad}");
        }
        // Any well-formed cursor is a position, even one this server never made.
        let odd = Cursor::decode(&format!("ff41.{id}")).unwrap();
        assert_eq!(odd.key, "\u{fffd}A");
    }

    #[test]
    fn limits_are_checked_not_clamped() {
        assert_eq!(page_limit(None).unwrap(), 50);
        assert_eq!(page_limit(Some(1)).unwrap(), 1);
        assert_eq!(page_limit(Some(500)).unwrap(), 500);
        assert!(matches!(page_limit(Some(0)), Err(StoreError::InvalidLimit)));
        assert!(matches!(
            page_limit(Some(501)),
            Err(StoreError::InvalidLimit)
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
