//! The SPA as the server serves it: the content-named bundle is cached for good, while
//! `index.html` (the only file naming the current bundle) is revalidated on every load,
//! so a release reaches users at their next page load and never mixes with an old one.

use crate::helpers::{TempDir, spawn_app_with};

const WASM: &str = "frontend_bg.0123456789abcdef.wasm";

fn bundle() -> TempDir {
    let dir = TempDir::new();
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write a bundle file");
    };
    write(
        "index.html",
        "<!doctype html><script type=module src=\"/app.fedcba9876543210.js\"></script>",
    );
    write(
        "app.fedcba9876543210.js",
        "import './frontend.0011223344556677.js';",
    );
    write(WASM, "\0asm");
    write("fonts/noto-sans/files/noto.woff2", "font");
    dir
}

#[tokio::test]
async fn index_is_revalidated_and_hashed_assets_are_immutable() {
    let dist = bundle();
    let dir = dist.path().to_path_buf();
    let app = spawn_app_with(move |s| s.static_dir = Some(dir)).await;
    let c = app.client();

    for page in ["/", "/organizations/new", "/index.html"] {
        let r = c.get(page).await;
        assert_eq!(r.status, 200, "{page}");
        assert!(
            r.text.contains("app.fedcba9876543210.js"),
            "{page}: {}",
            r.text
        );
        assert_eq!(r.header("cache-control"), Some("no-cache"), "{page}");
    }
    for asset in [WASM, "app.fedcba9876543210.js"] {
        let r = c.get(&format!("/{asset}")).await;
        assert_eq!(r.status, 200, "{asset}");
        assert_eq!(
            r.header("cache-control"),
            Some("public, max-age=31536000, immutable"),
            "{asset}"
        );
    }
    // A file whose name does not change with its content must be revalidated.
    let font = c.get("/fonts/noto-sans/files/noto.woff2").await;
    assert_eq!(font.status, 200);
    assert_eq!(font.header("cache-control"), Some("no-cache"));
    // An old bundle's name after a release is a 404, not the app (nor a stale cache).
    let gone = c.get("/frontend_bg.ffffffffffffffff.wasm").await;
    assert_eq!(gone.status, 404);
}
