//! The table: for every operation, the probe and what each role gets.
//!
//! Columns, as in [`ROLES`](super::fixture::ROLES):
//!
//! ```text
//! admin auth_M auth_X | coord sa_A sa_B sa_C | teach_G teach_O | int_M int_A
//! ```
//!
//! `y` allowed (the row's status), `-` allowed without the fixture object in the answer,
//! `p` allowed with a network peer's partial view, `n` 404, `f` 403, `u` 422
//! `unknown_reference` on the row's field. The outcomes are the policy's
//! (/work/policy-matrix.md), not what the server happens to answer today.

use chrono::Duration;
use reqwest::Method;
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;
use wire::document::OwnerKind;
use wire::network::CoordinatorHandover;
use wire::staff::StaffInput;
use wire::user::{UserCreate, UserUpdate};
use wire::{ErrorCode, Role, routes};

use super::fixture::Fixture;
use super::{Body, Case, Pass, Probe, View};
use crate::builders::{
    agreement_input, bad_inn, day, input_of, member, network, network_input_of, programme_input,
    school, today, user_input,
};
use crate::client::Resp;

// Named sets of outcomes.
const EVERYONE: &str = "yyy yyyy yy yy";
const ADMIN_ONLY: &str = "yff ffff ff ff";
/// The record of A: its accounts, the authority and integration of M, and network peers
/// (K, B: members of N with A today).
const READERS_OF_A: &str = "yyn yyyn yy yy";
/// A's own records (yearly figures): peers see A, but not these.
const RECORDS_OF_A: &str = "yyn fyfn yf yy";
/// Staff, figures, calendar and record of A: the authority, M's integration, A's
/// administration and A's integration account.
const MANAGERS_OF_A: &str = "yyn fyfn ff yy";
/// N: the authority and integration of M, and every account of a member organization.
const READERS_OF_N: &str = "yyn yyyn yy yy";
/// N's membership, description, programmes and documents: admin, authority, coordinator.
const MANAGERS_OF_N: &str = "yyn yffn ff ff";
/// Ag: the managers of N and every account of a party (A, B); not M's integration.
const READERS_OF_AG: &str = "yyn yyyn yy ny";
/// Ag's changes: the managers of N and the base school's administration (B).
const MANAGERS_OF_AG: &str = "yyn yfyn ff nf";
/// G: readers of N, but a teacher only the groups they teach.
const READERS_OF_G: &str = "yyn yyyn yn yy";
/// G, its sessions: the managers of N and the provider's administration (A).
const MANAGERS_OF_G: &str = "yyn yyfn fn ff";

const STALE: Pass = Pass::Problem(412, ErrorCode::PreconditionFailed);
const MISMATCH: Pass = Pass::Problem(415, ErrorCode::DocumentTypeMismatch);

fn ok(status: u16) -> Pass {
    Pass::Status(status)
}

fn invalid(field: &'static str) -> Pass {
    Pass::Invalid(field)
}

fn refused(status: u16, code: ErrorCode) -> Pass {
    Pass::Problem(status, code)
}

/// A row: `"METHOD /template"`, the outcomes, what an allowed role gets, the probe.
fn row(op: &'static str, roles: &'static str, pass: Pass, probe: Probe) -> Case {
    let (method, template) = op.split_once(' ').expect("METHOD /path");
    Case {
        method: Method::from_bytes(method.as_bytes()).expect("an HTTP method"),
        template,
        note: "",
        roles,
        pass,
        probe,
        view: None,
        unknown: None,
    }
}

impl Case {
    fn note(mut self, note: &'static str) -> Self {
        self.note = note;
        self
    }

    fn view(mut self, f: impl Fn(&Resp) -> View + 'static) -> Self {
        self.view = Some(Box::new(f));
        self
    }

    fn unknown(mut self, field: &'static str) -> Self {
        self.unknown = Some(field);
        self
    }
}

fn at(path: impl Into<String>) -> Probe {
    Probe {
        path: path.into(),
        body: Body::Empty,
        stale: false,
        fresh_cookie: false,
    }
}

