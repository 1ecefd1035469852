//! Staff members: input checks and access.

use domain::OrganizationId;
use domain::access::{Actor, CanManage, CanRead, OrgFacts, StaffView};
use domain::organization::parse_external_id;
use domain::person::{POSITION_MAX, PersonName};
use domain::text::clean_name;
use store::Conn;
use store::entities::staff::Model;
use store::staff::StaffData;
use uuid::Uuid;
use wire::staff::{Staff, StaffInput};

use crate::Ctx;
use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};
use crate::validate;

pub fn to_wire(m: &Model) -> OpResult<Staff> {
    Ok(Staff {
        id: m.id,
        organization_id: m.organization_id,
        last_name: m.last_name.clone(),
        first_name: m.first_name.clone(),
        patronymic: m.patronymic.clone(),
        position: m.position.clone(),
        subjects: store::codec::decode_json("staff.subjects", &m.subjects)?,
        user_id: m.user_id,
        external_id: m.external_id.clone(),
        version: m.version,
    })
}

/// Checks a staff record of organization `org`. A linked user account must belong to
/// the same organization: a record never hands a school's groups to an account of
/// another school.
pub async fn check_input(c: &impl Conn, org: Uuid, input: &StaffInput) -> OpResult<StaffData> {
    let mut issues = match validate(input) {
        Ok(()) => Vec::new(),
        Err(OpError::Validation(v)) => v,
        Err(e) => return Err(e),
    };
    let name = PersonName::parse(
        &input.last_name,
        &input.first_name,
        input.patronymic.as_deref(),
    )
    .map_err(|errs| {
        for (f, e) in errs {
            if !issues.iter().any(|i| i.field == f) {
                issues.push(FieldIssue::new(f, Issue::from(e)));
            }
        }
    })
    .ok();
    let position = clean_name(&input.position, POSITION_MAX)
        .map_err(|e| issues.push(FieldIssue::new("position", Issue::from(e))))
        .ok();
    let mut subjects = Vec::new();
    for s in &input.subjects {
        match clean_name(s, 100) {
            Ok(s) if !subjects.contains(&s) => subjects.push(s),
            Ok(_) => {}
            Err(e) => issues.push(FieldIssue::new("subjects", Issue::from(e))),
        }
    }
    let external_id = match input
        .external_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(e) => parse_external_id(e)
            .map_err(|e| issues.push(FieldIssue::new("external_id", Issue::from(e))))
            .ok(),
        None => None,
    };
    if let Some(u) = input.user_id {
        match store::users::by_id(c, u).await? {
            Some(account) if account.organization_id == Some(org) => {}
            Some(_) => issues.push(FieldIssue::new("user_id", Issue::OtherOrganization)),
            None => issues.push(FieldIssue::new("user_id", Issue::UnknownReference)),
        }
    }
    match (name, position) {
        (Some(name), Some(position)) if issues.is_empty() => Ok(StaffData {
            name,
            position,
            subjects,
            user_id: input.user_id,
            external_id,
        }),
        _ => Err(OpError::Validation(issues)),
    }
}

/// Which staff of an organization the actor sees: `None` for all of them, or the ids a
/// network peer may see (those who teach in a network both share today).
pub async fn visible(
    ctx: &Ctx<'_, impl Conn>,
    facts: &OrgFacts,
) -> OpResult<(CanRead<OrganizationId>, Option<Vec<Uuid>>)> {
    let (cap, view) = ctx.actor.read_staff(facts)?;
    let only = match view {
        StaffView::All => None,
        StaffView::NetworkTeachers { viewer } => Some(
            store::peers::network_teachers(
                ctx.db,
                facts.id.as_uuid(),
                viewer.as_uuid(),
                ctx.today(),
            )
            .await?,
        ),
    };
    Ok((cap, only))
}

/// The organization of a staff member and read access to it. Unknown members, members
/// out of scope and members of a peer school who do not teach in a shared network are
/// all 404.
pub async fn locate(
    ctx: &Ctx<'_, impl Conn>,
    staff_id: Uuid,
) -> OpResult<(CanRead<OrganizationId>, OrgFacts)> {
    let c = ctx.db;
    let org = store::staff::organization_of(c, staff_id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let facts = store::organizations::facts(c, org.as_uuid())
        .await?
        .ok_or_else(OpError::not_found)?;
    let (cap, only) = visible(ctx, &facts).await?;
    if only.is_some_and(|ids| !ids.contains(&staff_id)) {
        return Err(OpError::not_found());
    }
    Ok((cap, facts))
}

pub fn manage(actor: &Actor, facts: &OrgFacts) -> OpResult<CanManage<OrganizationId>> {
    Ok(actor.manage_school_records(facts)?)
}
