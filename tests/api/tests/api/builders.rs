//! Test data built through the public API.

use domain::network::{MembershipRole, NetworkModel, NetworkStatus};
use uuid::Uuid;
use wire::OrganizationKind;
use wire::municipality::{Municipality, MunicipalityInput};
use wire::network::{MembershipInput, Network, NetworkCreate, NetworkInput};
use wire::organization::{Organization, OrganizationInput};
use wire::routes;
use wire::staff::{Staff, StaffInput};
use wire::user::{User, UserCreate};
use wire::{Page, Role};

use crate::client::TestClient;

/// A valid organization ИНН made from nine digits and the check digit.
pub fn inn(first_nine: &str) -> String {
    const W: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    assert_eq!(first_nine.len(), 9);
    let sum: u32 = first_nine
        .chars()
        .zip(W)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    format!("{first_nine}{}", sum % 11 % 10)
}

/// The same ИНН with a wrong check digit.
pub fn bad_inn(first_nine: &str) -> String {
    let good = inn(first_nine);
    let last = good
        .chars()
        .last()
        .and_then(|c| c.to_digit(10))
        .unwrap_or(0);
    format!("{first_nine}{}", (last + 1) % 10)
}

/// A valid school in a municipality; change fields as the test needs.
pub fn school(municipality_id: Uuid, short_name: &str) -> OrganizationInput {
    OrganizationInput {
        full_name: format!("Муниципальное общеобразовательное учреждение «{short_name}»"),
        short_name: short_name.to_owned(),
        kind: OrganizationKind::School,
        parent_id: None,
        municipality_id,
        inn: Some(inn("344301234")),
        address: Some("г. Волжский, ул. Мира, д. 1".into()),
        low_results: false,
        adverse_conditions: false,
        external_id: None,
        active: true,
    }
}

/// The input that replaces an organization with itself.
pub fn input_of(o: &Organization) -> OrganizationInput {
    OrganizationInput {
        full_name: o.full_name.clone(),
        short_name: o.short_name.clone(),
        kind: o.kind,
        parent_id: o.parent_id,
        municipality_id: o.municipality_id,
        inn: o.inn.clone(),
        address: o.address.clone(),
        low_results: o.low_results,
        adverse_conditions: o.adverse_conditions,
        external_id: o.external_id.clone(),
        active: o.active,
    }
}

pub async fn create_municipality(admin: &TestClient, name: &str) -> Municipality {
    let body = MunicipalityInput {
        name: name.to_owned(),
        ..Default::default()
    };
    let r = admin.post(routes::MUNICIPALITIES, &body).await;
    assert_eq!(r.status, 201, "create municipality: {}", r.text);
    r.json()
}

pub async fn create_org(c: &TestClient, input: &OrganizationInput) -> Organization {
    let r = c.post(routes::ORGANIZATIONS, input).await;
    assert_eq!(r.status, 201, "create organization: {}", r.text);
    r.json()
}

/// A municipality with one school in it.
pub async fn municipality_with_school(admin: &TestClient) -> (Municipality, Organization) {
    let m = create_municipality(admin, "Тестовый муниципальный район").await;
    let o = create_org(admin, &school(m.id, "МОУ СОШ № 1")).await;
    (m, o)
}

pub fn staff_input(last_name: &str) -> StaffInput {
    StaffInput {
        last_name: last_name.to_owned(),
        first_name: "Анна".into(),
        patronymic: Some("Петровна".into()),
        position: "учитель".into(),
        subjects: vec!["Информатика".into()],
        ..Default::default()
    }
}

pub async fn create_staff(c: &TestClient, org: Uuid, last_name: &str) -> Staff {
    let r = c
        .post(&routes::organization_staff(org), &staff_input(last_name))
        .await;
    assert_eq!(r.status, 201, "create staff: {}", r.text);
    r.json()
}

pub fn user_input(username: &str, role: Role, password: &str) -> UserCreate {
    UserCreate {
        username: username.to_owned(),
        display_name: format!("Пользователь {username}"),
        password: password.to_owned(),
        role,
        municipality_id: None,
        organization_id: None,
    }
}

/// An account anchored at an organization (coordinator, school_admin, teacher).
pub async fn create_org_user(admin: &TestClient, username: &str, role: Role, org: Uuid) -> User {
    let body = UserCreate {
        organization_id: Some(org),
        ..user_input(username, role, USER_PASSWORD)
    };
    let r = admin.post(routes::USERS, &body).await;
    assert_eq!(r.status, 201, "create user: {}", r.text);
    r.json()
}