impl Probe {
    fn json(mut self, body: impl Serialize) -> Self {
        self.body = Body::Json(serde_json::to_value(body).expect("a JSON body"));
        self
    }

    fn stale(mut self) -> Self {
        self.stale = true;
        self
    }

    fn upload(mut self) -> Self {
        self.body = Body::MismatchedUpload;
        self
    }

    fn own_login(mut self) -> Self {
        self.body = Body::OwnLogin;
        self
    }

    fn fresh_cookie(mut self) -> Self {
        self.fresh_cookie = true;
        self
    }
}

fn items(r: &Resp) -> impl Iterator<Item = &Value> {
    r.body["items"].as_array().into_iter().flatten()
}

/// A list shows the object or not.
fn listing(id: Uuid) -> impl Fn(&Resp) -> View {
    let id = id.to_string();
    move |r| {
        if items(r).any(|i| i["id"] == id.as_str()) {
            View::Full
        } else {
            View::Hidden
        }
    }
}

/// A staff list shows everyone (U teaches nothing), only the teaching staff (T), or none.
fn staff_list(t: Uuid, u: Uuid) -> impl Fn(&Resp) -> View {
    let (t, u) = (t.to_string(), u.to_string());
    move |r| {
        if items(r).any(|i| i["id"] == u.as_str()) {
            View::Full
        } else if items(r).any(|i| i["id"] == t.as_str()) {
            View::Partial
        } else {
            View::Hidden
        }
    }
}

/// A student's whole record, or the teaching view.
fn student_view(r: &Resp) -> View {
    if r.body["view"] == "teaching" {
        View::Partial
    } else {
        View::Full
    }
}

/// A calendar with events, or an empty one.
fn events(r: &Resp) -> View {
    if r.text.contains("BEGIN:VEVENT") {
        View::Full
    } else {
        View::Hidden
    }
}

/// The coverage answer about Ag (awaiting signatures), or as if there were no agreement.
fn coverage(r: &Resp) -> View {
    if r.body["reason"] == "no_agreement_between" {
        View::Hidden
    } else {
        View::Full
    }
}

/// A timetable with the session S, or without.
fn timetable_with(s: Uuid) -> impl Fn(&Resp) -> View {
    let s = s.to_string();
    move |r| {
        let entries = r.body["entries"].as_array().into_iter().flatten();
        if entries.clone().any(|e| e["id"] == s.as_str()) {
            View::Full
        } else {
            View::Hidden
        }
    }
}

