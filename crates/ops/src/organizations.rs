//! Organizations: input checks shared by create, update and upsert.

use domain::access::{Actor, CanManage, Denied, Extent, restricted_fields_changed};
use domain::organization::{OrganizationInput as DomainInput, ParentFacts, check_organization};
use domain::{MunicipalityId, OrganizationId};
use store::Conn;
use store::entities::organization::Model;
use store::organizations::OrganizationData;
use uuid::Uuid;
use wire::ErrorCode;
use wire::organization::{Organization, OrganizationInput};

use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};
use crate::validate;

pub fn to_wire(m: &Model) -> OpResult<Organization> {
    Ok(Organization {
        id: m.id,
        full_name: m.full_name.clone(),
        short_name: m.short_name.clone(),
        kind: store::organizations::kind_of(m)?,
        parent_id: m.parent_id,
        municipality_id: m.municipality_id,
        inn: m.inn.clone(),
        address: m.address.clone(),
        low_results: m.low_results,
        adverse_conditions: m.adverse_conditions,
        external_id: m.external_id.clone(),
        active: m.active,
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

/// Checks an input against the domain rules and the existing data; every problem of
/// every field is reported at once.
pub async fn check_input(
    c: &impl Conn,
    input: &OrganizationInput,
    self_id: Option<Uuid>,
) -> OpResult<OrganizationData> {
    let mut issues = match validate(input) {
        Ok(()) => Vec::new(),
        Err(OpError::Validation(v)) => v,
        Err(e) => return Err(e),
    };
    if !store::municipalities::exists(c, input.municipality_id).await? {
        issues.push(FieldIssue::new("municipality_id", Issue::UnknownReference));
    }
    let mut parent = None;
    if let Some(p) = input.parent_id {
        match store::organizations::parent_info(c, p).await? {
            Some((m, kind)) => {
                parent = Some(ParentFacts {
                    is_self: Some(p) == self_id,
                    same_municipality: m.as_uuid() == input.municipality_id,
                    kind,
                })
            }
            None => issues.push(FieldIssue::new("parent_id", Issue::UnknownReference)),
        }
    }
    let raw = DomainInput {
        full_name: &input.full_name,
        short_name: &input.short_name,
        inn: input.inn.as_deref(),
        address: input.address.as_deref(),
        external_id: input
            .external_id
            .as_deref()
            .filter(|s| !s.trim().is_empty()),
    };
    let checked = match check_organization(&raw, input.kind, parent) {
        Ok(c) => Some(c),
        Err(problems) => {
            for p in &problems {
                let fi = FieldIssue::from(p);
                if !issues.iter().any(|i| i.field == fi.field) {
                    issues.push(fi);
                }
            }
            None
        }
    };
    match checked {
        Some(checked) if issues.is_empty() => Ok(OrganizationData {
            municipality_id: MunicipalityId(input.municipality_id),
            parent_id: input.parent_id.map(OrganizationId),
            kind: input.kind,
            checked,
            low_results: input.low_results,
            adverse_conditions: input.adverse_conditions,
            active: input.active,
        }),
        _ => Err(OpError::Validation(issues)),
    }
}

/// The capability to create inside the input's municipality; an unknown or invisible
/// municipality is a field error, not a 404 of the whole request.
pub fn create_capability(actor: &Actor, municipality: Uuid) -> OpResult<CanManage<MunicipalityId>> {
    actor
        .create_organization_in(MunicipalityId(municipality))
        .map_err(|d| match d {
            Denied::NotFound => OpError::field("municipality_id", Issue::UnknownReference),
            Denied::Forbidden => OpError::code(ErrorCode::Forbidden),
        })
}

/// Refuses changes of fields the manager's extent does not cover, and moves to a
/// municipality the actor cannot create in.
pub fn check_update_rights(
    actor: &Actor,
    cap: &CanManage<OrganizationId>,
    before: &Model,
    input: &OrganizationInput,
) -> OpResult<()> {
    let mut changed = Vec::new();
    let ext = input
        .external_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    for (field, differs) in [
        ("kind", input.kind.as_str() != before.kind),
        ("parent_id", input.parent_id != before.parent_id),
        (
            "municipality_id",
            input.municipality_id != before.municipality_id,
        ),
        ("low_results", input.low_results != before.low_results),
        (
            "adverse_conditions",
            input.adverse_conditions != before.adverse_conditions,
        ),
        ("external_id", ext != before.external_id.as_deref()),
        ("active", input.active != before.active),
    ] {
        if differs {
            changed.push(field);
        }
    }
    let refused = restricted_fields_changed(cap.extent(), &changed);
    if !refused.is_empty() {
        let list = refused.join(", ");
        return Err(OpError::with_detail(
            ErrorCode::FieldNotEditable,
            format!("Эти поля может изменить только орган управления образованием: {list}"),
            format!("Only the education authority may change: {list}"),
        ));
    }
    if cap.extent() == Extent::Full && input.municipality_id != before.municipality_id {
        create_capability(actor, input.municipality_id)?;
    }
    Ok(())
}
