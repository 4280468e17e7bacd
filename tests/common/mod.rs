//! Helpers shared by the integration tests: fixture toolkits, in-memory builds, the binary.
#![allow(dead_code)]

use coordkit::Settings;
use coordkit::model::Audience;
use coordkit::render::{Content, OutputFile};
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, Once};

/// The date every test builds on, so staleness and "built on" never drift.
pub const BUILD_DATE: &str = "2026-11-26";
/// The same day as seconds since the epoch, for the binary (SOURCE_DATE_EPOCH).
pub const BUILD_EPOCH: &str = "1795651200";

/// A fixture toolkit, ready to build: a copy of `tests/fixtures/<name>` in its own git
/// repository (one commit, on a fixed date), so that what git tells coordkit (translation
/// status) never depends on this project's history or on uncommitted edits. The copy is made
/// once per content (under the target folder) and shared; tests must not change it: use
/// [`copy_fixture`] to change a toolkit.
pub fn fixture(name: &str) -> PathBuf {
    static MADE: Mutex<BTreeMap<String, PathBuf>> = Mutex::new(BTreeMap::new());
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(path) = made.get(name) {
        return path.clone();
    }
    let source = source_fixture(name);
    let files = tree(&source);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let salt = (
        FIXTURE_COMMIT_DATE.to_string(),
        FIXTURE_COMMIT_DATE.as_bytes().to_vec(),
    );
    for (rel, bytes) in std::iter::once(&salt).chain(&files) {
        for b in rel
            .as_bytes()
            .iter()
            .chain([0xff].iter())
            .chain(bytes)
            .chain([0xfe].iter())
        {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fixtures");
    let path = cache.join(format!("{name}-{hash:016x}"));
    if !path.join(".git").is_dir() {
        // Made beside its final place, then renamed: another test binary may be doing the same.
        let staging = tempfile::tempdir_in({
            std::fs::create_dir_all(&cache).unwrap();
            &cache
        })
        .unwrap();
        for (rel, bytes) in &files {
            write_bytes(staging.path(), rel, bytes);
        }
        git(staging.path(), &["init", "-q"], FIXTURE_COMMIT_DATE);
        git(staging.path(), &["add", "-A"], FIXTURE_COMMIT_DATE);
        git(
            staging.path(),
            &["commit", "-q", "-m", "fixture"],
            FIXTURE_COMMIT_DATE,
        );
        let staged = staging.keep();
        if std::fs::rename(&staged, &path).is_err() {
            // Someone else finished first; theirs is the same.
            let _ = std::fs::remove_dir_all(&staged);
        }
    }
    made.insert(name.to_string(), path.clone());
    path
}

/// When fixture repositories were committed.
pub const FIXTURE_COMMIT_DATE: &str = "2026-01-15T10:00:00Z";

/// The fixture as it is in this project (never build it in place: see [`fixture`]).
pub fn source_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Every file under `dir`, sorted, with its path relative to `dir`.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                rel.to_string_lossy().replace('\\', "/"),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// Runs git in `dir` with a fixed author, date and no user configuration.
pub fn git(dir: &Path, args: &[&str], date: &str) {
    let out = Command::new("git")
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .expect("git runs (the tests need git)");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn settings(audience: Audience) -> Settings {
    Settings {
        audience,
        build_date: BUILD_DATE.parse().unwrap(),
        base_url: None,
        pdf: false,
    }
}

/// Copies a fixture, with its git repository, into a temporary folder, to change it.
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

fn write_bytes(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
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

/// A program or library the browser and PDF tests need.
#[derive(Clone, Copy, Debug)]
pub enum Tool {
    Chromium,
    Poppler,
    AxeCore,
}

impl Tool {
    fn present(self) -> bool {
        match self {
            Tool::Chromium => coordkit::pdf::find_browser().is_ok(),
            Tool::Poppler => ["pdftotext", "pdfinfo", "pdffonts"]
                .iter()
                .all(|p| Command::new(p).arg("-v").output().is_ok()),
            Tool::AxeCore => axe_core_path().is_file(),
        }
    }

    fn install(self) -> &'static str {
        match self {
            Tool::Chromium => "Chromium (apt-get install chromium, or CHROME=/path/to/chrome)",
            Tool::Poppler => "poppler-utils (apt-get install poppler-utils)",
            Tool::AxeCore => {
                "axe-core (npm install --prefix target/axe-core axe-core@4, or AXE_CORE=/path/to/axe.min.js)"
            }
        }
    }
}

/// Where axe-core is: `AXE_CORE`, else where `.ci/run` installs it.
pub fn axe_core_path() -> PathBuf {
    std::env::var_os("AXE_CORE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/axe-core/node_modules/axe-core/axe.min.js")
        })
}

/// Whether CI is running the tests (`CI` set, as every CI service does, and not `false`/`0`).
pub fn on_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Whether the tools a test needs are here. A missing tool fails the test when `CI` is set (a
/// CI run must never go green without its browser tests); otherwise the test is skipped, and
/// the skip is printed at once and counted in a summary when the test binary ends.
pub fn have(tools: &[Tool]) -> bool {
    let missing: Vec<Tool> = tools.iter().copied().filter(|t| !t.present()).collect();
    if missing.is_empty() {
        return true;
    }
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let needs: Vec<&str> = missing.iter().map(|t| t.install()).collect();
    if on_ci() {
        panic!(
            "{test} needs {}, which is missing; CI is set, so this is a failure rather than a skip",
            needs.join(" and ")
        );
    }
    let line = format!("{test}: needs {}", needs.join(" and "));
    // Written to the terminal itself: the test harness hides what a passing test prints.
    let _ = writeln!(std::io::stderr(), "skipped {line}");
    SKIPS.lock().unwrap_or_else(|e| e.into_inner()).push(line);
    REPORT.call_once(|| {
        // SAFETY: `atexit` from the C library, given a function that takes and returns nothing.
        unsafe {
            atexit(report_skips);
        }
    });
    false
}

static SKIPS: Mutex<Vec<String>> = Mutex::new(Vec::new());
static REPORT: Once = Once::new();

unsafe extern "C" {
    fn atexit(f: extern "C" fn()) -> std::ffi::c_int;
}

/// Printed after the harness's own summary, when the test binary exits.
extern "C" fn report_skips() {
    let skips = SKIPS.lock().unwrap_or_else(|e| e.into_inner());
    let mut err = std::io::stderr();
    let _ = writeln!(
        err,
        "\nSKIPPED {} {} for want of a tool (with CI set, {} would fail):",
        skips.len(),
        if skips.len() == 1 { "test" } else { "tests" },
        if skips.len() == 1 { "it" } else { "they" }
    );
    for s in skips.iter() {
        let _ = writeln!(err, "  {s}");
    }
}

/// Opens `url` in `tab` and returns what the script `js` evaluates to, as text.
pub fn text_in_browser(tab: &headless_chrome::Tab, url: &str, js: &str) -> String {
    tab.navigate_to(url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.evaluate(js, false)
        .unwrap()
        .value
        .unwrap_or_else(|| panic!("{js} gave nothing on {url}"))
        .as_str()
        .unwrap()
        .to_string()
}

/// A headless Chromium for browser tests, or `None` where there is none (see [`have`]).
pub fn chromium() -> Option<headless_chrome::Browser> {
    if !have(&[Tool::Chromium]) {
        return None;
    }
    let path = coordkit::pdf::find_browser().expect("found above");
    let args = [
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
    ];
    let options = headless_chrome::LaunchOptions {
        path: Some(path),
        sandbox: false,
        args: args.iter().map(std::ffi::OsStr::new).collect(),
        ..headless_chrome::LaunchOptions::default()
    };
    Some(headless_chrome::Browser::new(options).expect("Chromium starts"))
}
