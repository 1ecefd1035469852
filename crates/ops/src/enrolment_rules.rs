//! What the approval rules look at, loaded from the database for one student and one
//! group: the agreements between the two schools, the consent, the programme's grades,
//! the seats, the weekly load over the student's other approved courses, and the sessions
//! of the student's other groups. The rules themselves are `domain::enrolment`'s.

use std::collections::HashMap;

use domain::agreement::{CoverageQuery, find_cover};
use domain::calendar::WeekKind;
use domain::enrolment::{
    self, ApprovalInput, CourseLoad, Hours, LoadQuery, RuleCheck, RuleFailure, SessionTime,
};
use domain::{GradeRange, GroupId, OrganizationId};
use store::Conn;
use store::entities::{enrolment as enrolment_row, student, study_group};
use uuid::Uuid;
use wire::enrolment::RuleOutcome;
use wire::error::{ErrorCode, Lang};

use crate::{Ctx, OpError, OpResult};

/// The group with what the rules need of its programme.
pub struct GroupFacts {
    pub row: study_group::Model,
    pub programme: store::programmes::Programme,
}

impl GroupFacts {
    pub fn hours_per_week(&self) -> Hours {
        Hours::from_tenths(u32::try_from(self.programme.hours_per_week_tenths).unwrap_or(0))
    }

    pub fn dates(&self) -> enrolment::GroupDates {
        enrolment::GroupDates {
            first: self.row.first_date,
            last: self.row.last_date,
        }
    }
}

