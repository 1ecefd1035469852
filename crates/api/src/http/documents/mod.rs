//! Documents of networks, agreements and programmes: `/{owners}/{id}/documents` to list
//! and upload (multipart), `/documents/{id}` for the description, `/documents/{id}/content`
//! for the bytes. Who may read a document follows who may read its owner.

use actix_multipart::Multipart;
use actix_web::http::header::{
    CONTENT_LENGTH, CacheControl, CacheDirective, Charset, ContentDisposition, ContentEncoding,
    DispositionParam, DispositionType, ETAG, ExtendedValue,
};
use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, web};
use domain::access::OwnerAccess;
use domain::document::{DocumentOwner, FileType, OwnerKind, download_name, file_type_of_mime};
use futures_util::StreamExt;
use serde::Deserialize;
use uuid::Uuid;
use wire::document::{Document, DocumentUpdate, DocumentUpload};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{IdempotencyKey, IfMatch, Json, ok_with_etag};
use ops::document_ops;
mod upload;

use crate::state::AppState;
use upload::{Upload, check_declared_length, to_wire, upload};

async fn owner_access(
    state: &AppState,
    auth: &Authenticated,
    kind: OwnerKind,
    id: Uuid,
) -> OpResult<OwnerAccess> {
    ops::facts::document_owner(&state.ops.reader(auth.who()), DocumentOwner { kind, id }).await
}

/// The owner of a document, with its access facts.
async fn access_of_document(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
) -> OpResult<OwnerAccess> {
    ops::facts::of_document(&state.ops.reader(auth.who()), id).await
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct DocumentQuery {
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

async fn list_of(
    state: &AppState,
    auth: &Authenticated,
    kind: OwnerKind,
    id: Uuid,
    q: &DocumentQuery,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_documents(&owner_access(state, auth, kind, id).await?)?;
    let (rows, next) =
        store::documents::list(state.store.conn(), &cap, q.limit, q.cursor.as_deref()).await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows
            .iter()
            .map(to_wire)
            .collect::<OpResult<Vec<Document>>>()?,
        next_cursor: next,
    }))
}

async fn upload_to(
    state: &AppState,
    auth: &Authenticated,
    req: &HttpRequest,
    (kind, id): (OwnerKind, Uuid),
    key: IdempotencyKey,
    form: Multipart,
) -> ApiResult<HttpResponse> {
    let owner = owner_access(state, auth, kind, id).await?;
    let cap = auth.actor.attach_documents(&owner)?;
    let length = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    check_declared_length(length, state)?;
    let u = Upload {
        state,
        auth,
        owner: &owner,
        cap,
        key,
    };
    upload(u, form).await
}

macro_rules! owner_routes {
    ($list:ident, $upload:ident, $kind:expr, $path:literal, $list_summary:literal, $upload_summary:literal) => {
        /// Newest first; readable by whoever reads the owner.
        #[utoipa::path(
            tag = "documents",
            summary = $list_summary,
            description = "Newest first; readable by whoever reads the owner.",
            params(("id" = Uuid, Path), DocumentQuery),
            responses(
                (status = 200, body = Page<Document>),
                (status = 400, body = Problem, content_type = "application/problem+json"),
                (status = 401, body = Problem, content_type = "application/problem+json"),
                (status = 404, body = Problem, content_type = "application/problem+json"),
            ),
            security(("bearer" = []))
        )]
        #[get($path)]
        pub async fn $list(
            state: web::Data<AppState>,
            auth: Authenticated,
            id: web::Path<Uuid>,
            q: web::Query<DocumentQuery>,
        ) -> ApiResult<HttpResponse> {
            list_of(&state, &auth, $kind, *id, &q).await
        }

        /// Streams a multipart upload into storage.
        #[utoipa::path(
            tag = "documents",
            summary = $upload_summary,
            description = "`multipart/form-data` with `file` (the bytes, with a file name), `kind` and an optional `title`. The type is recognised from the content (PDF, DOCX, XLSX, ODT, ODS, RTF, DOC, XLS, JPEG, PNG, text); the name and declared type must agree with it. A failed upload stores nothing.",
            params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
            request_body(content = DocumentUpload, content_type = "multipart/form-data"),
            responses(
                (status = 201, body = Document, headers(("ETag" = String), ("Location" = String))),
                (status = 400, body = Problem, content_type = "application/problem+json"),
                (status = 401, body = Problem, content_type = "application/problem+json"),
                (status = 403, body = Problem, content_type = "application/problem+json"),
                (status = 404, body = Problem, content_type = "application/problem+json"),
                (status = 413, description = "Larger than the limit", body = Problem, content_type = "application/problem+json"),
                (status = 415, description = "Not an accepted type, or name/type do not match the content", body = Problem, content_type = "application/problem+json"),
                (status = 422, body = Problem, content_type = "application/problem+json"),
            ),
            security(("bearer" = []))
        )]
        #[post($path)]
        pub async fn $upload(
            state: web::Data<AppState>,
            auth: Authenticated,
            req: HttpRequest,
            id: web::Path<Uuid>,
            key: IdempotencyKey,
            form: Multipart,
        ) -> ApiResult<HttpResponse> {
            upload_to(&state, &auth, &req, ($kind, *id), key, form).await
        }
    };
}

