//! Builds the SPA into `frontend/dist/`: the wasm bundle (cargo + wasm-bindgen as a
//! library, so no CLI has to be installed; in release shrunk by `wasm-opt` from npm's
//! `binaryen`), PatternFly's CSS and fonts from npm, and the files of `frontend/static/`.
//! Nothing is downloaded but the rustup target and the npm packages named in
//! `frontend/package-lock.json`.
//!
//! The bundle and the stylesheets get content-hashed names (`frontend_bg.<hash>.wasm`),
//! which the server caches as immutable; only `index.html`, which names them, is
//! revalidated on every load.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use anyhow::{Context, Result, bail};

const TARGET: &str = "wasm32-unknown-unknown";
/// npm's `binaryen` (pinned in `frontend/package-lock.json`): Debian's is too old for
/// current rustc output. It is binaryen compiled to wasm, run by Node.js.
const WASM_OPT: &str = "node_modules/binaryen/bin/wasm-opt";
/// The WebAssembly features rustc enables by default for wasm32-unknown-unknown, and so
/// the ones `wasm-opt` may keep using; every browser Setka supports has them.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
];
/// Stylesheets from npm packages that index.html links: (package directory, stylesheet,
/// directory in `dist`). Their `url(…)`s decide which fonts and images are copied.
const STYLES: [(&str, &str, &str); 3] = [
    (
        "node_modules/@patternfly/patternfly",
        "patternfly.min.css",
        "patternfly",
    ),
    (
        "node_modules/@patternfly/patternfly",
        "patternfly-addons.css",
        "patternfly",
    ),
    // PatternFly's Red Hat fonts have no Cyrillic; Noto Sans has both alphabets.
    (
        "node_modules/@fontsource-variable/noto-sans",
        "index.css",
        "fonts/noto-sans",
    ),
];

/// Builds `frontend/dist` under the workspace `root`. `release` uses the size-optimised
/// `wasm` profile; otherwise the `dev` profile (fast incremental builds).
pub fn build(root: &Path, release: bool) -> Result<()> {
    let frontend = root.join("frontend");
    let dist = frontend.join("dist");
    ensure_wasm_target()?;
    ensure_npm_packages(&frontend)?;
    let wasm = cargo_build(root, release)?;

    // Build into a fresh directory and swap it in, so a server reading `dist` never sees
    // a half-written bundle and files of older builds do not linger.
    let staging = frontend.join("dist.tmp");
    if staging.exists() {
        fs::remove_dir_all(&staging).with_context(|| format!("removing {}", staging.display()))?;
    }
    fs::create_dir_all(&staging)?;
    bindgen(&wasm, &staging)?;
    if release {
        wasm_opt(&frontend, &staging.join("frontend_bg.wasm"))?;
    }
    copy_styles(&frontend, &staging)?;
    copy_static(&frontend.join("static"), &staging)?;
    write_bootstrap(&staging)?;
    if dist.exists() {
        fs::remove_dir_all(&dist).with_context(|| format!("removing {}", dist.display()))?;
    }
    fs::rename(&staging, &dist)
        .with_context(|| format!("moving the bundle to {}", dist.display()))?;
    eprintln!("xtask: SPA built into {}", dist.display());
    Ok(())
}

pub fn ensure_wasm_target() -> Result<()> {
    let installed = match Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
    {
        Ok(out) => String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.trim() == TARGET),
        Err(_) => {
            // No rustup (a distro toolchain): let cargo report a missing target itself.
            eprintln!("xtask: rustup not found; assuming the {TARGET} target is available");
            return Ok(());
        }
    };
    if !installed {
        eprintln!("xtask: adding the {TARGET} target (rustup target add {TARGET})");
        run(
            Command::new("rustup").args(["target", "add", TARGET]),
            "rustup target add",
        )?;
    }
    Ok(())
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn ensure_npm_packages(frontend: &Path) -> Result<()> {
    let modules = frontend.join("node_modules");
    let lock = frontend.join("package-lock.json");
    let stale = match (modified(&modules), modified(&lock)) {
        (None, _) => true,
        (Some(m), Some(l)) => m < l,
        (Some(_), None) => false,
    };
    let complete = STYLES
        .iter()
        .all(|(pkg, css, _)| frontend.join(pkg).join(css).exists())
        && frontend.join(WASM_OPT).exists();
    if !stale && complete {
        return Ok(());
    }
    let verb = if lock.exists() { "ci" } else { "install" };
    eprintln!("xtask: npm {verb} in {}", frontend.display());
    let mut cmd = Command::new(npm());
    cmd.args([verb, "--no-audit", "--no-fund"])
        .current_dir(frontend);
    run(
        &mut cmd,
        &format!("npm {verb} (is Node.js with npm installed?)"),
    )?;
    // `npm ci` leaves the directory's mtime as it was when it recreated it; touch it so the
    // next build does not reinstall.
    let now = fs::File::open(&modules).and_then(|f| f.set_modified(SystemTime::now()));
    if let Err(e) = now {
        eprintln!(
            "xtask: could not update the time of {}: {e}",
            modules.display()
        );
    }
    Ok(())
}

fn npm() -> &'static str {
    if cfg!(windows) { "npm.cmd" } else { "npm" }
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// `cargo build` of the `frontend` package for wasm32; returns the `.wasm` it wrote.
fn cargo_build(root: &Path, release: bool) -> Result<PathBuf> {
    let (profile, dir) = if release {
        ("wasm", "wasm")
    } else {
        ("dev", "debug")
    };
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args([
        "build",
        "-p",
        "frontend",
        "--target",
        TARGET,
        "--profile",
        profile,
    ])
    .current_dir(root);
    run(&mut cmd, "cargo build of the frontend")?;
    let wasm = target_dir(root)
        .join(TARGET)
        .join(dir)
        .join("frontend.wasm");
    if !wasm.exists() {
        bail!("cargo did not produce {}", wasm.display());
    }
    Ok(wasm)
}

