//! Who may see and change what (PRODUCT.md §2), as capability values.
//!
//! A repository operation that changes or reveals scoped data takes a capability such as
//! [`CanManage<OrganizationId>`]. Capabilities have private fields and are made only by
//! the functions here, so a handler that forgot to check access does not compile.
//! Refusals say whether the object must look absent ([`Denied::NotFound`], for anything
//! outside the actor's scope) or visible but not changeable ([`Denied::Forbidden`]).

use crate::ids::{MunicipalityId, NetworkId, OrganizationId, UserId};
use crate::role::Role;

/// The authenticated principal behind a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user: UserId,
    pub role: Role,
    /// The municipality of the account, or of its organization.
    pub municipality: Option<MunicipalityId>,
    pub organization: Option<OrganizationId>,
    /// Organizations that share a network with the actor's organization, both
    /// memberships current today: their records are readable (names, kinds, calendars),
    /// never changeable, and their own records (figures, staff list) stay theirs.
    pub network_peers: Vec<OrganizationId>,
}

/// Why access was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// Outside the actor's scope: answer as if it did not exist.
    NotFound,
    /// Visible, but this role may not do it.
    Forbidden,
}

/// What is known about an organization when deciding access to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgFacts {
    pub id: OrganizationId,
    pub municipality: MunicipalityId,
    pub parent: Option<OrganizationId>,
}

/// Which staff members of an organization an actor sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffView {
    /// The whole staff list (the school itself, the authority, the administrator).
    All,
    /// Only those who teach a group in a network where the viewer's organization and the
    /// staff's organization are both current members.
    NetworkTeachers { viewer: OrganizationId },
}

/// The organizations an actor may see, as a filter for lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visibility {
    All,
    Municipality(MunicipalityId),
    Organizations(Vec<OrganizationId>),
}

/// Proof that the actor may read `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CanRead<T>(T);

/// Proof that the actor may change `T` (or create things inside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CanManage<T> {
    target: T,
    extent: Extent,
}

/// How much of an organization record a manager may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// Every field.
    Full,
    /// Names, address and INN of one's own school; not its status flags, kind, parent,
    /// municipality, external id or active flag, which the authority keeps.
    Details,
}

impl<T: Copy> CanRead<T> {
    pub fn target(&self) -> T {
        self.0
    }
}

impl<T: Copy> CanManage<T> {
    pub fn target(&self) -> T {
        self.target
    }
    pub fn extent(&self) -> Extent {
        self.extent
    }
}

/// Proof that the actor administers user accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserAdministration(());

/// Which audit records an actor may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditScope {
    All,
    Municipality(MunicipalityId),
    /// The records about one student: what the home school may ask of its log.
    Student(crate::ids::StudentId),
}

/// Proof that the actor may read audit records of a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CanReadAudit(AuditScope);

impl CanReadAudit {
    pub fn scope(&self) -> AuditScope {
        self.0
    }
}

impl Actor {
    /// The installation itself, acting for start-up tasks (`setka admin create`, the demo
    /// data). Never built from a request.
    pub fn installation() -> Self {
        Actor {
            user: UserId(uuid::Uuid::nil()),
            role: Role::Admin,
            municipality: None,
            organization: None,
            network_peers: Vec::new(),
        }
    }

    fn municipality_wide(&self) -> bool {
        matches!(self.role, Role::Authority | Role::Integration) && self.organization.is_none()
    }

    /// Which organizations this actor sees.
    pub fn visibility(&self) -> Visibility {
        match (self.role, self.municipality, self.organization) {
            (Role::Admin, _, _) => Visibility::All,
            (_, Some(m), None) if self.municipality_wide() => Visibility::Municipality(m),
            (_, _, Some(o)) => {
                let mut list = vec![o];
                list.extend(self.network_peers.iter().filter(|p| **p != o));
                Visibility::Organizations(list)
            }
            // An account anchored nowhere sees nothing; the user store never makes one.
            _ => Visibility::Organizations(Vec::new()),
        }
    }

    fn sees(&self, org: &OrgFacts) -> bool {
        match self.visibility() {
            Visibility::All => true,
            Visibility::Municipality(m) => m == org.municipality,
            Visibility::Organizations(list) => {
                list.contains(&org.id) || org.parent.is_some_and(|p| list.contains(&p))
            }
        }
    }

    /// Whether an organization is inside the actor's own scope: everything for the
    /// administrator, the municipality for municipality-wide accounts, and for accounts of
    /// one organization that organization and its branches. A network peer is visible but
    /// never inside the scope.
    pub fn owns(&self, org: &OrgFacts) -> bool {
        match (self.role, self.organization) {
            (Role::Admin, _) => true,
            (_, Some(o)) => org.id == o || org.parent == Some(o),
            (_, None) => self.municipality_wide() && self.municipality == Some(org.municipality),
        }
    }