/// Password of the accounts tests create.
pub const USER_PASSWORD: &str = "user-password-1";

/// Every organization the client sees (up to 500).
pub async fn all_orgs(c: &TestClient) -> Vec<Organization> {
    let r = c.get(&format!("{}?limit=500", routes::ORGANIZATIONS)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let page: Page<Organization> = r.json();
    assert!(page.next_cursor.is_none(), "more than 500 organizations");
    page.items
}

/// A demo organization by its external id, as the administrator sees it.
pub async fn demo_org(admin: &TestClient, external_id: &str) -> Organization {
    all_orgs(admin)
        .await
        .into_iter()
        .find(|o| o.external_id.as_deref() == Some(external_id))
        .unwrap_or_else(|| panic!("no demo organization {external_id}"))
}

/// A demo municipality by its external id.
pub async fn demo_municipality(admin: &TestClient, external_id: &str) -> Municipality {
    let r = admin
        .get(&format!("{}?limit=500", routes::MUNICIPALITIES))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let page: Page<Municipality> = r.json();
    page.items
        .into_iter()
        .find(|m| m.external_id.as_deref() == Some(external_id))
        .unwrap_or_else(|| panic!("no demo municipality {external_id}"))
}

/// Demo external ids used across tests.
pub mod demo {
    pub const VOLZHSKY: &str = "34-volzhsky";
    pub const SERGIEV_POSAD: &str = "50-sergiev-posad";
    pub const LYCEUM24: &str = "sp-lyceum-24";
    pub const SOSH25: &str = "sp-sosh-25";
    pub const SOSH8: &str = "volzhsky-sosh-8";
    pub const SOSH1: &str = "volzhsky-sosh-1";
    pub const SOSH14: &str = "volzhsky-sosh-14";
    pub const SOSH17: &str = "volzhsky-sosh-17";
    pub const SOSH30: &str = "volzhsky-sosh-30";
}

/// A day of the calendar.
pub fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// A membership from `joined_on` with no end.
pub fn member(org: Uuid, role: MembershipRole, joined_on: chrono::NaiveDate) -> MembershipInput {
    MembershipInput {
        organization_id: org,
        role,
        joined_on,
        left_on: None,
        mentor_id: None,
    }
}

/// A network of `model` in a municipality from 2020-09-01 with no end, coordinated by
/// `coordinator`, with further `members`.
pub fn network(
    municipality_id: Uuid,
    model: NetworkModel,
    coordinator: Uuid,
    members: Vec<MembershipInput>,
) -> NetworkCreate {
    NetworkCreate {
        network: NetworkInput {
            municipality_id,
            name: "Сеть «Инженерный класс»".into(),
            model,
            goal: "Доступ к профильному обучению".into(),
            tasks: vec!["Сетевые программы по технологии".into()],
            expected_results: vec!["Не менее 60 обучающихся".into()],
            period_from: day(2020, 9, 1),
            period_to: None,
            status: NetworkStatus::Active,
        },
        coordinator_id: coordinator,
        members,
    }
}

/// The input that replaces a network's description with itself.
pub fn network_input_of(n: &Network) -> NetworkInput {
    NetworkInput {
        municipality_id: n.municipality_id,
        name: n.name.clone(),
        model: n.model,
        goal: n.goal.clone(),
        tasks: n.tasks.clone(),
        expected_results: n.expected_results.clone(),
        period_from: n.period_from,
        period_to: n.period_to,
        status: n.status,
    }
}

pub async fn create_network(c: &TestClient, body: &NetworkCreate) -> Network {
    let r = c.post(routes::NETWORKS, body).await;
    assert_eq!(r.status, 201, "create network: {}", r.text);
    r.json()
}

/// Today as the server sees it (statuses, memberships and agreements are decided on it).
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The first calendar year of the academic year a day falls in (1 September – 31 August).
pub fn academic_year_start(d: chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    if d.month() >= 9 {
        d.year()
    } else {
        d.year() - 1
    }
}

/// The academic year starting in `start` as a path segment: `2026-2027`.
pub fn academic_year(start: i32) -> String {
    format!("{start}-{}", start + 1)
}

/// A five-day calendar of the academic year starting in `start`: two semesters, one
/// shift of 40-minute lessons from 8:30 (so afternoon sessions cut into no lesson).
pub fn school_calendar(start: i32) -> serde_json::Value {
    let next = start + 1;
    serde_json::json!({
        "week": "five_day",
        "terms": [
            {"name": "1 полугодие", "from": format!("{start}-09-01"), "to": format!("{start}-12-27")},
            {"name": "2 полугодие", "from": format!("{next}-01-12"), "to": format!("{next}-05-31")}
        ],
        "holidays": [],
        "bell_schedules": [{"name": "1 смена", "lessons": [
            {"number": 1, "start": "08:30", "end": "09:10"},
            {"number": 2, "start": "09:20", "end": "10:00"},
            {"number": 3, "start": "10:20", "end": "11:00"},
            {"number": 4, "start": "11:20", "end": "12:00"}
        ]}]
    })
}

/// An account anchored at a municipality (authority, municipality-wide integration).
pub async fn create_municipal_user(
    admin: &TestClient,
    username: &str,
    role: Role,
    municipality: Uuid,
) -> User {
    let body = UserCreate {
        municipality_id: Some(municipality),
        ..user_input(username, role, USER_PASSWORD)
    };
    let r = admin.post(routes::USERS, &body).await;
    assert_eq!(r.status, 201, "create user: {}", r.text);
    r.json()
}

/// «Технология — Робототехника» for grades 5–8, taught by `provider`.
pub fn programme_input(provider: Uuid) -> wire::programme::ProgrammeInput {
    use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};
    wire::programme::ProgrammeInput {
        code: "ТЕХ-РОБ".into(),
        title: "Технология".into(),
        subject_area: "Технология".into(),
        module: Some("Робототехника".into()),
        level: EducationLevel::Ooo,
        grade_from: 5,
        grade_to: 8,
        total_hours: 34,
        hours_per_week: 1.0,
        delivery_mode: DeliveryMode::InPerson,
        assessment_form: AssessmentForm::PassFail,
        provider_ids: vec![provider],
        status: ProgrammeStatus::Approved,
        external_id: None,
    }
}

