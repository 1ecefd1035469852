//! Route paths of the API, relative to the server root. Parameters in braces.

pub const API: &str = "/api/v1";

pub const HEALTH: &str = "/api/v1/health";
pub const OPENAPI: &str = "/api/v1/openapi.json";
pub const DOCS: &str = "/api/v1/docs";

pub const LOGIN: &str = "/api/v1/auth/login";
pub const REFRESH: &str = "/api/v1/auth/refresh";
pub const LOGOUT: &str = "/api/v1/auth/logout";
pub const ME: &str = "/api/v1/me";

pub const MUNICIPALITIES: &str = "/api/v1/municipalities";
pub const ORGANIZATIONS: &str = "/api/v1/organizations";
pub const USERS: &str = "/api/v1/users";
pub const AUDIT: &str = "/api/v1/audit";
pub const NETWORKS: &str = "/api/v1/networks";

pub fn municipality(id: impl std::fmt::Display) -> String {
    format!("{MUNICIPALITIES}/{id}")
}
pub fn organization(id: impl std::fmt::Display) -> String {
    format!("{ORGANIZATIONS}/{id}")
}
pub fn organization_by_external_id(external_id: &str) -> String {
    format!("{ORGANIZATIONS}/by-external-id/{external_id}")
}
pub fn organization_staff(id: impl std::fmt::Display) -> String {
    format!("{ORGANIZATIONS}/{id}/staff")
}
pub fn staff_member(id: impl std::fmt::Display) -> String {
    format!("/api/v1/staff/{id}")
}
pub fn organization_students(id: impl std::fmt::Display) -> String {
    format!("{ORGANIZATIONS}/{id}/students")
}
pub fn organization_student_by_external_id(
    id: impl std::fmt::Display,
    external_id: &str,
) -> String {
    format!("{ORGANIZATIONS}/{id}/students/by-external-id/{external_id}")
}
pub fn student(id: impl std::fmt::Display) -> String {
    format!("/api/v1/students/{id}")
}
pub fn organization_home_loads(id: impl std::fmt::Display, year: &str) -> String {
    format!("{ORGANIZATIONS}/{id}/home-loads/{}", year.replace('/', "-"))
}
pub fn student_enrolments(id: impl std::fmt::Display) -> String {
    format!("/api/v1/students/{id}/enrolments")
}
pub fn group_enrolments(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}/enrolments")
}
pub fn group_enrolment_preview(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}/enrolments/preview")
}
pub fn group_students(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}/students")
}
/// A school's enrolments: its students' (`side=home`) or in the groups it provides
/// (`side=provider`).
pub fn organization_enrolments(id: impl std::fmt::Display) -> String {
    format!("{ORGANIZATIONS}/{id}/enrolments")
}
/// The approval rules evaluated for an enrolment waiting for the provider's decision.
pub fn enrolment_checks(id: impl std::fmt::Display) -> String {
    format!("/api/v1/enrolments/{id}/checks")
}
/// The signed-in teacher's sessions in every group they teach.
pub const MY_SESSIONS: &str = "/api/v1/me/sessions";
pub fn enrolment(id: impl std::fmt::Display) -> String {
    format!("/api/v1/enrolments/{id}")
}
/// `action`: `approve`, `waitlist`, `reject`, `withdraw`, `complete`.
pub fn enrolment_action(id: impl std::fmt::Display, action: &str) -> String {
    format!("/api/v1/enrolments/{id}/{action}")
}
pub fn session_register(id: impl std::fmt::Display) -> String {
    format!("/api/v1/sessions/{id}/register")
}
pub fn group_attendance(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}/attendance")
}
pub fn organization_absences(id: impl std::fmt::Display) -> String {
    format!("{ORGANIZATIONS}/{id}/absences")
}
pub fn network_untaken_registers(id: impl std::fmt::Display) -> String {
    format!("/api/v1/networks/{id}/untaken-registers")
}
/// `year` as `2026-2027`.
pub fn student_study_plan(id: impl std::fmt::Display, year: &str) -> String {
    format!(
        "/api/v1/students/{id}/study-plans/{}",
        year.replace('/', "-")
    )
}
/// The plan as a PDF file.
pub fn student_study_plan_pdf(id: impl std::fmt::Display, year: &str) -> String {
    format!("{}.pdf", student_study_plan(id, year))
}
pub fn organization_figures(id: impl std::fmt::Display) -> String {
    format!("{ORGANIZATIONS}/{id}/figures")
}
/// `year` as `2021-2022` (a slash would break the path).
pub fn organization_figures_year(id: impl std::fmt::Display, year: &str) -> String {
    format!("{ORGANIZATIONS}/{id}/figures/{}", year.replace('/', "-"))
}
pub fn user(id: impl std::fmt::Display) -> String {
    format!("{USERS}/{id}")
}
pub fn user_password(id: impl std::fmt::Display) -> String {
    format!("{USERS}/{id}/password")
}

