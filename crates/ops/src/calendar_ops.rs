//! The writes of school calendars: create or replace a year's calendar, remove it, copy
//! it to the next year. Each decides access inside its transaction, from the facts of
//! the organization as they are then.

use domain::AcademicYear;
use domain::calendar::CalendarContent;
use store::entities::school_calendar::Model;
use uuid::Uuid;
use wire::ErrorCode;

use crate::calendars::check;
use crate::i18n::Issue;
use crate::{Ctx, OpError, OpResult};

/// Creates or replaces the calendar of `year` for organization `org`; `true` when it
/// was created. `expected` (If-Match) applies to a replacement.
pub async fn put(
    ctx: &Ctx<'_>,
    org: Uuid,
    year: AcademicYear,
    content: CalendarContent,
    expected: Option<i32>,
) -> OpResult<(Model, bool)> {
    let facts = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.manage_school_records(&facts)?;
    let calendar = check(year, content)?;
    Ok(store::calendars::put(ctx.db, &cap, &calendar, expected, ctx.audit).await?)
}

/// Removes the calendar of `year`.
pub async fn delete(
    ctx: &Ctx<'_>,
    org: Uuid,
    year: AcademicYear,
    expected: Option<i32>,
) -> OpResult<()> {
    let facts = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.manage_school_records(&facts)?;
    Ok(store::calendars::delete(ctx.db, &cap, year, expected, ctx.audit).await?)
}

/// Copies the calendar of `year` to the next year, every date on the same day a year
/// later; the next year must have no calendar yet.
pub async fn copy(ctx: &Ctx<'_>, org: Uuid, year: AcademicYear) -> OpResult<Model> {
    let facts = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.manage_school_records(&facts)?;
    let read = ctx.actor.read_organization(&facts)?;
    let source = store::calendars::get(ctx.db, &read, year).await?;
    let (next, content) = store::calendars::calendar_of(&source)?
        .for_next_year()
        .ok_or_else(|| OpError::field("year", Issue::AcademicYear))?;
    let calendar = check(next, content)?;
    store::calendars::create(ctx.db, &cap, &calendar, ctx.audit)
        .await
        .map_err(|e| match e {
            store::StoreError::Duplicate(_) => OpError::with_detail(
                ErrorCode::Conflict,
                format!("Календарь на {next} уже есть"),
                format!("The calendar of {next} exists already"),
            ),
            other => other.into(),
        })
}
