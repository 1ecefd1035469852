//! Students: the home school's records, the teaching view others see, and the audit of
//! every read of their personal data (152-ФЗ).

use domain::StudentId;
use domain::access::{CanManage, StudentAccess, StudentView};
use domain::enrolment::Hours;
use domain::student::{StudentInput as DomainInput, StudentProblem, check_student};
use store::Conn;
use store::audit::Change;
use store::entities::student::Model;
use store::students::{StudentData, StudentFilter};
use uuid::Uuid;
use wire::Page;
use wire::student::{Consent, Student, StudentInput, StudentQuery, StudentRecord, TeachingStudent};

use crate::i18n::{FieldIssue, Issue};
use crate::{Ctx, OpError, OpResult, validate};

pub fn to_wire(m: &Model) -> OpResult<Student> {
    let consent = match (m.consent_date, &m.consent_document) {
        (Some(date), Some(document)) => Some(Consent {
            date,
            document: document.clone(),
            recorded_by: m.consent_recorded_by,
        }),
        (None, None) => None,
        _ => {
            return Err(store::StoreError::Corrupt(format!(
                "students.consent of {}: a date without a document or the reverse",
                m.id
            ))
            .into());
        }
    };
    Ok(Student {
        id: m.id,
        organization_id: m.organization_id,
        last_name: m.last_name.clone(),
        first_name: m.first_name.clone(),
        patronymic: m.patronymic.clone(),
        birth_date: m.birth_date,
        grade: grade_of(m)?,
        class_letter: m.class_letter.clone(),
        external_id: m.external_id.clone(),
        consent,
        active: m.active,
        home_hours_per_week: m
            .home_hours_tenths
            .map(|t| f64::from(crate::enrolment_rules::hours(t))),
        version: m.version,
    })
}

fn grade_of(m: &Model) -> OpResult<u8> {
    domain::Grade::new(i64::from(m.grade))
        .map(|g| g.value())
        .map_err(|_| {
            store::StoreError::Corrupt(format!("students.grade of {}: {}", m.id, m.grade)).into()
        })
}

/// The teaching view of a student of home school `home_name`.
pub fn teaching_view(m: &Model, home_name: &str) -> OpResult<TeachingStudent> {
    Ok(TeachingStudent {
        id: m.id,
        last_name: m.last_name.clone(),
        first_name: m.first_name.clone(),
        patronymic: m.patronymic.clone(),
        grade: grade_of(m)?,
        class_letter: m.class_letter.clone(),
        home_organization_id: m.organization_id,
        home_organization_name: home_name.to_owned(),
    })
}

fn problem_issue(p: &StudentProblem) -> FieldIssue {
    let issue = match p {
        StudentProblem::Name { error, .. } | StudentProblem::ConsentDocument(error) => {
            Issue::from(*error)
        }
        StudentProblem::Grade(_) => Issue::OutOfRange { min: 1, max: 11 },
        StudentProblem::ClassLetter => Issue::ClassLetter,
        StudentProblem::BirthDate { age } => Issue::Age { age: *age },
        StudentProblem::ConsentInFuture => Issue::InFuture,
    };
    FieldIssue::new(p.field(), issue)
}

