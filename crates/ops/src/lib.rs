//! Setka's operations: every use case of the product as one function over a [`Ctx`] — the
//! transaction, the acting [`Actor`], the audit context and the [`Clock`] — taking typed
//! inputs and returning domain records. An HTTP handler, an import job going through a
//! file and the demo loader call the same operations, so each passes the same checks.
//!
//! What this crate never does: speak HTTP (no actix, no status codes, no headers — `cargo
//! xtask test` refuses the dependency), read the system clock (the [`Clock`] of the
//! context gives the time), or leave a transaction open on an error ([`Ops::write`] rolls
//! it back, so a failed operation changes nothing).

pub mod agreement_ops;
pub mod agreements;
pub mod attendance;
pub mod calendar_ops;
pub mod calendars;
pub mod document_ops;
pub mod enrolment_rules;
pub mod enrolment_views;
pub mod enrolments;
pub mod error;
pub mod facts;
pub mod figures;
pub mod group_ops;
pub mod groups;
pub mod home_loads;
pub mod i18n;
pub mod idempotency;
pub mod memberships;
pub mod municipalities;
pub mod my_sessions;
pub mod networks;
pub mod organization_ops;
pub mod organizations;
pub mod password;
pub mod programmes;
pub mod records;
pub mod session_ops;
pub mod staff;
pub mod students;
pub mod study_plans;
pub mod timetable;
pub mod user_ops;
pub mod users;

pub use clock::{Clock, TimeZone};
use domain::access::Actor;
pub use error::{OpError, OpResult};
use store::audit::AuditCtx;
use store::{Db, Store, Tx};
use validator::Validate;

/// What every operation runs with: where it reads and writes, who acts, how the change is
/// recorded, and what time it is.
pub struct Ctx<'a, C = Tx> {
    pub db: &'a C,
    pub actor: &'a Actor,
    pub audit: &'a AuditCtx,
    pub clock: &'a Clock,
    /// The time zone of the actor's municipality (Moscow for installation-wide accounts).
    pub zone: TimeZone,
}

/// What a read of students' data records in the audit log (see [`Ops::read_audited`]).
#[derive(Debug, Clone)]
pub struct ReadRecord {
    pub entity_type: &'static str,
    pub entity_id: Option<String>,
    /// The organization whose log it lands in, and its municipality when known (saves
    /// the lookup).
    pub organization: Option<uuid::Uuid>,
    pub municipality: Option<uuid::Uuid>,
    pub students: Vec<uuid::Uuid>,
}

/// Who runs an operation: the actor, how its changes are recorded, and where it is.
#[derive(Clone, Copy)]
pub struct Who<'a> {
    pub actor: &'a Actor,
    pub audit: &'a AuditCtx,
    pub zone: TimeZone,
}

impl<C> Ctx<'_, C> {
    /// Today in the actor's municipality, by the application's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today_in(self.zone)
    }
}

/// The operations' environment, held once in the application state: the store and the
/// one clock.
#[derive(Debug, Clone)]
pub struct Ops {
    pub store: Store,
    pub clock: Clock,
}

impl Ops {
    pub fn new(store: Store, clock: Clock) -> Self {
        Self { store, clock }
    }

    /// Runs an operation in one transaction: committed when it succeeds, rolled back when
    /// it fails, so a refused request or import row changes nothing.
    pub async fn write<T>(
        &self,
        who: Who<'_>,
        op: impl AsyncFnOnce(&Ctx<'_>) -> OpResult<T>,
    ) -> OpResult<T> {
        let tx = self.store.begin().await?;
        let ctx = Ctx {
            db: &tx,
            actor: who.actor,
            audit: who.audit,
            clock: &self.clock,
            zone: who.zone,
        };
        match op(&ctx).await {
            Ok(v) => {
                tx.commit().await?;
                Ok(v)
            }
            Err(e) => {
                if let Err(cause) = tx.rollback().await {
                    tracing::warn!(%cause, "rollback after a failed operation");
                }
                Err(e)
            }
        }
    }

    /// A transaction for what happens before there is an actor — signing in, refreshing
    /// and signing out. It is committed when `op` returns `Ok`, also when the outcome
    /// inside is a refusal: a failed sign-in stays recorded (audit log, throttle).
    pub async fn unauthenticated<T>(
        &self,
        op: impl AsyncFnOnce(&Tx) -> OpResult<OpResult<T>>,
    ) -> OpResult<T> {
        let tx = self.store.begin().await?;
        match op(&tx).await {
            Ok(outcome) => {
                tx.commit().await?;
                outcome
            }
            Err(e) => {
                if let Err(cause) = tx.rollback().await {
                    tracing::warn!(%cause, "rollback after a failed sign-in step");
                }
                Err(e)
            }
        }
    }

    /// A context for reads outside a transaction.
    /// Runs a read of students' data on the reader connections, then writes its audit
    /// record in a short transaction of its own before the answer leaves: on SQLite the
    /// read never waits for the one writer, only the audit insert does (`cargo xtask
    /// bench` measures it). A failed audit write fails the request, so no data leaves
    /// unrecorded.
    pub async fn read_audited<T>(
        &self,
        who: Who<'_>,
        op: impl AsyncFnOnce(&Ctx<'_, Db>) -> OpResult<(T, ReadRecord)>,
    ) -> OpResult<T> {
        let (value, record) = op(&self.reader(who)).await?;
        let entry = store::read_log::ReadEntry {
            ctx: who.audit.clone(),
            change: store::audit::Change {
                action: "read",
                entity_type: record.entity_type,
                entity_id: record.entity_id,
                municipality_id: record.municipality,
                organization_id: record.organization,
                before: None,
                after: None,
            },
            students: record.students,
        };
        self.store.record_read(entry).await?;
        Ok(value)
    }

    pub fn reader<'a>(&'a self, who: Who<'a>) -> Ctx<'a, Db> {
        Ctx {
            db: self.store.read(),
            actor: who.actor,
            audit: who.audit,
            clock: &self.clock,
            zone: who.zone,
        }
    }
}

/// Structural checks of an input (lengths, ranges, patterns), reported per field.
pub fn validate<T: Validate>(input: &T) -> OpResult<()> {
    input
        .validate()
        .map_err(|e| OpError::Validation(i18n::from_validator(&e)))
}
