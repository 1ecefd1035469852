//! Sessions as an iCalendar (RFC 5545) document, for staff to subscribe to in their
//! usual calendar. Times are floating (no time zone): they are the school's local
//! times, which is what a teacher's calendar in the same town shows.

use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus};
use store::entities::session;
use uuid::Uuid;

use domain::timetable::Place;

fn place_text(p: &Place, names: &std::collections::HashMap<Uuid, String>) -> String {
    match p {
        Place::Room {
            organization_id,
            name,
        }
        | Place::Resource {
            organization_id,
            name,
        } => match names.get(organization_id) {
            Some(org) => format!("{name}, {org}"),
            None => name.clone(),
        },
        Place::Online { url } => url.clone(),
    }
}

/// One event per session; cancelled sessions stay, marked cancelled, so subscribers see
/// the cancellation instead of a silently vanished lesson.
pub fn render(
    title: &str,
    groups: &[store::groups::Group],
    sessions: &[session::Model],
    names: &std::collections::HashMap<Uuid, String>,
) -> Result<String, store::StoreError> {
    let mut cal = Calendar::new();
    cal.name(title);
    for s in sessions {
        let Some(g) = groups.iter().find(|g| g.id == s.group_id) else {
            continue;
        };
        let place = place_text(&store::sessions::place_or(s, &g.place)?, names);
        let mut e = icalendar::Event::new();
        e.uid(&format!("{}@setka", s.id))
            .summary(&g.name)
            .location(&place)
            .starts(CalendarDateTime::Floating(s.date.and_time(s.start_time)))
            .ends(CalendarDateTime::Floating(s.date.and_time(s.end_time)))
            .status(if s.status == store::sessions::CANCELLED {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            });
        if let Some(reason) = &s.cancel_reason {
            e.description(reason);
        }
        cal.push(e.done());
    }
    Ok(cal.done().to_string())
}