/// A live group and its programme; 404 when either is gone.
pub async fn group(c: &impl Conn, id: Uuid) -> OpResult<GroupFacts> {
    let row = store::groups::row(c, id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let programme = store::programmes::by_id(c, row.programme_id)
        .await?
        .ok_or_else(OpError::not_found)?;
    Ok(GroupFacts { row, programme })
}

/// Hours stored in tenths.
pub(crate) fn hours(tenths: i32) -> Hours {
    Hours::from_tenths(u32::try_from(tenths).unwrap_or(0))
}

fn session_times(rows: &[store::entities::session::Model]) -> Vec<SessionTime> {
    rows.iter()
        .filter(|s| s.status != "cancelled")
        .map(|s| SessionTime {
            date: s.date,
            start: s.start_time,
            end: s.end_time,
        })
        .collect()
}

/// The home school's week in the group's year, from its calendar; a school without a
/// calendar for the year is held to the five-day limits, the stricter ones.
async fn week_of(c: &impl Conn, home: Uuid, g: &GroupFacts) -> OpResult<WeekKind> {
    let year = store::groups::year_of(&g.row)?;
    let calendars = store::calendars::of_organizations(c, &[home], year).await?;
    match calendars.first() {
        Some(m) => Ok(store::calendars::calendar_of(m)?.week()),
        None => Ok(WeekKind::FiveDay),
    }
}

/// Everything the rules need to judge `student` in group `g`, replacing `replaces` home
/// hours; `except` is the enrolment being judged (it does not count against itself).
pub async fn gather(
    ctx: &Ctx<'_, impl Conn>,
    g: &GroupFacts,
    s: &student::Model,
    replaces: Hours,
    except: Option<Uuid>,
) -> OpResult<ApprovalInput> {
    let c = ctx.db;
    let home = OrganizationId(s.organization_id);
    let provider = OrganizationId(g.row.provider_id);
    let agreements: Vec<_> = store::agreements::between(c, home, provider)
        .await?
        .iter()
        .map(|a| a.facts())
        .collect();
    // A school's own pupils in its own group learn under no network agreement.
    let coverage = if home == provider {
        Ok(())
    } else {
        find_cover(
            &agreements,
            &CoverageQuery {
                programme: g.row.programme_id,
                home,
                provider,
                from: g.row.first_date,
                to: g.row.last_date,
            },
        )
        .map(|_| ())
    };
    let grade = domain::Grade::new(i64::from(s.grade))
        .map_err(|_| store::StoreError::Corrupt(format!("students.grade of {}", s.id)))?;
    let programme_grades = GradeRange::parse(
        i64::from(g.programme.grade_from),
        i64::from(g.programme.grade_to),
    )
    .map_err(|_| store::StoreError::Corrupt(format!("programmes.grades of {}", g.programme.id)))?;

    // The student's other courses holding a seat, and their sessions.
    let others: Vec<enrolment_row::Model> =
        store::enrolments::of_students_in(c, &[s.id], &["approved"])
            .await?
            .into_iter()
            .filter(|e| Some(e.id) != except && e.group_id != g.row.id)
            .collect();
    let ids: Vec<Uuid> = others.iter().map(|e| e.group_id).collect();
    let weekly: HashMap<Uuid, (i32, i32)> = store::groups::weekly_hours(c, &ids)
        .await?
        .into_iter()
        .map(|(id, year, tenths)| (id, (year, tenths)))
        .collect();
    let mut other_loads = Vec::new();
    let mut other_groups = Vec::new();
    for e in &others {
        let Some(&(year, tenths)) = weekly.get(&e.group_id) else {
            continue;
        };
        if year != g.row.academic_year {
            continue;
        }
        other_loads.push(CourseLoad {
            group: GroupId(e.group_id),
            hours_per_week: hours(tenths),
            replaces: hours(e.replaces_tenths),
        });
        other_groups.push(e.group_id);
    }
    let mut ids = other_groups.clone();
    ids.push(g.row.id);
    let mut by_group: HashMap<Uuid, Vec<store::entities::session::Model>> = HashMap::new();
    for m in store::sessions::of_groups(c, &ids, None, None).await? {
        by_group.entry(m.group_id).or_default().push(m);
    }
    let sessions = session_times(by_group.get(&g.row.id).map_or(&[][..], |v| v));
    let other_sessions = other_groups
        .iter()
        .map(|id| {
            let rows = by_group.get(id).map_or(&[][..], |v| v);
            (GroupId(*id), session_times(rows))
        })
        .collect();

    let year = store::groups::year_of(&g.row)?;
    let home_hours = store::home_loads::hours_for(c, s, year).await?.map(hours);
    let today = store::networks::today_of(c, g.row.network_id, ctx.clock).await?;
    Ok(ApprovalInput {
        coverage,
        consent_on: s.consent_date,
        programme_grades,
        capacity: u32::try_from(g.row.capacity).unwrap_or(0),
        taken: u32::try_from(g.row.seats_taken).unwrap_or(0),
        load: LoadQuery {
            grade,
            week: week_of(c, s.organization_id, g).await?,
            home_hours,
            others: other_loads,
            course: CourseLoad {
                group: GroupId(g.row.id),
                hours_per_week: g.hours_per_week(),
                replaces,
            },
        },
        sessions,
        other_sessions,
        today,
    })
}

pub fn domain_lang(lang: Lang) -> enrolment::Lang {
    match lang {
        Lang::Ru => enrolment::Lang::Ru,
        Lang::En => enrolment::Lang::En,
    }
}

/// The wire code of a failing rule.
pub fn error_code(f: &RuleFailure) -> ErrorCode {
    match f {
        RuleFailure::NotCovered(_) => ErrorCode::AgreementMissing,
        RuleFailure::NoConsent => ErrorCode::ConsentMissing,
        RuleFailure::GradeOutside { .. } => ErrorCode::GradeOutsideProgramme,
        RuleFailure::NoSeat { .. } => ErrorCode::NoFreeSeat,
        RuleFailure::LoadExceeded { .. } => ErrorCode::WeeklyLoadExceeded,
        RuleFailure::HomeLoadMissing { .. } => ErrorCode::HomeLoadMissing,
        RuleFailure::SixDayWeekNotAllowed { .. } => ErrorCode::SixDayWeekNotAllowed,
        RuleFailure::TimetableConflict { .. } => ErrorCode::TimetableConflict,
    }
}

/// A refusal for a failing rule, with its message in both languages.
pub fn refusal(f: &RuleFailure) -> OpError {
    OpError::with_detail(
        error_code(f),
        f.message(enrolment::Lang::Ru),
        f.message(enrolment::Lang::En),
    )
}

pub fn outcomes(checks: &[RuleCheck], lang: Lang) -> Vec<RuleOutcome> {
    let l = domain_lang(lang);
    checks
        .iter()
        .map(|c| RuleOutcome {
            rule: c.rule,
            title: c.rule.title(l).to_owned(),
            passed: c.passed(),
            code: c
                .failure
                .as_ref()
                .map(|f| error_code(f).as_str().to_owned()),
            message: c.failure.as_ref().map(|f| f.message(l)),
        })
        .collect()
}