fn bindgen(wasm: &Path, out: &Path) -> Result<()> {
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .web(true)?
        .typescript(false)
        .generate(out)
        .context("wasm-bindgen")?;
    Ok(())
}

/// The `url(…)` references of a stylesheet that point at files next to it.
fn local_urls(css: &str) -> BTreeSet<String> {
    css.split("url(")
        .skip(1)
        .filter_map(|rest| rest.split_once(')').map(|(u, _)| u))
        .map(|u| {
            u.trim()
                .trim_matches(|c| c == '"' || c == '\'')
                .trim_start_matches("./")
        })
        .filter(|u| {
            !u.is_empty() && !u.starts_with("data:") && !u.contains("//") && !u.starts_with('#')
        })
        .map(|u| u.split(['?', '#']).next().unwrap_or(u).to_owned())
        .collect()
}

fn copy_styles(frontend: &Path, dist: &Path) -> Result<()> {
    for (pkg, css, dest) in STYLES {
        let src = frontend.join(pkg);
        let out = dist.join(dest);
        let from = src.join(css);
        let text =
            fs::read_to_string(&from).with_context(|| format!("reading {}", from.display()))?;
        copy_file(&from, &out.join(css))?;
        for rel in local_urls(&text) {
            let asset = src.join(&rel);
            if asset.exists() {
                copy_file(&asset, &out.join(&rel))?;
            } else {
                eprintln!("xtask: {css} refers to {rel}, which {pkg} lacks");
            }
        }
    }
    Ok(())
}

fn copy_static(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            copy_static(&path, &to.join(entry.file_name()))?;
        } else {
            copy_file(&path, &to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

fn copy_file(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::copy(from, to)
        .with_context(|| format!("copying {} to {}", from.display(), to.display()))?;
    Ok(())
}

/// Shrinks the bundle for size (`-Oz`) and drops its names and producer notes.
fn wasm_opt(frontend: &Path, wasm: &Path) -> Result<()> {
    let before = fs::metadata(wasm)?.len();
    let mut cmd = Command::new("node");
    cmd.arg(frontend.join(WASM_OPT))
        .arg(wasm)
        .arg("-o")
        .arg(wasm)
        .args(["-Oz", "--strip-debug", "--strip-producers"])
        .args(WASM_FEATURES);
    run(&mut cmd, "wasm-opt (npm binaryen)")?;
    let after = fs::metadata(wasm)?.len();
    eprintln!(
        "xtask: wasm-opt -Oz: {} KB -> {} KB",
        before / 1024,
        after / 1024
    );
    Ok(())
}

/// The first 16 hex digits of the SHA-256 of `bytes`: a name that changes exactly when
/// the content does.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `dir/stem.ext` renamed to `dir/stem.<hash>.ext`; returns the new path relative to `dist`.
fn rename_hashed(dist: &Path, rel: &str) -> Result<String> {
    let from = dist.join(rel);
    let bytes = fs::read(&from).with_context(|| format!("reading {}", from.display()))?;
    let (stem, ext) = rel
        .rsplit_once('.')
        .with_context(|| format!("{rel} has no extension"))?;
    let hashed = format!("{stem}.{}.{ext}", content_hash(&bytes));
    fs::rename(&from, dist.join(&hashed)).with_context(|| format!("renaming {rel}"))?;
    Ok(hashed)
}

/// Gives the bundle and the stylesheets content-hashed names and writes `app.js`, which
/// starts the wasm module, and `index.html`, which names them. The wasm and the JS that
/// loads it are hashed first and `app.js` names both, so a browser never runs a new
/// `frontend.js` against an old cached `.wasm`.
fn write_bootstrap(dist: &Path) -> Result<()> {
    let wasm = rename_hashed(dist, "frontend_bg.wasm")?;
    let glue = rename_hashed(dist, "frontend.js")?;
    let js = format!(
        "// Generated by `cargo xtask`: starts Setka's wasm app.\n\
         import init from './{glue}';\n\
         init({{ module_or_path: new URL('./{wasm}', import.meta.url) }});\n"
    );
    fs::write(dist.join("app.js"), js)?;
    let index = dist.join("index.html");
    let mut html = fs::read_to_string(&index).context("reading index.html")?;
    let mut linked = vec!["app.js".to_owned(), "setka.css".to_owned()];
    linked.extend(STYLES.iter().map(|(_, css, dir)| format!("{dir}/{css}")));
    for rel in linked {
        let quoted = format!("\"/{rel}\"");
        if html.contains(&quoted) {
            let hashed = rename_hashed(dist, &rel)?;
            html = html.replace(&quoted, &format!("\"/{hashed}\""));
        }
    }
    fs::write(&index, html)?;
    Ok(())
}

fn run(cmd: &mut Command, what: &str) -> Result<()> {
    let program = cmd.get_program().to_owned();
    let status = cmd
        .status()
        .with_context(|| format!("{what}: could not start {}", display(&program)))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

fn display(s: &OsStr) -> String {
    s.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_local_assets_in_css() {
        let css = r#"a{src:url(assets/fonts/a.woff2) format("woff2")} b{background:url("./assets/images/b.svg")}
            c{background:url(data:image/svg+xml;x)} d{src:url(https://cdn/x.woff)}"#;
        let urls: Vec<String> = local_urls(css).into_iter().collect();
        assert_eq!(urls, ["assets/fonts/a.woff2", "assets/images/b.svg"]);
    }
}
