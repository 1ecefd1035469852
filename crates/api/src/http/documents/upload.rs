//! Uploading documents: the multipart body is streamed into object storage while its
//! type is recognised, its size counted and its SHA-256 computed; only then does the
//! document become visible. Whatever fails on the way, nothing stays behind: not the
//! row, not the bytes.

use actix_multipart::{Field, Multipart, MultipartError};
use actix_web::HttpResponse;
use blobs::BlobWriter;
use domain::access::{CanManage, OwnerAccess};
use domain::document::{
    DocumentKind, DocumentOwner, FileProblem, FileType, SNIFF_BYTES, check_file, clean_filename,
};
use futures_util::StreamExt;
use serde::Serialize;
use sha2::{Digest, Sha256};
use store::documents::StoredFile;
use store::entities::document::Model;
use uuid::Uuid;
use wire::ErrorCode;
use wire::document::Document;

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{CreateRequest, Created, IdempotencyKey, create_idempotent};
use crate::i18n::Issue;
use crate::state::AppState;

/// Text fields of the form are short; anything longer is not ours.
const TEXT_FIELD_BYTES: usize = 4 * 1024;

pub fn to_wire(m: &Model) -> OpResult<Document> {
    Ok(Document {
        id: m.id,
        owner_type: store::documents::owner_kind_of(m)?,
        owner_id: m.owner_id,
        kind: store::documents::kind_of(m)?,
        title: m.title.clone(),
        filename: m.filename.clone(),
        content_type: m.content_type.clone(),
        size_bytes: m.size_bytes,
        sha256: m.sha256.clone(),
        uploaded_by_name: m.uploader_name.clone(),
        uploaded_at: m.created_at,
        content_url: wire::routes::document_content(m.id),
        version: m.version,
    })
}

/// What identifies an upload for `Idempotency-Key`: a retry sends the same bytes under
/// the same name, kind and title.
#[derive(Serialize)]
struct Fingerprint<'a> {
    owner: &'a str,
    owner_id: Uuid,
    kind: DocumentKind,
    title: &'a str,
    filename: &'a str,
    sha256: &'a str,
}

/// The parts of the form as they arrived.
struct Parts {
    file: Option<StoredFile>,
    kind: Option<String>,
    title: Option<String>,
}

pub struct Upload<'a> {
    pub state: &'a AppState,
    pub auth: &'a Authenticated,
    pub owner: &'a OwnerAccess,
    pub cap: CanManage<DocumentOwner>,
    pub key: IdempotencyKey,
}

/// Most parts a form may have (file, kind, title and a few unknown ones read past).
const MAX_PARTS: usize = 8;

/// Streams the form into storage and records the document. The row that names the
/// storage key is committed only once the file's first bytes have been accepted (its
/// type recognised), and before any byte is written under the key, so storage never
/// holds bytes no row names and a refused upload leaves no row at all. The whole upload
/// has `document_upload_minutes` to arrive, and at most [`MAX_PARTS`] parts.
pub async fn upload(u: Upload<'_>, mut form: Multipart) -> ApiResult<HttpResponse> {
    let state = u.state;
    let mut row: Option<Model> = None;
    let outcome = async {
        let parts = read_form(&mut form, &u, &mut row).await?;
        let stored = complete(parts)?;
        let opened = row
            .as_ref()
            .ok_or_else(|| OpError::code(ErrorCode::FileMissing))?;
        record(&u, opened, &stored).await
    }
    .await;
    let fresh = matches!(&outcome, Ok(r) if !r.headers().contains_key("idempotent-replayed"));
    if !fresh && let Some(row) = &row {
        discard(state, row).await;
    }
    outcome
}

/// Opens the upload's row once its bytes are accepted.
async fn open_row(u: &Upload<'_>) -> OpResult<Model> {
    Ok(store::documents::begin_upload(
        u.state.store.conn(),
        &u.cap,
        u.owner.network().id.as_uuid(),
        store::documents::Uploader {
            id: u.auth.user.id,
            name: &u.auth.user.display_name,
            organization: u.auth.actor.organization,
        },
        u.auth.audit.at,
    )
    .await?)
}

/// The next item of a body stream, unless the upload's deadline passes first. Only the
/// wait for the client's bytes is cut short, never a write to the database or storage,
/// so a timed-out upload is cleaned up like any other failed one.
async fn next_before<S: futures_util::Stream + Unpin>(
    stream: &mut S,
    deadline: tokio::time::Instant,
    minutes: u64,
) -> OpResult<Option<S::Item>> {
    tokio::time::timeout_at(deadline, stream.next())
        .await
        .map_err(|_| upload_timed_out(minutes))
}

fn upload_timed_out(minutes: u64) -> OpError {
    OpError::with_detail(
        ErrorCode::MalformedMultipart,
        format!("Загрузка не завершилась за {minutes} мин.: попробуйте ещё раз"),
        format!("The upload did not finish within {minutes} min: try again"),
    )
}

fn max_bytes(state: &AppState) -> u64 {
    state.settings.document_max_mib * 1024 * 1024
}

