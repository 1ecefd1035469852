//! Moving a JSON array of ids into a link table with foreign keys, and back: the shape
//! of every migration that turns a relation stored as a list into rows. The link table
//! keeps the list's order in `position`; `up` copies each list into rows before it drops
//! the column, `down` writes the rows back into the column before it drops the table, so
//! no link is lost either way. A list that is not an array of ids stops the migration.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::prelude::Uuid;
use sea_orm_migration::sea_orm::{ConnectionTrait, JsonValue, Statement, TransactionTrait};

/// A list column and the link table that replaces it.
pub(crate) struct JsonLinks {
    /// The table holding the list (its key is `id`).
    pub source: &'static str,
    pub json_column: &'static str,
    pub table: &'static str,
    /// The link table's column naming the source row (`group_id`).
    pub owner: &'static str,
    /// The link table's column naming the linked row (`staff_id`), and its table.
    pub other: &'static str,
    pub target: &'static str,
}

fn name(column: &str) -> &str {
    column.strip_suffix("_id").unwrap_or(column)
}

impl JsonLinks {
    pub async fn up(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let t = || Alias::new(self.table);
        manager
            .create_table(
                Table::create()
                    .table(t())
                    .col(uuid(Alias::new(self.owner)))
                    .col(uuid(Alias::new(self.other)))
                    .col(integer(Alias::new("position")))
                    .primary_key(
                        Index::create()
                            .col(Alias::new(self.owner))
                            .col(Alias::new(self.other)),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name(format!("fk_{}_{}", self.table, name(self.owner)))
                            .from(t(), Alias::new(self.owner))
                            .to(Alias::new(self.source), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name(format!("fk_{}_{}", self.table, name(self.other)))
                            .from(t(), Alias::new(self.other))
                            .to(Alias::new(self.target), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        crate::exec(
            manager,
            &format!(
                "CREATE INDEX ix_{}_{} ON {} ({})",
                self.table,
                name(self.other),
                self.table,
                self.other
            ),
        )
        .await?;
        self.carry_over(manager).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new(self.source))
                    .drop_column(Alias::new(self.json_column))
                    .to_owned(),
            )
            .await
    }

    pub async fn down(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new(self.source))
                    .add_column(json(Alias::new(self.json_column)).default("[]"))
                    .to_owned(),
            )
            .await?;
        self.carry_back(manager).await?;
        manager
            .drop_table(Table::drop().table(Alias::new(self.table)).to_owned())
            .await
    }

    /// Reads a stored list of ids, without repeats, in its order.
    fn ids(&self, row: Uuid, v: JsonValue) -> Result<Vec<Uuid>, DbErr> {
        let corrupt = |what: String| {
            DbErr::Migration(format!(
                "{} {row}: {} {what}",
                self.source, self.json_column
            ))
        };
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

    async fn carry_over(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let backend = manager.get_database_backend();
        let tx = manager.get_connection().begin().await?;
        let rows = tx
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT id, {} FROM {}", self.json_column, self.source),
            ))
            .await?;
        for row in rows {
            let id: Uuid = row.try_get("", "id")?;
            let list: JsonValue = row.try_get("", self.json_column)?;
            for (position, other) in self.ids(id, list)?.into_iter().enumerate() {
                let position: i32 = std::convert::TryFrom::try_from(position)
                    .map_err(|_| DbErr::Migration(format!("{id}: too many links")))?;
                let insert = Query::insert()
                    .into_table(Alias::new(self.table))
                    .columns([
                        Alias::new(self.owner),
                        Alias::new(self.other),
                        Alias::new("position"),
                    ])
                    .values_panic([id.into(), other.into(), position.into()])
                    .to_owned();
                tx.execute_raw(backend.build(&insert)).await?;
            }
        }
        tx.commit().await
    }

    async fn carry_back(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let backend = manager.get_database_backend();
        let tx = manager.get_connection().begin().await?;
        let rows = tx
            .query_all_raw(Statement::from_string(
                backend,
                format!(
                    "SELECT {owner} AS owner, {other} AS other FROM {table} \
                     ORDER BY {owner}, position",
                    owner = self.owner,
                    other = self.other,
                    table = self.table
                ),
            ))
            .await?;
        let mut lists: Vec<(Uuid, Vec<JsonValue>)> = Vec::new();
        for row in rows {
            let owner: Uuid = row.try_get("", "owner")?;
            let other: Uuid = row.try_get("", "other")?;
            let other = JsonValue::String(other.to_string());
            match lists.last_mut() {
                Some((o, list)) if *o == owner => list.push(other),
                _ => lists.push((owner, vec![other])),
            }
        }
        for (owner, list) in lists {
            let update = Query::update()
                .table(Alias::new(self.source))
                .value(Alias::new(self.json_column), JsonValue::Array(list))
                .and_where(Expr::col(Alias::new("id")).eq(owner))
                .to_owned();
            tx.execute_raw(backend.build(&update)).await?;
        }
        tx.commit().await
    }
}
