//! Access tokens: HS256 JWTs with pinned algorithm and checked `exp`, `nbf`, `iss`, `aud`.

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, errors::ErrorKind};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The audience of access tokens; other token purposes would get their own.
pub const ACCESS_AUDIENCE: &str = "setka-api";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Claims {
    pub sub: Uuid,
    /// The account's version when the token was issued: a changed, disabled or
    /// password-reset account invalidates its tokens at once.
    pub ver: i32,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    issuer: String,
    ttl_seconds: i64,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

/// Why a presented token is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenError {
    Expired,
    Invalid,
}

impl Keys {
    pub fn new(secret: &[u8], issuer: &str, ttl_seconds: i64) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            issuer: issuer.to_owned(),
            ttl_seconds,
        }
    }

    pub fn ttl_seconds(&self) -> i64 {
        self.ttl_seconds
    }

    pub fn issue(&self, user: Uuid, version: i32, now: DateTime<Utc>) -> Result<String, String> {
        let t = now.timestamp();
        let claims = Claims {
            sub: user,
            ver: version,
            iss: self.issuer.clone(),
            aud: ACCESS_AUDIENCE.to_owned(),
            iat: t,
            nbf: t,
            exp: t + self.ttl_seconds,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| e.to_string())
    }

    pub fn verify(&self, token: &str) -> Result<Claims, TokenError> {
        let mut v = Validation::new(Algorithm::HS256);
        v.set_audience(&[ACCESS_AUDIENCE]);
        v.set_issuer(&[self.issuer.as_str()]);
        v.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        v.validate_nbf = true;
        v.leeway = 5;
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &v)
            .map(|d| d.claims)
            .map_err(|e| match e.kind() {
                ErrorKind::ExpiredSignature => TokenError::Expired,
                _ => TokenError::Invalid,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::new(b"0123456789abcdef0123456789abcdef", "setka", 900)
    }

    #[test]
    fn round_trip() {
        let k = keys();
        let id = Uuid::from_u128(5);
        let t = k.issue(id, 3, Utc::now()).unwrap();
        let c = k.verify(&t).unwrap();
        assert_eq!((c.sub, c.ver), (id, 3));
    }

    #[test]
    fn expired_tampered_and_foreign_tokens_fail() {
        let k = keys();
        let old = k
            .issue(Uuid::nil(), 1, Utc::now() - chrono::Duration::hours(1))
            .unwrap();
        assert_eq!(k.verify(&old), Err(TokenError::Expired));
        let t = k.issue(Uuid::nil(), 1, Utc::now()).unwrap();
        let mut tampered = t.clone();
        tampered.pop();
        tampered.push(if t.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(k.verify(&tampered), Err(TokenError::Invalid));
        let other = Keys::new(b"another-key-another-key-another-k", "setka", 900);
        assert_eq!(other.verify(&t), Err(TokenError::Invalid));
        let other_issuer = Keys::new(b"0123456789abcdef0123456789abcdef", "elsewhere", 900);
        assert_eq!(other_issuer.verify(&t), Err(TokenError::Invalid));
    }
}
