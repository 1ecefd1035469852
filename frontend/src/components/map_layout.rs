//! Where the boxes and lines of the member map go: pure geometry, tested on the host.
//!
//! Three tiers: the coordinator on top; resource centres, partner schools and social
//! partners in the middle; participants and satellites at the bottom. The coordinator is
//! linked to the middle tier; in a mentoring network each satellite is linked to its
//! partner school, otherwise the resource centres (and partners) serve every participant
//! through a shared line. Long rows wrap; wrapped rows hang off a trunk at the side.

use std::collections::HashSet;

use domain::network::{MembershipRole, NetworkModel};
use uuid::Uuid;
use wire::network::Network;

pub const BOX_W: i32 = 152;
pub const BOX_H: i32 = 36;
const GAP_X: i32 = 12;
const ROW_GAP: i32 = 56;
const MARGIN: i32 = 18;
const PER_ROW: usize = 7;
const MAX_CHARS: usize = 21;

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub org: Uuid,
    pub name: String,
    pub role: MembershipRole,
    pub mentor: Option<Uuid>,
    pub x: i32,
    pub y: i32,
}

impl Node {
    pub fn cx(&self) -> i32 {
        self.x + BOX_W / 2
    }
}

/// A drawn connection: an SVG path and its kind (for the colour).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub d: String,
    pub kind: &'static str,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub width: i32,
    pub height: i32,
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
}

fn tier(role: MembershipRole) -> usize {
    match role {
        MembershipRole::Coordinator => 0,
        MembershipRole::ResourceCentre
        | MembershipRole::Partner
        | MembershipRole::SocialPartner => 1,
        MembershipRole::Participant | MembershipRole::Satellite => 2,
    }
}

/// «СОШ № 9» before «СОШ № 14»: digit runs compare as numbers.
pub fn natural_key(name: &str) -> Vec<(String, u64)> {
    let mut key = Vec::new();
    let mut text = String::new();
    let mut number: Option<u64> = None;
    for c in name.chars() {
        match (c.to_digit(10), number) {
            (Some(d), n) => {
                number = Some(
                    n.unwrap_or(0)
                        .saturating_mul(10)
                        .saturating_add(u64::from(d)),
                )
            }
            (None, Some(n)) => {
                key.push((std::mem::take(&mut text), n));
                number = None;
                text.push(c);
            }
            (None, None) => text.push(c),
        }
    }
    key.push((text, number.unwrap_or(0)));
    key
}

/// Each organization once per role, in the order of the tiers.
fn distinct(n: &Network) -> [Vec<Node>; 3] {
    let mut seen = HashSet::new();
    let mut tiers: [Vec<Node>; 3] = Default::default();
    let mut members = n.members.clone();
    members.sort_by_key(|m| (m.role, natural_key(&m.organization_name)));
    for m in members {
        if seen.insert((m.organization_id, m.role)) {
            tiers[tier(m.role)].push(Node {
                org: m.organization_id,
                name: m.organization_name.clone(),
                role: m.role,
                mentor: m.mentor_id,
                x: 0,
                y: 0,
            });
        }
    }
    tiers
}

