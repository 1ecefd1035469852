//! The week view's address (`?week=2021-09-13&by=teacher&staff_id=…`), what it asks the
//! API for, and the choices of its filters, taken from the network's groups.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use wire::group::{Group, Place, TimetableQuery};

use crate::components::map_layout::natural_key;

/// What the week is shown by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum By {
    /// The whole network.
    #[default]
    All,
    Group,
    Teacher,
    Place,
    Organization,
}

impl By {
    pub const ALL: [By; 5] = [By::All, By::Group, By::Teacher, By::Place, By::Organization];

    pub fn key(self) -> &'static str {
        match self {
            By::All => "all",
            By::Group => "group",
            By::Teacher => "teacher",
            By::Place => "place",
            By::Organization => "organization",
        }
    }

    pub fn parse(s: Option<&str>) -> Self {
        Self::ALL
            .into_iter()
            .find(|b| Some(b.key()) == s)
            .unwrap_or_default()
    }
}

/// The page's query string.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct WeekQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Minutes a teacher needs between two schools.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<u32>,
}

impl WeekQuery {
    pub fn by(&self) -> By {
        By::parse(self.by.as_deref())
    }

    /// The API's query for the week from `monday`: only the filter of the chosen view.
    pub fn to_api(&self, monday: NaiveDate) -> TimetableQuery {
        let mut q = TimetableQuery {
            from: Some(monday),
            to: Some(monday + Duration::days(6)),
            travel_gap_minutes: self.gap,
            ..TimetableQuery::default()
        };
        match self.by() {
            By::All => {}
            By::Group => q.group_id = self.group_id,
            By::Teacher => q.staff_id = self.staff_id,
            By::Organization => q.organization_id = self.organization_id,
            By::Place => {
                q.organization_id = self.organization_id;
                q.place = self.place.clone().filter(|p| !p.trim().is_empty());
            }
        }
        q
    }

    /// The same view another week.
    pub fn at_week(&self, monday: NaiveDate) -> Self {
        WeekQuery {
            week: Some(super::week::week_param(monday)),
            ..self.clone()
        }
    }

    /// Another view: the filters of the others are dropped.
    pub fn with_by(&self, by: By) -> Self {
        WeekQuery {
            week: self.week.clone(),
            by: (by != By::All).then(|| by.key().to_owned()),
            gap: self.gap,
            ..WeekQuery::default()
        }
    }
}

/// «Мельников Дмитрий Сергеевич» → «Мельников Д. С.».
pub fn short_name(full: &str) -> String {
    let mut parts = full.split_whitespace();
    let Some(last) = parts.next() else {
        return String::new();
    };
    let initials: Vec<String> = parts
        .filter_map(|p| p.chars().next())
        .map(|c| format!("{c}."))
        .collect();
    if initials.is_empty() {
        last.to_owned()
    } else {
        format!("{last} {}", initials.join(" "))
    }
}

/// The teachers of the groups, each once, by name.
pub fn teachers(groups: &[Group]) -> Vec<(Uuid, String)> {
    let mut out: Vec<(Uuid, String)> = Vec::new();
    for t in groups.iter().flat_map(|g| &g.teachers) {
        if !out.iter().any(|(id, _)| *id == t.staff_id) {
            out.push((t.staff_id, t.name.clone()));
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// A place as the place filter's value: `<organization>|<name>`.
pub fn place_value(org: Uuid, name: &str) -> String {
    format!("{org}|{name}")
}

pub fn parse_place_value(v: &str) -> Option<(Uuid, String)> {
    let (org, name) = v.split_once('|')?;
    Some((Uuid::parse_str(org).ok()?, name.to_owned()))
}

/// Rooms and resources the groups meet in (their own and their slots'), each once.
pub fn places(groups: &[Group]) -> Vec<(Uuid, String)> {
    let mut out: Vec<(Uuid, String)> = Vec::new();
    let all = groups.iter().flat_map(|g| {
        std::iter::once(&g.input.place).chain(g.input.slots.iter().filter_map(|s| s.place.as_ref()))
    });
    for p in all {
        if let Place::Room {
            organization_id,
            name,
        }
        | Place::Resource {
            organization_id,
            name,
        } = p
        {
            let key = p.booking_key();
            let seen = out.iter().any(|(o, n)| {
                Place::Room {
                    organization_id: *o,
                    name: n.clone(),
                }
                .booking_key()
                    == key
            });
            if !seen {
                out.push((*organization_id, name.clone()));
            }
        }
    }
    out.sort_by_key(|(_, n)| natural_key(n));
    out
}

#[cfg(test)]
mod tests;
