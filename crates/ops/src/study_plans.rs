//! A student's individual study plan (ИУП) for a school year: the home curriculum's
//! hours, the network courses holding a seat, and the weekly load against the limit —
//! computed by the same `domain::enrolment::weekly_load` the approvals check.

use domain::AcademicYear;
use domain::GroupId;
use domain::access::StudentView;
use domain::enrolment::{CourseLoad, Hours, LoadQuery, weekly_load};
use uuid::Uuid;
use wire::study_plan::{StudyPlan, StudyPlanCourse};

use crate::enrolment_rules::hours;
use crate::i18n::Issue;
use crate::{Ctx, OpError, OpResult};

/// The plan of student `id` for the year `raw_year` (`2026-2027`): for those who see
/// the whole record (the home school, the authority). The read is audited.
pub async fn get(ctx: &Ctx<'_>, id: Uuid, raw_year: &str) -> OpResult<StudyPlan> {
    let year = AcademicYear::parse(&raw_year.replace('-', "/"))
        .map_err(|_| OpError::field("year", Issue::AcademicYear))?;
    let s = crate::students::facts(ctx, id).await?;
    let (cap, view) = ctx.actor.read_student(&s)?;
    if view != StudentView::Full {
        return Err(OpError::code(wire::ErrorCode::Forbidden));
    }
    let row = store::students::get(ctx.db, &cap).await?;
    let student = crate::students::to_wire(&row)?;
    let grade = domain::Grade::new(i64::from(row.grade))
        .map_err(|_| store::StoreError::Corrupt(format!("students.grade of {id}")))?;
    let home = store::organizations::get(ctx.db, &ctx.actor.read_organization(&s.home)?).await?;
    let home_hours = store::home_loads::hours_for(ctx.db, &row, year)
        .await?
        .map(hours);
    let calendars = store::calendars::of_organizations(ctx.db, &[home.id], year).await?;
    let week = match calendars.first() {
        Some(m) => store::calendars::calendar_of(m)?.week(),
        None => domain::calendar::WeekKind::FiveDay,
    };

    let mut courses = Vec::new();
    let mut loads = Vec::new();
    for e in store::enrolments::of_student(ctx.db, id).await? {
        if !matches!(e.status.as_str(), "approved" | "completed") {
            continue;
        }
        let g = crate::enrolment_rules::group(ctx.db, e.group_id).await?;
        if i32::from(year.start_year()) != g.row.academic_year {
            continue;
        }
        let today = store::networks::today_of(ctx.db, g.row.network_id, ctx.clock).await?;
        let status =
            domain::enrolment::shown(store::enrolments::status_of(&e)?, g.row.first_date, today);
        let teachers = store::groups::with_links(ctx.db, vec![g.row.clone()])
            .await?
            .pop()
            .map(|x| x.teachers)
            .unwrap_or_default();
        let staff = store::staff::by_ids(ctx.db, &teachers).await?;
        let names: Vec<String> = teachers
            .iter()
            .filter_map(|t| staff.iter().find(|m| m.id == *t))
            .map(store::staff::short_name)
            .collect();
        let provider = store::organizations::names(ctx.db, &[g.row.provider_id])
            .await?
            .pop()
            .map(|(_, n)| n)
            .unwrap_or_default();
        let title = match &g.programme.module {
            Some(m) => format!("{} — {m}", g.programme.title),
            None => g.programme.title.clone(),
        };
        loads.push(CourseLoad {
            group: GroupId(g.row.id),
            hours_per_week: g.hours_per_week(),
            replaces: hours(e.replaces_tenths),
        });
        courses.push(StudyPlanCourse {
            enrolment_id: e.id,
            group_id: g.row.id,
            group_name: g.row.name.clone(),
            programme_title: title,
            provider_id: g.row.provider_id,
            provider_name: provider,
            teachers: names,
            hours_per_week: f64::from(g.hours_per_week()),
            replaces_hours: f64::from(e.replaces_tenths) / 10.0,
            status,
        });
    }
    // The load of the plan: the home hours and every course of it (the first course is
    // "this" one; the sum does not depend on which).
    let load = match loads.split_first() {
        Some((first, rest)) => weekly_load(&LoadQuery {
            grade,
            week,
            home_hours,
            others: rest.to_vec(),
            course: *first,
        }),
        None => {
            let none = CourseLoad {
                group: GroupId(Uuid::nil()),
                hours_per_week: Hours::ZERO,
                replaces: Hours::ZERO,
            };
            weekly_load(&LoadQuery {
                grade,
                week,
                home_hours,
                others: Vec::new(),
                course: none,
            })
        }
    };
    let within_limit = load.limit.is_some_and(|l| load.total <= l);
    let director = store::staff::director_of(ctx.db, home.id).await?;
    crate::students::audit_read(
        ctx,
        "study_plan",
        Some(id.to_string()),
        Some(home.id),
        &[id],
    )
    .await?;
    Ok(StudyPlan {
        student,
        home_organization_name: home.short_name.clone(),
        home_organization_full_name: home.full_name.clone(),
        academic_year: year.to_string(),
        week,
        home_hours: home_hours.map(f64::from),
        courses,
        load,
        within_limit,
        director,
    })
}
