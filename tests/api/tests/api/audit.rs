//! The audit log: every change recorded with its before and after, scoped by role.

use std::collections::HashSet;

use wire::audit::AuditEntry;
use wire::organization::Organization;
use wire::routes::{self, AUDIT};
use wire::{ErrorCode, Page};

use crate::builders::{
    all_orgs, bad_inn, create_municipality, demo, demo_municipality, demo_org, input_of, school,
};
use crate::client::TestClient;
use crate::helpers::{spawn_app, spawn_demo_app};

/// Every record the query finds, page after page.
async fn audit(c: &TestClient, query: &str) -> Vec<AuditEntry> {
    let mut out = Vec::new();
    let mut cursor = String::new();
    loop {
        let r = c.get(&format!("{AUDIT}?limit=500&{query}{cursor}")).await;
        assert_eq!(r.status, 200, "{}", r.text);
        let p: Page<AuditEntry> = r.json();
        out.extend(p.items);
        match p.next_cursor {
            Some(next) => cursor = format!("&cursor={next}"),
            None => return out,
        }
    }
}

#[tokio::test]
async fn creates_and_updates_are_recorded_newest_first_with_before_and_after() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Ростовский муниципальный район").await;
    let r = admin
        .post(routes::ORGANIZATIONS, &school(m.id, "Старое имя"))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let create_request = r.header("x-request-id").map(str::to_owned);
    let org: Organization = r.json();
    let mut input = input_of(&org);
    input.short_name = "Новое имя".into();
    assert_eq!(
        admin
            .put(&routes::organization(org.id), &input)
            .await
            .status,
        200
    );

    let entries = audit(&admin, &format!("entity_id={}", org.id)).await;

    let actions: Vec<_> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["update", "create"]);
    let (update, create) = (&entries[0], &entries[1]);
    assert!(update.at >= create.at);
    assert_eq!(create.entity_type, "organization");
    assert_eq!(create.actor_name, "admin");
    assert!(create.actor_id.is_some());
    assert!(create.before.is_none());
    assert_eq!(
        create.after.as_ref().map(|a| a["short_name"].clone()),
        Some("Старое имя".into())
    );
    assert_eq!(create.request_id, create_request);
    let before = update.before.as_ref().expect("before");
    let after = update.after.as_ref().expect("after");
    assert_eq!(before["short_name"], "Старое имя");
    assert_eq!(after["short_name"], "Новое имя");
    assert_eq!(before["version"], 1);
    assert_eq!(after["version"], 2);

    assert_eq!(
        audit(&admin, &format!("entity_id={}&action=create", org.id))
            .await
            .len(),
        1
    );
}

#[tokio::test]
async fn refused_changes_write_nothing() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Ростовский муниципальный район").await;
    let before = audit(&admin, "").await.len();

    let mut bad = school(m.id, "Школа");
    bad.inn = Some(bad_inn("760900001"));
    assert_eq!(admin.post(routes::ORGANIZATIONS, &bad).await.status, 422);
    let org = crate::builders::create_org(&admin, &school(m.id, "Школа")).await;
    let mut stale = input_of(&org);
    stale.short_name = "Другое".into();
    assert_eq!(
        admin
            .put_if(&routes::organization(org.id), "\"7\"", &stale)
            .await
            .status,
        412
    );

    let after = audit(&admin, "").await;
    assert_eq!(
        after.len(),
        before + 1,
        "only the successful create: {after:?}"
    );
    assert_eq!(after[0].action, "create");
    assert!(
        all_orgs(&admin)
            .await
            .iter()
            .all(|o| o.short_name == "Школа")
    );
}

#[tokio::test]
async fn sign_ins_are_recorded() {
    let app = spawn_app().await;
    let mut anonymous = app.client();
    anonymous
        .login("admin", "wrong-password")
        .await
        .problem(401, ErrorCode::InvalidCredentials);
    let admin = app.admin().await;

    let entries = audit(&admin, "entity_type=session").await;

    let actions: Vec<_> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["login", "login_failed"]);
    assert!(entries.iter().all(|e| e.actor_name == "admin"));
}

#[tokio::test]
async fn the_authority_reads_its_municipality_and_others_read_nothing() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let volzhsky = demo_municipality(&admin, demo::VOLZHSKY).await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let sosh8 = demo_org(&admin, demo::SOSH8).await;
    let mut renamed = input_of(&lyceum);
    renamed.short_name = "Лицей №24".into();
    assert_eq!(
        admin
            .put(&routes::organization(lyceum.id), &renamed)
            .await
            .status,
        200
    );
    let mut renamed = input_of(&sosh8);
    renamed.short_name = "СОШ № 8".into();
    assert_eq!(
        admin
            .put(&routes::organization(sosh8.id), &renamed)
            .await
            .status,
        200
    );
    let uo = app.demo("volzhsky.uo").await;

    let outside: HashSet<String> = all_orgs(&admin)
        .await
        .into_iter()
        .filter(|o| o.municipality_id != volzhsky.id)
        .map(|o| o.id.to_string())
        .collect();
    let seen = audit(&uo, "").await;
    assert!(
        seen.iter()
            .any(|e| e.entity_id == Some(sosh8.id.to_string()))
    );
    let leaked: Vec<_> = seen
        .iter()
        .filter(|e| e.entity_id.as_ref().is_some_and(|i| outside.contains(i)))
        .collect();
    assert!(
        leaked.is_empty(),
        "records of other municipalities: {leaked:?}"
    );
    assert!(
        audit(&uo, &format!("entity_id={}", lyceum.id))
            .await
            .is_empty()
    );
    assert_eq!(
        audit(&admin, &format!("entity_id={}&action=update", lyceum.id))
            .await
            .len(),
        1
    );

    for who in [
        "lyceum24.teacher",
        "lyceum24.director",
        "sosh8.coord",
        "region.integration",
    ] {
        app.demo(who)
            .await
            .get(AUDIT)
            .await
            .problem(403, ErrorCode::Forbidden);
    }
}
