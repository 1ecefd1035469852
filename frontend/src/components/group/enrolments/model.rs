//! What the enrolments section shows and offers, decided without the browser: the tab
//! of each status, the order within a tab, and the steps the lifecycle allows today on
//! the side the user is on (the same `domain::enrolment::apply` the server runs).

use chrono::NaiveDate;
use domain::enrolment::{EnrolmentStatus, GroupDates, Transition, apply, holds_seat};
use wire::enrolment::Enrolment;
use wire::student::TeachingStudent;

/// The tabs of the section.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    /// Requests waiting for the provider's decision.
    Requests,
    Waitlist,
    /// Holding a seat: approved or active.
    Enrolled,
    /// Nothing follows: completed, withdrawn or rejected.
    Closed,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Requests, Tab::Waitlist, Tab::Enrolled, Tab::Closed];

    pub fn of(s: EnrolmentStatus) -> Tab {
        use EnrolmentStatus as S;
        match s {
            S::Requested => Tab::Requests,
            S::Waitlisted => Tab::Waitlist,
            S::Approved | S::Active => Tab::Enrolled,
            S::Completed | S::Withdrawn | S::Rejected => Tab::Closed,
        }
    }

    /// The tab's title.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Requests => "enr-tab-requests",
            Tab::Waitlist => "enr-tab-waitlist",
            Tab::Enrolled => "enr-tab-enrolled",
            Tab::Closed => "enr-tab-closed",
        }
    }

    /// For ids and test ids.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Requests => "requests",
            Tab::Waitlist => "waitlist",
            Tab::Enrolled => "enrolled",
            Tab::Closed => "closed",
        }
    }

    /// What an empty tab says.
    pub fn empty_key(self) -> &'static str {
        match self {
            Tab::Requests => "enr-empty-requests",
            Tab::Waitlist => "enr-empty-waitlist",
            Tab::Enrolled => "enr-empty-enrolled",
            Tab::Closed => "enr-empty-closed",
        }
    }
}

/// The enrolments of `tab` as shown: the waitlist by position (those without one last),
/// the others in the order of request.
pub fn of_tab(list: &[Enrolment], tab: Tab) -> Vec<Enrolment> {
    let mut items: Vec<Enrolment> = list
        .iter()
        .filter(|e| Tab::of(e.status) == tab)
        .cloned()
        .collect();
    match tab {
        Tab::Waitlist => {
            items.sort_by_key(|e| (e.waitlist_position.unwrap_or(u32::MAX), e.requested_at))
        }
        _ => items.sort_by_key(|e| e.requested_at),
    }
    items
}

/// The tab to open first: the first one with something to decide or see.
pub fn default_tab(list: &[Enrolment]) -> Tab {
    Tab::ALL
        .into_iter()
        .find(|t| list.iter().any(|e| Tab::of(e.status) == *t))
        .unwrap_or(Tab::Requests)
}

/// Seats held in the group, as far as the list shows them.
pub fn seats_taken(list: &[Enrolment]) -> usize {
    list.iter().filter(|e| holds_seat(e.status)).count()
}

/// A step the user can take on an enrolment.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    Approve,
    Waitlist,
    Reject,
    Withdraw,
    Complete,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Approve,
        Step::Waitlist,
        Step::Reject,
        Step::Withdraw,
        Step::Complete,
    ];

    pub fn transition(self) -> Transition {
        match self {
            Step::Approve => Transition::Approve,
            Step::Waitlist => Transition::Waitlist,
            Step::Reject => Transition::Reject,
            Step::Withdraw => Transition::Withdraw,
            Step::Complete => Transition::Complete,
        }
    }

    /// The last segment of the action's path, and the prefix of its test ids.
    pub fn action(self) -> &'static str {
        match self {
            Step::Approve => "approve",
            Step::Waitlist => "waitlist",
            Step::Reject => "reject",
            Step::Withdraw => "withdraw",
            Step::Complete => "complete",
        }
    }

    /// A refusal must say why; the other steps may.
    pub fn reason_required(self) -> bool {
        self == Step::Reject
    }

    /// Steps that end the student's place: red buttons.
    pub fn danger(self) -> bool {
        matches!(self, Step::Reject | Step::Withdraw)
    }

    /// The stem of the step's texts for an enrolment in `status`: withdrawing a request
    /// reads «Отозвать заявку», withdrawing an enrolled student «Отчислить».
    pub fn slug(self, status: EnrolmentStatus) -> &'static str {
        match self {
            Step::Withdraw if awaits_decision(status) => "withdraw-request",
            s => s.action(),
        }
    }

    /// The button's text; `enr-step-{slug}-title`, `-body` and `enr-done-{slug}` follow.
    pub fn key(self, status: EnrolmentStatus) -> String {
        format!("enr-do-{}", self.slug(status))
    }
}

/// Which sides of the enrolment the user acts for.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Sides {
    /// Manages the group: approves, waitlists, rejects, completes, withdraws.
    pub provider: bool,
    /// May withdraw (the provider's side or the student's home school).
    pub withdraw: bool,
}

/// The steps offered for `e` on `today`: those the lifecycle allows, on the user's side.
/// A request goes on the waitlist only when the group is `full` (the server refuses it
/// while seats are free).
pub fn steps(
    e: &Enrolment,
    dates: GroupDates,
    today: NaiveDate,
    full: bool,
    sides: Sides,
) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| match s {
            Step::Withdraw => sides.withdraw,
            Step::Waitlist => sides.provider && full,
            _ => sides.provider,
        })
        .filter(|s| apply(e.status, s.transition(), dates, today).is_ok())
        .collect()
}

/// Whether the provider still decides on the enrolment, so its rules are worth showing.
pub fn awaits_decision(s: EnrolmentStatus) -> bool {
    matches!(s, EnrolmentStatus::Requested | EnrolmentStatus::Waitlisted)
}

/// «Иванов Иван Петрович».
pub fn student_name(s: &TeachingStudent) -> String {
    let mut name = format!("{} {}", s.last_name, s.first_name);
    if let Some(p) = s.patronymic.as_deref().filter(|p| !p.trim().is_empty()) {
        name.push(' ');
        name.push_str(p);
    }
    name
}

/// The colour of a status label (`None`: grey).
pub fn status_color(s: EnrolmentStatus) -> Option<&'static str> {
    use EnrolmentStatus as S;
    match s {
        S::Requested => Some("pf-m-blue"),
        S::Waitlisted => Some("pf-m-orange"),
        S::Approved => Some("pf-m-teal"),
        S::Active => Some("pf-m-green"),
        S::Rejected => Some("pf-m-red"),
        S::Completed | S::Withdrawn => None,
    }
}

#[cfg(test)]
mod tests;
