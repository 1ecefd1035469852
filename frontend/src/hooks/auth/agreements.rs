//! What the user may do with agreements, decided by `domain::access` on the same facts
//! the server builds: the network (members, today's coordinator) and the parties.

use domain::access::{AgreementAccess, OwnerAccess};
use domain::{AgreementId, OrganizationId, ProgrammeId, Role};
use uuid::Uuid;
use wire::agreement::Agreement;
use wire::network::Network;

use super::{Perms, network_facts};

/// Who may be the base organization of a new agreement the user drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drafting {
    /// Those who manage the network: any member.
    AnyMember,
    /// A school's administration: only its own school.
    OwnSchool(Uuid),
}

/// The access facts of a loaded agreement, as `store::agreements::access` builds them.
pub fn agreement_access(a: &Agreement, n: &Network, today: chrono::NaiveDate) -> AgreementAccess {
    let mut parties = vec![OrganizationId(a.content.base_organization_id)];
    for p in &a.content.participant_ids {
        if !parties.contains(&OrganizationId(*p)) {
            parties.push(OrganizationId(*p));
        }
    }
    AgreementAccess {
        id: AgreementId(a.id),
        network: network_facts(n, today),
        base: OrganizationId(a.content.base_organization_id),
        parties,
    }
}

fn today() -> chrono::NaiveDate {
    crate::today::today()
}

impl Perms {
    /// «Новый договор»: `None` when the user may not draft in this network.
    pub fn draft_agreement(&self, n: &Network) -> Option<Drafting> {
        let a = self.0.as_ref()?;
        let facts = network_facts(n, today());
        if a.manage_network(&facts).is_ok() {
            return Some(Drafting::AnyMember);
        }
        let own = a.organization.filter(|_| a.role == Role::SchoolAdmin)?;
        a.draft_agreement_in(&facts, own)
            .ok()
            .map(|_| Drafting::OwnSchool(own.as_uuid()))
    }

    /// Editing a draft, sending it for signature, returning it, terminating, new versions.
    pub fn manage_agreement(&self, agr: &Agreement, n: &Network) -> bool {
        self.0.as_ref().is_some_and(|a| {
            a.manage_agreement(&agreement_access(agr, n, today()))
                .is_ok()
        })
    }

    /// The organization the user signs for, when the user is the administration of a party.
    pub fn signs_for(&self, agr: &Agreement, n: &Network) -> Option<Uuid> {
        let a = self.0.as_ref()?;
        a.sign_agreement(&agreement_access(agr, n, today()))
            .ok()
            .map(|c| c.organization().as_uuid())
    }
}

/// Whose documents are shown: the owner with the network it belongs to.
#[derive(Debug, Clone, Copy)]
pub enum DocumentsOf<'a> {
    Network(&'a Network),
    Programme(Uuid, &'a Network),
    Agreement(&'a Agreement, &'a Network),
}

impl Perms {
    /// Uploading and deleting documents: as the server decides with `attach_documents`.
    pub fn attach_documents(&self, of: DocumentsOf<'_>) -> bool {
        let Some(a) = self.0.as_ref() else {
            return false;
        };
        let owner = match of {
            DocumentsOf::Network(n) => OwnerAccess::Network(network_facts(n, today())),
            DocumentsOf::Programme(id, n) => OwnerAccess::Programme {
                id: ProgrammeId(id),
                network: network_facts(n, today()),
            },
            DocumentsOf::Agreement(agr, n) => {
                OwnerAccess::Agreement(agreement_access(agr, n, today()))
            }
        };
        a.attach_documents(&owner).is_ok()
    }
}

#[cfg(test)]
mod tests;
