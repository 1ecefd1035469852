//! The shapes of texts in request bodies, as the server checks them
//! (`domain::text::clean_name`, `clean_optional`, `organization::parse_external_id`), for
//! the OpenAPI document: `#[schema(schema_with = text::name::<300>)]` and the like. The
//! character classes spell out exactly what Rust's `char::is_control` and
//! `char::is_whitespace` mean, so the document and the server agree on every string.

/// A character a name may hold: anything but control characters other than tab, line
/// feed and carriage return.
pub const ALLOWED: &str = r"[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]";
/// An allowed character that is not white space.
pub const VISIBLE: &str =
    r"[^\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]";
/// White space as `str::trim` removes it.
pub const SPACE: &str = r"[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]";
/// A character of an external id: ASCII letters and digits, Cyrillic letters, `._-:/`.
pub const EXTERNAL_ID_CHAR: &str = r"[0-9A-Za-z\u0401\u0410-\u044f\u0451._:/-]";

/// A required name: some visible character, no control characters.
pub fn name_pattern() -> String {
    format!("^{ALLOWED}*{VISIBLE}{ALLOWED}*$")
}

/// An optional text: no control characters; blank means not given.
pub fn optional_pattern() -> String {
    format!("^{ALLOWED}*$")
}

/// A user name: 3–64 lower-case ASCII letters, digits, `.`, `_`, `-`, white space around
/// ignored (`domain::person::parse_username`).
pub fn username_pattern() -> String {
    format!("^{SPACE}*[a-z0-9._-]{{3,64}}{SPACE}*$")
}

/// An external id, blank meaning none, with white space around it ignored.
pub fn external_id_pattern() -> String {
    format!("^{SPACE}*({EXTERNAL_ID_CHAR}{{1,100}}{SPACE}*)?$")
}

/// A class letter: one to three letters or digits, white space around ignored
/// (`domain::student::parse_class_letter`, which also takes letters of other scripts).
pub fn class_letter_pattern() -> String {
    format!("^{SPACE}*[0-9A-Za-z\\u0401\\u0410-\\u044f\\u0451]{{1,3}}{SPACE}*$")
}

#[cfg(feature = "openapi")]
mod schemas {
    use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
    use utoipa::openapi::{Array, Object};

    fn string(pattern: String, min: Option<usize>, max: usize) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .min_length(min)
            .max_length(Some(max))
            .pattern(Some(pattern))
    }

    /// A required name of at most `MAX` characters.
    pub fn name<const MAX: usize>() -> Object {
        string(super::name_pattern(), Some(1), MAX).build()
    }

    /// An optional text of at most `MAX` characters (`null`, blank or text).
    pub fn optional<const MAX: usize>() -> Object {
        string(super::optional_pattern(), None, MAX)
            .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
                Type::String,
                Type::Null,
            ]))
            .build()
    }

    /// A text that may be empty (not nullable), at most `MAX` characters.
    pub fn text<const MAX: usize>() -> Object {
        string(super::optional_pattern(), None, MAX).build()
    }

    /// A user name.
    pub fn username() -> Object {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(super::username_pattern()))
            .build()
    }

    /// An optional external id.
    pub fn external_id() -> Object {
        ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
                Type::String,
                Type::Null,
            ]))
            .pattern(Some(super::external_id_pattern()))
            .build()
    }

    /// A class letter.
    pub fn class_letter() -> Object {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(super::class_letter_pattern()))
            .build()
    }

    /// A list of at most `N` names of at most `MAX` characters each.
    pub fn names<const N: usize, const MAX: usize>() -> Array {
        ArrayBuilder::new()
            .items(name::<MAX>())
            .max_items(Some(N))
            .build()
    }

    /// A list of at most `N` optional texts (blank ones are dropped).
    pub fn texts<const N: usize, const MAX: usize>() -> Array {
        ArrayBuilder::new()
            .items(text::<MAX>())
            .max_items(Some(N))
            .build()
    }
}

#[cfg(feature = "openapi")]
pub use schemas::*;
