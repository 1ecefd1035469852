//! Documents on networks, agreements and programmes: upload (multipart), download with
//! the right headers, who may see and change them, and that a failed upload or a
//! deletion leaves no bytes behind.

use serde_json::json;
use sha2::{Digest, Sha256};
use wire::ErrorCode;
use wire::Page;
use wire::agreement::Agreement;
use wire::document::{Document, DocumentKind, OwnerKind};
use wire::routes;

use crate::agreements::{body, seed_000};
use crate::client::{TestClient, Upload};
use crate::helpers::{spawn_demo_app, spawn_demo_app_with};

const PDF: &[u8] = include_bytes!("../../../fixtures/agreement-scan.pdf");
const DOCX: &[u8] = include_bytes!("../../../fixtures/work-programme.docx");
const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn sha256(b: &[u8]) -> String {
    format!("{:x}", Sha256::digest(b))
}

/// A PDF of about `n` bytes.
fn big_pdf(n: usize) -> Vec<u8> {
    let mut v = PDF.to_vec();
    v.extend((0..n).map(|i| (i % 250) as u8));
    v
}

async fn list(c: &TestClient, owner: OwnerKind, id: uuid::Uuid) -> Vec<Document> {
    let r = c.get(&routes::owner_documents(owner, id)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json::<Page<Document>>().items
}

#[tokio::test]
async fn a_document_downloads_as_it_was_uploaded() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    let mut up = Upload::new("Положение о сетевой форме №3.pdf", "application/pdf", PDF);
    up.kind = Some("regulation");
    up.title = Some("Положение о сетевой форме обучения");
    let r = admin
        .upload(&routes::owner_documents(OwnerKind::Network, s.network), &up)
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let d: Document = r.json();
    assert_eq!(r.header("location"), Some(routes::document(d.id).as_str()));
    assert_eq!(r.header("etag"), Some("\"1\""));
    assert_eq!(d.kind, DocumentKind::Regulation);
    assert_eq!(d.title, "Положение о сетевой форме обучения");
    assert_eq!(d.filename, "Положение о сетевой форме №3.pdf");
    assert_eq!(d.content_type, "application/pdf");
    assert_eq!(d.size_bytes, PDF.len() as i64);
    assert_eq!(d.sha256, sha256(PDF));
    assert_eq!(d.owner_type, OwnerKind::Network);
    assert_eq!(d.uploaded_by_name, "Администратор системы");

    // A member of the network (a teacher of Лицей №24) reads and downloads it.
    let teacher = app.demo("lyceum24.teacher").await;
    assert_eq!(
        list(&teacher, OwnerKind::Network, s.network).await,
        vec![d.clone()]
    );
    let (status, headers, bytes) = teacher.download(&d.content_url).await;
    assert_eq!(status, 200);
    assert_eq!(bytes, PDF);
    let h = |n: &str| headers.get(n).and_then(|v| v.to_str().ok()).unwrap_or("");
    assert_eq!(h("content-type"), "application/pdf");
    assert_eq!(h("content-length"), PDF.len().to_string());
    assert_eq!(h("etag"), format!("\"{}\"", sha256(PDF)));
    assert_eq!(h("x-content-type-options"), "nosniff");
    let cd = h("content-disposition");
    assert!(cd.starts_with("attachment"), "{cd}");
    // The Cyrillic name survives as RFC 5987 UTF-8.
    assert!(
        cd.contains("filename*=UTF-8''%D0%9F%D0%BE%D0%BB%D0%BE%D0%B6"),
        "{cd}"
    );
    let (_, headers, _) = teacher
        .download(&format!("{}?disposition=inline", d.content_url))
        .await;
    let cd = headers["content-disposition"].to_str().unwrap_or("");
    assert!(cd.starts_with("inline"), "{cd}");

    // Outside the network nothing is there: another municipality's authority, a
    // coordinator of another network.
    for outsider in ["volzhsky.uo", "sosh8.coord"] {
        let c = app.demo(outsider).await;
        c.get(&routes::owner_documents(OwnerKind::Network, s.network))
            .await
            .problem(404, ErrorCode::NotFound);
        c.get(&routes::document(d.id))
            .await
            .problem(404, ErrorCode::NotFound);
        c.get(&d.content_url)
            .await
            .problem(404, ErrorCode::NotFound);
        c.upload(&routes::owner_documents(OwnerKind::Network, s.network), &up)
            .await
            .problem(404, ErrorCode::NotFound);
    }
    // A member who does not manage the network may not attach.
    teacher
        .upload(&routes::owner_documents(OwnerKind::Network, s.network), &up)
        .await
        .problem(403, ErrorCode::Forbidden);

    // The upload is in the audit log.
    let r = admin
        .get(&format!(
            "{}?entity_type=document&entity_id={}",
            routes::AUDIT,
            d.id
        ))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["items"][0]["action"], "create", "{}", r.text);
}

