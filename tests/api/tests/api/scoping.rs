//! What each role sees and may change, on the demo data. Out of scope looks absent (404);
//! visible but not allowed is 403.

use wire::organization::Organization;
use wire::routes;
use wire::{ErrorCode, OrganizationKind};

use crate::builders::{
    all_orgs, create_org, demo, demo_municipality, demo_org, input_of, school, staff_input,
};
use crate::helpers::spawn_demo_app;

#[tokio::test]
async fn the_authority_works_within_its_municipality() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let volzhsky = demo_municipality(&admin, demo::VOLZHSKY).await;
    let sergiev = demo_municipality(&admin, demo::SERGIEV_POSAD).await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let uo = app.demo("volzhsky.uo").await;

    let seen = all_orgs(&uo).await;
    assert_eq!(seen.len(), 13, "the 13 schools of Волжский");
    assert!(seen.iter().all(|o| o.municipality_id == volzhsky.id));
    uo.get(&routes::organization(lyceum.id))
        .await
        .problem(404, ErrorCode::NotFound);
    uo.put(&routes::organization(lyceum.id), &input_of(&lyceum))
        .await
        .problem(404, ErrorCode::NotFound);
    uo.delete(&routes::organization(lyceum.id))
        .await
        .problem(404, ErrorCode::NotFound);
    uo.get(&routes::organization_staff(lyceum.id))
        .await
        .problem(404, ErrorCode::NotFound);

    let r = uo
        .post(routes::ORGANIZATIONS, &school(volzhsky.id, "МОУ СОШ № 40"))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let own: Organization = r.json();
    let mut flagged = input_of(&own);
    flagged.low_results = true;
    assert_eq!(
        uo.put(&routes::organization(own.id), &flagged).await.status,
        200
    );

    uo.post(routes::ORGANIZATIONS, &school(sergiev.id, "МБОУ СОШ № 40"))
        .await
        .assert_field_error("municipality_id", Some("unknown_reference"));
    // Nor may it move its school to another municipality.
    flagged.municipality_id = sergiev.id;
    uo.put(&routes::organization(own.id), &flagged)
        .await
        .assert_field_error("municipality_id", Some("unknown_reference"));
}

#[tokio::test]
async fn a_school_admin_edits_the_details_of_its_own_school_only() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let sosh25 = demo_org(&admin, demo::SOSH25).await;
    let mut branch = school(lyceum.municipality_id, "Филиал Лицея №24");
    branch.kind = OrganizationKind::Branch;
    branch.parent_id = Some(lyceum.id);
    let branch = create_org(&admin, &branch).await;
    let director = app.demo("lyceum24.director").await;

    let mut seen: Vec<_> = all_orgs(&director)
        .await
        .into_iter()
        .map(|o| o.id)
        .collect();
    seen.sort();
    // Its school, the school's branch, and СОШ №25, its partner in the demo network of
    // seed 000 (readable, never changeable).
    let mut expected = vec![lyceum.id, branch.id, sosh25.id];
    expected.sort();
    assert_eq!(
        seen, expected,
        "its school, its branch and its network peer"
    );
    assert_eq!(
        director.get(&routes::organization(sosh25.id)).await.status,
        200
    );
    director
        .put(&routes::organization(sosh25.id), &input_of(&sosh25))
        .await
        .problem(403, ErrorCode::Forbidden);
    let stranger = demo_org(&admin, demo::SOSH8).await;
    director
        .get(&routes::organization(stranger.id))
        .await
        .problem(404, ErrorCode::NotFound);
    director
        .put(&routes::organization(stranger.id), &input_of(&stranger))
        .await
        .problem(404, ErrorCode::NotFound);

    let path = routes::organization(lyceum.id);
    let mut renamed = input_of(&lyceum);
    renamed.short_name = "Лицей №24".into();
    renamed.address = Some("г. Сергиев Посад-6, ул. Октябрьская, д. 21".into());
    let r = director.put(&path, &renamed).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<Organization>().short_name, "Лицей №24");

    let mut flagged = renamed.clone();
    flagged.low_results = true;
    let p = director
        .put(&path, &flagged)
        .await
        .problem(403, ErrorCode::FieldNotEditable);
    assert!(p.detail.contains("low_results"), "{}", p.detail);
    let mut moved = renamed.clone();
    moved.external_id = Some("my-own-id".into());
    director
        .put(&path, &moved)
        .await
        .problem(403, ErrorCode::FieldNotEditable);
    assert!(!admin.get(&path).await.json::<Organization>().low_results);

    director
        .delete(&path)
        .await
        .problem(403, ErrorCode::Forbidden);
    let m = lyceum.municipality_id;
    director
        .post(routes::ORGANIZATIONS, &school(m, "Новая школа"))
        .await
        .problem(403, ErrorCode::Forbidden);
    assert_eq!(
        director
            .post(
                &routes::organization_staff(lyceum.id),
                &staff_input("Орлова")
            )
            .await
            .status,
        201
    );
    assert_eq!(admin.get(&path).await.status, 200);
}

