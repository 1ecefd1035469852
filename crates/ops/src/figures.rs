//! Yearly figures of an organization (students and teachers of an academic year): the
//! figures of a year set as one operation, and the stored rows as wire views.

use domain::AcademicYear;
use store::entities::organization_figures::Model;
use uuid::Uuid;
use wire::figures::{YearlyFigures, YearlyFiguresInput};

use crate::i18n::Issue;
use crate::{Ctx, OpError, OpResult};

pub fn parse_year(raw: &str) -> OpResult<AcademicYear> {
    AcademicYear::parse(raw).map_err(|_| OpError::field("academic_year", Issue::AcademicYear))
}

pub fn to_wire(m: &Model) -> OpResult<YearlyFigures> {
    let year = u16::try_from(m.academic_year)
        .ok()
        .and_then(|y| AcademicYear::starting(y).ok())
        .ok_or_else(|| {
            OpError::Internal(format!(
                "organization_figures.academic_year: {}",
                m.academic_year
            ))
        })?;
    Ok(YearlyFigures {
        organization_id: m.organization_id,
        academic_year: year.to_string(),
        students_total: m.students_total,
        teachers_total: m.teachers_total,
        version: m.version,
    })
}

/// Creates or replaces the figures of `year` (as `2021-2022` or `2021/2022`) for
/// organization `org`; `true` when they were created. `expected` (If-Match) applies to a
/// replacement.
pub async fn set(
    ctx: &Ctx<'_>,
    org: Uuid,
    year: &str,
    input: &YearlyFiguresInput,
    expected: Option<i32>,
) -> OpResult<(Model, bool)> {
    let facts = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.manage_school_records(&facts)?;
    let year = parse_year(year)?;
    crate::validate(input)?;
    Ok(store::figures::upsert(
        ctx.db,
        &cap,
        year,
        expected,
        input.students_total,
        input.teachers_total,
        ctx.audit,
    )
    .await?)
}
