//! Demo calendars and groups: the seed 000 modules taught weekly from September to May
//! over Лицей №24's and СОШ №25's calendars, and resource-centre groups of seed 002 whose
//! thirteen schools keep different calendars — so the comparison and the conflicts have
//! something real to show. Sessions are generated as the API generates them.

use chrono::NaiveDate;
use std::collections::HashMap;

use chrono::NaiveTime;
use domain::access::Actor;
use domain::timetable::{Place, Slot, SlotDay, generate, identify_slots, regenerate};
use domain::{AcademicYear, MunicipalityId, OrganizationId};
use serde::Deserialize;
use store::audit::AuditCtx;
use uuid::Uuid;

use super::calendars::{DemoCalendar, content};
use super::shift::Shift;

#[derive(Debug, Clone, Deserialize)]
pub struct DemoSlot {
    pub weekday: SlotDay,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DemoGroup {
    pub network: String,
    pub programme: String,
    pub provider: String,
    pub name: String,
    /// Last name of a teacher of the provider.
    pub teacher: String,
    pub room: String,
    pub capacity: i32,
    pub slots: Vec<DemoSlot>,
    pub participants: Vec<String>,
}

/// What the rest of the demo made, by key.
pub struct Made<'a> {
    pub orgs: &'a HashMap<String, (OrganizationId, MunicipalityId)>,
    pub networks: &'a HashMap<String, Uuid>,
    pub shifts: &'a HashMap<MunicipalityId, Shift>,
}

/// The seed year the demo's calendars and groups are written for.
fn seed_year() -> anyhow::Result<AcademicYear> {
    AcademicYear::parse("2021/2022").map_err(|e| anyhow::anyhow!("demo: {e}"))
}

fn time(s: &str) -> anyhow::Result<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M").map_err(|e| anyhow::anyhow!("demo: time {s}: {e}"))
}

pub async fn calendars(
    tx: &store::Tx,
    actor: &Actor,
    ctx: &AuditCtx,
    list: &[DemoCalendar],
    made: &Made<'_>,
) -> anyhow::Result<()> {
    for c in list {
        let (org, m) = *made
            .orgs
            .get(&c.organization)
            .ok_or_else(|| anyhow::anyhow!("demo: unknown {}", c.organization))?;
        let shift = made.shifts.get(&m).copied().unwrap_or_default();
        let year = shift.year(seed_year()?);
        let calendar = domain::calendar::Calendar::new(year, content(c, shift)?)
            .map_err(|p| anyhow::anyhow!("demo: calendar of {}: {p:?}", c.organization))?;
        let facts = store::organizations::facts(tx, org.as_uuid())
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo: {} vanished", c.organization))?;
        let cap = actor.manage_school_records(&facts).map_err(super::denied)?;
        store::calendars::put(tx, &cap, &calendar, None, ctx).await?;
    }
    Ok(())
}

async fn teacher(
    tx: &store::Tx,
    actor: &Actor,
    org: OrganizationId,
    last_name: &str,
) -> anyhow::Result<Uuid> {
    let facts = store::organizations::facts(tx, org.as_uuid())
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo: organization vanished"))?;
    let cap = actor.read_organization(&facts).map_err(super::denied)?;
    let (staff, _) = store::staff::list(tx, &cap, None, None, Some(500), None).await?;
    staff
        .iter()
        .find(|s| s.last_name == last_name)
        .map(|s| s.id)
        .ok_or_else(|| anyhow::anyhow!("demo: no teacher {last_name}"))
}

pub async fn groups(
    tx: &store::Tx,
    actor: &Actor,
    ctx: &AuditCtx,
    list: &[DemoGroup],
    made: &Made<'_>,
    today: NaiveDate,
) -> anyhow::Result<()> {
    for g in list {
        let network = *made
            .networks
            .get(&g.network)
            .ok_or_else(|| anyhow::anyhow!("demo: unknown network {}", g.network))?;
        let org = |k: &str| {
            made.orgs
                .get(k)
                .copied()
                .ok_or_else(|| anyhow::anyhow!("demo: unknown {k}"))
        };
        let (provider, m) = org(&g.provider)?;
        let shift = made.shifts.get(&m).copied().unwrap_or_default();
        let facts = store::networks::facts(tx, network, today)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo: network {} vanished", g.network))?;
        let read = actor.read_network(&facts).map_err(super::denied)?;
        let (programmes, _) = store::programmes::list(tx, &read, None, Some(500), None).await?;
        let programme = programmes
            .iter()
            .find(|p| p.code == g.programme)
            .ok_or_else(|| anyhow::anyhow!("demo: no programme {}", g.programme))?;
        let mut slots = Vec::new();
        for s in &g.slots {
            slots.push(Slot {
                id: Uuid::nil(),
                weekday: s.weekday,
                start: time(&s.start)?,
                end: time(&s.end)?,
                place: None,
            });
        }
        identify_slots(&mut slots, store::new_id);
        let mut participants = Vec::new();
        for p in &g.participants {
            participants.push(org(p)?.0.as_uuid());
        }
        let year = shift.year(seed_year()?);
        let (first, last) = domain::calendar::year_bounds(year);
        let data = store::groups::GroupData {
            programme_id: programme.id,
            provider_id: provider.as_uuid(),
            academic_year: year,
            name: g.name.clone(),
            capacity: g.capacity,
            teachers: vec![teacher(tx, actor, provider, &g.teacher).await?],
            participants,
            place: Place::Room {
                organization_id: provider.as_uuid(),
                name: g.room.clone(),
            },
            slots: slots.clone(),
            // From 1 September to the end of May.
            first_date: first,
            last_date: last - chrono::Duration::days(92),
            external_id: None,
        };
        let cap = actor
            .create_group_in(&facts, provider)
            .map_err(super::denied)?;
        let row = store::groups::create(tx, &cap, &data, ctx).await?;
        let access = store::groups::access(tx, row.id, today)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo: group vanished"))?;
        let manage = actor.manage_group(&access).map_err(super::denied)?;
        let calendar = ops::groups::provider_calendar(tx, provider.as_uuid(), year)
            .await
            .map_err(|e| anyhow::anyhow!("demo: {e}"))?;
        let plan = regenerate(
            &[],
            generate(&slots, data.first_date, data.last_date, calendar.as_ref()),
        );
        store::sessions::apply(tx, &manage, &plan, ctx).await?;
    }
    Ok(())
}
