//! The signed-in session as a context, and what the user may do.
//!
//! Permissions come from `domain::access`, the same rules the server enforces, so the UI
//! shows a button exactly when the server would accept the action.

use std::rc::Rc;

use domain::access::{Actor, Extent, NetworkFacts, OrgFacts};
use domain::network::coordinators_on;
use domain::period::Period;
use domain::{MunicipalityId, NetworkId, OrganizationId, Role, UserId};
use wire::auth::Me;
use wire::network::Network;
use wire::organization::Organization;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::i18n::use_i18n;
use crate::services::Api;

mod agreements;
mod groups;
pub use agreements::DocumentsOf;

pub use agreements::Drafting;

#[derive(Clone, Debug, PartialEq)]
pub enum Session {
    /// Asking the server whether the refresh cookie still holds a session.
    Restoring,
    Anonymous,
    SignedIn(Rc<Me>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Auth {
    pub session: Session,
    pub api: Api,
    set_session: Callback<Session>,
}

impl Auth {
    pub fn me(&self) -> Option<&Me> {
        match &self.session {
            Session::SignedIn(me) => Some(me),
            _ => None,
        }
    }

    pub fn signed_in(&self, me: Me) {
        crate::today::set_offset_minutes(me.utc_offset_minutes);
        self.set_session.emit(Session::SignedIn(Rc::new(me)));
    }

    pub fn logout(&self) {
        let api = self.api.clone();
        let set = self.set_session.clone();
        spawn_local(async move {
            api.logout().await;
            set.emit(Session::Anonymous);
        });
    }

    pub fn perms(&self) -> Perms {
        Perms(self.me().map(actor))
    }
}

fn actor(me: &Me) -> Actor {
    Actor {
        user: UserId(me.id),
        role: me.role,
        municipality: me.municipality_id.map(MunicipalityId),
        organization: me.organization_id.map(OrganizationId),
        // Only widens what may be read; the server knows them, the UI does not need them.
        network_peers: Vec::new(),
    }
}

fn facts(org: &Organization) -> OrgFacts {
    OrgFacts {
        id: OrganizationId(org.id),
        municipality: MunicipalityId(org.municipality_id),
        parent: org.parent_id.map(OrganizationId),
    }
}

/// The access facts of a loaded network: every member, and who coordinates it `today`.
pub fn network_facts(n: &Network, today: chrono::NaiveDate) -> NetworkFacts {
    let mut members: Vec<OrganizationId> = n
        .members
        .iter()
        .map(|m| OrganizationId(m.organization_id))
        .collect();
    members.dedup();
    let coordinators = match Period::new(n.period_from, n.period_to) {
        Ok(network) => coordinators_on(
            &network,
            n.members.iter().map(|m| {
                (
                    OrganizationId(m.organization_id),
                    m.role,
                    m.joined_on,
                    m.left_on,
                )
            }),
            today,
        ),
        Err(_) => Vec::new(),
    };
    NetworkFacts {
        id: NetworkId(n.id),
        municipality: MunicipalityId(n.municipality_id),
        members,
        coordinators,
    }
}

/// What the signed-in user may do, for showing and hiding controls.
#[derive(Clone, Debug, PartialEq)]
pub struct Perms(Option<Actor>);

impl Perms {
    fn role(&self) -> Option<Role> {
        self.0.as_ref().map(|a| a.role)
    }

    /// Users anchored in one school work with «Моя школа», not with a list.
    pub fn own_school(&self) -> Option<uuid::Uuid> {
        match self.role()? {
            Role::Coordinator | Role::SchoolAdmin | Role::Teacher => self
                .0
                .as_ref()
                .and_then(|a| a.organization)
                .map(|o| o.as_uuid()),
            _ => None,
        }
    }

    /// The school whose desk («Моя школа») the user keeps: a school's administration.
    pub fn school_desk(&self) -> Option<uuid::Uuid> {
        match self.role()? {
            Role::SchoolAdmin => self
                .0
                .as_ref()
                .and_then(|a| a.organization)
                .map(|o| o.as_uuid()),
            _ => None,
        }
    }

    /// Teachers land on «Мои группы».
    pub fn teaches(&self) -> bool {
        self.role() == Some(Role::Teacher)
    }

    pub fn list_organizations(&self) -> bool {
        self.own_school().is_none() && self.0.is_some()
    }

    pub fn create_organization(&self) -> bool {
        match &self.0 {
            Some(a) if a.role == Role::Admin => true,
            Some(a) => a
                .municipality
                .is_some_and(|m| a.create_organization_in(m).is_ok()),
            None => false,
        }
    }

    /// `None`: may not edit; otherwise how much of the record.
    pub fn edit_organization(&self, org: &Organization) -> Option<Extent> {
        let a = self.0.as_ref()?;
        a.manage_organization(&facts(org)).ok().map(|c| c.extent())
    }

    pub fn delete_organization(&self, org: &Organization) -> bool {
        self.0
            .as_ref()
            .is_some_and(|a| a.delete_organization(&facts(org)).is_ok())
    }

    /// Whether the school's own records — its yearly figures and whole staff list — are
    /// the user's to see (a network partner school shows only its teachers in the network).
    pub fn own_records(&self, org: &Organization) -> bool {
        self.0.as_ref().is_some_and(|a| a.owns(&facts(org)))
    }

    pub fn manage_staff(&self, org: &Organization) -> bool {
        self.0
            .as_ref()
            .is_some_and(|a| a.manage_school_records(&facts(org)).is_ok())
    }

    /// Keeping the school's students and requesting their enrolments in network groups
    /// (the home side): its administration and the administrator; the authority reads.
    pub fn manage_students(&self, org: &Organization) -> bool {
        self.0
            .as_ref()
            .is_some_and(|a| a.manage_students_of(&facts(org)).is_ok())
    }

    /// Networks are created by the administrator and the authority (in its municipality).
    pub fn create_network(&self) -> bool {
        match &self.0 {
            Some(a) if a.role == Role::Admin => true,
            Some(a) => a
                .municipality
                .is_some_and(|m| a.create_network_in(m).is_ok()),
            None => false,
        }
    }

    /// Description and membership: administrator, authority, the current coordinator.
    pub fn manage_network(&self, n: &Network) -> bool {
        let today = crate::today::today();
        self.0
            .as_ref()
            .is_some_and(|a| a.manage_network(&network_facts(n, today)).is_ok())
    }

    /// Whether the user may bring `org` into the network: the authority and the
    /// administrator any school, the coordinator only one already in it.
    pub fn add_to_network(&self, n: &Network, org: uuid::Uuid) -> bool {
        let today = crate::today::today();
        self.0.as_ref().is_some_and(|a| {
            a.add_to_network(&network_facts(n, today), OrganizationId(org))
                .is_ok()
        })
    }

    /// Deleting a network is for the administrator and the authority only.
    pub fn delete_network(&self, n: &Network) -> bool {
        self.manage_network(n) && self.role() != Some(Role::Coordinator)
    }

    pub fn users(&self) -> bool {
        self.0
            .as_ref()
            .is_some_and(|a| a.administer_users().is_ok())
    }

    pub fn audit(&self) -> bool {
        self.0.as_ref().is_some_and(|a| a.read_audit().is_ok())
    }
}

#[derive(Properties, PartialEq)]
pub struct AuthProviderProps {
    pub children: Html,
}

#[function_component(AuthProvider)]
pub fn auth_provider(props: &AuthProviderProps) -> Html {
    let i18n = use_i18n();
    let api = use_memo((), |_| Api::default());
    let session = use_state(|| Session::Restoring);
    api.set_lang(i18n.lang());

    let set_session = {
        let session = session.clone();
        Callback::from(move |s: Session| session.set(s))
    };
    {
        let api = (*api).clone();
        let set_session = set_session.clone();
        use_effect_with((), move |_| {
            let lost = set_session.clone();
            api.on_session_lost(Callback::from(move |_| lost.emit(Session::Anonymous)));
            spawn_local(async move {
                let restored = match api.restore().await {
                    Ok(me) => {
                        crate::today::set_offset_minutes(me.utc_offset_minutes);
                        Session::SignedIn(Rc::new(me))
                    }
                    Err(_) => Session::Anonymous,
                };
                set_session.emit(restored);
            });
        });
    }

    let ctx = Auth {
        session: (*session).clone(),
        api: (*api).clone(),
        set_session,
    };
    html! {
        <ContextProvider<Auth> context={ctx}>{ props.children.clone() }</ContextProvider<Auth>>
    }
}

#[hook]
pub fn use_auth() -> Auth {
    let fallback = use_memo((), |_| Api::default());
    use_context::<Auth>().unwrap_or_else(|| Auth {
        session: Session::Anonymous,
        api: (*fallback).clone(),
        set_session: Callback::noop(),
    })
}
