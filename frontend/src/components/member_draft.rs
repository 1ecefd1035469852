//! The membership editor's state and its conversion to [`MembershipInput`].

use chrono::NaiveDate;
use domain::network::MembershipRole;
use uuid::Uuid;
use wire::network::{Membership, MembershipInput, Network};

/// Fields this form shows; other problems go to the alert on top.
pub const FIELDS: [&str; 5] = [
    "organization_id",
    "role",
    "joined_on",
    "left_on",
    "mentor_id",
];

#[derive(Clone, Debug, PartialEq)]
pub struct MemberDraft {
    pub organization_id: String,
    pub role: String,
    pub joined_on: String,
    pub left_on: String,
    pub mentor_id: String,
}

impl MemberDraft {
    pub fn new(n: &Network, editing: Option<&Membership>) -> Self {
        match editing {
            Some(m) => MemberDraft {
                organization_id: m.organization_id.to_string(),
                role: m.role.as_str().to_owned(),
                joined_on: m.joined_on.to_string(),
                left_on: m.left_on.map(|d| d.to_string()).unwrap_or_default(),
                mentor_id: m.mentor_id.map(|d| d.to_string()).unwrap_or_default(),
            },
            None => MemberDraft {
                organization_id: String::new(),
                role: MembershipRole::Participant.as_str().to_owned(),
                joined_on: n.period_from.to_string(),
                left_on: n.period_to.map(|d| d.to_string()).unwrap_or_default(),
                mentor_id: String::new(),
            },
        }
    }

    /// The request body, or the fields that cannot be sent as they are.
    pub fn input(&self, mentoring: bool) -> Result<MembershipInput, Vec<&'static str>> {
        let date = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
        let org = self.organization_id.parse::<Uuid>().ok();
        let role = MembershipRole::parse(&self.role);
        let joined = date(&self.joined_on);
        let left = date(&self.left_on);
        let bad_left = left.is_none() && !self.left_on.trim().is_empty();
        match (org, role, joined) {
            (Some(organization_id), Some(role), Some(joined_on)) if !bad_left => {
                Ok(MembershipInput {
                    organization_id,
                    role,
                    joined_on,
                    left_on: left,
                    mentor_id: (mentoring && role == MembershipRole::Satellite)
                        .then(|| self.mentor_id.parse().ok())
                        .flatten(),
                })
            }
            _ => {
                let checks = [
                    (org.is_none(), "organization_id"),
                    (role.is_none(), "role"),
                    (joined.is_none(), "joined_on"),
                    (bad_left, "left_on"),
                ];
                Err(checks
                    .into_iter()
                    .filter(|(bad, _)| *bad)
                    .map(|(_, f)| f)
                    .collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partner_only_for_satellites_of_mentoring_networks() {
        let mut d = MemberDraft {
            organization_id: Uuid::nil().to_string(),
            role: "satellite".into(),
            joined_on: "2021-09-01".into(),
            left_on: String::new(),
            mentor_id: Uuid::from_u128(7).to_string(),
        };
        let m = d.input(true).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(m.mentor_id, Some(Uuid::from_u128(7)));
        assert_eq!(m.left_on, None);
        assert_eq!(d.input(false).map(|m| m.mentor_id), Ok(None));
        d.organization_id.clear();
        d.left_on = "вчера".into();
        assert_eq!(d.input(true), Err(vec!["organization_id", "left_on"]));
    }
}
