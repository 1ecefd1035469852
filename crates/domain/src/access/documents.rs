//! Who may read and attach documents: whoever may read the object a document belongs to
//! reads it; attaching and removing follow managing that object.

use super::{Actor, AgreementAccess, CanManage, CanRead, Denied, Extent, NetworkFacts};
use crate::document::{DocumentOwner, OwnerKind};
use crate::role::Role;
use crate::{OrganizationId, ProgrammeId};

/// What is known about the object documents are attached to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerAccess {
    Network(NetworkFacts),
    Programme {
        id: ProgrammeId,
        network: NetworkFacts,
    },
    Agreement(AgreementAccess),
}

impl OwnerAccess {
    /// The network the object belongs to (documents are scoped and audited by it).
    pub fn network(&self) -> &NetworkFacts {
        match self {
            Self::Network(n) | Self::Programme { network: n, .. } => n,
            Self::Agreement(a) => &a.network,
        }
    }

    pub fn owner(&self) -> DocumentOwner {
        match self {
            Self::Network(n) => DocumentOwner {
                kind: OwnerKind::Network,
                id: n.id.as_uuid(),
            },
            Self::Programme { id, .. } => DocumentOwner {
                kind: OwnerKind::Programme,
                id: id.as_uuid(),
            },
            Self::Agreement(a) => DocumentOwner {
                kind: OwnerKind::Agreement,
                id: a.id.as_uuid(),
            },
        }
    }
}

impl Actor {
    /// Reading the documents of an object: as reading the object.
    pub fn read_documents(&self, o: &OwnerAccess) -> Result<CanRead<DocumentOwner>, Denied> {
        match o {
            OwnerAccess::Network(n) | OwnerAccess::Programme { network: n, .. } => {
                self.read_network(n)?;
            }
            OwnerAccess::Agreement(a) => {
                self.read_agreement(a)?;
            }
        }
        Ok(CanRead(o.owner()))
    }

    /// Attaching, renaming and removing documents. Network and programme documents are
    /// kept by those who manage the network; an agreement's by those who manage it and
    /// by each party's administration (which attaches the scan it signed).
    pub fn attach_documents(&self, o: &OwnerAccess) -> Result<CanManage<DocumentOwner>, Denied> {
        let allowed = match o {
            OwnerAccess::Network(n) | OwnerAccess::Programme { network: n, .. } => {
                self.manage_network(n).map(|_| ())
            }
            OwnerAccess::Agreement(a) => {
                self.read_agreement(a)?;
                let party_admin = self.role == Role::SchoolAdmin
                    && self
                        .organization
                        .is_some_and(|org| a.parties.contains(&org));
                if party_admin {
                    Ok(())
                } else {
                    self.manage_agreement(a).map(|_| ())
                }
            }
        };
        allowed.map(|()| CanManage {
            target: o.owner(),
            extent: Extent::Full,
        })
    }
}

impl Actor {
    /// Renaming and removing one document. Those who manage the network keep every
    /// document; on an agreement, a party's administration only those its own
    /// organization attached (`attached_for`).
    pub fn manage_document(
        &self,
        o: &OwnerAccess,
        attached_for: Option<OrganizationId>,
    ) -> Result<CanManage<DocumentOwner>, Denied> {
        let cap = self.attach_documents(o)?;
        match o {
            OwnerAccess::Agreement(a) if self.manage_network(&a.network).is_err() => {
                if self.organization.is_some() && self.organization == attached_for {
                    Ok(cap)
                } else {
                    Err(Denied::Forbidden)
                }
            }
            _ => Ok(cap),
        }
    }
}