#[tokio::test]
async fn a_teacher_and_a_coordinator_read_their_school_but_change_nothing() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let sosh8 = demo_org(&admin, demo::SOSH8).await;

    // `other` shares no network with `own`; network peers are readable (see above).
    for (who, own, other) in [
        ("lyceum24.teacher", &lyceum, &sosh8),
        ("sosh8.coord", &sosh8, &lyceum),
    ] {
        let c = app.demo(who).await;
        let path = routes::organization(own.id);
        assert_eq!(c.get(&path).await.status, 200, "{who}");
        assert_eq!(
            c.get(&routes::organization_staff(own.id)).await.status,
            200,
            "{who}"
        );
        let ids: Vec<_> = all_orgs(&c).await.into_iter().map(|o| o.id).collect();
        assert!(
            ids.contains(&own.id) && !ids.contains(&other.id),
            "{who}: {ids:?}"
        );
        c.get(&routes::organization(other.id))
            .await
            .problem(404, ErrorCode::NotFound);

        c.put(&path, &input_of(own))
            .await
            .problem(403, ErrorCode::Forbidden);
        c.delete(&path).await.problem(403, ErrorCode::Forbidden);
        c.post(&routes::organization_staff(own.id), &staff_input("Орлова"))
            .await
            .problem(403, ErrorCode::Forbidden);
        let figures = wire::figures::YearlyFiguresInput {
            students_total: 1,
            teachers_total: 1,
        };
        c.put(
            &routes::organization_figures_year(own.id, "2021-2022"),
            &figures,
        )
        .await
        .problem(403, ErrorCode::Forbidden);
        c.post(
            routes::ORGANIZATIONS,
            &school(own.municipality_id, "Новая школа"),
        )
        .await
        .problem(403, ErrorCode::Forbidden);
        c.get(routes::USERS)
            .await
            .problem(403, ErrorCode::Forbidden);
        c.get(routes::AUDIT)
            .await
            .problem(403, ErrorCode::Forbidden);
    }
}

#[tokio::test]
async fn the_integration_account_creates_and_upserts_in_its_municipality() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let volzhsky = demo_municipality(&admin, demo::VOLZHSKY).await;
    let sergiev = demo_municipality(&admin, demo::SERGIEV_POSAD).await;
    let sosh8 = demo_org(&admin, demo::SOSH8).await;
    let integration = app.demo("region.integration").await;

    let r = integration
        .post(routes::ORGANIZATIONS, &school(volzhsky.id, "МОУ СОШ № 41"))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let mut body = input_of(&sosh8);
    body.adverse_conditions = true;
    let r = integration
        .put(&routes::organization_by_external_id(demo::SOSH8), &body)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let updated: Organization = r.json();
    assert_eq!(updated.id, sosh8.id);
    assert!(updated.adverse_conditions);
    let new = school(volzhsky.id, "МОУ СОШ № 42");
    let r = integration
        .put(
            &routes::organization_by_external_id("volzhsky-sosh-42"),
            &new,
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);

    let elsewhere = school(sergiev.id, "МБОУ СОШ № 42");
    integration
        .put(
            &routes::organization_by_external_id("sp-sosh-42"),
            &elsewhere,
        )
        .await
        .assert_field_error("municipality_id", Some("unknown_reference"));
    integration
        .get(routes::USERS)
        .await
        .problem(403, ErrorCode::Forbidden);
}

#[tokio::test]
async fn only_the_admin_administers_accounts() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let r = admin.get(routes::USERS).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<wire::Page<wire::user::User>>().items.len(), 7);
    for who in ["volzhsky.uo", "lyceum24.director"] {
        let c = app.demo(who).await;
        c.get(routes::USERS)
            .await
            .problem(403, ErrorCode::Forbidden);
        let body =
            crate::builders::user_input("intruder", wire::Role::Admin, "long-enough-password");
        c.post(routes::USERS, &body)
            .await
            .problem(403, ErrorCode::Forbidden);
    }
}
