//! «Today» is the date in the account's municipality, by the server's one clock: tests set
//! the clock, and a school in Altai is already in September while Volgograd is still in
//! August.

use chrono::{NaiveDate, TimeZone, Utc};
use wire::agreement::{Agreement, AgreementStatus};
use wire::auth::Me;
use wire::municipality::{Municipality, MunicipalityInput};
use wire::organization::Organization;
use wire::{ErrorCode, Role, routes};

use crate::builders::{USER_PASSWORD, user_input};
use crate::helpers::spawn_demo_app_at;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[tokio::test]
async fn today_is_the_date_in_the_accounts_municipality_and_follows_the_clock() {
    // 20:30 UTC on 31 August: 23:30 in Volgograd, 03:30 on 1 September in Barnaul.
    let app = spawn_demo_app_at(Utc.with_ymd_and_hms(2026, 8, 31, 20, 30, 0).unwrap()).await;
    let admin = app.demo("admin").await;
    let volzhsky = app.demo("volzhsky.uo").await;

    let me: Me = volzhsky.get(routes::ME).await.json();
    assert_eq!(
        (me.today, me.time_zone.as_str()),
        (day(2026, 8, 31), "Europe/Volgograd")
    );
    let me: Me = admin.get(routes::ME).await.json();
    assert_eq!(
        (me.today, me.time_zone.as_str()),
        (day(2026, 8, 31), "Europe/Moscow")
    );

    let r = admin
        .post(
            routes::MUNICIPALITIES,
            &MunicipalityInput {
                name: "Кулундинский район".into(),
                time_zone: Some("Asia/Barnaul".into()),
                ..Default::default()
            },
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let altai: Municipality = r.json();
    assert_eq!(altai.time_zone, "Asia/Barnaul");
    let body = wire::user::UserCreate {
        municipality_id: Some(altai.id),
        ..user_input("kulunda.uo", Role::Authority, USER_PASSWORD)
    };
    assert_eq!(admin.post(routes::USERS, &body).await.status, 201);
    let kulunda = app.login("kulunda.uo", USER_PASSWORD).await;
    let me: Me = kulunda.get(routes::ME).await.json();
    assert_eq!(me.utc_offset_minutes, 7 * 60);
    assert_eq!(
        (me.today, me.time_zone.as_str()),
        (day(2026, 9, 1), "Asia/Barnaul")
    );

    // Half past midnight in Volgograd: 1 September there too.
    app.clock.advance(chrono::Duration::hours(1));
    let me: Me = volzhsky.get(routes::ME).await.json();
    assert_eq!(me.today, day(2026, 9, 1));
}

#[tokio::test]
async fn a_time_zone_the_database_does_not_know_is_refused_and_moscow_is_the_default() {
    let app = spawn_demo_app_at(Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap()).await;
    let admin = app.demo("admin").await;
    let bad = MunicipalityInput {
        name: "Атлантида".into(),
        time_zone: Some("Europe/Atlantis".into()),
        ..Default::default()
    };
    let r = admin.post(routes::MUNICIPALITIES, &bad).await;
    r.assert_field_error("time_zone", Some("time_zone"));
    r.problem(422, ErrorCode::ValidationFailed);

    let plain = MunicipalityInput {
        name: "Посёлок".into(),
        ..Default::default()
    };
    let r = admin.post(routes::MUNICIPALITIES, &plain).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json::<Municipality>().time_zone, "Europe/Moscow");
}

/// «Today» for an object is today in its municipality, whoever asks: an agreement that
/// ran to 31 August has expired for a school in Altai while Moscow is still on the 31st —
/// for the installation's administrator in Moscow too.
#[tokio::test]
async fn an_agreements_status_follows_the_day_in_its_municipality() {
    // 20:30 UTC on 31 August: 23:30 in Moscow, 03:30 on 1 September in Barnaul.
    let app = spawn_demo_app_at(Utc.with_ymd_and_hms(2026, 8, 31, 20, 30, 0).unwrap()).await;
    let s = crate::agreements::seed_000(&app).await;
    let base = app.demo("sosh25.director").await;
    let lyceum = app.demo("lyceum24.director").await;
    let admin = app.demo("admin").await;
    let mut body = crate::agreements::body(&s);
    body["date"] = serde_json::json!("2026-06-01");
    body["valid_from"] = serde_json::json!("2026-07-01");
    body["valid_to"] = serde_json::json!("2026-08-31");
    let r = base
        .post(&routes::network_agreements(s.network), &body)
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let a: Agreement = r.json();
    let submitted = base
        .post(
            &routes::agreement_action(a.id, "submit"),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.text);
    let sign = serde_json::json!({ "content_hash": a.content_hash });
    for who in [&base, &lyceum] {
        let r = who
            .post(&routes::agreement_action(a.id, "sign"), &sign)
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    assert_eq!(status(&admin, a.id).await, AgreementStatus::Active);

    // The schools' municipality moves to Altai time: there it is 1 September already.
    let org: Organization = admin.get(&routes::organization(s.sosh25)).await.json();
    let m: Municipality = admin
        .get(&routes::municipality(org.municipality_id))
        .await
        .json();
    let input = MunicipalityInput {
        name: m.name.clone(),
        region: m.region.clone(),
        authority_name: m.authority_name.clone(),
        external_id: m.external_id.clone(),
        time_zone: Some("Asia/Barnaul".into()),
    };
    let r = admin
        .put_if(
            &routes::municipality(m.id),
            &format!("\"{}\"", m.version),
            &input,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(status(&admin, a.id).await, AgreementStatus::Expired);
    assert_eq!(status(&base, a.id).await, AgreementStatus::Expired);
    let listed: wire::Page<Agreement> = admin
        .get(&routes::network_agreements(s.network))
        .await
        .json();
    assert_eq!(listed.items[0].status, AgreementStatus::Expired);
}

async fn status(c: &crate::client::TestClient, agreement: uuid::Uuid) -> AgreementStatus {
    let r = c.get(&routes::agreement(agreement)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json::<Agreement>().status
}