/// Places the nodes and routes the links.
pub fn layout(n: &Network) -> Layout {
    let [top, middle, mut bottom] = distinct(n);
    let mentoring = n.model == NetworkModel::Mentoring;
    if mentoring {
        // Satellites under their partners, so the links do not cross.
        let pos = |m: Option<Uuid>| middle.iter().position(|p| Some(p.org) == m);
        bottom.sort_by_key(|s| pos(s.mentor).unwrap_or(usize::MAX));
    }
    let tiers: Vec<Vec<Node>> = [top, middle, bottom]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    let widest = tiers
        .iter()
        .flat_map(|t| t.chunks(PER_ROW))
        .map(|r| r.len() as i32)
        .max()
        .unwrap_or(0);
    let width = 2 * MARGIN + widest * BOX_W + (widest - 1).max(0) * GAP_X;
    let mut y = MARGIN;
    // Per tier: its rows, each a list of node indices.
    let mut nodes = Vec::new();
    let mut rows: Vec<Vec<Vec<usize>>> = Vec::new();
    for t in tiers {
        let mut tier_rows = Vec::new();
        for chunk in t.chunks(PER_ROW) {
            let len = chunk.len() as i32;
            let row_w = len * BOX_W + (len - 1) * GAP_X;
            let mut x = (width - row_w) / 2;
            let mut row = Vec::new();
            for node in chunk {
                row.push(nodes.len());
                nodes.push(Node {
                    x,
                    y,
                    ..node.clone()
                });
                x += BOX_W + GAP_X;
            }
            tier_rows.push(row);
            y += BOX_H + ROW_GAP;
        }
        rows.push(tier_rows);
    }
    let height = y - ROW_GAP + MARGIN;
    let mut links = Vec::new();
    let serves =
        |r: MembershipRole| matches!(r, MembershipRole::ResourceCentre | MembershipRole::Partner);
    for pair in rows.windows(2) {
        let (parents, children) = (&pair[0], &pair[1]);
        let parent_role = parents
            .first()
            .and_then(|r| r.first())
            .map(|&i| nodes[i].role);
        if parent_role == Some(MembershipRole::Coordinator) {
            bus(
                &nodes,
                parents,
                children,
                MARGIN / 2,
                "coordinator",
                &mut links,
            );
        } else if mentoring {
            for row in children {
                for &c in row {
                    let child = &nodes[c];
                    if let Some(p) = nodes
                        .iter()
                        .find(|p| Some(p.org) == child.mentor && serves(p.role))
                    {
                        links.push(Link {
                            d: format!("M{} {} L{} {}", p.cx(), p.y + BOX_H, child.cx(), child.y),
                            kind: "mentor",
                        });
                    }
                }
            }
        } else {
            let servers: Vec<Vec<usize>> = parents
                .iter()
                .map(|r| {
                    r.iter()
                        .copied()
                        .filter(|&i| serves(nodes[i].role))
                        .collect::<Vec<_>>()
                })
                .filter(|r| !r.is_empty())
                .collect();
            bus(
                &nodes,
                &servers,
                children,
                width - MARGIN / 2,
                "serves",
                &mut links,
            );
        }
    }
    Layout {
        width,
        height,
        nodes,
        links,
    }
}

/// Everyone in `parents` linked to everyone in `children` through horizontal buses: one
/// under each parent row, one above each child row, joined by a trunk at `trunk_x`.
fn bus(
    nodes: &[Node],
    parents: &[Vec<usize>],
    children: &[Vec<usize>],
    trunk_x: i32,
    kind: &'static str,
    out: &mut Vec<Link>,
) {
    if parents.is_empty() || children.is_empty() {
        return;
    }
    let single = parents.len() == 1 && children.len() == 1;
    let mut buses: Vec<(i32, Vec<i32>)> = Vec::new();
    for row in parents {
        let y = nodes[row[0]].y + BOX_H;
        let bus_y = if single { y + ROW_GAP / 2 } else { y + 12 };
        for &i in row {
            out.push(Link {
                d: format!("M{} {y} V{bus_y}", nodes[i].cx()),
                kind,
            });
        }
        buses.push((bus_y, row.iter().map(|&i| nodes[i].cx()).collect()));
    }
    for row in children {
        let y = nodes[row[0]].y;
        let bus_y = if single { y - ROW_GAP / 2 } else { y - 12 };
        for &i in row {
            out.push(Link {
                d: format!("M{} {bus_y} V{y}", nodes[i].cx()),
                kind,
            });
        }
        buses.push((bus_y, row.iter().map(|&i| nodes[i].cx()).collect()));
    }
    if single {
        let xs: Vec<i32> = buses
            .iter()
            .flat_map(|(_, xs)| xs.iter().copied())
            .collect();
        let (lo, hi) = (
            xs.iter().min().copied().unwrap_or(0),
            xs.iter().max().copied().unwrap_or(0),
        );
        out.push(Link {
            d: format!("M{lo} {} H{hi}", buses[0].0),
            kind,
        });
        return;
    }
    let ys: Vec<i32> = buses.iter().map(|(y, _)| *y).collect();
    for (y, xs) in &buses {
        let far = if trunk_x < MARGIN {
            xs.iter().max()
        } else {
            xs.iter().min()
        };
        out.push(Link {
            d: format!("M{trunk_x} {y} H{}", far.copied().unwrap_or(trunk_x)),
            kind,
        });
    }
    let (lo, hi) = (
        ys.iter().min().copied().unwrap_or(0),
        ys.iter().max().copied().unwrap_or(0),
    );
    out.push(Link {
        d: format!("M{trunk_x} {lo} V{hi}"),
        kind,
    });
}

pub fn short(name: &str) -> String {
    if name.chars().count() <= MAX_CHARS {
        return name.to_owned();
    }
    let cut: String = name.chars().take(MAX_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests;