/// Checks a student record entered for home school `home` today in its municipality.
/// `before` is the stored record an update replaces: an unchanged consent keeps who
/// recorded it, a new or changed one is recorded by the actor.
pub async fn check_input(
    ctx: &Ctx<'_, impl Conn>,
    home: &domain::access::OrgFacts,
    input: &StudentInput,
    before: Option<&Model>,
) -> OpResult<StudentData> {
    let mut issues = match validate(input) {
        Ok(()) => Vec::new(),
        Err(OpError::Validation(v)) => v,
        Err(e) => return Err(e),
    };
    let document = input
        .consent_document
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    let consent = match (input.consent_date, document) {
        (Some(date), Some(doc)) => Some((date, doc)),
        (None, None) => None,
        (Some(_), None) => {
            issues.push(FieldIssue::new("consent_document", Issue::Required));
            None
        }
        (None, Some(_)) => {
            issues.push(FieldIssue::new("consent_date", Issue::Required));
            None
        }
    };
    let external_id = parse_external(input.external_id.as_deref())
        .map_err(|i| issues.push(i))
        .ok()
        .flatten();
    let home_hours_tenths = match input.home_hours_per_week.map(Hours::from_f64) {
        None => None,
        Some(Ok(h)) => i32::try_from(h.tenths()).ok(),
        Some(Err(_)) => {
            if !issues.iter().any(|x| x.field == "home_hours_per_week") {
                issues.push(FieldIssue::new("home_hours_per_week", Issue::Invalid));
            }
            None
        }
    };
    let zone = store::networks::zone_of_municipality(ctx.db, home.municipality.as_uuid()).await?;
    let today = ctx.clock.today_in(zone);
    let raw = DomainInput {
        last_name: &input.last_name,
        first_name: &input.first_name,
        patronymic: input.patronymic.as_deref(),
        birth_date: input.birth_date,
        grade: input.grade,
        class_letter: &input.class_letter,
        consent,
    };
    let checked = match check_student(&raw, today) {
        Ok(c) => Some(c),
        Err(problems) => {
            for p in &problems {
                let i = problem_issue(p);
                if !issues.iter().any(|x| x.field == i.field) {
                    issues.push(i);
                }
            }
            None
        }
    };
    match checked {
        Some(checked) if issues.is_empty() => {
            let unchanged = before.is_some_and(|b| {
                let c = checked.consent.as_ref();
                b.consent_date == c.map(|c| c.on)
                    && b.consent_document.as_deref() == c.map(|c| c.document.as_str())
            });
            Ok(StudentData {
                consent_recorded_by: if unchanged { None } else { ctx.audit.actor_id },
                checked,
                external_id,
                active: input.active,
                home_hours_tenths,
            })
        }
        _ => Err(OpError::Validation(issues)),
    }
}

fn parse_external(raw: Option<&str>) -> Result<Option<String>, FieldIssue> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(e) => domain::organization::parse_external_id(e)
            .map(Some)
            .map_err(|e| FieldIssue::new("external_id", Issue::from(e))),
    }
}

/// A student's access facts; unknown and deleted students are 404.
pub async fn facts(ctx: &Ctx<'_, impl Conn>, id: Uuid) -> OpResult<StudentAccess> {
    store::students::access(ctx.db, id, ctx.clock)
        .await?
        .ok_or_else(OpError::not_found)
}

/// Records that the actor read these students' data through the request's endpoint.
pub(crate) async fn audit_read(
    ctx: &Ctx<'_, impl Conn>,
    entity_type: &'static str,
    entity_id: Option<String>,
    organization: Option<Uuid>,
    students: &[Uuid],
) -> OpResult<()> {
    let change = Change {
        action: "read",
        entity_type,
        entity_id,
        municipality_id: None,
        organization_id: organization,
        before: None,
        after: None,
    };
    store::audit::record_read(ctx.db, ctx.audit, change, students).await?;
    Ok(())
}

/// One student in the view the actor may see; the read is audited.
pub async fn get(ctx: &Ctx<'_>, id: Uuid) -> OpResult<(i32, StudentRecord)> {
    let s = facts(ctx, id).await?;
    let (cap, view) = ctx.actor.read_student(&s)?;
    let m = store::students::get(ctx.db, &cap).await?;
    let record = match view {
        StudentView::Full => StudentRecord::Full(to_wire(&m)?),
        StudentView::Teaching => {
            let home = home_name(ctx, m.organization_id).await?;
            StudentRecord::Teaching(teaching_view(&m, &home)?)
        }
    };
    audit_read(
        ctx,
        "student",
        Some(id.to_string()),
        Some(m.organization_id),
        &[id],
    )
    .await?;
    Ok((m.version, record))
}

/// The home school's name, part of the teaching view: whoever may see the student sees
/// where the student comes from, also when the schools share no network today.
pub async fn home_name(ctx: &Ctx<'_, impl Conn>, org: Uuid) -> OpResult<String> {
    Ok(store::organizations::names(ctx.db, &[org])
        .await?
        .into_iter()
        .next()
        .map(|(_, n)| n)
        .unwrap_or_default())
}

