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

/// Each page's size, as pdfinfo names it (`595.92 x 841.92 pts (A4)`).
fn page_sizes(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "999"])
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("Page ") && l.contains(" size:"))
        .map(|l| l[l.find("size:").unwrap() + 5..].trim().to_string())
        .collect()
}

/// The addresses of the PDF's link annotations.
fn link_urls(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdfinfo")
        .arg("-url")
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().nth(2).map(str::to_string))
        .collect()
}

/// The text of one page.
fn page_text(pdf: &Path, page: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string(), "-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Where a word lies on the first page it is on: (xMin, xMax) in points.
fn word_box(pdf: &Path, word: &str) -> (f64, f64) {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let xml = String::from_utf8_lossy(&out.stdout);
    // pdftotext gives right-to-left words in the order of their glyphs.
    let reversed: String = word.chars().rev().collect();
    let line = xml
        .lines()
        .find(|l| {
            l.ends_with(&format!(">{word}</word>")) || l.ends_with(&format!(">{reversed}</word>"))
        })
        .unwrap_or_else(|| panic!("{word} is not in {}", pdf.display()));
    let attr = |name: &str| -> f64 {
        let at = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[at..at + line[at..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    (attr("xMin"), attr("xMax"))
}

#[test]
fn issue_4_pdfs_are_printed_once_and_reprinted_only_when_their_page_changes() {
    if !have(&[Tool::Chromium, Tool::Poppler]) {
        return;
    }
    let dir = copy_fixture("basic");
    // The pack's glossary holds the terms the pack uses (issue #9): Beta uses two.
    let beta = dir.path().join("content/guide/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    std::fs::write(
        &beta,
        text.replace("Back to", "Ask the HC about the 集群. Back to"),
    )
    .unwrap();
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
    // 1 running activation x 1 pack x 3 languages (issue #9: none for the handed-over one).
    assert!(
        stderr.contains("printed 3 PDFs (0 unchanged, reused)\n"),
        "{stderr}"
    );
    let en = site.join("en/emergencies/flood/health/starter.pdf");
    let sizes = page_sizes(&en);
    // Cover, 2 pages, directory, checklist, glossary; every page A4.
    assert_eq!(sizes, vec!["595.92 x 841.92 pts (A4)"; 6]);
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
    // Every page carries the pack's running title and its number out of the total.
    for page in 1..=sizes.len() {
        let text = page_text(&en, page);
        let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        assert_eq!(
            header.trim(),
            "Starter pack · Health · Flood response",
            "page {page}"
        );
        let footer = text
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        assert_eq!(footer.replace(' ', ""), format!("{page}/6"), "page {page}");
    }
    // Links lead to the published site (or mail), never to the folder the PDF was printed from.
    let urls = link_urls(&en);
    assert!(
        urls.contains(&"https://org.github.io/toolkit/en/".to_string()),
        "{urls:?}"
    );
    assert!(
        urls.contains(&"https://org.github.io/toolkit/en/organisations/who/index.html".to_string()),
        "{urls:?}"
    );
    for url in &urls {
        assert!(
            url.starts_with("https://org.github.io/toolkit/")
                || url.starts_with("mailto:")
                || url == "https://example.org/",
            "{url} in the PDF"
        );
    }
    assert!(!text.contains("Hidden Partnerperson"));
    // Chinese text (in the glossary) prints with the system's CJK fonts.
    assert!(
        text.contains("人道主义集群"),
        "CJK text missing from the PDF:\n{text}"
    );
    let ar_pdf = site.join("ar/emergencies/flood/health/starter.pdf");
    let ar = pdftotext(&ar_pdf);
    assert!(ar.contains("ملف البداية"), "Arabic title missing:\n{ar}");
    assert!(
        ar.contains("المحتويات"),
        "Arabic interface text missing:\n{ar}"
    );
    // Right to left: the Arabic "Contents" ends at the right margin (12 mm from the edge of
    // a 595.92 pt page), where the English one starts at the left margin.
    let (_, right) = word_box(&ar_pdf, "المحتويات");
    assert!(
        (right - (595.92 - 34.0)).abs() < 2.0,
        "Arabic heading ends at {right}"
    );
    let (left, _) = word_box(&en, "Contents");
    assert!(
        (left - 34.0).abs() < 2.0,
        "English heading starts at {left}"
    );
    let fonts = Command::new("pdffonts").arg(&ar_pdf).output().unwrap();
    assert!(
        String::from_utf8_lossy(&fonts.stdout).contains("Arabic"),
        "no Arabic font embedded"
    );
    let before = std::fs::read(&en).unwrap();

    // Nothing changed: nothing is printed, the PDFs are the same files.
    let (code, _, stderr) = build();
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("printed 0 PDFs (3 unchanged, reused)\n"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&en).unwrap(), before);

    // One translation changes: only the pack in its language is printed again (a cache
    // that reprinted everything would print 3).
    let fr = dir.path().join("content/guide/alpha.fr.md");
    let text = std::fs::read_to_string(&fr)
        .unwrap()
        .replace("Voir", "Lisez");
    std::fs::write(&fr, text).unwrap();
    let (_, _, stderr) = build();
    assert!(
        stderr.contains("printed 1 PDFs (2 unchanged, reused)\n"),
        "{stderr}"
    );
    assert!(pdftotext(&site.join("fr/emergencies/flood/health/starter.pdf")).contains("Lisez"));
    assert_eq!(std::fs::read(&en).unwrap(), before);
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
    // English only: one pack for the one running activation (the other was handed over).
    let config = kit.join("toolkit.yaml");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("languages: [en, fr, ar]", "languages: [en]");
    std::fs::write(&config, text).unwrap();
    let (code, _, stderr) = run(&["build", "--pdf", "--out", "../printed site"], &kit);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("printed 1 PDFs (0 unchanged, reused)\n"),
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