/// Deletes what an upload that did not become a document left: its bytes, then its row.
/// If either step fails, the row stays queued and the janitor finishes the job.
async fn discard(state: &AppState, row: &Model) {
    match store::documents::abandon_upload(state.store.conn(), row.id, state.clock().now()).await {
        Ok(true) => crate::janitor::purge_one(state, row.id, &row.storage_key).await,
        Ok(false) => {}
        Err(e) => tracing::warn!(error = %e, id = %row.id, "abandoning a failed upload"),
    }
}

async fn record(u: &Upload<'_>, row: &Model, stored: &StoredFile) -> ApiResult<HttpResponse> {
    let owner = u.cap.target();
    let fingerprint = Fingerprint {
        owner: owner.kind.as_str(),
        owner_id: owner.id,
        kind: stored.kind,
        title: &stored.title,
        filename: &stored.filename,
        sha256: &stored.sha256,
    };
    let path = wire::routes::owner_documents(owner.kind, owner.id);
    let req = CreateRequest {
        path: &path,
        body: &fingerprint,
        location: document_url,
    };
    create_idempotent(u.state, u.auth, u.key.clone(), req, async |ctx| {
        let m =
            store::documents::finish_upload(ctx.db, &u.cap, row.id, stored, &u.auth.audit).await?;
        Created::new(&to_wire(&m)?)
    })
    .await
}

fn document_url(id: Uuid) -> String {
    wire::routes::document(id)
}

async fn read_form(
    form: &mut Multipart,
    u: &Upload<'_>,
    row: &mut Option<Model>,
) -> OpResult<Parts> {
    let mut parts = Parts {
        file: None,
        kind: None,
        title: None,
    };
    let minutes = u.state.settings.document_upload_minutes;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(minutes * 60);
    let mut count = 0;
    while let Some(field) = next_before(form, deadline, minutes).await? {
        count += 1;
        if count > MAX_PARTS {
            return Err(OpError::with_detail(
                ErrorCode::MalformedMultipart,
                format!("В форме больше {MAX_PARTS} частей"),
                format!("The form has more than {MAX_PARTS} parts"),
            ));
        }
        let mut field = field.map_err(multipart_error)?;
        let name = field.name().unwrap_or("").to_owned();
        match name.as_str() {
            "file" if parts.file.is_some() => {
                return Err(OpError::with_detail(
                    ErrorCode::ValidationFailed,
                    "Загружайте по одному файлу за запрос",
                    "Upload one file per request",
                ));
            }
            "file" => parts.file = Some(store_file(&mut field, u, row, deadline).await?),
            "kind" => parts.kind = Some(read_text(&mut field, "kind", deadline, minutes).await?),
            "title" => parts.title = Some(read_text(&mut field, "title", deadline, minutes).await?),
            // Other parts are not ours; read past them.
            _ => {
                read_text(&mut field, &name, deadline, minutes).await?;
            }
        }
    }
    Ok(parts)
}

/// Checks the text fields and completes what the form left out.
fn complete(parts: Parts) -> OpResult<StoredFile> {
    let Some(mut file) = parts.file else {
        return Err(OpError::code(ErrorCode::FileMissing));
    };
    let kind = match parts.kind.as_deref().map(str::trim) {
        None | Some("") => DocumentKind::Other,
        Some(k) => {
            store::networks::parse_enum(k).ok_or_else(|| OpError::field("kind", Issue::Invalid))?
        }
    };
    let title = parts
        .title
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| file.filename.clone());
    if title.chars().count() > 300 {
        return Err(OpError::field("title", Issue::TooLong { max: 300 }));
    }
    if title.chars().any(char::is_control) {
        return Err(OpError::field("title", Issue::ControlCharacters));
    }
    file.kind = kind;
    file.title = title;
    Ok(file)
}

async fn read_text(
    field: &mut Field,
    name: &str,
    deadline: tokio::time::Instant,
    minutes: u64,
) -> OpResult<String> {
    let mut buf = Vec::new();
    while let Some(chunk) = next_before(field, deadline, minutes).await? {
        let chunk = chunk.map_err(multipart_error)?;
        if buf.len() + chunk.len() > TEXT_FIELD_BYTES {
            return Err(OpError::field(
                name,
                Issue::TooLong {
                    max: TEXT_FIELD_BYTES,
                },
            ));
        }
        buf.extend_from_slice(&chunk);
    }
    String::from_utf8(buf).map_err(|_| OpError::field(name, Issue::Invalid))
}

