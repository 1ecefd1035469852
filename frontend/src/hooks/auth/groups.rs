//! What the user may do with groups, their sessions and school calendars, decided by
//! `domain::access` on the facts the server builds.

use domain::access::GroupAccess;
use domain::{GroupId, OrganizationId, Role};
use uuid::Uuid;
use wire::group::Group;
use wire::network::Network;
use wire::organization::Organization;

use super::{Perms, facts, network_facts};

fn today() -> chrono::NaiveDate {
    crate::today::today()
}

/// The access facts of a loaded group. The accounts of its teachers only widen reading
/// for teachers (who never manage groups), so the UI leaves them out.
pub fn group_access(g: &Group, n: &Network, today: chrono::NaiveDate) -> GroupAccess {
    GroupAccess {
        id: GroupId(g.id),
        network: network_facts(n, today),
        provider: OrganizationId(g.input.provider_id),
        teacher_users: Vec::new(),
    }
}

impl Perms {
    /// Editing a group, generating, moving, cancelling and adding its sessions.
    pub fn manage_group(&self, g: &Group, n: &Network) -> bool {
        self.0
            .as_ref()
            .is_some_and(|a| a.manage_group(&group_access(g, n, today())).is_ok())
    }

    /// Taking and correcting the registers of a group's sessions: its teachers and those
    /// who manage it. A teacher sees only the groups they teach, so a teacher who has the
    /// group loaded teaches it (the UI does not know the teachers' accounts).
    pub fn take_register(&self, g: &Group, n: &Network) -> bool {
        let Some(a) = self.0.as_ref() else {
            return false;
        };
        let mut access = group_access(g, n, today());
        if a.role == Role::Teacher {
            access.teacher_users.push(a.user);
        }
        a.take_register(&access).is_ok()
    }

    /// Withdrawing an enrolment: the provider's side (those who manage the group) and the
    /// administration of the student's home school.
    pub fn withdraw_enrolment(&self, g: &Group, n: &Network, home: Uuid) -> bool {
        let Some(a) = self.0.as_ref() else {
            return false;
        };
        let home_admin = match a.role {
            Role::Admin => true,
            Role::SchoolAdmin => a.organization == Some(OrganizationId(home)),
            _ => false,
        };
        home_admin || self.manage_group(g, n)
    }

    /// The providers (of `candidates`) the user may form a group for in the network.
    pub fn group_providers(&self, n: &Network, candidates: &[Uuid]) -> Vec<Uuid> {
        let Some(a) = self.0.as_ref() else {
            return Vec::new();
        };
        let facts = network_facts(n, today());
        candidates
            .iter()
            .copied()
            .filter(|p| a.create_group_in(&facts, OrganizationId(*p)).is_ok())
            .collect()
    }

    /// «Создать группу»: those who manage the network, and a member school's
    /// administration (for the programmes it teaches).
    pub fn create_groups(&self, n: &Network) -> bool {
        let Some(a) = self.0.as_ref() else {
            return false;
        };
        let facts = network_facts(n, today());
        if a.manage_network(&facts).is_ok() {
            return true;
        }
        a.role == Role::SchoolAdmin
            && a.organization
                .is_some_and(|o| a.create_group_in(&facts, o).is_ok())
    }

    /// Entering and changing a school's calendar: as its staff and figures.
    pub fn manage_calendar(&self, org: &Organization) -> bool {
        self.0
            .as_ref()
            .is_some_and(|a| a.manage_school_records(&facts(org)).is_ok())
    }
}

#[cfg(test)]
mod tests;
