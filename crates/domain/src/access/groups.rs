//! Network groups and their timetables: the provider's administration and those who
//! manage the network form and schedule groups; members read them; a teacher sees only
//! the groups they teach.

use super::{Actor, CanManage, CanRead, Denied, Extent, NetworkFacts};
use crate::ids::{GroupId, NetworkId, OrganizationId, UserId};
use crate::role::Role;

/// What is known about a group when deciding access to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupAccess {
    pub id: GroupId,
    pub network: NetworkFacts,
    pub provider: OrganizationId,
    /// Accounts of the group's teachers (staff with a user account).
    pub teacher_users: Vec<UserId>,
}

impl Actor {
    /// Members of the network read its groups, except that a teacher reads only the
    /// groups they teach; others see nothing.
    pub fn read_group(&self, g: &GroupAccess) -> Result<CanRead<GroupId>, Denied> {
        self.read_network(&g.network)?;
        if self.role == Role::Teacher && !g.teacher_users.contains(&self.user) {
            return Err(Denied::NotFound);
        }
        Ok(CanRead(g.id))
    }

    /// Changing a group, its slots and sessions: those who manage the network and the
    /// administration of the provider.
    pub fn manage_group(&self, g: &GroupAccess) -> Result<CanManage<GroupId>, Denied> {
        self.read_group(g)?;
        let provider_admin =
            self.role == Role::SchoolAdmin && self.organization == Some(g.provider);
        if provider_admin || self.manage_network(&g.network).is_ok() {
            Ok(CanManage {
                target: g.id,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Forming a group of a provider in a network.
    pub fn create_group_in(
        &self,
        n: &NetworkFacts,
        provider: OrganizationId,
    ) -> Result<CanManage<NetworkId>, Denied> {
        self.read_network(n)?;
        let provider_admin = self.role == Role::SchoolAdmin
            && self.organization == Some(provider)
            && n.members.contains(&provider);
        if provider_admin || self.manage_network(n).is_ok() {
            Ok(CanManage {
                target: n.id,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Whether the list of a network's groups is limited to the actor's own (teachers).
    pub fn sees_only_own_groups(&self) -> bool {
        self.role == Role::Teacher
    }
}

/// Whose enrolments of a group an actor sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Roster {
    /// Every enrolment: the authority, a municipality-wide integration and the
    /// administrator, who read the students' whole records anyway.
    All,
    /// The open enrolments (requested, waitlisted, approved, active) — a provider sees a
    /// visiting student only while one is open — and every enrolment of the viewer's
    /// own school's pupils: those who manage the group and its teachers.
    Teaching(Option<OrganizationId>),
    /// Only those of the actor's own students: a home school in the network.
    OfHome(OrganizationId),
}

impl Actor {
    /// The enrolments of a group the actor may read, and the students in them (in the
    /// teaching view).
    pub fn read_roster(&self, g: &GroupAccess) -> Result<(CanRead<GroupId>, Roster), Denied> {
        let cap = self.read_group(g)?;
        if self.role == Role::Admin || self.municipality_wide() {
            return Ok((cap, Roster::All));
        }
        if self.manage_group(g).is_ok() || self.role == Role::Teacher {
            return Ok((cap, Roster::Teaching(self.organization)));
        }
        match self.organization {
            Some(o) => Ok((cap, Roster::OfHome(o))),
            None => Err(Denied::NotFound),
        }
    }
}

impl Actor {
    /// Taking and correcting a session's register: the group's teachers and those who
    /// manage the group (the provider's administration, the network's managers).
    pub fn take_register(&self, g: &GroupAccess) -> Result<CanManage<GroupId>, Denied> {
        self.read_group(g)?;
        if self.role == Role::Teacher && g.teacher_users.contains(&self.user) {
            return Ok(CanManage {
                target: g.id,
                extent: Extent::Full,
            });
        }
        self.manage_group(g)
    }
}