owner_routes!(
    list_network,
    upload_network,
    OwnerKind::Network,
    "/networks/{id}/documents",
    "List the documents of a network",
    "Upload a document to a network"
);
owner_routes!(
    list_agreement,
    upload_agreement,
    OwnerKind::Agreement,
    "/agreements/{id}/documents",
    "List the documents of an agreement",
    "Upload a document to an agreement"
);
owner_routes!(
    list_programme,
    upload_programme,
    OwnerKind::Programme,
    "/programmes/{id}/documents",
    "List the documents of a programme",
    "Upload a document to a programme"
);

/// Get a document's description
#[utoipa::path(
    tag = "documents",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Document, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/documents/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_documents(&access_of_document(&state, &auth, *id).await?)?;
    let m = store::documents::get(state.store.read(), &cap, *id).await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ContentQuery {
    /// `inline` to open a PDF or an image in the browser; otherwise it downloads.
    pub disposition: Option<String>,
}

/// Download a document's bytes
///
/// With its type, length, SHA-256 as `ETag` and the original name in
/// `Content-Disposition` (RFC 6266, UTF-8 names).
#[utoipa::path(
    tag = "documents",
    params(("id" = Uuid, Path), ContentQuery),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/documents/{id}/content")]
pub async fn content(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<ContentQuery>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_documents(&access_of_document(&state, &auth, *id).await?)?;
    let m = store::documents::get(state.store.read(), &cap, *id).await?;
    let blob = state
        .blobs
        .read(&m.storage_key)
        .await
        .map_err(|e| OpError::Internal(format!("document {} bytes unreadable: {e}", m.id)))?;
    let file_type = file_type_of_mime(&m.content_type);
    let inline = q.disposition.as_deref() == Some("inline")
        && matches!(
            file_type,
            Some(FileType::Pdf | FileType::Jpeg | FileType::Png)
        );
    let name = match file_type {
        Some(t) => download_name(&m.filename, t),
        None => m.filename.clone(),
    };
    let stream = blob
        .stream
        .map(|r| r.map_err(|e| actix_web::error::ErrorInternalServerError(e.to_string())));
    Ok(HttpResponse::Ok()
        .content_type(m.content_type.clone())
        .insert_header(disposition(&name, inline))
        .insert_header((ETAG, format!("\"{}\"", m.sha256)))
        .insert_header(CacheControl(vec![
            CacheDirective::Private,
            CacheDirective::NoCache,
        ]))
        // Documents are compressed already or small; do not spend the CPU.
        .insert_header(ContentEncoding::Identity)
        .no_chunking(blob.size)
        .streaming(stream))
}

/// `attachment; filename="ascii"; filename*=UTF-8''…` so that Cyrillic names survive.
fn disposition(name: &str, inline: bool) -> ContentDisposition {
    let ascii: String = name
        .chars()
        .filter(|c| c.is_ascii_graphic() || *c == ' ')
        .filter(|c| *c != '"' && *c != '\\')
        .collect();
    let fallback = match ascii.trim() {
        a if a.is_empty() || a.starts_with('.') => format!("document{a}"),
        a => a.to_owned(),
    };
    ContentDisposition {
        disposition: if inline {
            DispositionType::Inline
        } else {
            DispositionType::Attachment
        },
        parameters: vec![
            DispositionParam::Filename(fallback),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".into()),
                language_tag: None,
                value: name.as_bytes().to_vec(),
            }),
        ],
    }
}

/// Change a document's title or kind
#[utoipa::path(
    tag = "documents",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = DocumentUpdate,
    responses(
        (status = 200, body = Document, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/documents/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<DocumentUpdate>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            document_ops::update(ctx, *id, if_match.0, &input).await
        })
        .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Delete a document
///
/// Its description disappears at once; its bytes are deleted right after (or, if the
/// storage is unreachable, by the janitor as soon as it is back).
#[utoipa::path(
    tag = "documents",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/documents/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let gone = state
        .ops
        .write(auth.who(), async |ctx| {
            document_ops::delete(ctx, *id, if_match.0).await
        })
        .await?;
    crate::janitor::purge_one(&state, gone.id, &gone.storage_key).await;
    Ok(HttpResponse::NoContent().finish())
}