#[tokio::test]
async fn bad_uploads_are_refused_and_leave_nothing_behind() {
    let app = spawn_demo_app_with(|s| s.document_max_mib = 1).await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    let path = routes::owner_documents(OwnerKind::Network, s.network);

    let exe = Upload::new(
        "setup.exe",
        "application/octet-stream",
        b"MZ\x90\x00\x03\x00\x00\x00\x04",
    );
    let p = admin
        .upload(&path, &exe)
        .await
        .problem(415, ErrorCode::UnsupportedDocumentType);
    assert!(p.detail.contains("PDF"), "{}", p.detail);
    admin
        .upload(&path, &Upload::new("договор.docx", DOCX_MIME, PDF))
        .await
        .problem(415, ErrorCode::DocumentTypeMismatch);
    admin
        .upload(&path, &Upload::new("договор.pdf", "image/png", PDF))
        .await
        .problem(415, ErrorCode::DocumentTypeMismatch);
    // Beyond the limit, whether the body says so in advance or not.
    let big = big_pdf(1024 * 1024 + 10);
    let p = admin
        .upload(&path, &Upload::new("скан.pdf", "application/pdf", &big))
        .await
        .problem(413, ErrorCode::DocumentTooLarge);
    assert!(p.detail.contains("1 МБ"), "{}", p.detail);
    let mut bad_kind = Upload::new("скан.pdf", "application/pdf", PDF);
    bad_kind.kind = Some("diploma");
    admin
        .upload(&path, &bad_kind)
        .await
        .assert_field_error("kind", None);
    admin
        .upload(&path, &Upload::new("пусто.pdf", "application/pdf", b""))
        .await
        .assert_field_error("file", Some("empty"));
    // No file part; not multipart at all.
    let form = reqwest::multipart::Form::new().text("kind", "scan");
    admin
        .send(admin.request(reqwest::Method::POST, &path).multipart(form))
        .await
        .problem(422, ErrorCode::FileMissing);
    admin
        .post(&path, &json!({"file": "x"}))
        .await
        .problem(415, ErrorCode::UnsupportedMediaType);
    let garbage = admin
        .request(reqwest::Method::POST, &path)
        .header("Content-Type", "multipart/form-data; boundary=XYZ")
        .body("--XYZ\r\nnot a header line at all");
    admin
        .send(garbage)
        .await
        .problem(400, ErrorCode::MalformedMultipart);

    assert!(list(&admin, OwnerKind::Network, s.network).await.is_empty());
    let left = app.stored_files().await;
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[tokio::test]
async fn large_files_stream_through_in_parts() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    // Larger than one storage part (5 MiB), so it goes up as a multipart upload.
    let big = big_pdf(12 * 1024 * 1024);
    let r = admin
        .upload(
            &routes::owner_documents(OwnerKind::Programme, s.programme),
            &Upload::new("Рабочая программа (скан).pdf", "application/pdf", &big),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let d: Document = r.json();
    assert_eq!(d.size_bytes, big.len() as i64);
    assert_eq!(d.sha256, sha256(&big));
    let (status, _, bytes) = admin.download(&d.content_url).await;
    assert_eq!(status, 200);
    assert_eq!(bytes.len(), big.len());
    assert_eq!(sha256(&bytes), sha256(&big));
    assert_eq!(app.stored_files().await.len(), 1);
}

#[tokio::test]
async fn each_party_attaches_to_its_agreement_and_only_parties_see_it() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let base = app.demo("sosh25.director").await;
    let r = base
        .post(&routes::network_agreements(s.network), &body(&s))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let a: Agreement = r.json();
    let path = routes::owner_documents(OwnerKind::Agreement, a.id);

    // The participant's director attaches the scan it signed; the base school's too.
    let lyceum = app.demo("lyceum24.director").await;
    let r = lyceum
        .upload(
            &path,
            &Upload::new("Договор (подпись лицея).pdf", "application/pdf", PDF),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let r = base
        .upload(&path, &Upload::new("Приложение 1.docx", DOCX_MIME, DOCX))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let annex: Document = r.json();
    assert_eq!(annex.content_type, DOCX_MIME);
    let docs = list(&base, OwnerKind::Agreement, a.id).await;
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, annex.id, "newest first");

    // A teacher of a party reads but does not attach.
    let teacher = app.demo("lyceum24.teacher").await;
    assert_eq!(list(&teacher, OwnerKind::Agreement, a.id).await.len(), 2);
    teacher
        .upload(&path, &Upload::new("x.pdf", "application/pdf", PDF))
        .await
        .problem(403, ErrorCode::Forbidden);
    teacher
        .delete(&routes::document(annex.id))
        .await
        .problem(403, ErrorCode::Forbidden);
    // Outsiders see nothing.
    let outsider = app.demo("sosh8.coord").await;
    outsider.get(&path).await.problem(404, ErrorCode::NotFound);
    outsider
        .get(&annex.content_url)
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn documents_are_renamed_with_if_match_and_deleted_with_their_bytes() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    let mut up = Upload::new("rp.docx", DOCX_MIME, DOCX);
    up.kind = Some("work_programme");
    let r = admin
        .upload(
            &routes::owner_documents(OwnerKind::Programme, s.programme),
            &up,
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let d: Document = r.json();
    assert_eq!(d.title, "rp.docx", "the file name is the default title");
    assert_eq!(app.stored_files().await.len(), 1);

    let change = json!({"title": "Рабочая программа «Робототехника»", "kind": "work_programme"});
    let r = admin
        .put_if(&routes::document(d.id), "\"1\"", &change)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let renamed: Document = r.json();
    assert_eq!(renamed.version, 2);
    assert_eq!(renamed.title, "Рабочая программа «Робототехника»");
    admin
        .put_if(&routes::document(d.id), "\"1\"", &change)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    admin
        .put(
            &routes::document(d.id),
            &json!({"title": "", "kind": "annex"}),
        )
        .await
        .assert_field_error("title", None);
    admin
        .delete_if(&routes::document(d.id), "\"1\"")
        .await
        .problem(412, ErrorCode::PreconditionFailed);

    let r = admin.delete_if(&routes::document(d.id), "\"2\"").await;
    assert_eq!(r.status, 204, "{}", r.text);
    admin
        .get(&routes::document(d.id))
        .await
        .problem(404, ErrorCode::NotFound);
    admin
        .get(&d.content_url)
        .await
        .problem(404, ErrorCode::NotFound);
    assert!(
        app.stored_files().await.is_empty(),
        "bytes deleted with the document"
    );
}

#[tokio::test]
async fn a_retried_upload_stores_one_document() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    let path = routes::owner_documents(OwnerKind::Network, s.network);
    let up = Upload::new("Приказ №12.pdf", "application/pdf", PDF);
    let first = admin.upload_keyed(&path, &up, Some("upload-1")).await;
    assert_eq!(first.status, 201, "{}", first.text);
    let again = admin.upload_keyed(&path, &up, Some("upload-1")).await;
    assert_eq!(again.status, 201, "{}", again.text);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body["id"], first.body["id"]);
    // Another file under the same key is a client error.
    admin
        .upload_keyed(
            &path,
            &Upload::new("другой.pdf", "application/pdf", &big_pdf(10)),
            Some("upload-1"),
        )
        .await
        .problem(422, ErrorCode::IdempotencyKeyReused);
    assert_eq!(list(&admin, OwnerKind::Network, s.network).await.len(), 1);
    assert_eq!(
        app.stored_files().await.len(),
        1,
        "the retry's bytes are not kept"
    );
}

