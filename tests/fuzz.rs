//! Issue #8: a long fuzz run over front matter, YAML data and Markdown, through the whole
//! build into a real output folder: nothing may panic, and nothing may be written outside
//! the output folder (no staging folder left behind, no file beside it).
//!
//! Ignored by default (it runs for minutes): `FUZZ_SECONDS=600 cargo test --release --test
//! fuzz -- --ignored --nocapture` prints how many builds ran and what was found.

mod common;

use common::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::path::Path;
use std::time::{Duration, Instant};

/// Pieces of hostile and odd input: path tricks, HTML and script, control characters,
/// YAML shapes, Markdown constructs.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---\n".to_string()),
        Just("title: ".to_string()),
        Just("id: ".to_string()),
        Just("name: ".to_string()),
        Just("- ".to_string()),
        Just("\n  ".to_string()),
        Just("{en: x, fr: y}".to_string()),
        Just("../../../etc/passwd".to_string()),
        Just("/etc/passwd".to_string()),
        Just("..\\\\x".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("</script><script>".to_string()),
        Just("<iframe src=\"file:///etc/passwd\"></iframe>".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("<javascript:alert(1)>".to_string()),
        Just("[y](%6aavascript:x)".to_string()),
        Just("[z](../search-index.js)".to_string()),
        Just("[](guide/alpha.md#equality)".to_string()),
        Just("![i](../emergencies/flood/contacts.yaml)".to_string()),
        Just("\u{1b}[2J\u{7}\r".to_string()),
        Just("\u{202e}\u{2066}".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("# Same\n\n".to_string()),
        Just("[^n]\n\n[^n]: note\n".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |\n".to_string()),
        Just("&a [x]".to_string()),
        Just("*a".to_string()),
        "[a-z:#\\-\\[\\]{}/. \n]{0,16}",
        any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..48).prop_map(|v| v.concat())
}

/// Where a case's text goes: a page (front matter and Markdown), or a data file.
const TARGETS: [(&str, &str, &str); 5] = [
    (
        "content/guide/beta.md",
        "---\ntitle: Beta\n",
        "---\n## Details\n\n",
    ),
    ("content/guide/beta.md", "---\n", "\n---\n"),
    ("content/clusters/health.yaml", "", ""),
    ("content/emergencies/flood/contacts.yaml", "", ""),
    ("content/emergencies/flood/emergency.yaml", "", ""),
];

/// Builds the toolkit into `parent/site`; afterwards `parent` holds `site` or nothing.
fn build_stays_inside(toolkit: &Path, parent: &Path) -> bool {
    let out = parent.join("site");
    let (_, result) = coordkit::build_into(
        toolkit,
        &out,
        &settings(coordkit::model::Audience::Partners),
        None,
    );
    let left: Vec<String> = std::fs::read_dir(parent)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "site")
        .collect();
    assert!(left.is_empty(), "written beside the output: {left:?}");
    result.is_ok()
}

#[test]
#[ignore = "a long run; see the module documentation"]
fn issue_8_fuzz_the_whole_build() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let toolkit = copy_fixture("basic");
    let _ = std::fs::remove_dir_all(toolkit.path().join(".git"));
    let parent = tempfile::tempdir().unwrap();
    let mut runner = TestRunner::default();
    let (mut runs, mut built) = (0u64, 0u64);
    while Instant::now() < deadline {
        let (rel, before, after) = TARGETS[(runs % TARGETS.len() as u64) as usize];
        let value = text().new_tree(&mut runner).unwrap().current();
        let path = toolkit.path().join(rel);
        let original = std::fs::read(&path).unwrap();
        std::fs::write(&path, format!("{before}{value}{after}")).unwrap();
        let outcome =
            std::panic::catch_unwind(|| build_stays_inside(toolkit.path(), parent.path()));
        std::fs::write(&path, original).unwrap();
        match outcome {
            Ok(ok) => built += u64::from(ok),
            Err(_) => panic!("panicked on {rel}: {value:?}"),
        }
        runs += 1;
    }
    println!(
        "fuzz: {runs} builds in {seconds} s ({built} succeeded), no panic, nothing outside the output"
    );
    assert!(runs > 0);
}
