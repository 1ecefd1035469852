//! Enrolment tests, one file per submodule; shared builders here.

use uuid::Uuid;

use super::*;
use crate::grade::Grade;
use crate::ids::{EnrolmentId, GroupId};

pub(crate) use crate::calendar::tests::{d, t};

mod lifecycle;
mod load;
mod messages;
mod rules;
mod seat;
mod waitlist;

fn grade(n: i64) -> Grade {
    Grade::new(n).unwrap()
}

fn h(hours: f64) -> Hours {
    Hours::from_f64(hours).unwrap()
}

fn group(n: u128) -> GroupId {
    GroupId(Uuid::from_u128(n))
}

fn enrolment(n: u128) -> EnrolmentId {
    EnrolmentId(Uuid::from_u128(n))
}

/// A course of the group `n` with `hours` a week replacing `replaces` home hours.
fn course(n: u128, hours: f64, replaces: f64) -> CourseLoad {
    CourseLoad {
        group: group(n),
        hours_per_week: h(hours),
        replaces: h(replaces),
    }
}

fn session(date: (i32, u32, u32), start: (u32, u32), end: (u32, u32)) -> SessionTime {
    SessionTime {
        date: d(date.0, date.1, date.2),
        start: t(start.0, start.1),
        end: t(end.0, end.1),
    }
}
