//! Students (PRODUCT.md §2): the home school's administration sees its students in full
//! and keeps their records; the authority reads the students of its municipality; a
//! provider school, the coordinator of the network and the teachers of a group see a
//! visiting student — in the teaching view only — while the student has an open
//! enrolment (requested, waitlisted, approved or active) with them; nobody else knows the
//! student exists.

use super::{Actor, AuditScope, CanManage, CanRead, CanReadAudit, Denied, Extent, OrgFacts};
use crate::ids::{OrganizationId, StudentId, UserId};
use crate::role::Role;

/// What is known about a student when deciding access.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudentAccess {
    pub id: StudentId,
    pub home: OrgFacts,
    /// Providers of the groups in which the student has an open enrolment.
    pub providers: Vec<OrganizationId>,
    /// Coordinators today of the networks of those groups.
    pub coordinators: Vec<OrganizationId>,
    /// Accounts of the teachers of those groups.
    pub teacher_users: Vec<UserId>,
}

/// How much of a student record the actor sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StudentView {
    /// The whole record: date of birth, external id, consent.
    Full,
    /// What teaching needs: name, grade, class and home school.
    Teaching,
}

impl Actor {
    /// The whole records of an organization's students: its own administration (or an
    /// integration of it), the authority and a municipality-wide integration of its
    /// municipality, the administrator. Another school and a teacher see no list (a
    /// school they can see answers 403, one they cannot 404).
    pub fn read_students_of(&self, org: &OrgFacts) -> Result<CanRead<OrganizationId>, Denied> {
        let cap = self.read_organization(org)?;
        let allowed = self.owns(org)
            && match (self.role, self.organization) {
                (Role::Admin, _) | (Role::Authority | Role::Integration, None) => true,
                (Role::SchoolAdmin | Role::Integration, Some(o)) => o == org.id,
                _ => false,
            };
        if allowed {
            Ok(cap)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Adding and changing an organization's students: its administration, an integration
    /// of the school or of its municipality, the administrator. The authority reads them.
    pub fn manage_students_of(&self, org: &OrgFacts) -> Result<CanManage<OrganizationId>, Denied> {
        self.read_students_of(org)?;
        if self.role == Role::Authority {
            return Err(Denied::Forbidden);
        }
        Ok(CanManage {
            target: org.id,
            extent: Extent::Full,
        })
    }

    /// Reading one student, and in which view.
    pub fn read_student(
        &self,
        s: &StudentAccess,
    ) -> Result<(CanRead<StudentId>, StudentView), Denied> {
        if self.read_students_of(&s.home).is_ok() {
            return Ok((CanRead(s.id), StudentView::Full));
        }
        let mine = |list: &[OrganizationId]| self.organization.is_some_and(|o| list.contains(&o));
        let teaching = match self.role {
            Role::SchoolAdmin => mine(&s.providers),
            Role::Coordinator => mine(&s.coordinators),
            Role::Teacher => s.teacher_users.contains(&self.user),
            _ => false,
        };
        if teaching {
            Ok((CanRead(s.id), StudentView::Teaching))
        } else {
            Err(Denied::NotFound)
        }
    }

    /// Changing one student's record: those who manage the home school's students; a
    /// provider that sees the student may not (403).
    pub fn manage_student(&self, s: &StudentAccess) -> Result<CanManage<StudentId>, Denied> {
        self.read_student(s)?;
        self.manage_students_of(&s.home)
            .map(|_| CanManage {
                target: s.id,
                extent: Extent::Full,
            })
            .map_err(|_| Denied::Forbidden)
    }

    /// The audit records about one student — who changed and who read the record — for
    /// whoever sees the whole record: the home school answers «кто смотрел данные этого
    /// ребёнка» without reading the rest of the log.
    pub fn read_student_audit(&self, s: &StudentAccess) -> Result<CanReadAudit, Denied> {
        match self.read_student(s)? {
            (_, StudentView::Full) => Ok(CanReadAudit(AuditScope::Student(s.id))),
            (_, StudentView::Teaching) => Err(Denied::Forbidden),
        }
    }
}
