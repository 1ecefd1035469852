//! The SPA's size budget: `cargo xtask test` fails when the gzipped wasm grows past it.
//!
//! The wasm is what a user on a school's slow line waits for before the first screen;
//! 600 KB gzipped is about five seconds at 1 Mbit/s, and that is the goal. The bundle
//! measured 766 KB when the budget came in (800 KB). The enrolment views (students, the
//! request dialog, the approval queue, registers, attendance, «Моя школа», «Мои группы»:
//! 26 views, 5,400 lines) brought it to 934 KB, and the budget moved once, to 950 KB, so
//! that it stops the growth again from there; the way down is in ARCHITECTURE.md, «The
//! SPA bundle». Lower it as the bundle shrinks. Measured at gzip's best level, the usual
//! yardstick (browsers that send `br` get less from the server).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use flate2::Compression;
use flate2::write::GzEncoder;

/// The budget for the gzipped wasm, in bytes.
pub const WASM_GZIP_BUDGET: u64 = 950 * 1024;

/// Prints the bundle's size against the budget; `true` when it is over.
pub fn measure(root: &Path) -> Result<(String, bool)> {
    let wasm = find_wasm(&root.join("frontend/dist"))?;
    let bytes = fs::read(&wasm).with_context(|| format!("reading {}", wasm.display()))?;
    let gzipped = gzip_len(&bytes)?;
    let line = report(bytes.len() as u64, gzipped, WASM_GZIP_BUDGET);
    eprintln!("xtask: {line}");
    Ok((line, gzipped > WASM_GZIP_BUDGET))
}

fn find_wasm(dist: &Path) -> Result<PathBuf> {
    let found = fs::read_dir(dist)
        .with_context(|| format!("reading {}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("frontend_bg.") && n.ends_with(".wasm"))
        });
    found.with_context(|| format!("no frontend_bg.*.wasm in {}", dist.display()))
}

fn gzip_len(bytes: &[u8]) -> Result<u64> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(bytes)?;
    Ok(gz.finish()?.len() as u64)
}

/// "SPA wasm: 2.1 MB, 540 KB gzipped (budget 600 KB)".
pub fn report(raw: u64, gzipped: u64, budget: u64) -> String {
    format!(
        "SPA wasm: {:.1} MB, {} KB gzipped (budget {} KB)",
        raw as f64 / (1024.0 * 1024.0),
        gzipped.div_ceil(1024),
        budget / 1024
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_names_both_sizes_and_the_budget() {
        assert_eq!(
            report(2_202_010, 552_960, 600 * 1024),
            "SPA wasm: 2.1 MB, 540 KB gzipped (budget 600 KB)"
        );
        assert_eq!(
            report(0, 1, 1024),
            "SPA wasm: 0.0 MB, 1 KB gzipped (budget 1 KB)"
        );
    }

    #[test]
    fn gzip_shrinks_repetitive_bytes() {
        let n = gzip_len(&[0u8; 100_000]).unwrap();
        assert!(n < 1_000, "{n}");
    }
}
