//! The home curriculum's weekly hours per grade, which the weekly-load rule starts from.

use domain::AcademicYear;
use domain::enrolment::Hours;
use uuid::Uuid;
use wire::enrolment::{GradeLoad, HomeLoads};

use crate::i18n::{FieldIssue, Issue};
use crate::{Ctx, OpError, OpResult, validate};

fn year(raw: &str) -> OpResult<AcademicYear> {
    AcademicYear::parse(&raw.replace('-', "/"))
        .map_err(|_| OpError::field("year", Issue::AcademicYear))
}

fn to_wire(rows: &[store::entities::home_load::Model]) -> HomeLoads {
    HomeLoads {
        grades: rows
            .iter()
            .map(|m| GradeLoad {
                grade: u8::try_from(m.grade).unwrap_or(0),
                hours_per_week: f64::from(m.hours_tenths) / 10.0,
            })
            .collect(),
    }
}

/// The hours of a year: the school's own record, read where its figures are.
pub async fn get(
    ctx: &Ctx<'_, impl store::Conn>,
    org: Uuid,
    raw_year: &str,
) -> OpResult<HomeLoads> {
    let y = year(raw_year)?;
    let facts = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.read_school_records(&facts)?;
    Ok(to_wire(&store::home_loads::of_year(ctx.db, &cap, y).await?))
}

/// Replaces the hours of a year; each grade at most once.
pub async fn put(
    ctx: &Ctx<'_>,
    org: Uuid,
    raw_year: &str,
    input: &HomeLoads,
) -> OpResult<HomeLoads> {
    let y = year(raw_year)?;
    let facts = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.manage_school_records(&facts)?;
    validate(input)?;
    let mut rows = Vec::new();
    let mut issues = Vec::new();
    for (i, g) in input.grades.iter().enumerate() {
        let field = format!("grades[{i}]");
        if domain::Grade::new(i64::from(g.grade)).is_err() {
            issues.push(FieldIssue::new(
                &format!("{field}.grade"),
                Issue::OutOfRange { min: 1, max: 11 },
            ));
            continue;
        }
        if rows.iter().any(|(gr, _)| *gr == g.grade) {
            issues.push(FieldIssue::new(&format!("{field}.grade"), Issue::Twice));
            continue;
        }
        match Hours::from_f64(g.hours_per_week) {
            Ok(h) => rows.push((g.grade, i32::try_from(h.tenths()).unwrap_or(i32::MAX))),
            Err(_) => issues.push(FieldIssue::new(
                &format!("{field}.hours_per_week"),
                Issue::Invalid,
            )),
        }
    }
    if !issues.is_empty() {
        return Err(OpError::Validation(issues));
    }
    store::home_loads::put_year(ctx.db, &cap, y, &rows, ctx.audit).await?;
    let read = ctx.actor.read_school_records(&facts)?;
    Ok(to_wire(
        &store::home_loads::of_year(ctx.db, &read, y).await?,
    ))
}