#[tokio::test]
async fn an_upload_has_a_limit_of_parts_and_of_time() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    let path = routes::owner_documents(OwnerKind::Network, s.network);
    let mut form = reqwest::multipart::Form::new();
    for i in 0..9 {
        form = form.text(format!("note{i}"), "x");
    }
    let part = reqwest::multipart::Part::bytes(PDF.to_vec())
        .file_name("скан.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let form = form.part("file", part);
    let p = admin
        .send(admin.request(reqwest::Method::POST, &path).multipart(form))
        .await
        .problem(400, ErrorCode::MalformedMultipart);
    assert!(p.detail.contains("8"), "{}", p.detail);

    // An upload that stalls is cut off at its deadline (here: no time at all), and
    // leaves neither a row nor bytes.
    let app = spawn_demo_app_with(|s| s.document_upload_minutes = 0).await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    let path = routes::owner_documents(OwnerKind::Network, s.network);
    let head = format!(
        "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n\
         Content-Type: application/pdf\r\n\r\n{}",
        String::from_utf8_lossy(&PDF[..64])
    );
    let first =
        futures_util::stream::once(async move { Ok::<_, std::io::Error>(head.into_bytes()) });
    let stalled = futures_util::StreamExt::chain(first, futures_util::stream::pending());
    let rb = admin
        .request(reqwest::Method::POST, &path)
        .header("Content-Type", "multipart/form-data; boundary=XYZ")
        .body(reqwest::Body::wrap_stream(stalled));
    let p = admin
        .send(rb)
        .await
        .problem(400, ErrorCode::MalformedMultipart);
    assert!(p.detail.contains("0 мин"), "{}", p.detail);
    assert!(list(&admin, OwnerKind::Network, s.network).await.is_empty());
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM documents").await, 0);
    assert!(app.stored_files().await.is_empty());
}

#[tokio::test]
async fn documents_removed_with_their_programme_are_each_on_record() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let admin = app.demo("admin").await;
    let path = routes::owner_documents(OwnerKind::Programme, s.programme);
    let r = admin
        .upload(&path, &Upload::new("программа.pdf", "application/pdf", PDF))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let doc: Document = r.json();
    let programme = admin.get(&routes::programme(s.programme)).await;
    let etag = programme.header("etag").unwrap().to_owned();
    let r = admin
        .delete_if(&routes::programme(s.programme), &etag)
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = admin
        .get(&format!(
            "{}?entity_type=document&entity_id={}",
            routes::AUDIT,
            doc.id
        ))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let actions: Vec<&str> = r.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["delete", "create"]);
}
