//! User accounts: checks of the role's anchor and of passwords.

use domain::person::{check_password, parse_username};
use domain::role::Anchor;
use domain::text::clean_name;
use domain::{MunicipalityId, OrganizationId, Role};
use store::Conn;
use store::entities::user::Model;
use store::users::UserData;
use uuid::Uuid;
use wire::user::User;

use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};

pub fn to_wire(m: &Model) -> OpResult<User> {
    Ok(User {
        id: m.id,
        username: m.username.clone(),
        display_name: m.display_name.clone(),
        role: Role::parse(&m.role)
            .ok_or_else(|| OpError::Internal(format!("users.role: unknown value {:?}", m.role)))?,
        municipality_id: m.municipality_id,
        organization_id: m.organization_id,
        disabled: m.disabled,
        created_at: m.created_at,
        version: m.version,
    })
}

/// Checks display name, role and anchor; pushes problems into `issues`.
pub async fn check_account(
    c: &impl Conn,
    display_name: &str,
    role: Role,
    municipality_id: Option<Uuid>,
    organization_id: Option<Uuid>,
    disabled: bool,
    issues: &mut Vec<FieldIssue>,
) -> OpResult<Option<UserData>> {
    let name = clean_name(display_name, 200)
        .map_err(|e| issues.push(FieldIssue::new("display_name", Issue::from(e))))
        .ok();
    let anchored = match role.anchor() {
        Anchor::Installation => municipality_id.is_none() && organization_id.is_none(),
        Anchor::Municipality => municipality_id.is_some() && organization_id.is_none(),
        Anchor::Organization => organization_id.is_some() && municipality_id.is_none(),
        Anchor::MunicipalityOrOrganization => {
            municipality_id.is_some() != organization_id.is_some()
        }
    };
    if !anchored {
        let field = if organization_id.is_some() || role.anchor() == Anchor::Organization {
            "organization_id"
        } else {
            "municipality_id"
        };
        issues.push(FieldIssue::new(field, Issue::RoleAnchor));
    }
    if let Some(m) = municipality_id
        && !store::municipalities::exists(c, m).await?
    {
        issues.push(FieldIssue::new("municipality_id", Issue::UnknownReference));
    }
    if let Some(o) = organization_id
        && store::organizations::facts(c, o).await?.is_none()
    {
        issues.push(FieldIssue::new("organization_id", Issue::UnknownReference));
    }
    Ok(name
        .filter(|_| issues.is_empty())
        .map(|display_name| UserData {
            display_name,
            role,
            municipality_id: municipality_id.map(MunicipalityId),
            organization_id: organization_id.map(OrganizationId),
            disabled,
        }))
}

/// Checks a new account; returns the normalized user name and the data.
pub async fn check_new(
    c: &impl Conn,
    input: &wire::user::UserCreate,
) -> OpResult<(String, UserData)> {
    let mut issues = Vec::new();
    let username = parse_username(&input.username)
        .map_err(|e| issues.push(FieldIssue::new("username", Issue::from(e))))
        .ok();
    if let Err(e) = check_password(&input.password, &input.username) {
        issues.push(FieldIssue::new("password", Issue::from(e)));
    }
    let data = check_account(
        c,
        &input.display_name,
        input.role,
        input.municipality_id,
        input.organization_id,
        false,
        &mut issues,
    )
    .await?;
    match (username, data) {
        (Some(u), Some(d)) if issues.is_empty() => Ok((u, d)),
        _ => Err(OpError::Validation(issues)),
    }
}

/// `setka admin create`: an administrator made from the command line, audited as the
/// installation.
pub async fn create_admin(
    ops: &crate::Ops,
    username: &str,
    display_name: &str,
    password_text: &str,
) -> anyhow::Result<Model> {
    let input = wire::user::UserCreate {
        username: username.to_owned(),
        display_name: display_name.to_owned(),
        password: password_text.to_owned(),
        role: Role::Admin,
        municipality_id: None,
        organization_id: None,
    };
    let (username, data) = match check_new(ops.store.conn(), &input).await {
        Ok(v) => v,
        Err(OpError::Validation(issues)) => {
            let text: Vec<String> = issues
                .iter()
                .map(|i| format!("{}: {}", i.field, i.issue.message(wire::error::Lang::En)))
                .collect();
            anyhow::bail!("invalid administrator: {}", text.join("; "));
        }
        Err(e) => anyhow::bail!("{e}"),
    };
    let hash = crate::password::hash(password_text).map_err(|e| anyhow::anyhow!(e))?;
    let cap = domain::access::Actor::installation()
        .administer_users()
        .map_err(|_| anyhow::anyhow!("refused"))?;
    let audit = store::audit::AuditCtx::system("setka admin create", ops.clock.now());
    let actor = domain::access::Actor::installation();
    let who = crate::Who {
        actor: &actor,
        audit: &audit,
        zone: crate::TimeZone::default(),
    };
    ops.write(who, async |ctx| {
        Ok(store::users::create(ctx.db, &cap, &username, &hash, &data, ctx.audit).await?)
    })
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))
}
