//! Where document bytes live: a local directory on a one-server install, an
//! S3-compatible bucket when several stateless `setka` processes share the work. Only
//! bytes are kept here; what they are and who may read them is the database's business.
//!
//! Writes stream: small files (below one part) are put in one request, larger ones go up
//! as a multipart upload part by part, so memory stays bounded whatever the file size.

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::{BoxStream, StreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path as Key;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};

/// S3's smallest part (but for the last); below it a file goes up in one request.
const PART_BYTES: usize = 5 * 1024 * 1024;
/// Parts in flight per upload.
const PARTS_IN_FLIGHT: usize = 2;

#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("no such object")]
    NotFound,
    #[error("storage configuration: {0}")]
    Config(String),
    #[error("storage: {0}")]
    Storage(#[source] object_store::Error),
}

impl From<object_store::Error> for BlobError {
    fn from(e: object_store::Error) -> Self {
        match e {
            object_store::Error::NotFound { .. } => BlobError::NotFound,
            other => BlobError::Storage(other),
        }
    }
}

/// Settings of an S3-compatible bucket. Unset fields fall back to the standard `AWS_*`
/// environment variables.
#[derive(Debug, Clone, Default)]
pub struct S3Settings {
    pub bucket: String,
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    /// Plain-HTTP endpoints (a bucket server on the local network).
    pub allow_http: bool,
    /// A folder in the bucket, so that several installations can share one.
    pub prefix: Option<String>,
}

/// The object store behind the documents.
#[derive(Debug, Clone)]
pub struct Blobs {
    inner: Arc<dyn ObjectStore>,
    kind: &'static str,
}

impl Blobs {
    /// Files under a directory, created when missing.
    pub fn local(dir: &Path) -> Result<Self, BlobError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| BlobError::Config(format!("creating {}: {e}", dir.display())))?;
        let fs = LocalFileSystem::new_with_prefix(dir)?.with_automatic_cleanup(true);
        Ok(Self {
            inner: Arc::new(fs),
            kind: "local",
        })
    }

    /// An S3-compatible bucket (AWS, MinIO, Yandex Object Storage, Ceph …).
    pub fn s3(s: &S3Settings) -> Result<Self, BlobError> {
        // reqwest is built without a default TLS provider; use ring, as the database
        // driver does. Installing twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut b = AmazonS3Builder::from_env()
            .with_bucket_name(&s.bucket)
            .with_allow_http(s.allow_http);
        if let Some(e) = &s.endpoint {
            // Path-style addressing, which every S3-compatible server understands.
            b = b.with_endpoint(e).with_virtual_hosted_style_request(false);
        }
        if let Some(r) = &s.region {
            b = b.with_region(r);
        }
        if let Some(k) = &s.access_key_id {
            b = b.with_access_key_id(k);
        }
        if let Some(k) = &s.secret_access_key {
            b = b.with_secret_access_key(k);
        }
        let bucket = b.build()?;
        let inner: Arc<dyn ObjectStore> = match s.prefix.as_deref().map(|p| p.trim_matches('/')) {
            Some(p) if !p.is_empty() => Arc::new(PrefixStore::new(bucket, p)),
            _ => Arc::new(bucket),
        };
        Ok(Self { inner, kind: "s3" })
    }

    /// Bytes in memory, for tests.
    pub fn memory() -> Self {
        Self {
            inner: Arc::new(InMemory::new()),
            kind: "memory",
        }
    }

    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// Starts writing an object. Nothing is visible under the key until
    /// [`BlobWriter::finish`]; [`BlobWriter::abort`] leaves nothing behind.
    pub fn writer(&self, key: &str) -> BlobWriter {
        BlobWriter {
            store: self.inner.clone(),
            key: Key::from(key),
            state: WriterState::Buffering(Vec::new()),
        }
    }

    /// The object's size and its bytes as a stream.
    pub async fn read(&self, key: &str) -> Result<Blob, BlobError> {
        let got = self.inner.get(&Key::from(key)).await?;
        let size = got.meta.size;
        let stream = got
            .into_stream()
            .map(|r| r.map_err(BlobError::from))
            .boxed();
        Ok(Blob { size, stream })
    }

    /// Deletes an object; one that is already gone is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), BlobError> {
        match self.inner.delete(&Key::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Every key in the store (for checks and tests: it reads the whole listing).
    pub async fn keys(&self) -> Result<Vec<String>, BlobError> {
        let mut out = Vec::new();
        let mut list = self.inner.list(None);
        while let Some(meta) = list.next().await {
            out.push(meta?.location.to_string());
        }
        out.sort();
        Ok(out)
    }

    /// Whether an object exists under the key.
    pub async fn exists(&self, key: &str) -> Result<bool, BlobError> {
        match self.inner.head(&Key::from(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }
}

/// A stored object being read.
pub struct Blob {
    pub size: u64,
    pub stream: BoxStream<'static, Result<Bytes, BlobError>>,
}

impl std::fmt::Debug for Blob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Blob")
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

enum WriterState {
    /// Less than a part so far: kept in memory, put in one request at the end.
    Buffering(Vec<u8>),
    /// A multipart upload under way.
    Uploading(WriteMultipart),
    Done,
}

/// An object being written, chunk by chunk.
pub struct BlobWriter {
    store: Arc<dyn ObjectStore>,
    key: Key,
    state: WriterState,
}

impl std::fmt::Debug for BlobWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobWriter")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

impl BlobWriter {
    /// Appends bytes, waiting while too many parts are in flight.
    pub async fn write(&mut self, chunk: &[u8]) -> Result<(), BlobError> {
        match &mut self.state {
            WriterState::Buffering(buf) => {
                buf.extend_from_slice(chunk);
                if buf.len() >= PART_BYTES {
                    let upload = self.store.put_multipart(&self.key).await?;
                    let mut w = WriteMultipart::new_with_chunk_size(upload, PART_BYTES);
                    w.write(&std::mem::take(buf));
                    self.state = WriterState::Uploading(w);
                }
                Ok(())
            }
            WriterState::Uploading(w) => {
                w.wait_for_capacity(PARTS_IN_FLIGHT).await?;
                w.write(chunk);
                Ok(())
            }
            WriterState::Done => Err(BlobError::Config("write after finish".into())),
        }
    }

    /// Makes the object visible under its key.
    pub async fn finish(mut self) -> Result<(), BlobError> {
        match std::mem::replace(&mut self.state, WriterState::Done) {
            WriterState::Buffering(buf) => {
                self.store
                    .put(&self.key, PutPayload::from(Bytes::from(buf)))
                    .await?;
            }
            WriterState::Uploading(w) => {
                w.finish().await?;
            }
            WriterState::Done => {}
        }
        Ok(())
    }

    /// Gives up: parts already uploaded are discarded.
    pub async fn abort(mut self) {
        if let WriterState::Uploading(w) = std::mem::replace(&mut self.state, WriterState::Done)
            && let Err(e) = w.abort().await
        {
            tracing::warn!(error = %e, key = %self.key, "aborting a multipart upload failed");
        }
    }
}

#[cfg(test)]
mod tests;
