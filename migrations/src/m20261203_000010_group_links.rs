//! A group's teachers and participant schools become rows with foreign keys instead of
//! JSON arrays in `study_groups`: «the groups of teacher X» is an indexed lookup, a staff
//! record or school that groups still name cannot vanish under them, and the stored
//! order (the first teacher leads the group) is kept in `position`.
//!
//! Existing groups keep their teachers and schools: `up` copies the arrays into the new
//! tables before it drops the columns, and `down` writes them back.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::prelude::Uuid;
use sea_orm_migration::sea_orm::{ConnectionTrait, JsonValue, Statement, TransactionTrait};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StudyGroups {
    Table,
    Id,
    Teachers,
    Participants,
}

#[derive(DeriveIden, Clone, Copy)]
enum GroupTeachers {
    Table,
    GroupId,
    StaffId,
    Position,
}

#[derive(DeriveIden, Clone, Copy)]
enum GroupParticipants {
    Table,
    GroupId,
    OrganizationId,
    Position,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
}

/// One link table: its name, the column of the linked row and the table it references.
struct Link {
    table: &'static str,
    column: &'static str,
    json_column: &'static str,
}

const TEACHERS: Link = Link {
    table: "group_teachers",
    column: "staff_id",
    json_column: "teachers",
};

const PARTICIPANTS: Link = Link {
    table: "group_participants",
    column: "organization_id",
    json_column: "participants",
};

fn link_table(
    table: impl IntoIden + Copy + 'static,
    group: impl IntoIden + Copy + 'static,
    other: impl IntoIden + Copy + 'static,
    position: impl IntoIden + 'static,
    target: (impl IntoIden + 'static, impl IntoIden + 'static),
    names: (&str, &str),
) -> TableCreateStatement {
    Table::create()
        .table(table)
        .col(uuid(group))
        .col(uuid(other))
        .col(integer(position))
        .primary_key(Index::create().col(group).col(other))
        .foreign_key(
            ForeignKey::create()
                .name(names.0)
                .from(table, group)
                .to(StudyGroups::Table, StudyGroups::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(
            ForeignKey::create()
                .name(names.1)
                .from(table, other)
                .to(target.0, target.1),
        )
        .to_owned()
}

/// Reads a stored JSON array of ids; anything else is corrupt data that stops the
/// migration rather than losing a teacher or a school.
fn ids(group: Uuid, column: &str, v: JsonValue) -> Result<Vec<Uuid>, DbErr> {
    let corrupt = |what: String| DbErr::Migration(format!("study group {group}: {column} {what}"));
    let JsonValue::Array(items) = v else {
        return Err(corrupt(format!("is {v}, not a JSON array")));
    };
    let mut out: Vec<Uuid> = Vec::new();
    for item in items {
        let id = item
            .as_str()
            .and_then(|s| Uuid::parse_str(s).ok())
            .ok_or_else(|| corrupt(format!("holds {item}, not an id")))?;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(link_table(
                GroupTeachers::Table,
                GroupTeachers::GroupId,
                GroupTeachers::StaffId,
                GroupTeachers::Position,
                (Staff::Table, Staff::Id),
                ("fk_group_teachers_group", "fk_group_teachers_staff"),
            ))
            .await?;
        manager
            .create_table(link_table(
                GroupParticipants::Table,
                GroupParticipants::GroupId,
                GroupParticipants::OrganizationId,
                GroupParticipants::Position,
                (Organizations::Table, Organizations::Id),
                (
                    "fk_group_participants_group",
                    "fk_group_participants_organization",
                ),
            ))
            .await?;
        crate::exec(
            manager,
            "CREATE INDEX ix_group_teachers_staff ON group_teachers (staff_id)",
        )
        .await?;
        crate::exec(
            manager,
            "CREATE INDEX ix_group_participants_organization ON group_participants (organization_id)",
        )
        .await?;
        carry_over(manager).await?;
        for column in [StudyGroups::Teachers, StudyGroups::Participants] {
            manager
                .alter_table(
                    Table::alter()
                        .table(StudyGroups::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [StudyGroups::Teachers, StudyGroups::Participants] {
            manager
                .alter_table(
                    Table::alter()
                        .table(StudyGroups::Table)
                        .add_column(json(column).default("[]"))
                        .to_owned(),
                )
                .await?;
        }
        carry_back(manager).await?;
        for t in [PARTICIPANTS.table, TEACHERS.table] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// Copies every group's arrays into the link tables, in one transaction.
async fn carry_over(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let backend = manager.get_database_backend();
    let tx = manager.get_connection().begin().await?;
    let rows = tx
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id, teachers, participants FROM study_groups",
        ))
        .await?;
    for row in rows {
        let id: Uuid = row.try_get("", "id")?;
        for link in [&TEACHERS, &PARTICIPANTS] {
            let v: JsonValue = row.try_get("", link.json_column)?;
            for (position, other) in ids(id, link.json_column, v)?.into_iter().enumerate() {
                let position: i32 = std::convert::TryFrom::try_from(position)
                    .map_err(|_| DbErr::Migration(format!("study group {id}: too many links")))?;
                let insert = Query::insert()
                    .into_table(Alias::new(link.table))
                    .columns([
                        Alias::new("group_id"),
                        Alias::new(link.column),
                        Alias::new("position"),
                    ])
                    .values_panic([id.into(), other.into(), position.into()])
                    .to_owned();
                tx.execute_raw(backend.build(&insert)).await?;
            }
        }
    }
    tx.commit().await
}

/// Writes the link rows back into the arrays, in their stored order.
async fn carry_back(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let backend = manager.get_database_backend();
    let tx = manager.get_connection().begin().await?;
    for link in [&TEACHERS, &PARTICIPANTS] {
        let rows = tx
            .query_all_raw(Statement::from_string(
                backend,
                format!(
                    "SELECT group_id, {} AS other FROM {} ORDER BY group_id, position",
                    link.column, link.table
                ),
            ))
            .await?;
        let mut groups: Vec<(Uuid, Vec<JsonValue>)> = Vec::new();
        for row in rows {
            let group: Uuid = row.try_get("", "group_id")?;
            let other: Uuid = row.try_get("", "other")?;
            let other = JsonValue::String(other.to_string());
            match groups.last_mut() {
                Some((g, list)) if *g == group => list.push(other),
                _ => groups.push((group, vec![other])),
            }
        }
        for (group, list) in groups {
            let update = Query::update()
                .table(StudyGroups::Table)
                .value(Alias::new(link.json_column), JsonValue::Array(list))
                .and_where(Expr::col(StudyGroups::Id).eq(group))
                .to_owned();
            tx.execute_raw(backend.build(&update)).await?;
        }
    }
    tx.commit().await
}