#[rustfmt::skip] // a table: one row per probe reads better than rustfmt's layout
pub fn all(fx: &Fixture) -> Vec<Case> {
    let (m, a, b, n, p, ag, g, s) = (
        fx.m.id, fx.a.id, fx.b.id, fx.n.id, fx.p.id, fx.ag.id, fx.g.id, fx.s.id,
    );
    let year = fx.year.as_str();
    let ext = fx.a.external_id.clone().expect("A has an external id");
    let today = today();
    let t_input = StaffInput {
        last_name: fx.t.last_name.clone(),
        first_name: fx.t.first_name.clone(),
        patronymic: fx.t.patronymic.clone(),
        position: fx.t.position.clone(),
        subjects: fx.t.subjects.clone(),
        user_id: fx.t.user_id,
        external_id: fx.t.external_id.clone(),
    };
    let mut reversed_network = network(m, fx.n.model, fx.k.id, Vec::new());
    reversed_network.network.period_to = Some(day(2020, 8, 31));
    let mut no_hours = programme_input(a);
    no_hours.total_hours = 0;
    let mut reversed_agreement = agreement_input(b, a, p);
    reversed_agreement["valid_to"] = json!(today - Duration::days(365));
    let mut no_seats = fx.g_input.clone();
    no_seats["capacity"] = json!(0);
    let session = json!({"date": fx.s.date, "start": "14:30", "end": "15:10"});
    let member_b = &fx.member_b;
    let doc = fx.doc_ag.id;
    let mut v_blank = fx.v_input.clone();
    v_blank["last_name"] = json!("");
    v_blank["external_id"] = Value::Null;

    vec![
        // Signing in and the public addresses: every account, no token needed.
        row("POST /auth/login", EVERYONE, ok(200), at(routes::LOGIN).own_login()),
        row("POST /auth/refresh", EVERYONE, ok(200), at(routes::REFRESH).fresh_cookie()),
        row("POST /auth/logout", EVERYONE, ok(204), at(routes::LOGOUT).fresh_cookie()),
        row("GET /health", EVERYONE, ok(200), at(routes::HEALTH)),
        row("GET /me", EVERYONE, ok(200), at(routes::ME)),
        // The feed's secret address is its credential, whatever token comes along.
        row("GET /feeds/{token}.ics", EVERYONE, ok(200), at(routes::feed(&fx.feed_token)))
            .view(events),
        // Municipalities: one's own; changed by the administrator only.
        row("GET /municipalities", "yy- yyyy yy yy", ok(200), at(routes::MUNICIPALITIES))
            .view(listing(m)),
        row("POST /municipalities", ADMIN_ONLY, invalid("name"),
            at(routes::MUNICIPALITIES).json(json!({"name": ""}))),
        row("GET /municipalities/{id}", "yyn yyyy yy yy", ok(200), at(routes::municipality(m))),
        row("PUT /municipalities/{id}", "yfn ffff ff ff", STALE,
            at(routes::municipality(m)).json(json!({"name": fx.m.name})).stale()),
        row("DELETE /municipalities/{id}", "yfn ffff ff ff", STALE,
            at(routes::municipality(m)).stale()),
        // Organizations.
        row("GET /organizations", "yy- yyy- yy yy", ok(200), at(routes::ORGANIZATIONS))
            .view(listing(a)),
        row("POST /organizations", "yyu ffff ff yf", invalid("inn"),
            at(routes::ORGANIZATIONS).json(wire::organization::OrganizationInput {
                inn: Some(bad_inn("344301234")),
                ..school(m, "Школа новая")
            }))
            .unknown("municipality_id"),
        // The same body as A's record: a no-op for whoever may manage A. An invisible
        // organization holding the id must look like none: sa_C may not create, 403.
        row("PUT /organizations/by-external-id/{external_id}", "yyu fyff ff yy", ok(200),
            at(routes::organization_by_external_id(&ext)).json(input_of(&fx.a)))
            .unknown("municipality_id"),
        row("GET /organizations/{id}", READERS_OF_A, ok(200), at(routes::organization(a))),
        // Peers only while both memberships are current: E left N last school year.
        row("GET /organizations/{id}", "yyn nnnn nn yn", ok(200),
            at(routes::organization(fx.e.id)))
            .note("E, a former member of N"),
        row("PUT /organizations/{id}", MANAGERS_OF_A, STALE,
            at(routes::organization(a)).json(input_of(&fx.a)).stale()),
        // An integration account acts only inside its own scope: int_A sees B, a peer of
        // A, and may not change it.
        row("PUT /organizations/{id}", "yyn ffyn ff yf", STALE,
            at(routes::organization(b)).json(input_of(&fx.b)).stale())
            .note("B, a peer of A"),
        row("DELETE /organizations/{id}", "yyn fffn ff yf", STALE,
            at(routes::organization(a)).stale()),
        // Yearly figures stay with the school and the authority.
        row("GET /organizations/{id}/figures", RECORDS_OF_A, ok(200),
            at(routes::organization_figures(a))),
        row("GET /organizations/{id}/figures/{year}", RECORDS_OF_A, ok(200),
            at(routes::organization_figures_year(a, year))),
        row("PUT /organizations/{id}/figures/{year}", MANAGERS_OF_A, STALE,
            at(routes::organization_figures_year(a, year))
                .json(json!({"students_total": 640, "teachers_total": 48}))
                .stale()),
        // Calendars: read with the record, changed by those who manage A's records.
        row("GET /organizations/{id}/calendars", READERS_OF_A, ok(200),
            at(routes::organization_calendars(a))),
        row("GET /organizations/{id}/calendars/{year}", READERS_OF_A, ok(200),
            at(routes::organization_calendar(a, year))),
        row("PUT /organizations/{id}/calendars/{year}", MANAGERS_OF_A, STALE,
            at(routes::organization_calendar(a, year)).json(&fx.calendar).stale()),
        row("DELETE /organizations/{id}/calendars/{year}", MANAGERS_OF_A, STALE,
            at(routes::organization_calendar(a, year)).stale()),
        // The next year has its calendar already: 409 once the access check has passed.
        row("POST /organizations/{id}/calendars/{year}/copy", MANAGERS_OF_A,
            refused(409, ErrorCode::Conflict),
            at(routes::organization_calendar_copy(a, year)).json(json!({}))),
        row("GET /calendars/comparison", READERS_OF_A, ok(200),
            at(format!("{}?year={year}&organization_ids={a}", routes::CALENDAR_COMPARISON))),
        row("GET /networks/{id}/calendar-comparison", READERS_OF_N, ok(200),
            at(format!("{}?year={year}", routes::network_calendar_comparison(n)))),
        // Staff: peers see only those who teach in a network they share.
        row("GET /organizations/{id}/staff", "yyn pypn yp yy", ok(200),
            at(routes::organization_staff(a)))
            .view(staff_list(fx.t.id, fx.u.id)),
        row("POST /organizations/{id}/staff", MANAGERS_OF_A, invalid("last_name"),
            at(routes::organization_staff(a)).json(StaffInput {
                last_name: String::new(),
                ..t_input.clone()
            })),
        row("GET /staff/{id}", READERS_OF_A, ok(200), at(routes::staff_member(fx.t.id))),
        // Not stated by the policy file; read from its staff-list rule and PRODUCT.md §2
        // ("the staff who teach in the network"): to a peer, U is out of scope.
        row("GET /staff/{id}", "yyn nynn yn yy", ok(200), at(routes::staff_member(fx.u.id)))
            .note("U, who teaches no group"),
        row("PUT /staff/{id}", MANAGERS_OF_A, STALE,
            at(routes::staff_member(fx.t.id)).json(&t_input).stale()),
        row("DELETE /staff/{id}", MANAGERS_OF_A, STALE,
            at(routes::staff_member(fx.t.id)).stale()),
        // T's sessions: as T's record; teach_O does not read G, so sees none of them.
        row("GET /staff/{id}/sessions.ics", "yyn yyyn y- yy", ok(200),
            at(routes::staff_ics(fx.t.id)))
            .view(events),
        // User accounts: the administrator's.
        row("GET /users", ADMIN_ONLY, ok(200), at(routes::USERS)),
        row("POST /users", ADMIN_ONLY, invalid("password"),
            at(routes::USERS).json(UserCreate {
                organization_id: Some(fx.c.id),
                ..user_input("newcomer", Role::Teacher, "short")
            })),
        row("GET /users/{id}", ADMIN_ONLY, ok(200), at(routes::user(fx.spare.id))),
        row("PUT /users/{id}", ADMIN_ONLY, STALE,
            at(routes::user(fx.spare.id))
                .json(UserUpdate {
                    display_name: fx.spare.display_name.clone(),
                    role: fx.spare.role,
                    municipality_id: fx.spare.municipality_id,
                    organization_id: fx.spare.organization_id,
                    disabled: false,
                })
                .stale()),
        row("POST /users/{id}/password", ADMIN_ONLY, invalid("new_password"),
            at(routes::user_password(fx.spare.id)).json(json!({"new_password": "short"}))),
        row("GET /audit", "yyy ffff ff ff", ok(200), at(routes::AUDIT)),
        // The records about V: the whole log's readers, and who sees V's whole record;
        // those who see V in the teaching view may not ask (403).
        row("GET /audit", "yyy ffyn fn yn", ok(200),
            at(format!("{}?student_id={}", routes::AUDIT, fx.v.id)))
            .note("about student V of B"),
        // Students of B: the home school's administration, the authority and M's
        // integration; a peer school sees B but not its list (403). V's enrolment in G
        // shows V to G's provider, N's coordinator and G's teacher, in the teaching view.
        row("GET /organizations/{id}/students", "yyn ffyn ff yf", ok(200),
            at(routes::organization_students(b)))
            .view(listing(fx.v.id)),
        row("POST /organizations/{id}/students", "yfn ffyn ff yf", invalid("last_name"),
            at(routes::organization_students(b)).json(&v_blank)),
        row("PUT /organizations/{id}/students/by-external-id/{external_id}", "yfn ffyn ff yf",
            STALE,
            at(routes::organization_student_by_external_id(b, "b-pupil-1"))
                .json(&fx.v_input)
                .stale()),
        row("GET /students/{id}", "yyn ppyn pn yn", ok(200), at(routes::student(fx.v.id)))
            .view(student_view),
        row("PUT /students/{id}", "yfn ffyn fn yn", STALE,
            at(routes::student(fx.v.id)).json(&fx.v_input).stale()),
        row("DELETE /students/{id}", "yfn ffyn fn yn", STALE,
            at(routes::student(fx.v.id)).stale()),
        // V's study plan: for those who see V's whole record; the teaching view is 403.
        row("GET /students/{id}/study-plans/{year}", "yyn ffyn fn yn", ok(200),
            at(routes::student_study_plan(fx.v.id, year))),
        row("GET /students/{id}/study-plans/{year}.pdf", "yyn ffyn fn yn", ok(200),
            at(routes::student_study_plan_pdf(fx.v.id, year))),
        // B's curriculum hours: B's own records.
        row("GET /organizations/{id}/home-loads/{year}", "yyn ffyn fy yf", ok(200),
            at(routes::organization_home_loads(b, year))),
        row("PUT /organizations/{id}/home-loads/{year}", "yyn ffyn ff yf",
            invalid("grades[1].grade"),
            at(routes::organization_home_loads(b, year)).json(json!({"grades": [
                {"grade": 8, "hours_per_week": 30}, {"grade": 8, "hours_per_week": 31}
            ]}))),
        // Enrolments of G: the provider's side, G's teacher, the authority and M's
        // integration see them all; B sees its own students' (E is one); A's integration
        // reads G but sends no students.
        row("GET /groups/{id}/enrolments", "yyn yyyn yn y-", ok(200),
            at(routes::group_enrolments(g)))
            .view(listing(fx.en.id)),
        row("GET /groups/{id}/students", "yyn yyyn yn y-", ok(200),
            at(routes::group_students(g)))
            .view(listing(fx.v.id)),
        // Requests come from those who manage V's records; V has one open already.
        row("POST /groups/{id}/enrolments", "yfn ffyn fn yu",
            refused(409, ErrorCode::AlreadyEnrolled),
            at(routes::group_enrolments(g)).json(json!({"student_id": fx.v.id})))
            .unknown("student_id"),
        row("POST /groups/{id}/enrolments/preview", "yfn ffyn fn yu", ok(200),
            at(routes::group_enrolment_preview(g)).json(json!({"student_id": fx.v.id})))
            .unknown("student_id"),
        row("GET /students/{id}/enrolments", "yyn yyyn yn yn", ok(200),
            at(routes::student_enrolments(fx.v.id)))
            .view(listing(fx.en.id)),
        row("GET /enrolments/{id}", "yyn yyyn yn yn", ok(200), at(routes::enrolment(fx.en.id))),
        row("GET /enrolments/{id}/checks", "yyn yyyn yn yn", ok(200),
            at(routes::enrolment_checks(fx.en.id))),
        // A school's enrolments: for those who read its students. B's are its pupils';
        // A's, as provider, are G's (A's integration sees only A's own pupils there).
        row("GET /organizations/{id}/enrolments", "yyn ffyn ff yf", ok(200),
            at(routes::organization_enrolments(b)))
            .view(listing(fx.en.id)),
        row("GET /organizations/{id}/enrolments", "yyn fyfn ff y-", ok(200),
            at(format!("{}?side=provider", routes::organization_enrolments(a))))
            .note("side=provider")
            .view(listing(fx.en.id)),
        // Everyone's own sessions (none for who teaches nothing).
        row("GET /me/sessions", EVERYONE, ok(200), at(routes::MY_SESSIONS)),
        // The provider's steps: those who manage G; B withdraws too.
        row("POST /enrolments/{id}/approve", "yyn yyfn fn fn", STALE,
            at(routes::enrolment_action(fx.en.id, "approve")).json(json!({})).stale()),
        row("POST /enrolments/{id}/waitlist", "yyn yyfn fn fn", STALE,
            at(routes::enrolment_action(fx.en.id, "waitlist")).json(json!({})).stale()),
        row("POST /enrolments/{id}/reject", "yyn yyfn fn fn", STALE,
            at(routes::enrolment_action(fx.en.id, "reject")).json(json!({})).stale()),
        row("POST /enrolments/{id}/complete", "yyn yyfn fn fn", STALE,
            at(routes::enrolment_action(fx.en.id, "complete")).json(json!({})).stale()),
        row("POST /enrolments/{id}/withdraw", "yyn yyyn fn yn", STALE,
            at(routes::enrolment_action(fx.en.id, "withdraw")).json(json!({})).stale()),
        // Attendance of G: read with G's roster; registers taken by G's teacher and those
        // who manage G; B's absence report is B's own.
        row("GET /sessions/{id}/register", "yyn yyyn yn yy", ok(200),
            at(routes::session_register(s))),
        row("PUT /sessions/{id}/register", "yyn yyfn yn ff", STALE,
            at(routes::session_register(s)).json(json!({"marks": []})).stale()),
        row("GET /groups/{id}/attendance", "yyn yyyn yn yy", ok(200),
            at(routes::group_attendance(g))),
        row("GET /organizations/{id}/absences", "yyn ffyn ff yf", ok(200),
            at(routes::organization_absences(b))),
        row("GET /networks/{id}/untaken-registers", READERS_OF_N, ok(200),
            at(routes::network_untaken_registers(n))),
        // Networks.
        row("GET /networks", "yy- yyy- yy yy", ok(200), at(routes::NETWORKS)).view(listing(n)),
        row("POST /networks", "yyu ffff ff ff", invalid("period_to"),
            at(routes::NETWORKS).json(&reversed_network))
            .unknown("municipality_id"),
        row("GET /networks/{id}", READERS_OF_N, ok(200), at(routes::network(n))),
        row("PUT /networks/{id}", MANAGERS_OF_N, STALE,
            at(routes::network(n)).json(network_input_of(&fx.n)).stale()),
        row("DELETE /networks/{id}", "yyn fffn ff ff", STALE, at(routes::network(n)).stale()),
        // Only the authority (or the administrator) brings a new school into a network.
        row("POST /networks/{id}/members", "yyn fffn ff ff", STALE,
            at(routes::network_members(n))
                .json(member(fx.c.id, domain::network::MembershipRole::Participant, today))
                .stale()),
        row("PUT /networks/{id}/members/{member_id}", MANAGERS_OF_N, STALE,
            at(routes::network_member(n, member_b.id))
                .json(json!({
                    "organization_id": member_b.organization_id, "role": member_b.role,
                    "joined_on": member_b.joined_on, "left_on": member_b.left_on
                }))
                .stale()),
        row("DELETE /networks/{id}/members/{member_id}", MANAGERS_OF_N, STALE,
            at(routes::network_member(n, member_b.id)).stale()),
        row("POST /networks/{id}/coordinator", MANAGERS_OF_N, STALE,
            at(format!("{}/coordinator", routes::network(n)))
                .json(CoordinatorHandover {
                    organization_id: a,
                    from: today + Duration::days(1),
                })
                .stale()),
        // Handing over to a school not yet in N brings a new school in: not the
        // coordinator's to do (the rule above).
        row("POST /networks/{id}/coordinator", "yyn fffn ff ff", STALE,
            at(format!("{}/coordinator", routes::network(n)))
                .json(CoordinatorHandover {
                    organization_id: fx.c.id,
                    from: today + Duration::days(1),
                })
                .stale())
            .note("to C, not a member"),
        // Programmes.
        row("GET /networks/{id}/programmes", READERS_OF_N, ok(200),
            at(routes::network_programmes(n)))
            .view(listing(p)),
        row("POST /networks/{id}/programmes", MANAGERS_OF_N, invalid("total_hours"),
            at(routes::network_programmes(n)).json(&no_hours)),
        row("GET /programmes/{id}", READERS_OF_N, ok(200), at(routes::programme(p))),
        row("PUT /programmes/{id}", MANAGERS_OF_N, STALE,
            at(routes::programme(p)).json(programme_input(a)).stale()),
        row("DELETE /programmes/{id}", MANAGERS_OF_N, STALE, at(routes::programme(p)).stale()),
        // Agreements: parties and managers of N; not M's integration account. Ag awaits
        // signatures, so edits are refused as not a draft once the access check passed.
        row("GET /networks/{id}/agreements", "yyn yyyn yy -y", ok(200),
            at(routes::network_agreements(n)))
            .view(listing(ag)),
        row("POST /networks/{id}/agreements", "yyn yfyn ff ff", invalid("valid_to"),
            at(routes::network_agreements(n)).json(&reversed_agreement)),
        // Whoever sees both schools may ask (the others get 404: the query names them);
        // the answer only knows the agreements the caller may read.
        row("GET /agreements/coverage", "yyn yyyn yy -y", ok(200),
            at(format!(
                "{}?programme_id={p}&home_id={b}&provider_id={a}&from={today}&to={}",
                routes::AGREEMENT_COVERAGE,
                today + Duration::days(30)
            )))
            .view(coverage),
        row("GET /agreements/{id}", READERS_OF_AG, ok(200), at(routes::agreement(ag))),
        row("PUT /agreements/{id}", MANAGERS_OF_AG, refused(409, ErrorCode::AgreementNotDraft),
            at(routes::agreement(ag)).json(&fx.ag.content).stale()),
        row("POST /agreements/{id}/submit", MANAGERS_OF_AG,
            refused(409, ErrorCode::AgreementNotDraft),
            at(routes::agreement_action(ag, "submit")).json(json!({})).stale()),
        row("POST /agreements/{id}/return-to-draft", MANAGERS_OF_AG, STALE,
            at(routes::agreement_action(ag, "return-to-draft")).json(json!({})).stale()),
        // Each party's administration signs; a wrong content hash is refused after that.
        row("POST /agreements/{id}/sign", "ffn fyyn ff nf", refused(409, ErrorCode::Conflict),
            at(routes::agreement_action(ag, "sign"))
                .json(json!({"content_hash": "0".repeat(64)}))),
        row("POST /agreements/{id}/terminate", MANAGERS_OF_AG,
            refused(409, ErrorCode::AgreementNotInForce),
            at(routes::agreement_action(ag, "terminate"))
                .json(json!({"on": today, "reason": "По соглашению сторон"}))
                .stale()),
        row("GET /agreements/{id}/versions", READERS_OF_AG, ok(200),
            at(routes::agreement_action(ag, "versions"))),
        row("POST /agreements/{id}/versions", MANAGERS_OF_AG,
            refused(409, ErrorCode::AgreementNotInForce),
            at(routes::agreement_action(ag, "versions")).json(json!({}))),
        // Documents, as their owner; uploads refused as the wrong type after the check.
        row("GET /networks/{id}/documents", READERS_OF_N, ok(200),
            at(routes::owner_documents(OwnerKind::Network, n)))
            .view(listing(fx.doc_n.id)),
        row("POST /networks/{id}/documents", MANAGERS_OF_N, MISMATCH,
            at(routes::owner_documents(OwnerKind::Network, n)).upload()),
        row("GET /programmes/{id}/documents", READERS_OF_N, ok(200),
            at(routes::owner_documents(OwnerKind::Programme, p)))
            .view(listing(fx.doc_p.id)),
        row("POST /programmes/{id}/documents", MANAGERS_OF_N, MISMATCH,
            at(routes::owner_documents(OwnerKind::Programme, p)).upload()),
        row("GET /agreements/{id}/documents", READERS_OF_AG, ok(200),
            at(routes::owner_documents(OwnerKind::Agreement, ag)))
            .view(listing(doc)),
        // The managers of Ag and each party's school administration attach.
        row("POST /agreements/{id}/documents", "yyn yyyn ff nf", MISMATCH,
            at(routes::owner_documents(OwnerKind::Agreement, ag)).upload()),
        row("GET /documents/{id}", READERS_OF_AG, ok(200), at(routes::document(doc))),
        row("GET /documents/{id}", READERS_OF_N, ok(200), at(routes::document(fx.doc_n.id)))
            .note("the document of N"),
        row("GET /documents/{id}/content", READERS_OF_AG, ok(200),
            at(routes::document_content(doc))),
        // sa_A attached it: sa_A renames and deletes it, sa_B (the other party) does not.
        row("PUT /documents/{id}", "yyn yyfn ff nf", STALE,
            at(routes::document(doc))
                .json(json!({"title": fx.doc_ag.title, "kind": fx.doc_ag.kind}))
                .stale()),
        row("DELETE /documents/{id}", "yyn yyfn ff nf", STALE, at(routes::document(doc)).stale()),
        // Groups: the provider's administration forms them; a teacher reads their own.
        row("GET /networks/{id}/groups", "yyn yyyn y- yy", ok(200), at(routes::network_groups(n)))
            .view(listing(g)),
        row("POST /networks/{id}/groups", "yyn yyfn ff ff", invalid("capacity"),
            at(routes::network_groups(n)).json(&no_seats)),
        row("GET /groups/{id}", READERS_OF_G, ok(200), at(routes::group(g))),
        row("PUT /groups/{id}", MANAGERS_OF_G, STALE,
            at(routes::group(g)).json(&fx.g_input).stale()),
        row("DELETE /groups/{id}", MANAGERS_OF_G, STALE, at(routes::group(g)).stale()),
        // Sessions.
        row("GET /groups/{id}/sessions", READERS_OF_G, ok(200), at(routes::group_sessions(g))),
        row("POST /groups/{id}/sessions", MANAGERS_OF_G, invalid("end"),
            at(routes::group_sessions(g))
                .json(json!({"date": fx.s.date, "start": "14:30", "end": "14:35"}))),
        row("GET /groups/{id}/sessions.ics", READERS_OF_G, ok(200), at(routes::group_ics(g)))
            .view(events),
        // Really regenerates: the same slots give the same sessions, S among them.
        row("POST /groups/{id}/sessions/generate", MANAGERS_OF_G, ok(200),
            at(routes::group_generate(g)).json(json!({}))),
        row("GET /sessions/{id}", READERS_OF_G, ok(200), at(routes::session(s))),
        row("PUT /sessions/{id}", MANAGERS_OF_G, STALE,
            at(routes::session(s)).json(&session).stale()),
        row("POST /sessions/{id}/cancel", MANAGERS_OF_G, STALE,
            at(routes::session_cancel(s)).json(json!({"reason": "Карантин"})).stale()),
        row("POST /sessions/{id}/restore", MANAGERS_OF_G, STALE,
            at(routes::session_restore(s)).json(json!({})).stale()),
        // The timetable of N: sessions of the groups one may read.
        row("GET /networks/{id}/timetable", "yyn yyyn y- yy", ok(200),
            at(format!(
                "{}?from={}&to={}",
                routes::network_timetable(n),
                fx.s.date,
                fx.s.date + Duration::days(6)
            )))
            .view(timetable_with(s)),
        row("GET /networks/{id}/conflicts", READERS_OF_N, ok(200),
            at(routes::network_conflicts(n))),
        // Calendar feeds are one's own. Creating one really creates it (harmless);
        // deleting really deletes `teach_G`'s second feed, after every refusal.
        row("GET /calendar-feeds", "--- ---- y- --", ok(200), at(routes::CALENDAR_FEEDS))
            .view(listing(fx.feed.id)),
        row("POST /calendar-feeds", READERS_OF_G, ok(201),
            at(routes::CALENDAR_FEEDS).json(json!({"group_id": g}))),
        row("DELETE /calendar-feeds/{id}", "nnn nnnn yn nn", ok(204),
            at(routes::calendar_feed(fx.doomed_feed.id))),
    ]
}
