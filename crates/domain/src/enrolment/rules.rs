//! The rules an approval must pass, each a pure function; [`evaluate`] runs them all so
//! the home school sees every problem of a request at once.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::load::{Hours, LoadQuery, check_load};
use crate::agreement::NotCovered;
use crate::calendar::WeekKind;
use crate::grade::{Grade, GradeRange};
use crate::ids::GroupId;

/// One approval rule, in the order they are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// An active agreement covers the programme and both schools.
    AgreementCovers,
    /// The parents' consent is on file.
    ConsentOnFile,
    /// The student's grade is one the programme is for.
    GradeInProgramme,
    /// The group has a free seat.
    FreeSeat,
    /// The weekly load stays within the СанПиН limit.
    WeeklyLoad,
    /// No session overlaps one of the student's other groups.
    NoTimetableConflict,
}

impl Rule {
    /// Every rule, in checking order.
    pub const ALL: [Rule; 6] = [
        Rule::AgreementCovers,
        Rule::ConsentOnFile,
        Rule::GradeInProgramme,
        Rule::FreeSeat,
        Rule::WeeklyLoad,
        Rule::NoTimetableConflict,
    ];
}

/// Why a rule fails, with the numbers the message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleFailure {
    /// No agreement covers the enrolment; the reason is the closest candidate's.
    NotCovered(NotCovered),
    /// No consent, or one dated after today.
    NoConsent,
    GradeOutside {
        grade: Grade,
        range: GradeRange,
    },
    NoSeat {
        capacity: u32,
        taken: u32,
    },
    LoadExceeded {
        total: Hours,
        limit: Hours,
        grade: Grade,
        week: WeekKind,
    },
    /// The home school has not entered its curriculum's weekly hours for the grade.
    HomeLoadMissing {
        grade: Grade,
    },
    /// The table has no limit for this grade on a six-day week (grade 1).
    SixDayWeekNotAllowed {
        grade: Grade,
    },
    /// The first overlap: on `date` from `from` to `to` the student is in `other_group`.
    TimetableConflict {
        other_group: GroupId,
        date: NaiveDate,
        from: NaiveTime,
        to: NaiveTime,
    },
}

impl RuleFailure {
    /// Stable error code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotCovered(_) => "agreement_missing",
            Self::NoConsent => "consent_missing",
            Self::GradeOutside { .. } => "grade_outside_programme",
            Self::NoSeat { .. } => "no_free_seat",
            Self::LoadExceeded { .. } => "weekly_load_exceeded",
            Self::HomeLoadMissing { .. } => "home_load_missing",
            Self::SixDayWeekNotAllowed { .. } => "six_day_week_not_allowed",
            Self::TimetableConflict { .. } => "timetable_conflict",
        }
    }

    /// The rule that failed.
    pub fn rule(&self) -> Rule {
        match self {
            Self::NotCovered(_) => Rule::AgreementCovers,
            Self::NoConsent => Rule::ConsentOnFile,
            Self::GradeOutside { .. } => Rule::GradeInProgramme,
            Self::NoSeat { .. } => Rule::FreeSeat,
            Self::LoadExceeded { .. }
            | Self::HomeLoadMissing { .. }
            | Self::SixDayWeekNotAllowed { .. } => Rule::WeeklyLoad,
            Self::TimetableConflict { .. } => Rule::NoTimetableConflict,
        }
    }
}

/// A consent dated on or before `today` is on file.
pub fn check_consent(consent_on: Option<NaiveDate>, today: NaiveDate) -> Result<(), RuleFailure> {
    match consent_on {
        Some(on) if on <= today => Ok(()),
        _ => Err(RuleFailure::NoConsent),
    }
}

pub fn check_grade(grade: Grade, range: GradeRange) -> Result<(), RuleFailure> {
    if range.contains(grade) {
        Ok(())
    } else {
        Err(RuleFailure::GradeOutside { grade, range })
    }
}

/// `taken` counts the seats held (approved and active enrolments).
pub fn check_seat(capacity: u32, taken: u32) -> Result<(), RuleFailure> {
    if taken < capacity {
        Ok(())
    } else {
        Err(RuleFailure::NoSeat { capacity, taken })
    }
}

