//! Municipalities: the administrator manages them; everyone else sees their own.

use wire::municipality::{Municipality, MunicipalityInput};
use wire::routes;
use wire::{ErrorCode, Page};

use crate::builders::{create_municipality, demo, demo_municipality, municipality_with_school};
use crate::helpers::{spawn_app, spawn_demo_app};

#[tokio::test]
async fn a_municipality_with_live_organizations_cannot_be_deleted() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, org) = municipality_with_school(&admin).await;
    let path = routes::municipality(m.id);

    admin
        .delete(&path)
        .await
        .problem(409, ErrorCode::StillReferenced);
    assert_eq!(
        admin.delete(&routes::organization(org.id)).await.status,
        204
    );
    admin
        .delete_if(&path, "\"9\"")
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    assert_eq!(admin.delete_if(&path, "\"1\"").await.status, 204);
    admin.get(&path).await.problem(404, ErrorCode::NotFound);

    let empty = MunicipalityInput {
        name: "  ".into(),
        ..Default::default()
    };
    admin
        .post(routes::MUNICIPALITIES, &empty)
        .await
        .assert_field_error("name", None);
}

#[tokio::test]
async fn the_authority_sees_only_its_own_municipality() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let volzhsky = demo_municipality(&admin, demo::VOLZHSKY).await;
    let sergiev = demo_municipality(&admin, demo::SERGIEV_POSAD).await;
    let uo = app.demo("volzhsky.uo").await;

    let listed: Page<Municipality> = uo.get(routes::MUNICIPALITIES).await.json();
    assert_eq!(listed.items, std::slice::from_ref(&volzhsky));
    assert_eq!(uo.get(&routes::municipality(volzhsky.id)).await.status, 200);
    uo.get(&routes::municipality(sergiev.id))
        .await
        .problem(404, ErrorCode::NotFound);
    let rename = MunicipalityInput {
        name: "Волжский".into(),
        ..Default::default()
    };
    uo.put(&routes::municipality(volzhsky.id), &rename)
        .await
        .problem(403, ErrorCode::Forbidden);
    uo.post(routes::MUNICIPALITIES, &rename)
        .await
        .problem(403, ErrorCode::Forbidden);
    let created = create_municipality(&admin, "Новый район").await;
    uo.get(&routes::municipality(created.id))
        .await
        .problem(404, ErrorCode::NotFound);
}