/// A school's students; the read is audited with the ids returned.
pub async fn list(ctx: &Ctx<'_>, org: Uuid, q: &StudentQuery) -> OpResult<Page<Student>> {
    let home = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.read_students_of(&home)?;
    let bad = |what: &str| {
        OpError::with_detail(
            wire::ErrorCode::InvalidQuery,
            format!("Неверный параметр запроса: {what}"),
            format!("Invalid query parameter: {what}"),
        )
    };
    if q.grade.is_some_and(|g| !(1..=11).contains(&g)) {
        return Err(bad("grade (1–11)"));
    }
    // A blank class letter filters nothing; one no class can have matches no student.
    let class_letter = q
        .class_letter
        .as_deref()
        .map(str::trim)
        .filter(|raw| !raw.is_empty())
        .map(|raw| domain::student::parse_class_letter(raw).unwrap_or_else(|| raw.to_uppercase()));
    let filter = StudentFilter {
        q: q.q.as_deref(),
        grade: q.grade.map(i16::from),
        class_letter,
        consent: q.consent,
        active: q.active,
        enrolled: q.enrolled,
    };
    let (rows, next) =
        store::students::list(ctx.db, &cap, &filter, q.limit, q.cursor.as_deref()).await?;
    let ids: Vec<Uuid> = rows.iter().map(|m| m.id).collect();
    audit_read(ctx, "student", None, Some(org), &ids).await?;
    Ok(Page {
        items: rows.iter().map(to_wire).collect::<OpResult<_>>()?,
        next_cursor: next,
    })
}

/// Adds a student to home school `org`.
pub async fn create(ctx: &Ctx<'_>, org: Uuid, input: &StudentInput) -> OpResult<Model> {
    let home = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.manage_students_of(&home)?;
    let data = check_input(ctx, &home, input, None).await?;
    Ok(store::students::create(ctx.db, &cap, &data, ctx.audit).await?)
}

/// Replaces student `id` at version `expected`.
pub async fn update(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &StudentInput,
) -> OpResult<Model> {
    let s = facts(ctx, id).await?;
    let cap = ctx.actor.manage_student(&s)?;
    replace(ctx, &s, &cap, expected, input).await
}

async fn replace(
    ctx: &Ctx<'_>,
    s: &StudentAccess,
    cap: &CanManage<StudentId>,
    expected: Option<i32>,
    input: &StudentInput,
) -> OpResult<Model> {
    let before = store::students::get(ctx.db, &ctx.actor.read_student(s)?.0).await?;
    let data = check_input(ctx, &s.home, input, Some(&before)).await?;
    Ok(store::students::update(ctx.db, cap, expected, &data, ctx.audit).await?)
}

/// Whether an upsert created the student or replaced it.
pub enum Upserted {
    Created(Model),
    Replaced(Model),
}

/// Replaces the student of home school `org` with external id `external_id`, or creates
/// it: the regional systems' way in. The body's external id, if any, must be the path's.
pub async fn upsert_by_external_id(
    ctx: &Ctx<'_>,
    org: Uuid,
    external_id: &str,
    expected: Option<i32>,
    input: &StudentInput,
) -> OpResult<Upserted> {
    let ext = parse_external(Some(external_id))
        .map_err(|i| OpError::Validation(vec![i]))?
        .ok_or_else(|| OpError::field("external_id", Issue::Required))?;
    let mut input = input.clone();
    match input.external_id.as_deref().map(str::trim) {
        None | Some("") => input.external_id = Some(ext.clone()),
        Some(given) if given == ext => {}
        Some(_) => return Err(OpError::field("external_id", Issue::Invalid)),
    }
    let home = crate::facts::organization(ctx, org).await?;
    let cap = ctx.actor.manage_students_of(&home)?;
    match store::students::by_external_id(ctx.db, org, &ext).await? {
        Some(m) => {
            let s = facts(ctx, m.id).await?;
            let cap = ctx.actor.manage_student(&s)?;
            Ok(Upserted::Replaced(
                replace(ctx, &s, &cap, expected, &input).await?,
            ))
        }
        None => {
            let data = check_input(ctx, &home, &input, None).await?;
            Ok(Upserted::Created(
                store::students::create(ctx.db, &cap, &data, ctx.audit).await?,
            ))
        }
    }
}

/// Removes student `id` (soft: the audit history keeps it).
pub async fn delete(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<()> {
    let s = facts(ctx, id).await?;
    let cap = ctx.actor.manage_student(&s)?;
    // The precondition first: a stale `If-Match` is 412 whatever else holds.
    let current = store::students::get(ctx.db, &ctx.actor.read_student(&s)?.0).await?;
    if expected.is_some_and(|v| v != current.version) {
        return Err(store::StoreError::VersionMismatch {
            current: current.version,
        }
        .into());
    }
    if !store::enrolments::of_students_in(ctx.db, &[id], &store::enrolments::OPEN)
        .await?
        .is_empty()
    {
        return Err(OpError::with_detail(
            wire::ErrorCode::StillReferenced,
            "У обучающегося есть открытые зачисления в сетевые группы: сначала отчислите его",
            "The student has open enrolments in network groups: withdraw them first",
        ));
    }
    Ok(store::students::delete(ctx.db, &cap, expected, ctx.audit).await?)
}
