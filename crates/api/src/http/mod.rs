//! HTTP handlers. Each module is one resource; handlers translate HTTP to a service or
//! repository call and back, nothing more.

pub mod agreements;
pub mod attendance;
pub mod audit;
pub mod auth;
pub mod calendars;
pub mod documents;
pub mod enrolments;
pub mod feeds;
pub mod figures;
pub mod groups;
pub mod health;
pub mod home_loads;
pub mod memberships;
pub mod middleware;
pub mod municipalities;
pub mod networks;
pub mod organizations;
pub mod programmes;
pub mod sessions;
pub mod spa;
pub mod staff;
pub mod students;
pub mod study_plans;
pub mod support;
pub mod timetable;
pub mod users;

use utoipa_actix_web::service_config::ServiceConfig;

/// Every API route, registered and documented in one place (utoipa-actix-web keeps the
/// two from diverging).
pub fn api_routes(cfg: &mut ServiceConfig) {
    cfg.service(health::health)
        .service(auth::login)
        .service(auth::refresh)
        .service(auth::logout)
        .service(auth::me)
        .service(municipalities::list)
        .service(municipalities::create)
        .service(municipalities::get_one)
        .service(municipalities::update)
        .service(municipalities::remove)
        .service(organizations::list)
        .service(organizations::create)
        // Registered before `/organizations/{id}` so the literal segment wins.
        .service(organizations::upsert_by_external_id)
        .service(organizations::get_one)
        .service(organizations::update)
        .service(organizations::remove)
        .service(figures::list)
        .service(figures::get_one)
        .service(figures::put_one)
        .service(calendars::list)
        .service(calendars::get_one)
        .service(calendars::put_one)
        .service(calendars::remove)
        .service(calendars::copy)
        .service(calendars::network_comparison)
        .service(calendars::comparison)
        .service(attendance::get_register)
        .service(attendance::put_register)
        .service(attendance::of_group)
        .service(attendance::absences)
        .service(attendance::untaken)
        .service(home_loads::get_one)
        .service(home_loads::put_one)
        .service(enrolments::of_group)
        .service(enrolments::of_organization)
        .service(enrolments::checks)
        .service(enrolments::preview)
        .service(enrolments::request)
        .service(enrolments::students_of_group)
        .service(enrolments::of_student)
        .service(enrolments::get_one)
        .service(enrolments::approve)
        .service(enrolments::waitlist)
        .service(enrolments::reject)
        .service(enrolments::withdraw)
        .service(enrolments::complete)
        // The `.pdf` address first: `{year}` alone would match `2026-2027.pdf` too.
        .service(study_plans::pdf)
        .service(study_plans::get_one)
        .service(students::list)
        .service(students::create)
        .service(students::upsert_by_external_id)
        .service(students::get_one)
        .service(students::update)
        .service(students::remove)
        .service(staff::list)
        .service(staff::create)
        .service(staff::get_one)
        .service(staff::update)
        .service(staff::remove)
        .service(users::list)
        .service(users::create)
        .service(users::get_one)
        .service(users::update)
        .service(users::reset_password)
        .service(networks::list)
        .service(networks::create)
        .service(networks::get_one)
        .service(networks::update)
        .service(networks::remove)
        .service(memberships::add_member)
        .service(memberships::update_member)
        .service(memberships::remove_member)
        .service(memberships::hand_over)
        .service(programmes::list)
        .service(programmes::create)
        .service(programmes::get_one)
        .service(programmes::update)
        .service(programmes::remove)
        .service(agreements::list)
        .service(agreements::create)
        // Before `/agreements/{id}`, whose id would not parse.
        .service(agreements::coverage)
        .service(agreements::get_one)
        .service(agreements::versions)
        .service(agreements::update)
        .service(agreements::submit)
        .service(agreements::return_to_draft)
        .service(agreements::terminate)
        .service(agreements::sign)
        .service(agreements::new_version)
        .service(groups::list)
        .service(groups::create)
        .service(groups::get_one)
        .service(groups::update)
        .service(groups::remove)
        .service(sessions::list)
        .service(sessions::mine)
        .service(sessions::generate_sessions)
        .service(sessions::add)
        .service(sessions::get_one)
        .service(sessions::move_one)
        .service(sessions::cancel)
        .service(sessions::restore)
        .service(timetable::network_timetable)
        .service(timetable::network_conflicts)
        .service(feeds::group_ics)
        .service(feeds::staff_ics)
        .service(feeds::create_feed)
        .service(feeds::list_feeds)
        .service(feeds::delete_feed)
        .service(feeds::public_feed)
        .service(documents::list_network)
        .service(documents::upload_network)
        .service(documents::list_agreement)
        .service(documents::upload_agreement)
        .service(documents::list_programme)
        .service(documents::upload_programme)
        .service(documents::get_one)
        .service(documents::content)
        .service(documents::update)
        .service(documents::remove)
        .service(audit::list);
}