/// When a session meets. One that ends before it starts (or when it starts) occupies no
/// time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionTime {
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// The earliest overlap of the group's sessions (`this`) with the student's other
/// groups. Sessions that touch (one ends when the other starts) do not overlap.
///
/// All sessions are sorted once and swept: keeping, per side, the latest-ending session
/// of the day seen so far finds any overlap with an earlier-starting session, so a
/// student's year (a few hundred sessions) costs O(n log n), not O(n·m).
pub fn check_conflicts(
    this: &[SessionTime],
    others: &[(GroupId, Vec<SessionTime>)],
) -> Result<(), RuleFailure> {
    // (session, None for this group or Some(other group)).
    let mut all: Vec<(SessionTime, Option<GroupId>)> = this
        .iter()
        .map(|s| (*s, None))
        .chain(
            others
                .iter()
                .flat_map(|(g, ss)| ss.iter().map(move |s| (*s, Some(*g)))),
        )
        .filter(|(s, _)| s.start < s.end)
        .collect();
    all.sort_unstable_by_key(|(s, g)| (s.date, s.start, s.end, *g));

    // The latest-ending session of the current day, of this group and of the others.
    let mut day = None;
    let mut this_end: Option<NaiveTime> = None;
    let mut other_end: Option<(NaiveTime, GroupId)> = None;
    for (s, group) in all {
        if day != Some(s.date) {
            day = Some(s.date);
            this_end = None;
            other_end = None;
        }
        let clash = match group {
            None => other_end.filter(|(end, _)| *end > s.start),
            Some(g) => this_end.filter(|end| *end > s.start).map(|end| (end, g)),
        };
        if let Some((end, other_group)) = clash {
            return Err(RuleFailure::TimetableConflict {
                other_group,
                date: s.date,
                from: s.start,
                to: end.min(s.end),
            });
        }
        match group {
            None => this_end = this_end.max(Some(s.end)),
            Some(g) => {
                if other_end.is_none_or(|(end, _)| s.end > end) {
                    other_end = Some((s.end, g));
                }
            }
        }
    }
    Ok(())
}

/// Everything the approval rules look at; the caller loads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalInput {
    /// The outcome of [`crate::agreement::find_cover`] for the programme, both schools
    /// and the group's dates.
    pub coverage: Result<(), NotCovered>,
    /// The date of the parents' consent, if the home school has one.
    pub consent_on: Option<NaiveDate>,
    /// The grades the programme is for.
    pub programme_grades: GradeRange,
    pub capacity: u32,
    /// Seats held now. A preview at request time counts them too: a full group means
    /// the request would be waitlisted.
    pub taken: u32,
    /// The student's grade (also checked against `programme_grades`), home week and
    /// hours, other courses and this one.
    pub load: LoadQuery,
    /// The group's sessions.
    pub sessions: Vec<SessionTime>,
    /// The sessions of the student's other approved or active groups.
    pub other_sessions: Vec<(GroupId, Vec<SessionTime>)>,
    pub today: NaiveDate,
}

/// One rule's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleCheck {
    pub rule: Rule,
    /// `None` when the rule passes.
    pub failure: Option<RuleFailure>,
}

impl RuleCheck {
    pub fn passed(&self) -> bool {
        self.failure.is_none()
    }
}

/// Every rule's outcome, in [`Rule::ALL`] order.
pub fn evaluate(input: &ApprovalInput) -> Vec<RuleCheck> {
    Rule::ALL
        .iter()
        .map(|&rule| {
            let outcome = match rule {
                Rule::AgreementCovers => input.coverage.clone().map_err(RuleFailure::NotCovered),
                Rule::ConsentOnFile => check_consent(input.consent_on, input.today),
                Rule::GradeInProgramme => check_grade(input.load.grade, input.programme_grades),
                Rule::FreeSeat => check_seat(input.capacity, input.taken),
                Rule::WeeklyLoad => check_load(&input.load).map(|_| ()),
                Rule::NoTimetableConflict => {
                    check_conflicts(&input.sessions, &input.other_sessions)
                }
            };
            RuleCheck {
                rule,
                failure: outcome.err(),
            }
        })
        .collect()
}

/// The first failure in rule order: the reason an approval is refused.
pub fn first_failure(checks: &[RuleCheck]) -> Option<&RuleFailure> {
    checks.iter().find_map(|c| c.failure.as_ref())
}