    /// Reading an organization record (names, kind, address) and its calendars: the
    /// actor's own scope and the schools that share a current network with it.
    pub fn read_organization(&self, org: &OrgFacts) -> Result<CanRead<OrganizationId>, Denied> {
        if self.sees(org) {
            Ok(CanRead(org.id))
        } else {
            Err(Denied::NotFound)
        }
    }

    /// Reading an organization's own records — its yearly figures and its whole staff
    /// list: the school itself, the authority and the administrator; a network peer sees
    /// the organization but not these (403).
    pub fn read_school_records(&self, org: &OrgFacts) -> Result<CanRead<OrganizationId>, Denied> {
        let cap = self.read_organization(org)?;
        if self.owns(org) {
            Ok(cap)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Which of an organization's staff the actor sees: all of them inside its own scope;
    /// for a network peer only those who teach in a network both share.
    pub fn read_staff(
        &self,
        org: &OrgFacts,
    ) -> Result<(CanRead<OrganizationId>, StaffView), Denied> {
        let cap = self.read_organization(org)?;
        match self.organization {
            _ if self.owns(org) => Ok((cap, StaffView::All)),
            Some(viewer) => Ok((cap, StaffView::NetworkTeachers { viewer })),
            None => Err(Denied::NotFound),
        }
    }

    /// Changing or deleting an organization record: only inside the actor's own scope.
    /// The authority, a municipality-wide integration and the administrator change every
    /// field; a school's administration and an integration of that school only its
    /// details.
    pub fn manage_organization(&self, org: &OrgFacts) -> Result<CanManage<OrganizationId>, Denied> {
        self.read_organization(org)?;
        if !self.owns(org) {
            return Err(Denied::Forbidden);
        }
        let extent = match (self.role, self.organization) {
            (Role::Admin, _) => Extent::Full,
            (Role::Authority | Role::Integration, None) => Extent::Full,
            (Role::SchoolAdmin | Role::Integration, Some(o)) if o == org.id => Extent::Details,
            _ => return Err(Denied::Forbidden),
        };
        Ok(CanManage {
            target: org.id,
            extent,
        })
    }

    /// Deleting an organization: never by the school itself.
    pub fn delete_organization(&self, org: &OrgFacts) -> Result<CanManage<OrganizationId>, Denied> {
        let cap = self.manage_organization(org)?;
        if cap.extent == Extent::Full {
            Ok(cap)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Creating organizations inside a municipality. A municipality the actor cannot see
    /// is reported as absent.
    pub fn create_organization_in(
        &self,
        municipality: MunicipalityId,
    ) -> Result<CanManage<MunicipalityId>, Denied> {
        self.read_municipality(municipality)?;
        match self.role {
            Role::Admin => Ok(CanManage {
                target: municipality,
                extent: Extent::Full,
            }),
            Role::Authority | Role::Integration if self.municipality_wide() => Ok(CanManage {
                target: municipality,
                extent: Extent::Full,
            }),
            _ => Err(Denied::Forbidden),
        }
    }

    /// Staff, yearly figures and calendars of an organization: the school's own records,
    /// kept by its administration (or an integration of that school), the authority, a
    /// municipality-wide integration and the administrator — never by a network peer.
    pub fn manage_school_records(
        &self,
        org: &OrgFacts,
    ) -> Result<CanManage<OrganizationId>, Denied> {
        self.read_organization(org)?;
        let allowed = self.owns(org)
            && match (self.role, self.organization) {
                (Role::Admin, _) | (Role::Authority | Role::Integration, None) => true,
                (Role::SchoolAdmin | Role::Integration, Some(o)) => o == org.id,
                _ => false,
            };
        if allowed {
            Ok(CanManage {
                target: org.id,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Reading a municipality: its own for everyone anchored in it.
    pub fn read_municipality(&self, m: MunicipalityId) -> Result<CanRead<MunicipalityId>, Denied> {
        if self.role == Role::Admin || self.municipality == Some(m) {
            Ok(CanRead(m))
        } else {
            Err(Denied::NotFound)
        }
    }

    /// Creating, renaming or deleting municipalities.
    pub fn manage_municipality(
        &self,
        m: MunicipalityId,
    ) -> Result<CanManage<MunicipalityId>, Denied> {
        self.read_municipality(m)?;
        if self.role == Role::Admin {
            Ok(CanManage {
                target: m,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// The municipalities list filter: `None` means all.
    pub fn municipality_filter(&self) -> Option<Option<MunicipalityId>> {
        if self.role == Role::Admin {
            None
        } else {
            Some(self.municipality)
        }
    }

    pub fn administer_users(&self) -> Result<UserAdministration, Denied> {
        if self.role == Role::Admin {
            Ok(UserAdministration(()))
        } else {
            Err(Denied::Forbidden)
        }
    }

    pub fn read_audit(&self) -> Result<CanReadAudit, Denied> {
        match (self.role, self.municipality) {
            (Role::Admin, _) => Ok(CanReadAudit(AuditScope::All)),
            (Role::Authority, Some(m)) => Ok(CanReadAudit(AuditScope::Municipality(m))),
            _ => Err(Denied::Forbidden),
        }
    }
}

/// What is known about a network when deciding access to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkFacts {
    pub id: NetworkId,
    pub municipality: MunicipalityId,
    /// Every organization with a membership, past or present.
    pub members: Vec<OrganizationId>,
    /// Organizations coordinating the network now.
    pub coordinators: Vec<OrganizationId>,
}

impl Actor {
    fn in_municipality(&self, m: MunicipalityId) -> bool {
        self.municipality_wide() && self.municipality == Some(m)
    }

    /// Members read their networks; the authority reads those of its municipality.
    pub fn read_network(&self, n: &NetworkFacts) -> Result<CanRead<NetworkId>, Denied> {
        let member = self.organization.is_some_and(|o| n.members.contains(&o));
        if self.role == Role::Admin || self.in_municipality(n.municipality) || member {
            Ok(CanRead(n.id))
        } else {
            Err(Denied::NotFound)
        }
    }

    /// Membership, programmes and plans: the coordinator of the network, the authority
    /// of its municipality and the administrator.
    pub fn manage_network(&self, n: &NetworkFacts) -> Result<CanManage<NetworkId>, Denied> {
        self.read_network(n)?;
        let coordinator = self.role == Role::Coordinator
            && self
                .organization
                .is_some_and(|o| n.coordinators.contains(&o));
        let authority = self.role == Role::Authority && self.in_municipality(n.municipality);
        if self.role == Role::Admin || authority || coordinator {
            Ok(CanManage {
                target: n.id,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Deleting a network: those who created it (authority, administrator), never its
    /// coordinator.
    pub fn delete_network(&self, n: &NetworkFacts) -> Result<CanManage<NetworkId>, Denied> {
        let cap = self.manage_network(n)?;
        if self.role == Role::Coordinator {
            Err(Denied::Forbidden)
        } else {
            Ok(cap)
        }
    }

    /// Bringing an organization into a network. Those who manage the network change the
    /// roles and dates of organizations already in it; only the authority of its
    /// municipality and the administrator bring in a new one, so a school never becomes a
    /// member — visible to the others — without the authority agreeing.
    pub fn add_to_network(
        &self,
        n: &NetworkFacts,
        org: OrganizationId,
    ) -> Result<CanManage<NetworkId>, Denied> {
        let cap = self.manage_network(n)?;
        let authority = self.role == Role::Authority && self.in_municipality(n.municipality);
        if n.members.contains(&org) || self.role == Role::Admin || authority {
            Ok(cap)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Creating networks: the authority in its municipality, the administrator anywhere.
    pub fn create_network_in(
        &self,
        m: MunicipalityId,
    ) -> Result<CanManage<MunicipalityId>, Denied> {
        self.read_municipality(m)?;
        if self.role == Role::Admin || (self.role == Role::Authority && self.in_municipality(m)) {
            Ok(CanManage {
                target: m,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// The networks list filter.
    pub fn network_scope(&self) -> NetworkScope {
        match (self.role, self.municipality, self.organization) {
            (Role::Admin, _, _) => NetworkScope::All,
            (_, Some(m), None) if self.municipality_wide() => NetworkScope::Municipality(m),
            (_, _, Some(o)) => NetworkScope::MemberOf(o),
            _ => NetworkScope::MemberOf(OrganizationId(uuid::Uuid::nil())),
        }
    }
}

/// Which networks an actor may list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkScope {
    All,
    Municipality(MunicipalityId),
    MemberOf(OrganizationId),
}

/// The fields of an organization record a manager of a given extent may change.
pub fn restricted_fields_changed(extent: Extent, changed: &[&'static str]) -> Vec<&'static str> {
    const KEPT_BY_AUTHORITY: [&str; 7] = [
        "kind",
        "parent_id",
        "municipality_id",
        "low_results",
        "adverse_conditions",
        "external_id",
        "active",
    ];
    match extent {
        Extent::Full => Vec::new(),
        Extent::Details => changed
            .iter()
            .copied()
            .filter(|f| KEPT_BY_AUTHORITY.contains(f))
            .collect(),
    }
}

mod agreements;
mod documents;
mod groups;
mod students;
pub use agreements::{AgreementAccess, CanSign};
pub use documents::OwnerAccess;
pub use groups::{GroupAccess, Roster};
pub use students::{StudentAccess, StudentView};

#[cfg(test)]
mod tests;
