//! Cursor paging, text search and filters of the organizations list.

use uuid::Uuid;
use wire::organization::Organization;
use wire::routes::ORGANIZATIONS;
use wire::{ErrorCode, OrganizationKind, Page};

use crate::builders::{create_municipality, create_org, school};
use crate::client::TestClient;
use crate::helpers::spawn_app;

async fn page(c: &TestClient, query: &str) -> Page<Organization> {
    let r = c.get(&format!("{ORGANIZATIONS}?{query}")).await;
    assert_eq!(r.status, 200, "{query}: {}", r.text);
    r.json()
}

fn names(p: &[Organization]) -> Vec<&str> {
    p.iter().map(|o| o.short_name.as_str()).collect()
}

#[tokio::test]
async fn pages_follow_the_cursor_and_cover_every_item_once() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Сергиево-Посадский городской округ").await;
    // Created out of order; the list sorts by short name.
    let wanted = [
        "Школа Ж",
        "Школа В",
        "Школа А",
        "Школа Д",
        "Школа Б",
        "Школа Г",
        "Школа Е",
    ];
    for name in wanted {
        create_org(&admin, &school(m.id, name)).await;
    }
    let other = create_municipality(&admin, "Другой район").await;
    create_org(&admin, &school(other.id, "Школа Аа (чужая)")).await;

    let mut seen = Vec::new();
    let mut query = format!("municipality_id={}&limit=3", m.id);
    let mut sizes = Vec::new();
    loop {
        let p = page(&admin, &query).await;
        sizes.push(p.items.len());
        seen.extend(p.items);
        match p.next_cursor {
            Some(cur) => query = format!("municipality_id={}&limit=3&cursor={cur}", m.id),
            None => break,
        }
        assert!(sizes.len() < 10, "the cursor does not advance");
    }

    assert_eq!(sizes, [3, 3, 1]);
    let mut expected = wanted.to_vec();
    expected.sort();
    assert_eq!(names(&seen), expected);

    // Creation order pages by id.
    let mut created = Vec::new();
    let mut query = format!("municipality_id={}&sort=created_at&limit=3", m.id);
    loop {
        let p = page(&admin, &query).await;
        created.extend(p.items);
        match p.next_cursor {
            Some(cur) => {
                query = format!(
                    "municipality_id={}&sort=created_at&limit=3&cursor={cur}",
                    m.id
                )
            }
            None => break,
        }
        assert!(created.len() <= wanted.len(), "the cursor does not advance");
    }
    assert_eq!(names(&created), wanted);

    let desc = page(
        &admin,
        &format!("municipality_id={}&sort=-short_name&limit=100", m.id),
    )
    .await;
    expected.reverse();
    assert_eq!(names(&desc.items), expected);
}

#[tokio::test]
async fn bad_cursors_and_filters_are_invalid_queries() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    for query in [
        "cursor=not-a-cursor",
        "cursor=bm90IGpzb24",
        "kind=spaceport",
        "low_results=perhaps",
    ] {
        let r = admin.get(&format!("{ORGANIZATIONS}?{query}")).await;
        assert_eq!(r.status, 400, "{query}: {}", r.text);
        r.problem(400, ErrorCode::InvalidQuery);
    }
}

#[tokio::test]
async fn text_search_ignores_case_and_yo() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Ростовский муниципальный район").await;
    let mut yolka = school(m.id, "Детский центр «Ёлочка»");
    yolka.kind = OrganizationKind::AdditionalEducation;
    yolka.external_id = Some("rostov-yolochka".into());
    create_org(&admin, &yolka).await;
    create_org(&admin, &school(m.id, "МОУ Белогостицкая СОШ")).await;

    for q in ["ЁЛОЧКА", "елочк", "Ёлочка", "rostov-yol", "ROSTOV-YOL"] {
        let p = page(&admin, &format!("q={q}")).await;
        assert_eq!(names(&p.items), ["Детский центр «Ёлочка»"], "q={q}");
    }
    let p = page(&admin, "q=белогостиц").await;
    assert_eq!(names(&p.items), ["МОУ Белогостицкая СОШ"]);
    assert!(page(&admin, "q=лицей").await.items.is_empty());
    // LIKE wildcards are text, not patterns.
    assert!(page(&admin, "q=%25").await.items.is_empty());
    assert!(page(&admin, "q=_").await.items.is_empty());
}

#[tokio::test]
async fn filters_narrow_the_list() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let a = create_municipality(&admin, "Район А").await;
    let b = create_municipality(&admin, "Район Б").await;
    let mut lyceum = school(a.id, "Лицей №24");
    lyceum.kind = OrganizationKind::Lyceum;
    create_org(&admin, &lyceum).await;
    let mut weak = school(a.id, "СОШ №25");
    weak.low_results = true;
    create_org(&admin, &weak).await;
    create_org(&admin, &school(b.id, "СОШ №13")).await;

    assert_eq!(
        names(&page(&admin, "kind=lyceum").await.items),
        ["Лицей №24"]
    );
    assert_eq!(
        names(&page(&admin, "low_results=true").await.items),
        ["СОШ №25"]
    );
    assert_eq!(page(&admin, "low_results=false").await.items.len(), 2);
    assert_eq!(
        names(
            &page(&admin, &format!("municipality_id={}", b.id))
                .await
                .items
        ),
        ["СОШ №13"]
    );
    let both = page(&admin, &format!("municipality_id={}&kind=school", a.id)).await;
    assert_eq!(names(&both.items), ["СОШ №25"]);
    assert!(
        page(&admin, &format!("municipality_id={}", Uuid::new_v4()))
            .await
            .items
            .is_empty()
    );
}
