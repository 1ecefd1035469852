//! The janitor over a real (SQLite) database and a real local directory.

use domain::access::{Actor, OwnerAccess};
use domain::document::{DocumentKind, FileType};
use domain::network::{NetworkModel, NetworkStatus};
use domain::period::Period;
use store::audit::AuditCtx;
use store::documents::StoredFile;

use super::*;

struct Fixture {
    store: Store,
    blobs: Blobs,
    owner: OwnerAccess,
    _dir: TempDir,
}

struct TempDir(std::path::PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn fixture(name: &str) -> Fixture {
    let dir = std::env::temp_dir().join(format!("setka-janitor-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::connect(&format!("sqlite://{}/t.db?mode=rwc", dir.display()))
        .await
        .unwrap();
    store.migrate().await.unwrap();
    let blobs = Blobs::local(&dir.join("files")).unwrap();
    let ctx = AuditCtx::system("test", Utc::now());
    let admin = Actor::installation();
    let mun = domain::MunicipalityId(store::new_id());
    let cap = admin.manage_municipality(mun).unwrap();
    let data = store::municipalities::MunicipalityData {
        name: "Волжский".into(),
        region: None,
        authority_name: None,
        external_id: None,
        time_zone: "Europe/Volgograd".into(),
    };
    store::municipalities::create(store.conn(), &cap, &data, &ctx)
        .await
        .unwrap();
    let cap = admin.create_network_in(mun).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
    let net = store::networks::NetworkData {
        name: "Сеть".into(),
        model: NetworkModel::ResourceCentre,
        goal: String::new(),
        tasks: vec![],
        expected_results: vec![],
        period: Period::new(day, None).unwrap(),
        status: NetworkStatus::Active,
    };
    let n = store::networks::create(store.conn(), &cap, &net, &[], &ctx)
        .await
        .unwrap();
    let noon = day.and_hms_opt(12, 0, 0).unwrap().and_utc();
    let facts = store::networks::facts(store.conn(), n.id, &ops::Clock::fixed(noon))
        .await
        .unwrap()
        .unwrap();
    Fixture {
        store,
        blobs,
        owner: OwnerAccess::Network(facts),
        _dir: TempDir(dir),
    }
}

/// An upload as the API makes it: the row, then the bytes; `finish` makes it a document.
async fn upload(f: &Fixture, finish: bool) -> store::entities::document::Model {
    let admin = Actor::installation();
    let cap = admin.attach_documents(&f.owner).unwrap();
    let ctx = AuditCtx::system("test", Utc::now());
    let row = store::documents::begin_upload(
        f.store.conn(),
        &cap,
        f.owner.network().id.as_uuid(),
        store::documents::Uploader {
            id: uuid::Uuid::nil(),
            name: "Тест",
            organization: None,
        },
        ctx.at,
    )
    .await
    .unwrap();
    let mut w = f.blobs.writer(&row.storage_key);
    w.write(b"%PDF-1.4").await.unwrap();
    w.finish().await.unwrap();
    if !finish {
        return row;
    }
    let file = StoredFile {
        kind: DocumentKind::Scan,
        title: "Скан".into(),
        filename: "скан.pdf".into(),
        file_type: FileType::Pdf,
        size_bytes: 8,
        sha256: "00".into(),
    };
    store::documents::finish_upload(f.store.conn(), &cap, row.id, &file, &ctx)
        .await
        .unwrap()
}

#[tokio::test]
async fn sweeps_abandoned_uploads_and_deleted_documents_but_keeps_the_rest() {
    let f = fixture("sweep").await;
    let kept = upload(&f, true).await;
    let abandoned = upload(&f, false).await;
    let deleted = upload(&f, true).await;
    let cap = Actor::installation().attach_documents(&f.owner).unwrap();
    let ctx = AuditCtx::system("test", Utc::now());
    store::documents::delete(f.store.conn(), &cap, deleted.id, None, &ctx)
        .await
        .unwrap();

    // A fresh upload is not abandoned yet: only the deletion is swept.
    let n = sweep(&f.store, &f.blobs, Utc::now() - ABANDONED_AFTER)
        .await
        .unwrap();
    assert_eq!(n, 1);
    assert!(!f.blobs.exists(&deleted.storage_key).await.unwrap());
    assert!(f.blobs.exists(&abandoned.storage_key).await.unwrap());

    // Later, the upload counts as abandoned.
    let n = sweep(
        &f.store,
        &f.blobs,
        Utc::now() + chrono::Duration::minutes(1),
    )
    .await
    .unwrap();
    assert_eq!(n, 1);
    assert!(!f.blobs.exists(&abandoned.storage_key).await.unwrap());
    assert!(f.blobs.exists(&kept.storage_key).await.unwrap());
    let read = Actor::installation().read_documents(&f.owner).unwrap();
    let (docs, _) = store::documents::list(f.store.conn(), &read, None, None)
        .await
        .unwrap();
    assert_eq!(docs.iter().map(|d| d.id).collect::<Vec<_>>(), vec![kept.id]);
    // Nothing left to do.
    assert_eq!(
        sweep(
            &f.store,
            &f.blobs,
            Utc::now() + chrono::Duration::minutes(1)
        )
        .await
        .unwrap(),
        0
    );
}

#[tokio::test]
async fn removing_a_network_sweeps_its_documents() {
    let f = fixture("network").await;
    let doc = upload(&f, true).await;
    let n = f.owner.network().clone();
    let cap = Actor::installation().delete_network(&n).unwrap();
    let ctx = AuditCtx::system("test", Utc::now());
    store::networks::delete(f.store.conn(), &cap, None, &ctx)
        .await
        .unwrap();
    assert_eq!(sweep(&f.store, &f.blobs, Utc::now()).await.unwrap(), 1);
    assert!(!f.blobs.exists(&doc.storage_key).await.unwrap());
}
