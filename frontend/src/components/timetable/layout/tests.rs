//! The week grid's geometry on the shapes a network's week takes.

use super::*;

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn item(n: u128, day: usize, from: (u32, u32), to: (u32, u32)) -> Item {
    Item {
        id: Uuid::from_u128(n),
        day,
        start: t(from.0, from.1),
        end: t(to.0, to.1),
    }
}

fn block(g: &Grid, n: u128) -> &Block {
    g.blocks
        .iter()
        .find(|b| b.id == Uuid::from_u128(n))
        .unwrap_or_else(|| panic!("block {n} not placed"))
}

#[test]
fn an_empty_week_shows_a_school_day() {
    let g = layout(&[]);
    assert_eq!((g.first_hour, g.last_hour), (8, 17));
    assert_eq!(g.hours().count(), 9);
    assert!((g.height() - 9.0 * 60.0 * PX_PER_MINUTE).abs() < 1e-9);
    assert!(g.blocks.is_empty());
}

#[test]
fn times_become_positions() {
    let g = layout(&[item(1, 1, (14, 30), (15, 10))]);
    let b = block(&g, 1);
    // The grid starts an hour before: 14:30 is 1 h 30 min below 13:00.
    assert_eq!((g.first_hour, g.last_hour), (13, 19));
    assert!((b.top - 90.0 * PX_PER_MINUTE).abs() < 1e-9);
    assert!((b.height - 40.0 * PX_PER_MINUTE).abs() < 1e-9);
    assert_eq!((b.day, b.lane, b.lanes), (1, 0, 1));
    assert!((b.width_percent() - 100.0).abs() < 1e-9);
    assert!((g.hour_top(14) - 60.0 * PX_PER_MINUTE).abs() < 1e-9);
}

#[test]
fn the_hours_span_the_sessions_with_an_hour_around() {
    let g = layout(&[item(1, 0, (7, 45), (8, 30)), item(2, 4, (18, 10), (19, 30))]);
    assert_eq!((g.first_hour, g.last_hour), (6, 21));
    assert!((block(&g, 1).top - 105.0 * PX_PER_MINUTE).abs() < 1e-9);
    // Late evening: widened upwards when the day has no hours left below.
    let late = layout(&[item(1, 0, (22, 0), (23, 30))]);
    assert_eq!((late.first_hour, late.last_hour), (18, 24));
}

#[test]
fn a_short_session_is_drawn_readable() {
    let g = layout(&[item(1, 0, (9, 0), (9, 10))]);
    assert!((block(&g, 1).height - MIN_HEIGHT).abs() < 1e-9);
}

#[test]
fn overlapping_sessions_share_the_day_side_by_side() {
    // A teacher's conflict: two groups at 14:30 on Tuesday, a third later on.
    let g = layout(&[
        item(1, 1, (14, 30), (15, 10)),
        item(2, 1, (14, 50), (15, 30)),
        item(3, 1, (16, 0), (16, 40)),
    ]);
    let (a, b, c) = (block(&g, 1), block(&g, 2), block(&g, 3));
    assert_eq!((a.lane, a.lanes), (0, 2));
    assert_eq!((b.lane, b.lanes), (1, 2));
    assert!((b.left_percent() - 50.0).abs() < 1e-9);
    assert!((b.width_percent() - 50.0).abs() < 1e-9);
    // Not overlapping: the whole column.
    assert_eq!((c.lane, c.lanes), (0, 1));
}

#[test]
fn a_freed_lane_is_reused_within_a_cluster() {
    // 1 runs long; 2 and 3 follow one another beside it: two lanes, not three.
    let g = layout(&[
        item(1, 2, (9, 0), (11, 0)),
        item(2, 2, (9, 0), (9, 45)),
        item(3, 2, (10, 0), (10, 45)),
    ]);
    assert_eq!(block(&g, 1).lanes, 2);
    assert_eq!((block(&g, 2).lane, block(&g, 3).lane), (1, 1));
    assert_eq!(block(&g, 3).lanes, 2);
}

#[test]
fn three_at_once_make_three_lanes() {
    let g = layout(&[
        item(1, 0, (10, 0), (10, 45)),
        item(2, 0, (10, 0), (10, 45)),
        item(3, 0, (10, 15), (11, 0)),
    ]);
    let lanes: Vec<usize> = [1, 2, 3].iter().map(|n| block(&g, *n).lane).collect();
    assert_eq!(lanes, [0, 1, 2]);
    assert!(g.blocks.iter().all(|b| b.lanes == 3));
}

#[test]
fn days_do_not_mix_and_touching_sessions_do_not_overlap() {
    let g = layout(&[
        item(1, 1, (14, 30), (15, 10)),
        item(2, 3, (14, 30), (15, 10)),
        item(3, 1, (15, 10), (15, 50)),
    ]);
    assert!(g.blocks.iter().all(|b| b.lanes == 1 && b.lane == 0));
}

#[test]
fn blocks_drawn_taller_than_their_time_do_not_cover_the_next() {
    // 9:00–9:10 is drawn 34 px tall, reaching past 9:20.
    let g = layout(&[item(1, 0, (9, 0), (9, 10)), item(2, 0, (9, 20), (10, 0))]);
    assert_eq!(block(&g, 2).lanes, 2);
    assert_eq!(block(&g, 2).lane, 1);
}
