use chrono::{DateTime, TimeZone, Utc};

use super::*;

fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 8, 20, hour, minute, 0).unwrap()
}

fn waiting(id: u128, hour: u32, minute: u32) -> Waiting {
    Waiting {
        id: enrolment(id),
        requested_at: at(hour, minute),
    }
}

#[test]
fn the_queue_is_by_request_time_then_id() {
    let mut w = vec![
        waiting(5, 10, 30),
        waiting(3, 9, 0),
        waiting(9, 10, 0),
        waiting(2, 10, 0),
    ];
    queue(&mut w);
    let ids: Vec<_> = w.iter().map(|x| x.id).collect();
    assert_eq!(
        ids,
        [enrolment(3), enrolment(2), enrolment(9), enrolment(5)]
    );
    // Any starting order gives the same queue.
    let mut reversed: Vec<_> = w.iter().rev().copied().collect();
    queue(&mut reversed);
    assert_eq!(reversed, w);
}

#[test]
fn positions_are_one_based_and_order_free() {
    let w = [
        waiting(5, 10, 30),
        waiting(3, 9, 0),
        waiting(9, 10, 0),
        waiting(2, 10, 0),
    ];
    assert_eq!(position(&w, enrolment(3)), Some(1));
    assert_eq!(position(&w, enrolment(2)), Some(2));
    assert_eq!(position(&w, enrolment(9)), Some(3));
    assert_eq!(position(&w, enrolment(5)), Some(4));
    assert_eq!(position(&w, enrolment(77)), None);
    assert_eq!(
        offer_order(&w),
        [enrolment(3), enrolment(2), enrolment(9), enrolment(5)]
    );
}

#[test]
fn the_seat_goes_to_the_first_who_still_passes() {
    let q = offer_order(&[waiting(1, 9, 0), waiting(2, 9, 5), waiting(3, 9, 10)]);
    // The first in line lost the consent while waiting.
    let mut asked = Vec::new();
    let got = first_eligible(&q, |id| {
        asked.push(*id);
        *id != enrolment(1)
    });
    assert_eq!(got, Some(&enrolment(2)));
    assert_eq!(
        asked,
        [enrolment(1), enrolment(2)],
        "stops at the first who passes"
    );
    assert_eq!(first_eligible(&q, |_| false), None);
    assert_eq!(first_eligible::<EnrolmentId>(&[], |_| true), None);
}
