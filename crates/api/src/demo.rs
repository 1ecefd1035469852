//! The demo data (`demo/demo.json`): the municipalities, schools and roles of the seed
//! networks with fictional people, loaded into an empty database in demo mode.

use std::collections::HashMap;

use domain::access::Actor;
use domain::organization::{OrganizationInput, ParentFacts, check_organization};
use domain::person::PersonName;
use domain::{AcademicYear, Inn, MunicipalityId, OrganizationId, OrganizationKind, Role};
use serde::Deserialize;
use store::audit::AuditCtx;
use store::municipalities::MunicipalityData;
use store::organizations::OrganizationData;
use store::staff::StaffData;
use store::users::UserData;

use ops::password;

mod calendars;
mod enrolments;
mod shift;
mod timetable;

use shift::Shift;

const DATA: &str = include_str!("demo/demo.json");

#[derive(Deserialize)]
struct Demo {
    municipalities: Vec<DemoMunicipality>,
    organizations: Vec<DemoOrganization>,
    users: Vec<DemoUser>,
    #[serde(default)]
    networks: Vec<DemoNetwork>,
    #[serde(default)]
    programmes: Vec<DemoProgramme>,
    #[serde(default)]
    calendars: Vec<calendars::DemoCalendar>,
    #[serde(default)]
    groups: Vec<timetable::DemoGroup>,
}

/// Each municipality's shift into the present, from the first of its networks.
fn shifts_of(demo: &Demo, today: chrono::NaiveDate) -> HashMap<String, Shift> {
    let mut first: HashMap<String, chrono::NaiveDate> = HashMap::new();
    for n in &demo.networks {
        let e = first.entry(n.municipality.clone()).or_insert(n.period_from);
        *e = (*e).min(n.period_from);
    }
    first
        .into_iter()
        .map(|(m, d)| (m, Shift::bringing(d, today)))
        .collect()
}

#[derive(Deserialize)]
struct DemoProgramme {
    network: String,
    code: String,
    title: String,
    subject_area: String,
    module: Option<String>,
    level: domain::programme::EducationLevel,
    grade_from: i64,
    grade_to: i64,
    total_hours: i64,
    hours_per_week: f64,
    delivery_mode: domain::programme::DeliveryMode,
    assessment_form: domain::programme::AssessmentForm,
    providers: Vec<String>,
}

#[derive(Deserialize)]
struct DemoNetwork {
    key: String,
    municipality: String,
    name: String,
    model: domain::network::NetworkModel,
    status: domain::network::NetworkStatus,
    period_from: chrono::NaiveDate,
    period_to: Option<chrono::NaiveDate>,
    goal: String,
    tasks: Vec<String>,
    expected_results: Vec<String>,
    members: Vec<DemoMember>,
}

#[derive(Deserialize)]
struct DemoMember {
    organization: String,
    role: domain::network::MembershipRole,
    joined_on: chrono::NaiveDate,
    left_on: Option<chrono::NaiveDate>,
    mentor: Option<String>,
}

#[derive(Deserialize)]
struct DemoMunicipality {
    key: String,
    name: String,
    region: Option<String>,
    authority_name: Option<String>,
    external_id: Option<String>,
    time_zone: String,
}

#[derive(Deserialize)]
struct DemoOrganization {
    key: String,
    municipality: String,
    full_name: String,
    short_name: String,
    kind: OrganizationKind,
    parent: Option<String>,
    inn_first9: String,
    address: Option<String>,
    low_results: bool,
    adverse_conditions: bool,
    external_id: Option<String>,
    active: bool,
    #[serde(default)]
    figures: Vec<DemoFigures>,
    #[serde(default)]
    staff: Vec<DemoStaff>,
}

#[derive(Deserialize)]
struct DemoFigures {
    academic_year: String,
    students_total: i32,
    teachers_total: i32,
}

