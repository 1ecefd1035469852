//! Where the blocks of the week grid go: pure geometry, tested on the host.
//!
//! Time runs down the page at a fixed scale from the first to the last hour shown;
//! sessions that overlap on one day share its column side by side, each cluster of
//! overlapping sessions split into as many lanes as it needs at most at one moment.

use chrono::{NaiveTime, Timelike};
use uuid::Uuid;

/// Vertical scale: pixels per minute (an hour is 96 px, so a 40-minute lesson shows its
/// time, group, place and teacher).
pub const PX_PER_MINUTE: f64 = 96.0 / 60.0;
/// A block is never shorter than this, so its name and time stay readable.
pub const MIN_HEIGHT: f64 = 36.0;
/// The hours of an empty week: a school day.
const DAY_FROM: u32 = 8;
const DAY_TO: u32 = 17;
/// At least this many hours are shown, so a week of afternoon lessons is not a strip.
const MIN_HOURS: u32 = 6;

/// A session to place: its column (day of the week from 0) and times.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: Uuid,
    pub day: usize,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// A placed session.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub id: Uuid,
    pub day: usize,
    /// Pixels from the top of the grid.
    pub top: f64,
    pub height: f64,
    /// Its lane among `lanes` side by side.
    pub lane: usize,
    pub lanes: usize,
}

impl Block {
    pub fn left_percent(&self) -> f64 {
        100.0 * self.lane as f64 / self.lanes.max(1) as f64
    }

    pub fn width_percent(&self) -> f64 {
        100.0 / self.lanes.max(1) as f64
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub first_hour: u32,
    /// The hour the grid ends at (exclusive of lines below it).
    pub last_hour: u32,
    pub blocks: Vec<Block>,
}

impl Grid {
    pub fn height(&self) -> f64 {
        f64::from((self.last_hour - self.first_hour) * 60) * PX_PER_MINUTE
    }

    /// The hours labelled down the side.
    pub fn hours(&self) -> impl Iterator<Item = u32> {
        self.first_hour..self.last_hour
    }

    /// Pixels from the top to the line of hour `h`.
    pub fn hour_top(&self, h: u32) -> f64 {
        f64::from(h.saturating_sub(self.first_hour) * 60) * PX_PER_MINUTE
    }
}

fn minutes(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

/// Where a block ends on screen: at its end, or lower when it is shorter than a block
/// can be drawn (so drawn blocks never cover each other).
fn drawn_end(it: &Item) -> u32 {
    let least = (MIN_HEIGHT / PX_PER_MINUTE).ceil() as u32;
    minutes(it.end).max(minutes(it.start) + least)
}

/// The hours shown: an hour before the first session to an hour after the last, at
/// least six hours (widened downwards first); 8:00–17:00 for an empty week.
pub fn hour_span(items: &[Item]) -> (u32, u32) {
    let first = items.iter().map(|i| minutes(i.start) / 60).min();
    let last = items.iter().map(|i| drawn_end(i).div_ceil(60)).max();
    let (Some(first), Some(last)) = (first, last) else {
        return (DAY_FROM, DAY_TO);
    };
    let mut from = first.saturating_sub(1);
    let mut to = (last + 1).min(24);
    while to - from < MIN_HOURS && (to < 24 || from > 0) {
        if to < 24 {
            to += 1;
        } else {
            from -= 1;
        }
    }
    (from, to)
}

/// Places every item: its top and height from its times, its lane among the sessions
/// it overlaps on that day.
pub fn layout(items: &[Item]) -> Grid {
    let (first_hour, last_hour) = hour_span(items);
    let origin = first_hour * 60;
    let mut sorted: Vec<&Item> = items.iter().collect();
    // Longer sessions first at the same start, so they take the left lane.
    sorted.sort_by_key(|i| {
        (
            i.day,
            minutes(i.start),
            std::cmp::Reverse(minutes(i.end)),
            i.id,
        )
    });
    let mut blocks = Vec::with_capacity(items.len());
    // The cluster being built: indices into `blocks`, the lanes' ends, its day and end.
    let mut cluster: Vec<usize> = Vec::new();
    let mut lane_ends: Vec<u32> = Vec::new();
    let mut cluster_end = 0u32;
    let mut cluster_day = usize::MAX;
    let close = |blocks: &mut Vec<Block>, cluster: &mut Vec<usize>, lanes: usize| {
        for &b in cluster.iter() {
            blocks[b].lanes = lanes;
        }
        cluster.clear();
    };
    for it in sorted {
        let (start, end) = (minutes(it.start), drawn_end(it));
        if it.day != cluster_day || start >= cluster_end {
            close(&mut blocks, &mut cluster, lane_ends.len());
            lane_ends.clear();
            cluster_day = it.day;
            cluster_end = 0;
        }
        let lane = match lane_ends.iter().position(|e| *e <= start) {
            Some(l) => {
                lane_ends[l] = end;
                l
            }
            None => {
                lane_ends.push(end);
                lane_ends.len() - 1
            }
        };
        cluster_end = cluster_end.max(end);
        cluster.push(blocks.len());
        let top = f64::from(start.saturating_sub(origin)) * PX_PER_MINUTE;
        let height =
            (f64::from(minutes(it.end).saturating_sub(start)) * PX_PER_MINUTE).max(MIN_HEIGHT);
        blocks.push(Block {
            id: it.id,
            day: it.day,
            top,
            height,
            lane,
            lanes: 1,
        });
    }
    close(&mut blocks, &mut cluster, lane_ends.len());
    Grid {
        first_hour,
        last_hour,
        blocks,
    }
}

#[cfg(test)]
mod tests;