pub async fn create_programme(
    c: &TestClient,
    network: Uuid,
    input: &wire::programme::ProgrammeInput,
) -> wire::programme::Programme {
    let r = c.post(&routes::network_programmes(network), input).await;
    assert_eq!(r.status, 201, "create programme: {}", r.text);
    r.json()
}

/// A complete network-programme agreement (every art. 15 section filled in, so it can be
/// sent for signature): `base` enrols the students, `provider` teaches `programme`, in
/// force from a month ago for most of a year.
pub fn agreement_input(base: Uuid, provider: Uuid, programme: Uuid) -> serde_json::Value {
    let today = today();
    let days = chrono::Duration::days;
    serde_json::json!({
        "number": "СВ-01", "date": today - days(40), "kind": "network_programme",
        "base_organization_id": base, "participant_ids": [provider], "programme_ids": [programme],
        "programme_description": "ООП ООО, предметная область «Технология»",
        "student_status": "Обучающиеся остаются обучающимися базовой организации",
        "admission_rules": "По заявлению родителей", "conditions": "Занятия на базе организации-участника",
        "obligations": [
            {"organization": provider, "duties": "Реализует модуль", "resources": [{"kind": "кабинет робототехники", "volume": "2 ч в неделю"}]},
            {"organization": base, "duties": "Формирует группы"}
        ],
        "completion_documents": [{"document": "справка об обучении", "issued_by": provider}],
        "valid_from": today - days(30), "valid_to": today + days(300),
        "change_procedure": "Дополнительным соглашением", "termination_procedure": "По соглашению сторон",
        "grade_mappings": [{"source": "pass_fail", "target": "pass_fail", "steps": [{"equals": "pass", "result": "зачтено"}]}]
    })
}

/// A group of `programme` at `provider` in the academic year starting in `start`, taught
/// by `teacher` in a room of the provider on Tuesday and Thursday afternoons.
pub fn group_input(
    programme: Uuid,
    provider: Uuid,
    teacher: Uuid,
    start: i32,
    participants: &[Uuid],
) -> serde_json::Value {
    serde_json::json!({
        "programme_id": programme, "academic_year": format!("{start}/{}", start + 1),
        "provider_id": provider, "name": "Робототехника, 7 классы", "teacher_ids": [teacher],
        "capacity": 15,
        "place": {"type": "room", "organization_id": provider, "name": "Кабинет робототехники"},
        "slots": [
            {"weekday": "tue", "start": "14:30", "end": "15:10"},
            {"weekday": "thu", "start": "14:30", "end": "15:10"}
        ],
        "first_date": format!("{start}-09-01"), "last_date": format!("{}-05-31", start + 1),
        "participant_ids": participants
    })
}
