//! Issue #5: what translators need. Per language: missing pages, translations older than
//! their source (from git history, or from `source_revision`), interface messages, data
//! texts, a percentage; outdated translations stay published with a notice.

mod common;

use common::*;
use coordkit::model::Audience;
use std::path::Path;

#[test]
fn issue_5_a_source_changed_after_its_translation_makes_the_translation_outdated() {
    let dir = copy_fixture("basic");
    let d = dir.path();
    // The copy is its own repository, every file committed once on FIXTURE_COMMIT_DATE.
    let alpha = d.join("content/guide/alpha.md");
    std::fs::write(
        &alpha,
        std::fs::read_to_string(&alpha)
            .unwrap()
            .replace("Text with a note.", "Text with a longer note."),
    )
    .unwrap();
    git(
        d,
        &["commit", "-q", "-am", "alpha changes"],
        "2026-06-01T10:00:00Z",
    );

    let (code, stdout, stderr) = run(&["check"], d);
    assert_eq!(code, 0, "{stderr}");
    let report = &stdout[stdout
        .find("translations:\n")
        .expect("a translation report")..];
    let fr: Vec<&str> = report
        .lines()
        .skip_while(|l| !l.starts_with("  fr"))
        .take_while(|l| !l.starts_with("  ar"))
        .collect();
    // Pages 1 of 7 current, interface complete, data 10 of 20: (1/7 + 1 + 1/2) / 3 = 54%.
    let en_ftl =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("translations/en.ftl"))
            .unwrap();
    let messages = en_ftl
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && l.contains(" = "))
        .count();
    assert_eq!(
        fr[0],
        format!("  fr  54%  pages 1/7 (1 outdated), interface {messages}/{messages}, data 10/20")
    );
    assert!(
        fr.contains(
            &"    outdated: content/guide/alpha.fr.md is older than content/guide/alpha.md"
        ),
        "{report}"
    );
    assert!(fr.contains(&"    missing pages: content/about.md, content/guide/_index.md, content/guide/beta.md, content/guide/deep/_index.md, content/guide/deep/gamma.md"), "{report}");

    // Still published, with a notice that leads to the current source.
    let site = build(d, Audience::Partners);
    let page = site.main("fr/guide/alpha/index.html");
    assert!(page.contains(OUTDATED), "{page}");
    let status_page = site.main("en/translations/index.html");
    assert!(
        status_page.contains(
            "<li><code>content/guide/alpha.fr.md</code> ← <code>content/guide/alpha.md</code></li>"
        ),
        "{status_page}"
    );
    // Public builds do not publish the translators' page.
    assert!(
        !build(d, Audience::Public)
            .files
            .contains_key("en/translations/index.html")
    );
}

/// The notice on the French page of an outdated translation.
const OUTDATED: &str = "<h1><span class=\"num\">1.2</span> Alpha en français</h1>\n<p class=\"notice warn\" role=\"note\">Cette traduction est plus ancienne que la page qu&#39;elle traduit, qui a changé depuis. <a href=\"../../../en/guide/alpha/index.html\">Lire la version actuelle en English.</a></p>\n<div class=\"prose\" lang=\"fr\" dir=\"ltr\">";

/// The same page of a current translation.
const CURRENT: &str = "<h1><span class=\"num\">1.2</span> Alpha en français</h1>\n<div class=\"prose\" lang=\"fr\" dir=\"ltr\">";

fn french_alpha(dir: &Path) -> String {
    build(dir, Audience::Partners).main("fr/guide/alpha/index.html")
}

#[test]
fn issue_5_source_revision_dates_work_without_git() {
    let dir = copy_fixture("basic");
    std::fs::remove_dir_all(dir.path().join(".git")).unwrap();
    let fr = dir.path().join("content/guide/alpha.fr.md");
    // The source was reviewed on 2026-01-01; a translation of an older source is outdated.
    std::fs::write(
        &fr,
        std::fs::read_to_string(&fr).unwrap().replace(
            "title: Alpha en français\n",
            "title: Alpha en français\nsource_revision: 2025-12-01\n",
        ),
    )
    .unwrap();
    let built = coordkit::build_site(dir.path(), &settings(Audience::Partners));
    assert!(
        built
            .files
            .unwrap()
            .iter()
            .any(|f| f.path == "fr/guide/alpha/index.html")
    );
    let page = french_alpha(dir.path());
    assert!(page.contains(OUTDATED), "{page}");
    std::fs::write(
        &fr,
        std::fs::read_to_string(&fr)
            .unwrap()
            .replace("source_revision: 2025-12-01", "source_revision: 2026-02-01"),
    )
    .unwrap();
    let page = french_alpha(dir.path());
    assert!(page.contains(CURRENT), "{page}");
    std::fs::write(
        &fr,
        std::fs::read_to_string(&fr)
            .unwrap()
            .replace("source_revision: 2026-02-01", "source_revision: last week"),
    )
    .unwrap();
    let built = coordkit::build_site(dir.path(), &settings(Audience::Partners));
    let errors: Vec<String> = built
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| {
            format!(
                "{}:{}:{}: {}",
                d.loc.path, d.loc.line, d.loc.column, d.message
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            "content/guide/alpha.fr.md:3:18: `last week` is neither a git commit nor a date (YYYY-MM-DD)"
        ]
    );
}

fn head(dir: &Path) -> String {
    let out = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(dir)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn edit(dir: &Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// `source_revision: <commit>` says which version of the source a translation follows; it
/// decides over the dates of the files' last commits.
#[test]
fn issue_15_source_revision_commit_decides_whether_a_translation_is_outdated() {
    let dir = copy_fixture("basic");
    let d = dir.path();
    let first = head(d);
    edit(
        d,
        "content/guide/alpha.md",
        "Text with a note.",
        "Text with a longer note.",
    );
    git(
        d,
        &["commit", "-q", "-am", "alpha changes"],
        "2026-03-01T10:00:00Z",
    );
    let second = head(d);
    // By the dates of their commits, the translation is older than its source.
    assert!(french_alpha(d).contains(OUTDATED));

    // It follows the second version (named by a 7-digit prefix): current.
    edit(
        d,
        "content/guide/alpha.fr.md",
        "title: Alpha en français\n",
        &format!(
            "title: Alpha en français\nsource_revision: {}\n",
            &second[..7]
        ),
    );
    let page = french_alpha(d);
    assert!(page.contains(CURRENT), "{page}");
    let (_, stdout, _) = run(&["check"], d);
    assert!(
        !stdout.contains("outdated: content/guide/alpha.fr.md"),
        "{stdout}"
    );

    // It follows the first version, and is committed after the source changed: the commit it
    // names decides, so it is outdated although its own commit is the newer one.
    edit(d, "content/guide/alpha.fr.md", &second[..7], &first);
    git(
        d,
        &["commit", "-q", "-am", "translation"],
        "2026-04-01T10:00:00Z",
    );
    let page = french_alpha(d);
    assert!(page.contains(OUTDATED), "{page}");
    let (_, stdout, _) = run(&["check"], d);
    assert!(
        stdout.contains(
            "    outdated: content/guide/alpha.fr.md is older than content/guide/alpha.md\n"
        ),
        "{stdout}"
    );
}
