//! "Is there an active agreement covering programme P, home organization H and provider
//! V on the days D1–D2?" — with the reason when there is not. Enrolment is built on this.

use chrono::NaiveDate;

use crate::ids::OrganizationId;
use crate::period::Period;

/// What coverage needs to know of one agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementFacts {
    pub id: uuid::Uuid,
    pub parties: Vec<OrganizationId>,
    pub programmes: Vec<uuid::Uuid>,
    /// Every party signed the current content.
    pub fully_signed: bool,
    pub valid_from: NaiveDate,
    pub valid_to: NaiveDate,
    pub terminated_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageQuery {
    pub programme: uuid::Uuid,
    pub home: OrganizationId,
    pub provider: OrganizationId,
    /// The days to cover (a group's first to last date).
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why no agreement covers the query — the reason of the candidate that came closest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotCovered {
    /// No agreement has both organizations as parties.
    NoAgreementBetween,
    /// Agreements between them exist but none covers the programme.
    ProgrammeNotCovered,
    /// The covering agreement is not signed by every party.
    NotSigned { agreement: uuid::Uuid },
    /// It is terminated before the last day.
    Terminated {
        agreement: uuid::Uuid,
        on: NaiveDate,
    },
    /// Its term does not include all the days.
    OutsideTerm {
        agreement: uuid::Uuid,
        valid_from: NaiveDate,
        valid_to: NaiveDate,
    },
}

impl NotCovered {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoAgreementBetween => "no_agreement_between",
            Self::ProgrammeNotCovered => "programme_not_covered",
            Self::NotSigned { .. } => "agreement_not_signed",
            Self::Terminated { .. } => "agreement_terminated",
            Self::OutsideTerm { .. } => "agreement_term_does_not_cover",
        }
    }

    /// How far a candidate got; the closest one explains the refusal.
    fn rank(&self) -> u8 {
        match self {
            Self::NoAgreementBetween => 0,
            Self::ProgrammeNotCovered => 1,
            Self::NotSigned { .. } => 2,
            Self::Terminated { .. } => 3,
            Self::OutsideTerm { .. } => 4,
        }
    }
}

fn judge(a: &AgreementFacts, q: &CoverageQuery) -> Result<(), NotCovered> {
    if !(a.parties.contains(&q.home) && a.parties.contains(&q.provider)) {
        return Err(NotCovered::NoAgreementBetween);
    }
    if !a.programmes.contains(&q.programme) {
        return Err(NotCovered::ProgrammeNotCovered);
    }
    if !a.fully_signed {
        return Err(NotCovered::NotSigned { agreement: a.id });
    }
    if let Some(on) = a.terminated_on
        && on <= q.to
    {
        return Err(NotCovered::Terminated {
            agreement: a.id,
            on,
        });
    }
    let term = Period::new(a.valid_from, Some(a.valid_to));
    let wanted = Period::new(q.from, Some(q.to));
    match (term, wanted) {
        (Ok(t), Ok(w)) if t.includes(&w) => Ok(()),
        _ => Err(NotCovered::OutsideTerm {
            agreement: a.id,
            valid_from: a.valid_from,
            valid_to: a.valid_to,
        }),
    }
}

/// The agreement covering the query, or why none does.
pub fn find_cover<'a>(
    agreements: &'a [AgreementFacts],
    q: &CoverageQuery,
) -> Result<&'a AgreementFacts, NotCovered> {
    let mut best = NotCovered::NoAgreementBetween;
    for a in agreements {
        match judge(a, q) {
            Ok(()) => return Ok(a),
            Err(reason) if reason.rank() > best.rank() => best = reason,
            Err(_) => {}
        }
    }
    Err(best)
}
