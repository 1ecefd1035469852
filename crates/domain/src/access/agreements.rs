//! Agreements: read by the managers of their network and every account of a party,
//! changed by the managers and the base school, signed by each party's administration.

use super::{Actor, CanManage, CanRead, Denied, Extent, NetworkFacts};
use crate::ids::{AgreementId, NetworkId, OrganizationId};
use crate::role::Role;

/// What is known about an agreement when deciding access to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementAccess {
    pub id: AgreementId,
    pub network: NetworkFacts,
    pub base: OrganizationId,
    pub parties: Vec<OrganizationId>,
}

impl Actor {
    fn of_party(&self, a: &AgreementAccess) -> bool {
        self.organization.is_some_and(|o| a.parties.contains(&o))
    }

    /// Parties, those who manage the network, the authority and the administrator read
    /// an agreement; other members of the network do not see it.
    pub fn read_agreement(&self, a: &AgreementAccess) -> Result<CanRead<AgreementId>, Denied> {
        let manages = self.manage_network(&a.network).is_ok();
        if manages
            || self.of_party(a)
            || (self.role == Role::Authority && self.read_network(&a.network).is_ok())
        {
            Ok(CanRead(a.id))
        } else {
            Err(Denied::NotFound)
        }
    }

    /// Drafting, sending for signature, terminating and new versions: those who manage
    /// the network and the administration of the base organization.
    pub fn manage_agreement(&self, a: &AgreementAccess) -> Result<CanManage<AgreementId>, Denied> {
        self.read_agreement(a)?;
        let base_admin = self.role == Role::SchoolAdmin && self.organization == Some(a.base);
        if self.manage_network(&a.network).is_ok() || base_admin {
            Ok(CanManage {
                target: a.id,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Signing for one's own organization: only its administration, only as a party.
    pub fn sign_agreement(&self, a: &AgreementAccess) -> Result<CanSign, Denied> {
        self.read_agreement(a)?;
        match self.organization {
            Some(o) if self.role == Role::SchoolAdmin && a.parties.contains(&o) => Ok(CanSign {
                agreement: a.id,
                organization: o,
            }),
            _ => Err(Denied::Forbidden),
        }
    }

    /// Drafting a new agreement in a network.
    pub fn draft_agreement_in(
        &self,
        n: &NetworkFacts,
        base: OrganizationId,
    ) -> Result<CanManage<NetworkId>, Denied> {
        self.read_network(n)?;
        let base_admin = self.role == Role::SchoolAdmin && self.organization == Some(base);
        if self.manage_network(n).is_ok() || base_admin {
            Ok(CanManage {
                target: n.id,
                extent: Extent::Full,
            })
        } else {
            Err(Denied::Forbidden)
        }
    }
}

/// Proof that the actor signs an agreement for one organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CanSign {
    agreement: AgreementId,
    organization: OrganizationId,
}

impl CanSign {
    pub fn agreement(&self) -> AgreementId {
        self.agreement
    }
    pub fn organization(&self) -> OrganizationId {
        self.organization
    }
}
