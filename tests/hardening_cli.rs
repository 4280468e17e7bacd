//! Issue #8, "should fix": the command line refuses what it cannot use with exit 2 and
//! leaves nothing behind; YAML reports every unknown key; names cannot hide control
//! characters or line breaks; empty exports are not offered.

mod common;

use common::*;
use coordkit::model::Audience;
use std::fs;
use std::path::Path;

fn toolkit() -> tempfile::TempDir {
    let dir = copy_fixture("basic");
    let path = dir.path().join("toolkit.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("review_after_days: 100\n", "")).unwrap();
    dir
}

fn edit(dir: &Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn issue_8_a_missing_folder_or_a_file_as_folder_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    for command in ["build", "check", "serve"] {
        let (code, _, stderr) = run(&[command, "no-such-dir"], tmp.path());
        assert_eq!(
            stderr,
            "error: the toolkit folder no-such-dir does not exist\n"
        );
        assert_eq!(code, 2);
    }
    fs::write(tmp.path().join("file.txt"), "x").unwrap();
    let (code, _, stderr) = run(&["build", "file.txt"], tmp.path());
    assert_eq!(stderr, "error: file.txt is a file, not a toolkit folder\n");
    assert_eq!(code, 2);
}

#[test]
fn issue_8_an_unusable_out_exits_2_and_a_failed_build_creates_no_folders() {
    let dir = toolkit();
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("plain"), "x").unwrap();
    let out = tmp.path().join("plain/public");
    let (code, _, stderr) = run(&["build", "--out", out.to_str().unwrap()], dir.path());
    assert_eq!(
        stderr,
        format!(
            "error: cannot create {}: File exists\n",
            tmp.path().join("plain").display()
        )
    );
    assert_eq!(code, 2);
    edit(
        dir.path(),
        "content/clusters/health.yaml",
        "global_leads: [who]",
        "global_leads: [nobody]",
    );
    let out = tmp.path().join("a/b/public");
    let (code, _, _) = run(&["build", "--out", out.to_str().unwrap()], dir.path());
    assert_eq!(code, 1);
    assert!(
        !tmp.path().join("a").exists(),
        "a failed build created a/b/"
    );
}

#[test]
fn issue_8_a_link_as_out_that_leads_nowhere_exits_2() {
    let dir = toolkit();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    std::os::unix::fs::symlink("/no/such/parent/www", &out).unwrap();
    let (code, _, stderr) = run(&["build", "--out", out.to_str().unwrap()], dir.path());
    assert_eq!(
        stderr,
        format!(
            "error: refusing to write the site to {}: it is a symbolic link that leads nowhere\n",
            out.display()
        )
    );
    assert_eq!(code, 2);
}

#[test]
fn issue_8_sigterm_leaves_no_staging_folder() {
    let dir = toolkit();
    // Enough pages that the build is still running when it is stopped.
    for i in 0..1500 {
        write(
            dir.path(),
            &format!("content/guide/p{i}.md"),
            &format!("---\ntitle: P {i}\n---\n# P\n"),
        );
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_coordkit"))
        .args(["build", "--out", out.to_str().unwrap()])
        .current_dir(dir.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let staging = || {
        fs::read_dir(tmp.path())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains("coordkit-new"))
    };
    while !staging() && started.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let _ = child.wait();
    assert!(!staging(), "a .coordkit-new folder was left behind");
}

#[test]
fn issue_8_every_unknown_key_is_reported_and_a_broken_config_adds_no_language_warnings() {
    let dir = toolkit();
    edit(
        dir.path(),
        "content/emergencies/flood/emergency.yaml",
        "status: active\n",
        "status: active\nfoo: 1\nbar:\n  - x\n",
    );
    edit(
        dir.path(),
        "toolkit.yaml",
        "base_url:",
        "languagse: [en]\nbase_url:",
    );
    let (code, _, stderr) = run(&["check"], dir.path());
    let allowed = "the keys allowed here are: name, type, countries, glide, status, started, ended, contacts_public, hubs, meetings, activations";
    assert_eq!(
        stderr,
        format!(
            "content/emergencies/flood/emergency.yaml:5:1: error: unknown key `foo`; {allowed}\ncontent/emergencies/flood/emergency.yaml:6:1: error: unknown key `bar`; {allowed}\ntoolkit.yaml:2:1: error: unknown key `languagse`; the keys allowed here are: title, base_url, languages, theme, review_after_days, edit_url, markdown, downloads, pdf, paper\n3 errors, 0 warnings\n"
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_8_control_characters_and_line_breaks_in_names_are_errors() {
    let dir = toolkit();
    edit(
        dir.path(),
        "content/organisations/organisations.yaml",
        "name: {en: United Nations Population Fund}",
        "name: {en: \"UNFPA \\u202Egnp.exe\"}",
    );
    edit(
        dir.path(),
        "content/emergencies/flood/contacts.yaml",
        "  name: Ana Example\n",
        "  name: \"Ana\\nEMAIL:x@evil.example\"\n",
    );
    let (code, _, stderr) = run(&["check"], dir.path());
    assert_eq!(
        stderr,
        concat!(
            "content/emergencies/flood/contacts.yaml:2:9: error: this name or title holds a line break\n",
            "  hint: write it on one line; a summary or description can hold more\n",
            "content/organisations/organisations.yaml:12:9: error: this text holds the invisible control character U+202E, which can disguise what readers see\n",
            "  hint: delete it; the direction of right-to-left text is set by its language\n",
            "2 errors, 0 warnings\n"
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_8_unsafe_autolinks_and_encoded_schemes_are_refused() {
    let dir = toolkit();
    write(
        dir.path(),
        "content/guide/beta.md",
        "---\ntitle: Beta\n---\n## Details\n\n<javascript:alert(1)> [x](%6aavascript:alert(1))\n",
    );
    let (code, _, stderr) = run(&["check"], dir.path());
    let refused =
        "error: this kind of link is not allowed: it could run code in the reader's browser";
    assert_eq!(
        stderr,
        format!(
            "content/guide/beta.md:6:1: {refused}\ncontent/guide/beta.md:6:23: {refused}\n2 errors, 0 warnings\n"
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_8_an_export_with_no_rows_is_neither_written_nor_offered() {
    let dir = toolkit();
    fs::remove_file(dir.path().join("content/emergencies/flood/contacts.yaml")).unwrap();
    let site = build(dir.path(), Audience::Public);
    assert!(!site.files.contains_key("en/emergencies/flood/contacts.vcf"));
    assert!(!site.files.contains_key("en/emergencies/flood/contacts.csv"));
    assert!(site.files.contains_key("en/emergencies/flood/meetings.ics"));
    let page = site.text("en/emergencies/flood/index.html");
    assert!(!page.contains("contacts.vcf"), "{page}");
    assert!(page.contains("meetings.ics"));
}
