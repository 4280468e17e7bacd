//! Helpers shared by the integration tests: fixture toolkits, in-memory builds, the binary.
#![allow(dead_code)]

use coordkit::Settings;
use coordkit::model::Audience;
use coordkit::render::{Content, OutputFile};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The date every test builds on, so staleness and "built on" never drift.
pub const BUILD_DATE: &str = "2026-11-26";
/// The same day as seconds since the epoch, for the binary (SOURCE_DATE_EPOCH).
pub const BUILD_EPOCH: &str = "1795651200";

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn settings(audience: Audience) -> Settings {
    Settings {
        audience,
        build_date: BUILD_DATE.parse().unwrap(),
        base_url: None,
        pdf: false,
    }
}

/// Copies a fixture into a temporary folder, to change it.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(name), dir.path());
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Builds a toolkit in memory; panics with the diagnostics if it has errors.
pub fn build(dir: &Path, audience: Audience) -> Site {
    let built = coordkit::build_site(dir, &settings(audience));
    let Some(files) = built.files else {
        panic!(
            "build failed:\n{}",
            coordkit::diagnostics::human(&built.diagnostics)
        );
    };
    Site {
        files: files.into_iter().map(|f| (f.path.clone(), f)).collect(),
    }
}

/// The files of a build, by path.
pub struct Site {
    pub files: BTreeMap<String, OutputFile>,
}

impl Site {
    pub fn text(&self, path: &str) -> String {
        match &self
            .files
            .get(path)
            .unwrap_or_else(|| panic!("no output file {path}"))
            .content
        {
            Content::Bytes(b) => String::from_utf8(b.clone()).unwrap(),
            Content::Copy(p) => std::fs::read_to_string(p).unwrap(),
        }
    }

    /// The `<main>` element of a page, as mdBook's tests compare it.
    pub fn main(&self, path: &str) -> String {
        let html = self.text(path);
        let start = html
            .find("<main")
            .unwrap_or_else(|| panic!("{path} has no <main>"));
        let end = html.find("</main>").unwrap() + "</main>".len();
        html[start..end].to_string()
    }
}

/// Runs the coordkit binary; returns (exit code, stdout, stderr).
pub fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_coordkit"))
        .args(args)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", BUILD_EPOCH)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A headless Chromium for browser tests, or `None` (with a notice) where there is none.
pub fn chromium() -> Option<headless_chrome::Browser> {
    let Ok(path) = coordkit::pdf::find_browser() else {
        eprintln!("skipped: needs Chromium (apt-get install chromium)");
        return None;
    };
    let args = [
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let options = headless_chrome::LaunchOptions {
        path: Some(path),
        sandbox: false,
        args: args.iter().map(std::ffi::OsStr::new).collect(),
        ..headless_chrome::LaunchOptions::default()
    };
    Some(headless_chrome::Browser::new(options).expect("Chromium starts"))
}
