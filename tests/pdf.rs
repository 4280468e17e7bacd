//! Issue #4: briefing packs printed to PDF with headless Chromium, checked with poppler's
//! pdfinfo and pdftotext. These tests need Chromium and poppler-utils (CI installs them);
//! without them they fail when `CI` is set, and are skipped (and counted) otherwise.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    // Drop bidi control characters that pdftotext adds around right-to-left runs.
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find(|l| l.starts_with("Pages:"))
        .and_then(|l| l[6..].trim().parse().ok())
        .unwrap()
}

#[test]
fn issue_4_pdfs_are_printed_once_and_reprinted_only_when_their_page_changes() {
    if !have(&[Tool::Chromium, Tool::Poppler]) {
        return;
    }
    let dir = copy_fixture("basic");
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let build = || {
        run(
            &["build", "--pdf", "--out", site.to_str().unwrap()],
            dir.path(),
        )
    };

    let (code, _, stderr) = build();
    assert_eq!(code, 0, "{stderr}");
    // 2 activations x 1 pack x 3 languages.
    assert!(
        stderr.contains("printed 6 PDFs (0 unchanged, reused)\n"),
        "{stderr}"
    );
    let en = site.join("en/emergencies/flood/health/starter.pdf");
    assert!(
        pages(&en) >= 5,
        "cover, 2 pages, directory, checklist, glossary"
    );
    let text = pdftotext(&en);
    for expected in [
        "Starter pack",
        "Equality",
        "Text with a note.",
        "Details",
        "Who is who",
        "First steps",
        "Send your 3W",
        "Humanitarian Coordinator",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the English PDF:\n{text}"
        );
    }
    assert!(!text.contains("Hidden Partnerperson"));
    // Chinese text (in the glossary) prints with the system's CJK fonts.
    assert!(
        text.contains("人道主义集群"),
        "CJK text missing from the PDF:\n{text}"
    );
    let ar = pdftotext(&site.join("ar/emergencies/flood/health/starter.pdf"));
    assert!(ar.contains("ملف البداية"), "Arabic title missing:\n{ar}");
    assert!(
        ar.contains("المحتويات"),
        "Arabic interface text missing:\n{ar}"
    );
    let fonts = Command::new("pdffonts")
        .arg(site.join("ar/emergencies/flood/health/starter.pdf"))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&fonts.stdout).contains("Arabic"),
        "no Arabic font embedded"
    );
    let before = std::fs::read(&en).unwrap();

    // Nothing changed: nothing is printed, the PDFs are the same files.
    let (code, _, stderr) = build();
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("printed 0 PDFs (6 unchanged, reused)\n"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&en).unwrap(), before);

    // A page in the pack changes: every pack that includes it is printed again, in the
    // language whose text changed and in those that fall back to it.
    let beta = dir.path().join("content/guide/beta.md");
    let text = std::fs::read_to_string(&beta)
        .unwrap()
        .replace("Back to", "Return to");
    std::fs::write(&beta, text).unwrap();
    let (_, _, stderr) = build();
    assert!(
        stderr.contains("printed 6 PDFs (0 unchanged, reused)\n"),
        "{stderr}"
    );
    assert!(pdftotext(&en).contains("Return to"));
}

/// Regression: with `..` or a space in `--out`, the address the browser reported never
/// matched the one coordkit waited for, and printing failed after a minute per pack.
#[test]
fn issue_15_pdfs_print_into_an_out_folder_given_with_dot_dot_and_a_space() {
    if !have(&[Tool::Chromium, Tool::Poppler]) {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let kit = root.path().join("kit");
    copy_dir(&fixture("basic"), &kit);
    // English only, to print 2 packs rather than 6.
    let config = kit.join("toolkit.yaml");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("languages: [en, fr, ar]", "languages: [en]");
    std::fs::write(&config, text).unwrap();
    let (code, _, stderr) = run(&["build", "--pdf", "--out", "../printed site"], &kit);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("printed 2 PDFs (0 unchanged, reused)\n"),
        "{stderr}"
    );
    let pdf = root
        .path()
        .join("printed site/en/emergencies/flood/health/starter.pdf");
    assert!(pdftotext(&pdf).contains("Starter pack"));
}

#[test]
fn issue_4_missing_browser_is_a_command_line_error_before_building() {
    let dir = copy_fixture("basic");
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_coordkit"))
        .args(["build", "--pdf", "--out", "site"])
        .current_dir(dir.path())
        .env("PATH", empty.path())
        .env_remove("CHROME")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: --pdf needs Chromium or Google Chrome to print the briefing packs, and none was found (looked for chromium, chromium-browser, google-chrome on PATH, and the CHROME variable); install it (on Debian or Ubuntu: apt-get install chromium) or set CHROME=/path/to/chrome\n"
    );
    assert!(!dir.path().join("site").exists(), "nothing is built");
}