#[derive(Deserialize)]
struct DemoStaff {
    last_name: String,
    first_name: String,
    patronymic: Option<String>,
    position: String,
    subjects: Vec<String>,
    username: Option<String>,
}

#[derive(Deserialize)]
struct DemoUser {
    username: String,
    display_name: String,
    role: Role,
    password: String,
    municipality: Option<String>,
    organization: Option<String>,
}

/// The demo accounts, for the start-up banner.
pub fn logins() -> Vec<(String, Role, String)> {
    serde_json::from_str::<Demo>(DATA)
        .map(|d| {
            d.users
                .into_iter()
                .map(|u| (u.username, u.role, u.password))
                .collect()
        })
        .unwrap_or_default()
}

/// Loads the demo data unless the database already has users. Returns whether it loaded.
pub async fn load_if_empty(ops: &ops::Ops) -> anyhow::Result<bool> {
    let store = &ops.store;
    if store::users::count(store.conn()).await? > 0 {
        return Ok(false);
    }
    let demo: Demo = serde_json::from_str(DATA)?;
    let today = ops.clock.today();
    let shifts = shifts_of(&demo, today);
    let shift_of = |m: &str| shifts.get(m).copied().unwrap_or_default();
    let actor = Actor::installation();
    let ctx = AuditCtx::system("demo-data", ops.clock.now());
    let tx = store.begin().await?;

    let mut municipalities = HashMap::new();
    for m in &demo.municipalities {
        let cap = actor
            .manage_municipality(store::municipalities::next_id())
            .map_err(denied)?;
        let data = MunicipalityData {
            name: m.name.clone(),
            region: m.region.clone(),
            authority_name: m.authority_name.clone(),
            external_id: m.external_id.clone(),
            time_zone: ops::TimeZone::parse(&m.time_zone)
                .ok_or_else(|| anyhow::anyhow!("demo: unknown time zone {}", m.time_zone))?
                .name()
                .to_owned(),
        };
        let row = store::municipalities::create(&tx, &cap, &data, &ctx).await?;
        municipalities.insert(m.key.clone(), MunicipalityId(row.id));
    }

    // Parents first, so that branches can point at them.
    let mut orgs: HashMap<String, (OrganizationId, OrganizationKind)> = HashMap::new();
    let mut placed: HashMap<String, (OrganizationId, MunicipalityId)> = HashMap::new();
    let mut pending: Vec<&DemoOrganization> = demo.organizations.iter().collect();
    pending.sort_by_key(|o| o.parent.is_some());
    let mut staff_users = Vec::new();
    for o in pending {
        let m = *municipalities
            .get(&o.municipality)
            .ok_or_else(|| anyhow::anyhow!("demo: unknown municipality {}", o.municipality))?;
        let parent = match &o.parent {
            Some(p) => Some(
                *orgs
                    .get(p)
                    .ok_or_else(|| anyhow::anyhow!("demo: unknown parent {p}"))?,
            ),
            None => None,
        };
        let digits: Vec<u8> = o.inn_first9.bytes().map(|b| b.wrapping_sub(b'0')).collect();
        let first9: [u8; 9] = digits
            .try_into()
            .map_err(|_| anyhow::anyhow!("demo: inn_first9 of {} is not 9 digits", o.key))?;
        let inn = Inn::complete_organization(first9);
        let input = OrganizationInput {
            full_name: &o.full_name,
            short_name: &o.short_name,
            inn: Some(inn.as_str()),
            address: o.address.as_deref(),
            external_id: o.external_id.as_deref(),
        };
        let facts = parent.map(|(_, kind)| ParentFacts {
            is_self: false,
            same_municipality: true,
            kind,
        });
        let checked = check_organization(&input, o.kind, facts)
            .map_err(|p| anyhow::anyhow!("demo: organization {} is invalid: {p:?}", o.key))?;
        let cap = actor.create_organization_in(m).map_err(denied)?;
        let data = OrganizationData {
            municipality_id: m,
            parent_id: parent.map(|(id, _)| id),
            kind: o.kind,
            checked,
            low_results: o.low_results,
            adverse_conditions: o.adverse_conditions,
            active: o.active,
        };
        let row = store::organizations::create(&tx, &cap, &data, &ctx).await?;
        let id = OrganizationId(row.id);
        orgs.insert(o.key.clone(), (id, o.kind));
        placed.insert(o.key.clone(), (id, m));
        let facts = domain::access::OrgFacts {
            id,
            municipality: m,
            parent: parent.map(|p| p.0),
        };
        let records = actor.manage_school_records(&facts).map_err(denied)?;
        for f in &o.figures {
            let year = AcademicYear::parse(&f.academic_year)
                .map_err(|e| anyhow::anyhow!("demo: {}: {e}", f.academic_year))?;
            let year = shift_of(&o.municipality).year(year);
            store::figures::upsert(
                &tx,
                &records,
                year,
                None,
                f.students_total,
                f.teachers_total,
                &ctx,
            )
            .await?;
        }
        for s in &o.staff {
            let name = PersonName::parse(&s.last_name, &s.first_name, s.patronymic.as_deref())
                .map_err(|e| anyhow::anyhow!("demo: staff {}: {e:?}", s.last_name))?;
            let data = StaffData {
                name,
                position: s.position.clone(),
                subjects: s.subjects.clone(),
                user_id: None,
                external_id: None,
            };
            let row = store::staff::create(&tx, &records, &data, &ctx).await?;
            if let Some(u) = &s.username {
                staff_users.push((u.clone(), records, row.id, data));
            }
        }
    }

    let admin = actor.administer_users().map_err(denied)?;
    let mut user_ids = HashMap::new();
    for u in &demo.users {
        let data = UserData {
            display_name: u.display_name.clone(),
            role: u.role,
            municipality_id: match &u.municipality {
                Some(k) => Some(
                    *municipalities
                        .get(k)
                        .ok_or_else(|| anyhow::anyhow!("demo: {k}"))?,
                ),
                None => None,
            },
            organization_id: match &u.organization {
                Some(k) => Some(orgs.get(k).ok_or_else(|| anyhow::anyhow!("demo: {k}"))?.0),
                None => None,
            },
            disabled: false,
        };
        let hash = password::hash(&u.password).map_err(|e| anyhow::anyhow!(e))?;
        let row = store::users::create(&tx, &admin, &u.username, &hash, &data, &ctx).await?;
        user_ids.insert(u.username.clone(), row.id);
    }
    for (username, records, staff_id, mut data) in staff_users {
        data.user_id = user_ids.get(&username).copied();
        store::staff::update(&tx, &records, domain::StaffId(staff_id), None, &data, &ctx).await?;
    }
    let mut networks = HashMap::new();
    for n in &demo.networks {
        let m = *municipalities
            .get(&n.municipality)
            .ok_or_else(|| anyhow::anyhow!("demo: unknown municipality {}", n.municipality))?;
        let org = |k: &str| {
            orgs.get(k)
                .map(|(id, _)| *id)
                .ok_or_else(|| anyhow::anyhow!("demo: unknown {k}"))
        };
        let sh = shift_of(&n.municipality);
        let mut members = Vec::new();
        for mm in &n.members {
            members.push(store::networks::MembershipData {
                organization_id: org(&mm.organization)?,
                role: mm.role,
                joined_on: sh.date(mm.joined_on),
                left_on: mm.left_on.map(|d| sh.date(d)),
                mentor_id: mm.mentor.as_deref().map(org).transpose()?,
            });
        }
        let texts = |v: &[String]| v.iter().map(|t| sh.text(t)).collect::<Vec<_>>();
        let data = store::networks::NetworkData {
            name: sh.text(&n.name),
            model: n.model,
            goal: sh.text(&n.goal),
            tasks: texts(&n.tasks),
            expected_results: texts(&n.expected_results),
            period: domain::period::Period::new(
                sh.date(n.period_from),
                n.period_to.map(|d| sh.date(d)),
            )
            .map_err(|e| anyhow::anyhow!("demo: {}: {e}", n.name))?,
            status: n.status,
        };
        let keyed: Vec<_> = members
            .iter()
            .map(|m| (store::new_id(), m.clone()))
            .collect();
        ops::networks::check_rules(&data.period, data.model, &keyed)
            .map_err(|e| anyhow::anyhow!("demo: network {} breaks a rule: {e}", n.name))?;
        let cap = actor.create_network_in(m).map_err(denied)?;
        let row = store::networks::create(&tx, &cap, &data, &members, &ctx).await?;
        networks.insert(n.key.clone(), row.id);
    }
    for p in &demo.programmes {
        let network = *networks
            .get(&p.network)
            .ok_or_else(|| anyhow::anyhow!("demo: unknown network {}", p.network))?;
        let input = domain::programme::ProgrammeInput {
            code: &p.code,
            title: &p.title,
            subject_area: &p.subject_area,
            module: p.module.as_deref(),
            level: p.level,
            grade_from: p.grade_from,
            grade_to: p.grade_to,
            total_hours: p.total_hours,
            hours_per_week: p.hours_per_week,
        };
        let checked = domain::programme::check_programme(&input)
            .map_err(|e| anyhow::anyhow!("demo: programme {}: {e:?}", p.code))?;
        let mut providers = Vec::new();
        for k in &p.providers {
            providers.push(
                orgs.get(k)
                    .ok_or_else(|| anyhow::anyhow!("demo: {k}"))?
                    .0
                    .as_uuid(),
            );
        }
        let data = store::programmes::ProgrammeData {
            checked,
            level: p.level,
            delivery_mode: p.delivery_mode,
            assessment_form: p.assessment_form,
            providers,
            status: domain::programme::ProgrammeStatus::Approved,
            external_id: None,
        };
        let facts = store::networks::facts(&tx, network, &ops.clock)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo: network {} vanished", p.network))?;
        let cap = actor.manage_network(&facts).map_err(denied)?;
        store::programmes::create(&tx, &cap, &data, &ctx).await?;
    }
    let by_municipality: HashMap<MunicipalityId, Shift> = demo
        .municipalities
        .iter()
        .filter_map(|m| Some((*municipalities.get(&m.key)?, shift_of(&m.key))))
        .collect();
    let made = timetable::Made {
        orgs: &placed,
        networks: &networks,
        shifts: &by_municipality,
    };
    timetable::calendars(&tx, &actor, &ctx, &demo.calendars, &made).await?;
    let op = ops::Ctx {
        db: &tx,
        actor: &actor,
        audit: &ctx,
        clock: &ops.clock,
        zone: ops::TimeZone::default(),
    };
    let formed = timetable::groups(&op, &demo.groups, &made).await?;
    let groups: Vec<enrolments::Made<'_>> = demo
        .groups
        .iter()
        .zip(formed)
        .map(|(g, (group, year))| {
            Ok(enrolments::Made {
                group,
                year,
                demo: g,
                network: *networks
                    .get(&g.network)
                    .ok_or_else(|| anyhow::anyhow!("demo: unknown network {}", g.network))?,
            })
        })
        .collect::<anyhow::Result<_>>()?;
    let keys: HashMap<String, uuid::Uuid> = placed
        .iter()
        .map(|(k, (id, _))| (k.clone(), id.as_uuid()))
        .collect();
    let operator = *user_ids
        .get("admin")
        .ok_or_else(|| anyhow::anyhow!("demo: no administrator"))?;
    enrolments::load(&op, &groups, &keys, operator).await?;
    tx.commit().await?;
    Ok(true)
}

fn denied(d: domain::access::Denied) -> anyhow::Error {
    anyhow::anyhow!("demo data: access refused: {d:?}")
}