/// Headers of the contract.
pub mod headers {
    pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
    pub const REQUEST_ID: &str = "X-Request-Id";
}

/// Name of the refresh-token cookie (HttpOnly, SameSite=Strict, path `/api/v1/auth`).
pub const REFRESH_COOKIE: &str = "setka_refresh";
pub fn network(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}")
}
pub fn network_members(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/members")
}
pub fn network_member(id: impl std::fmt::Display, member: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/members/{member}")
}
pub fn network_programmes(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/programmes")
}
pub fn programme(id: impl std::fmt::Display) -> String {
    format!("/api/v1/programmes/{id}")
}
pub fn network_agreements(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/agreements")
}
pub fn agreement(id: impl std::fmt::Display) -> String {
    format!("/api/v1/agreements/{id}")
}
/// `action`: `submit`, `return-to-draft`, `sign`, `terminate`, `versions`.
pub fn agreement_action(id: impl std::fmt::Display, action: &str) -> String {
    format!("/api/v1/agreements/{id}/{action}")
}
pub const AGREEMENT_COVERAGE: &str = "/api/v1/agreements/coverage";

/// Documents of an owner: `owner` is `networks`, `agreements` or `programmes`.
pub fn owner_documents(owner: domain::document::OwnerKind, id: impl std::fmt::Display) -> String {
    let segment = match owner {
        domain::document::OwnerKind::Network => "networks",
        domain::document::OwnerKind::Agreement => "agreements",
        domain::document::OwnerKind::Programme => "programmes",
    };
    format!("/api/v1/{segment}/{id}/documents")
}
pub fn document(id: impl std::fmt::Display) -> String {
    format!("/api/v1/documents/{id}")
}
pub fn document_content(id: impl std::fmt::Display) -> String {
    format!("/api/v1/documents/{id}/content")
}

/// `year` as `2021-2022` (a slash would break the path).
pub fn organization_calendars(id: impl std::fmt::Display) -> String {
    format!("{ORGANIZATIONS}/{id}/calendars")
}
pub fn organization_calendar(id: impl std::fmt::Display, year: &str) -> String {
    format!("{ORGANIZATIONS}/{id}/calendars/{}", year.replace('/', "-"))
}
pub fn organization_calendar_copy(id: impl std::fmt::Display, year: &str) -> String {
    format!("{}/copy", organization_calendar(id, year))
}
pub const CALENDAR_COMPARISON: &str = "/api/v1/calendars/comparison";
pub fn network_calendar_comparison(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/calendar-comparison")
}
pub fn network_groups(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/groups")
}
pub fn group(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}")
}
pub fn group_sessions(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}/sessions")
}
pub fn group_generate(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}/sessions/generate")
}
pub fn group_ics(id: impl std::fmt::Display) -> String {
    format!("/api/v1/groups/{id}/sessions.ics")
}
pub fn staff_ics(id: impl std::fmt::Display) -> String {
    format!("/api/v1/staff/{id}/sessions.ics")
}
pub fn session(id: impl std::fmt::Display) -> String {
    format!("/api/v1/sessions/{id}")
}
pub fn session_cancel(id: impl std::fmt::Display) -> String {
    format!("/api/v1/sessions/{id}/cancel")
}
pub fn session_restore(id: impl std::fmt::Display) -> String {
    format!("/api/v1/sessions/{id}/restore")
}
pub fn network_timetable(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/timetable")
}
pub fn network_conflicts(id: impl std::fmt::Display) -> String {
    format!("{NETWORKS}/{id}/conflicts")
}
pub const CALENDAR_FEEDS: &str = "/api/v1/calendar-feeds";
pub fn calendar_feed(id: impl std::fmt::Display) -> String {
    format!("{CALENDAR_FEEDS}/{id}")
}
/// The public address of a feed: the token is the credential.
pub fn feed(token: &str) -> String {
    format!("/api/v1/feeds/{token}.ics")
}