/// The file part, streamed: the first [`SNIFF_BYTES`] decide its type before the row is
/// opened and anything is written; the rest follows chunk by chunk.
async fn store_file(
    field: &mut Field,
    u: &Upload<'_>,
    row: &mut Option<Model>,
    deadline: tokio::time::Instant,
) -> OpResult<StoredFile> {
    let max = max_bytes(u.state);
    let minutes = u.state.settings.document_upload_minutes;
    let raw_name = field
        .content_disposition()
        .and_then(|cd| cd.get_filename())
        .unwrap_or("")
        .to_owned();
    let filename = clean_filename(&raw_name).map_err(file_problem)?;
    let declared = field.content_type().map(|m| m.essence_str().to_owned());
    let mut head = Vec::new();
    let mut writer: Option<(BlobWriter, FileType)> = None;
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let head_of = Head {
        filename: &filename,
        declared: declared.as_deref(),
    };
    let result = async {
        while let Some(chunk) = next_before(field, deadline, minutes).await? {
            let chunk = chunk.map_err(multipart_error)?;
            size += chunk.len() as u64;
            if size > max {
                return Err(too_large(max));
            }
            hasher.update(&chunk);
            match &mut writer {
                Some((w, _)) => w.write(&chunk).await.map_err(storage_error)?,
                None => {
                    head.extend_from_slice(&chunk);
                    if head.len() >= SNIFF_BYTES {
                        writer = Some(start(u, row, &head_of, &head).await?);
                    }
                }
            }
        }
        let (w, file_type) = match writer.take() {
            Some(w) => w,
            None => start(u, row, &head_of, &head).await?,
        };
        w.finish().await.map_err(storage_error)?;
        Ok(file_type)
    }
    .await;
    match result {
        Ok(file_type) => Ok(StoredFile {
            kind: DocumentKind::Other,
            title: String::new(),
            filename,
            file_type,
            size_bytes: i64::try_from(size).unwrap_or(i64::MAX),
            sha256: format!("{:x}", hasher.finalize()),
        }),
        Err(e) => {
            if let Some((w, _)) = writer {
                w.abort().await;
            }
            Err(e)
        }
    }
}

/// What the form says of a file, to check against its first bytes.
struct Head<'a> {
    filename: &'a str,
    declared: Option<&'a str>,
}

/// Decides the type from the head; only an accepted file opens its row, and writing
/// starts under the row's key.
async fn start(
    u: &Upload<'_>,
    row: &mut Option<Model>,
    of: &Head<'_>,
    head: &[u8],
) -> OpResult<(BlobWriter, FileType)> {
    let sniff = &head[..head.len().min(SNIFF_BYTES)];
    let file_type = check_file(of.filename, of.declared, sniff).map_err(file_problem)?;
    let opened = open_row(u).await?;
    let mut w = u.state.blobs.writer(&opened.storage_key);
    *row = Some(opened);
    w.write(head).await.map_err(storage_error)?;
    Ok((w, file_type))
}

fn too_large(max: u64) -> OpError {
    let mib = max / (1024 * 1024);
    OpError::with_detail(
        ErrorCode::DocumentTooLarge,
        format!("Файл больше допустимого: не более {mib} МБ"),
        format!("The file exceeds the limit of {mib} MiB"),
    )
}

/// Refuses an upload whose declared length is beyond the limit before reading it.
pub fn check_declared_length(length: Option<u64>, state: &AppState) -> OpResult<()> {
    let max = max_bytes(state);
    // The form around the file adds a little; allow for it.
    match length {
        Some(n) if n > max + 64 * 1024 => Err(too_large(max)),
        _ => Ok(()),
    }
}

fn file_problem(p: FileProblem) -> OpError {
    match p {
        FileProblem::Empty => OpError::field("file", Issue::Empty),
        FileProblem::BadName => OpError::field("file", Issue::Required),
        FileProblem::Unsupported => OpError::code(ErrorCode::UnsupportedDocumentType),
        FileProblem::DeclaredMismatch { declared, actual } => OpError::with_detail(
            ErrorCode::DocumentTypeMismatch,
            format!(
                "Файл заявлен как {declared}, а по содержимому это {}",
                actual.mime()
            ),
            format!(
                "The file is declared as {declared} but its content is {}",
                actual.mime()
            ),
        ),
        FileProblem::ExtensionMismatch { extension, actual } => OpError::with_detail(
            ErrorCode::DocumentTypeMismatch,
            format!(
                "Расширение .{extension} не соответствует содержимому файла ({}, ожидается .{})",
                actual.mime(),
                actual.extensions()[0]
            ),
            format!(
                "The extension .{extension} does not match the file's content ({}, expected .{})",
                actual.mime(),
                actual.extensions()[0]
            ),
        ),
    }
}

fn storage_error(e: blobs::BlobError) -> OpError {
    OpError::Internal(format!("document storage: {e}"))
}

fn multipart_error(e: MultipartError) -> OpError {
    match e {
        MultipartError::ContentTypeMissing
        | MultipartError::ContentTypeParse
        | MultipartError::ContentTypeIncompatible
        | MultipartError::BoundaryMissing => OpError::with_detail(
            ErrorCode::UnsupportedMediaType,
            "Ожидается multipart/form-data с полем file",
            "Expected multipart/form-data with a `file` field",
        ),
        other => OpError::with_detail(
            ErrorCode::MalformedMultipart,
            format!("Тело запроса повреждено: {other}"),
            format!("The request body is malformed: {other}"),
        ),
    }
}
