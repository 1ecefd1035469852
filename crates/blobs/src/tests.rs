use futures_util::TryStreamExt;

use super::*;

async fn read_all(b: &Blobs, key: &str) -> Vec<u8> {
    let blob = b.read(key).await.unwrap();
    let chunks: Vec<Bytes> = blob.stream.try_collect().await.unwrap();
    let bytes = chunks.concat();
    assert_eq!(bytes.len() as u64, blob.size);
    bytes
}

async fn round_trip(b: &Blobs) {
    // Small: one request. Large: several parts, written in odd-sized chunks.
    let small = b"%PDF-1.4 small".to_vec();
    let large: Vec<u8> = (0..(PART_BYTES * 2 + 12_345))
        .map(|i| (i % 251) as u8)
        .collect();
    for (key, data) in [("documents/n/small", &small), ("documents/n/large", &large)] {
        let mut w = b.writer(key);
        for chunk in data.chunks(777_777) {
            w.write(chunk).await.unwrap();
        }
        assert!(!b.exists(key).await.unwrap(), "invisible until finished");
        w.finish().await.unwrap();
        assert_eq!(b.keys().await.unwrap(), vec![key.to_owned()]);
        assert_eq!(&read_all(b, key).await, data);
        b.delete(key).await.unwrap();
        assert!(!b.exists(key).await.unwrap());
        // Deleting what is gone is fine; reading it is NotFound.
        b.delete(key).await.unwrap();
        assert!(matches!(b.read(key).await, Err(BlobError::NotFound)));
    }
}

async fn aborted_leaves_nothing(b: &Blobs) {
    let key = "documents/n/aborted";
    let mut w = b.writer(key);
    w.write(&vec![7u8; PART_BYTES + 1]).await.unwrap();
    w.abort().await;
    assert!(!b.exists(key).await.unwrap());
    assert!(b.keys().await.unwrap().is_empty());
}

#[tokio::test]
async fn memory_store_round_trips() {
    let b = Blobs::memory();
    round_trip(&b).await;
    aborted_leaves_nothing(&b).await;
}

#[tokio::test]
async fn local_directory_round_trips_and_leaves_no_files_behind() {
    let dir = std::env::temp_dir().join(format!("setka-blobs-{}", std::process::id()));
    let b = Blobs::local(&dir).unwrap();
    assert_eq!(b.kind(), "local");
    round_trip(&b).await;
    aborted_leaves_nothing(&b).await;
    // Give the background clean-up of staging files a moment to run: poll, no sleep.
    let mut leftovers = Vec::new();
    for _ in 0..200 {
        leftovers = walk(&dir);
        if leftovers.is_empty() {
            break;
        }
        tokio::task::yield_now().await;
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(leftovers.is_empty(), "files left: {leftovers:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Against a real S3-compatible server when `SETKA_TEST_S3_ENDPOINT` is set (xtask starts
/// one for `cargo xtask test`); the same checks as the local directory.
#[tokio::test]
async fn s3_bucket_round_trips() {
    let Ok(endpoint) = std::env::var("SETKA_TEST_S3_ENDPOINT") else {
        eprintln!("SETKA_TEST_S3_ENDPOINT not set: the S3 round trip runs under cargo xtask test");
        return;
    };
    let b = Blobs::s3(&S3Settings {
        bucket: std::env::var("SETKA_TEST_S3_BUCKET").unwrap_or_else(|_| "setka".into()),
        endpoint: Some(endpoint),
        region: Some("us-east-1".into()),
        access_key_id: Some("S3RVER".into()),
        secret_access_key: Some("S3RVER".into()),
        allow_http: true,
        prefix: Some(format!("blobs-test-{}", std::process::id())),
    })
    .unwrap();
    assert_eq!(b.kind(), "s3");
    round_trip(&b).await;
    aborted_leaves_nothing(&b).await;
}
