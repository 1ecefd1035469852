//! The unique constraints the migrations declare, each with the field it guards, so a
//! violation names its field from the constraint itself — PostgreSQL reports the
//! constraint's name, SQLite the table and columns — never from words in a message.
//! A test checks this list against the migrated schema of both databases: a new unique
//! index without its row here fails it.

use std::ops::Deref;

use sea_orm::DbErr;
use sea_orm::sqlx;

/// One declared unique constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unique {
    /// The name PostgreSQL reports: the index name, or `{table}_{column}_key` and
    /// `{table}_pkey` for the constraints it names itself.
    pub name: &'static str,
    pub table: &'static str,
    pub columns: &'static [&'static str],
    /// What `StoreError::Duplicate` carries: the field (or fact) that clashed.
    pub field: &'static str,
}

const fn unique(
    name: &'static str,
    table: &'static str,
    columns: &'static [&'static str],
    field: &'static str,
) -> Unique {
    Unique {
        name,
        table,
        columns,
        field,
    }
}

/// Every unique constraint of the schema but the generated `id` primary keys.
pub const UNIQUES: &[Unique] = &[
    unique(
        "ux_municipalities_external_id",
        "municipalities",
        &["external_id"],
        "external_id",
    ),
    unique(
        "ux_organizations_external_id",
        "organizations",
        &["municipality_id", "external_id"],
        "external_id",
    ),
    unique(
        "organization_figures_pkey",
        "organization_figures",
        &["organization_id", "academic_year"],
        "academic_year",
    ),
    unique(
        "ux_staff_external_id",
        "staff",
        &["organization_id", "external_id"],
        "external_id",
    ),
    unique(
        "ux_students_external_id",
        "students",
        &["organization_id", "external_id"],
        "external_id",
    ),
    unique(
        "ux_enrolments_open",
        "enrolments",
        &["group_id", "student_id"],
        "open_enrolment",
    ),
    unique(
        "home_loads_pkey",
        "home_loads",
        &["organization_id", "year", "grade"],
        "grade",
    ),
    unique("registers_pkey", "registers", &["session_id"], "register"),
    unique(
        "attendance_marks_pkey",
        "attendance_marks",
        &["session_id", "student_id"],
        "mark",
    ),
    unique(
        "audit_subjects_pkey",
        "audit_subjects",
        &["audit_id", "student_id"],
        "student_id",
    ),
    unique("users_username_key", "users", &["username"], "username"),
    unique(
        "refresh_tokens_token_hash_key",
        "refresh_tokens",
        &["token_hash"],
        "token",
    ),
    unique(
        "idempotency_keys_pkey",
        "idempotency_keys",
        &["user_id", "key"],
        "idempotency_key",
    ),
    unique(
        "ux_programmes_code",
        "programmes",
        &["network_id", "code"],
        "programme_code",
    ),
    unique(
        "programme_providers_pkey",
        "programme_providers",
        &["programme_id", "organization_id"],
        "provider_ids",
    ),
    unique(
        "ux_agreements_series_version",
        "agreements",
        &["series_id", "version_no"],
        "agreement_version",
    ),
    unique(
        "agreement_parties_pkey",
        "agreement_parties",
        &["agreement_id", "organization_id"],
        "participant_ids",
    ),
    unique(
        "ux_agreement_signatures",
        "agreement_signatures",
        &["agreement_id", "organization_id", "content_hash"],
        "signature",
    ),
    unique(
        "documents_storage_key_key",
        "documents",
        &["storage_key"],
        "storage_key",
    ),
    unique(
        "ux_school_calendars_year",
        "school_calendars",
        &["organization_id", "year"],
        "calendar_year",
    ),
    unique(
        "ux_study_groups_external_id",
        "study_groups",
        &["network_id", "external_id"],
        "external_id",
    ),
    unique(
        "group_teachers_pkey",
        "group_teachers",
        &["group_id", "staff_id"],
        "teacher_ids",
    ),
    unique(
        "group_participants_pkey",
        "group_participants",
        &["group_id", "organization_id"],
        "participant_ids",
    ),
    unique(
        "ux_sessions_origin",
        "sessions",
        &["group_id", "slot_id", "origin_date"],
        "session",
    ),
    unique(
        "calendar_feeds_token_hash_key",
        "calendar_feeds",
        &["token_hash"],
        "token",
    ),
    unique(
        "login_throttles_pkey",
        "login_throttles",
        &["subject"],
        "login_throttle",
    ),
];

/// The declared constraint a unique violation broke, if the error is one and names a
/// declared constraint.
pub fn violated(e: &DbErr) -> Option<&'static Unique> {
    let (DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e))
    | DbErr::Query(sea_orm::RuntimeErr::SqlxError(e))) = e
    else {
        return None;
    };
    let sqlx::Error::Database(db) = e.deref() else {
        return None;
    };
    if let Some(name) = db.constraint() {
        return by_name(name);
    }
    by_columns(db.message())
}

/// PostgreSQL: the constraint's name.
pub fn by_name(name: &str) -> Option<&'static Unique> {
    UNIQUES.iter().find(|u| u.name == name)
}

/// SQLite: `UNIQUE constraint failed: table.a, table.b`, the columns of the index.
pub fn by_columns(message: &str) -> Option<&'static Unique> {
    let list = message.strip_prefix("UNIQUE constraint failed: ")?;
    let mut table = None;
    let mut columns = Vec::new();
    for qualified in list.split(", ") {
        let (t, c) = qualified.trim().split_once('.')?;
        if table.is_some_and(|seen| seen != t) {
            return None;
        }
        table = Some(t);
        columns.push(c);
    }
    let table = table?;
    UNIQUES.iter().find(|u| {
        u.table == table
            && u.columns.len() == columns.len()
            && u.columns.iter().all(|c| columns.contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_messages_name_their_constraint_by_columns() {
        assert_eq!(
            by_columns("UNIQUE constraint failed: programmes.network_id, programmes.code")
                .map(|u| u.field),
            Some("programme_code")
        );
        assert_eq!(
            by_columns("UNIQUE constraint failed: users.username").map(|u| u.name),
            Some("users_username_key")
        );
        // The same columns of another table are another constraint.
        assert_eq!(
            by_columns("UNIQUE constraint failed: staff.organization_id, staff.external_id")
                .map(|u| u.table),
            Some("staff")
        );
        assert_eq!(by_columns("UNIQUE constraint failed: nowhere.x"), None);
        assert_eq!(
            by_columns("NOT NULL constraint failed: users.username"),
            None
        );
    }

    #[test]
    fn names_are_unique_and_each_table_has_distinct_column_sets() {
        for (i, a) in UNIQUES.iter().enumerate() {
            for b in &UNIQUES[i + 1..] {
                assert_ne!(a.name, b.name);
                assert!(
                    a.table != b.table || a.columns != b.columns,
                    "{} and {} guard the same columns",
                    a.name,
                    b.name
                );
            }
        }
    }
}
