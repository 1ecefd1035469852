//! Students of home schools, and the facts that decide who sees them.

use domain::access::{CanManage, CanRead, StudentAccess};
use domain::student::CheckedStudent;
use domain::text::search_key;
use domain::{OrganizationId, StudentId};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, QueryFilter, Select};
use uuid::Uuid;

use crate::StoreError;
use crate::audit::AuditCtx;
use crate::entities::student::{ActiveModel, Column, Entity, Model};
use crate::repo::{self, Owner};

/// A checked student record with what the operation adds.
#[derive(Debug, Clone)]
pub struct StudentData {
    pub checked: CheckedStudent,
    pub external_id: Option<String>,
    pub active: bool,
    /// Weekly home hours of an individual curriculum, in tenths.
    pub home_hours_tenths: Option<i32>,
    /// The account recording the consent, when the consent is new or changed; `None`
    /// keeps whoever recorded the unchanged consent.
    pub consent_recorded_by: Option<Uuid>,
}

repo::aggregate!("student", soft_delete, |m| Owner::Organization(
    m.organization_id
));

fn live() -> Select<Entity> {
    repo::live::<Entity>()
}

/// Filters of a school's student list.
#[derive(Debug, Clone, Default)]
pub struct StudentFilter<'a> {
    pub q: Option<&'a str>,
    pub grade: Option<i16>,
    pub class_letter: Option<String>,
    pub consent: Option<bool>,
    pub active: Option<bool>,
    /// With (`true`) or without (`false`) an open enrolment.
    pub enrolled: Option<bool>,
}

/// The home organization of a live student.
pub async fn home_of(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Uuid>, StoreError> {
    Ok(live()
        .filter(Column::Id.eq(id))
        .one(c)
        .await?
        .map(|m| m.organization_id))
}

/// Access facts of a live student: the home school, and who teaches the student in a
/// network group — the providers, today's coordinators and the teachers of the groups in
/// which the student has an open enrolment (requested, waitlisted, approved or active).
pub async fn access(
    c: &impl ConnectionTrait,
    id: Uuid,
    clock: &clock::Clock,
) -> Result<Option<StudentAccess>, StoreError> {
    let Some(home) = home_of(c, id).await? else {
        return Ok(None);
    };
    let Some(home) = crate::organizations::facts(c, home).await? else {
        return Ok(None);
    };
    let mut s = StudentAccess {
        id: StudentId(id),
        home,
        providers: Vec::new(),
        coordinators: Vec::new(),
        teacher_users: Vec::new(),
    };
    let open = crate::enrolments::of_students_in(c, &[id], &crate::enrolments::OPEN).await?;
    for e in open {
        let Some(g) = crate::groups::access(c, e.group_id, clock).await? else {
            continue;
        };
        s.providers.push(g.provider);
        s.coordinators.extend(g.network.coordinators);
        s.teacher_users.extend(g.teacher_users);
    }
    for list in [&mut s.providers, &mut s.coordinators] {
        list.sort();
        list.dedup();
    }
    s.teacher_users.sort();
    s.teacher_users.dedup();
    Ok(Some(s))
}

/// A student the capability is for.
pub async fn get(c: &impl ConnectionTrait, cap: &CanRead<StudentId>) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Live students by id, whatever their school (the caller decides the view).
pub async fn by_ids(c: &impl ConnectionTrait, ids: &[Uuid]) -> Result<Vec<Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(live()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .all(c)
        .await?)
}

/// A live student of an organization by external id.
pub async fn by_external_id(
    c: &impl ConnectionTrait,
    org: Uuid,
    external_id: &str,
) -> Result<Option<Model>, StoreError> {
    Ok(live()
        .filter(Column::OrganizationId.eq(org))
        .filter(Column::ExternalId.eq(external_id))
        .one(c)
        .await?)
}

/// A school's students in name order.
pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
    f: &StudentFilter<'_>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let mut s = live().filter(Column::OrganizationId.eq(cap.target().as_uuid()));
    if let Some(cond) =
        f.q.and_then(|t| crate::search::contains(Column::SearchKey, t))
    {
        s = s.filter(cond);
    }
    if let Some(g) = f.grade {
        s = s.filter(Column::Grade.eq(g));
    }
    if let Some(l) = &f.class_letter {
        s = s.filter(Column::ClassLetter.eq(l.as_str()));
    }
    match f.consent {
        Some(true) => s = s.filter(Column::ConsentDate.is_not_null()),
        Some(false) => s = s.filter(Column::ConsentDate.is_null()),
        None => {}
    }
    if let Some(a) = f.active {
        s = s.filter(Column::Active.eq(a));
    }
    if let Some(enrolled) = f.enrolled {
        use crate::entities::enrolment;
        use sea_orm::sea_query::Query;
        let open = Query::select()
            .column(enrolment::Column::StudentId)
            .from(enrolment::Entity)
            .and_where(enrolment::Column::Status.is_in(crate::enrolments::OPEN))
            .to_owned();
        s = s.filter(if enrolled {
            Column::Id.in_subquery(open)
        } else {
            Column::Id.not_in_subquery(open)
        });
    }
    repo::page(c, s, Column::SortKey, limit, cursor).await
}

fn fill(a: &mut ActiveModel, d: &StudentData) {
    let s = &d.checked;
    a.last_name.set_if_not_equals(s.name.last.clone());
    a.first_name.set_if_not_equals(s.name.first.clone());
    a.patronymic.set_if_not_equals(s.name.patronymic.clone());
    a.birth_date.set_if_not_equals(s.birth_date);
    a.grade.set_if_not_equals(i16::from(s.grade.value()));
    a.class_letter.set_if_not_equals(s.class_letter.clone());
    a.external_id.set_if_not_equals(d.external_id.clone());
    a.consent_date
        .set_if_not_equals(s.consent.as_ref().map(|c| c.on));
    a.consent_document
        .set_if_not_equals(s.consent.as_ref().map(|c| c.document.clone()));
    if s.consent.is_none() {
        a.consent_recorded_by.set_if_not_equals(None);
    } else if d.consent_recorded_by.is_some() {
        a.consent_recorded_by
            .set_if_not_equals(d.consent_recorded_by);
    }
    a.active.set_if_not_equals(d.active);
    a.home_hours_tenths.set_if_not_equals(d.home_hours_tenths);
    a.sort_key.set_if_not_equals(search_key(&s.name.full()));
    a.search_key.set_if_not_equals(search_key(&s.name.full()));
}

pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    d: &StudentData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let mut a = ActiveModel {
        organization_id: Set(cap.target().as_uuid()),
        consent_recorded_by: Set(None),
        ..Default::default()
    };
    fill(&mut a, d);
    repo::create::<Entity>(c, a, ctx).await
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<StudentId>,
    expected: Option<i32>,
    d: &StudentData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let q = repo::by_id::<Entity>(cap.target().as_uuid());
    repo::replace(c, q, expected, |a| fill(a, d), ctx).await
}

pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<StudentId>,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = repo::current(c, repo::by_id::<Entity>(cap.target().as_uuid()), expected).await?;
    repo::soft_delete::<Entity>(c, &before, ctx).await
}

/// Locks a student's row for the rest of the transaction (`FOR UPDATE` on PostgreSQL;
/// SQLite has one writer): a student's approvals queue, so two of them cannot both
/// pass the load and timetable rules on what the other has not written yet.
pub async fn lock(c: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    use sea_orm::QuerySelect;
    live()
        .filter(Column::Id.eq(id))
        .lock_exclusive()
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
        .map(drop)
}
