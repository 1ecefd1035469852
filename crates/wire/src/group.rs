//! Network groups, their sessions, the timetable and its conflicts, calendar feeds.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

pub use domain::timetable::conflicts::{Conflict, ConflictKind, Reason};
pub use domain::timetable::{HoursCheck, Place, Slot, SlotDay};

/// A network group (сетевая группа) as it is entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupInput {
    pub programme_id: Uuid,
    /// `2021/2022`.
    pub academic_year: String,
    /// The member organization that teaches it (one of the programme's providers).
    pub provider_id: Uuid,
    /// «Робототехника, 7 классы, группа 1».
    #[validate(length(min = 1, max = 200))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<200>))]
    pub name: String,
    /// Staff of member organizations who teach it.
    #[validate(length(max = 10))]
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 10))]
    pub teacher_ids: Vec<Uuid>,
    #[validate(range(min = 1, max = 500))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 500))]
    pub capacity: i32,
    /// The usual place; a slot may name another.
    pub place: Place,
    #[serde(default)]
    pub slots: Vec<Slot>,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    /// Schools whose students attend (until enrolments say it).
    #[serde(default)]
    pub participant_ids: Vec<Uuid>,
    #[serde(default)]
    pub external_id: Option<String>,
}

/// A teacher of a group, by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupTeacher {
    pub staff_id: Uuid,
    pub name: String,
    pub organization_id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Group {
    pub id: Uuid,
    pub network_id: Uuid,
    #[serde(flatten)]
    pub input: GroupInput,
    pub programme_title: String,
    pub teachers: Vec<GroupTeacher>,
    /// Planned sessions against the programme's hours.
    pub hours: HoursCheck,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

/// `?academic_year=2021-2022&programme_id=…&provider_id=…`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct GroupQuery {
    pub academic_year: Option<String>,
    pub programme_id: Option<Uuid>,
    pub provider_id: Option<Uuid>,
    pub staff_id: Option<Uuid>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Planned,
    Cancelled,
}

/// A dated lesson of a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub id: Uuid,
    pub group_id: Uuid,
    pub date: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "14:30", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub start: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "15:10", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub end: NaiveTime,
    /// Where it takes place (the slot's, the group's, or set for this session).
    pub place: Place,
    pub status: SessionStatus,
    pub cancel_reason: Option<String>,
    /// Moved, cancelled or added by hand: regeneration leaves it alone.
    pub manual: bool,
    /// The slot and day it was generated for (`None`: added by hand).
    pub slot_id: Option<Uuid>,
    pub origin_date: Option<NaiveDate>,
    pub attendance_taken: bool,
    pub version: i32,
}

/// A session of a group the signed-in teacher teaches, with what «Мои группы» shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MySession {
    pub session_id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub programme_title: String,
    pub provider_name: String,
    pub date: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "14:30"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub start: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "15:10"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub end: NaiveTime,
    pub place: Place,
    pub status: SessionStatus,
    /// Students on the register (open enrolments on the session's day).
    pub students: u32,
    pub register_taken: bool,
    /// The session is over in the school's time: its register is due.
    pub ended: bool,
}

/// `?from=2021-09-01&to=2021-09-30`: a group's sessions in a range of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct SessionQuery {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A session added by hand, or a session moved (`PUT /sessions/{id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInput {
    pub date: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "14:30", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub start: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "15:10", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub end: NaiveTime,
    /// Another place for this session only.
    #[serde(default)]
    pub place: Option<Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Cancellation {
    #[validate(length(min = 1, max = 500))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<500>))]
    pub reason: String,
}

/// What (re)generating a group's sessions did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Generation {
    pub added: usize,
    pub deleted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Kept although the slots no longer call for them: attended or changed by hand.
    pub kept: usize,
    pub hours: HoursCheck,
}

/// `?from=2021-09-06&to=2021-09-12` and what to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct TimetableQuery {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub group_id: Option<Uuid>,
    /// A teacher (staff id).
    pub staff_id: Option<Uuid>,
    /// The organization where sessions take place, or whose students attend.
    pub organization_id: Option<Uuid>,
    /// A room or resource name (with `organization_id`).
    pub place: Option<String>,
    /// Minimum minutes between a teacher's sessions at two organizations.
    pub travel_gap_minutes: Option<u32>,
}

/// One session in the timetable, with what it needs to be shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimetableEntry {
    #[serde(flatten)]
    pub session: Session,
    pub group_name: String,
    pub programme_title: String,
    pub provider_id: Uuid,
    pub teachers: Vec<GroupTeacher>,
    /// Schools whose students attend: the home schools of the group's approved
    /// enrolments, or the participants it was formed with while it has none.
    pub participant_ids: Vec<Uuid>,
    /// Kinds of the conflicts this session is in.
    pub conflicts: Vec<ConflictKind>,
}

/// A conflict with its message in the request's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConflictView {
    #[serde(flatten)]
    pub conflict: Conflict,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Timetable {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub entries: Vec<TimetableEntry>,
    pub conflicts: Vec<ConflictView>,
}

/// A calendar subscription (iCalendar) for a group or a teacher: exactly one of the two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedInput {
    pub group_id: Option<Uuid>,
    pub staff_id: Option<Uuid>,
}

/// Written by hand to state "exactly one of `group_id` and `staff_id`", as the server
/// checks it.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for FeedInput {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{
            KnownFormat, ObjectBuilder, OneOfBuilder, SchemaFormat, Type,
        };
        let one = |given: &str, absent: &str| {
            ObjectBuilder::new()
                .property(
                    given,
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Uuid))),
                )
                .required(given)
                .property(absent, ObjectBuilder::new().schema_type(Type::Null))
        };
        OneOfBuilder::new()
            .description(Some(
                "A calendar subscription for a group or a teacher: exactly one of the two.",
            ))
            .item(one("group_id", "staff_id"))
            .item(one("staff_id", "group_id"))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for FeedInput {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Feed {
    pub id: Uuid,
    pub group_id: Option<Uuid>,
    pub staff_id: Option<Uuid>,
    /// The address to subscribe to; it is shown once, at creation (it carries a secret).
    pub url: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}
