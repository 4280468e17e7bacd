//! Issue #2: one broken toolkit per kind of bad input, each checked for its exact message
//! (`path:line:column: error: ...`), its exit code, and that nothing was written.

mod common;

use common::*;
use std::fs;
use std::path::Path;

/// Applies `change` to a copy of the basic fixture, runs `coordkit check` and returns its
/// exit code and standard error.
fn check_with(change: impl FnOnce(&Path)) -> (i32, String) {
    let dir = copy_fixture("basic");
    // The fixture's own stale-review warning is not what these tests are about.
    replace(dir.path(), "toolkit.yaml", "review_after_days: 100\n", "");
    change(dir.path());
    let (code, _, stderr) = run(&["check"], dir.path());
    (code, stderr)
}

fn replace(dir: &Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn assert_errors(change: impl FnOnce(&Path), expected: &str) {
    let (code, stderr) = check_with(change);
    assert_eq!(stderr, expected);
    assert_eq!(code, 1, "exit code");
}

#[test]
fn issue_2_unknown_key() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/clusters/health.yaml",
                "code: HEA\n",
                "code: HEA\ncolour: red\n",
            )
        },
        "content/clusters/health.yaml:2:1: error: unknown key `colour`; the keys allowed here are: id, code, abbreviation, name, global_leads, parent, summary\n1 error, 0 warnings\n",
    );
}

#[test]
fn issue_2_bad_id() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/organisations/organisations.yaml",
                "- id: bold-ngo",
                "- id: Bold NGO",
            )
        },
        "content/emergencies/flood/emergency.yaml:16:16: error: there is no organisation `bold-ngo`\n  hint: organisations are defined in content/organisations/\ncontent/organisations/organisations.yaml:14:7: error: `Bold NGO` is not a valid id (perhaps `bold-ngo`)\n  hint: ids use lowercase letters a-z, digits and `-`, start with a letter or digit, and are at most 64 characters\n2 errors, 0 warnings\n",
    );
}

#[test]
fn issue_2_path_like_ids_are_refused() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/organisations/organisations.yaml",
                "- id: unfpa",
                "- id: ../unfpa",
            )
        },
        "content/clusters/gbv.yaml:4:16: error: there is no organisation `unfpa`\n  hint: organisations are defined in content/organisations/\ncontent/organisations/organisations.yaml:10:7: error: `../unfpa` is not a valid id (perhaps `unfpa`)\n  hint: ids use lowercase letters a-z, digits and `-`, start with a letter or digit, and are at most 64 characters\n2 errors, 0 warnings\n",
    );
}

#[test]
fn issue_2_duplicate_id() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/organisations/organisations.yaml",
                "- id: unhcr",
                "- id: who",
            )
        },
        "content/clusters/protection.yaml:3:16: error: there is no organisation `unhcr`\n  hint: organisations are defined in content/organisations/\ncontent/emergencies/flood/emergency.yaml:28:13: error: there is no organisation `unhcr`\n  hint: organisations are defined in content/organisations/\ncontent/organisations/organisations.yaml:6:7: error: the organisation id `who` is used twice\n  hint: it is first defined at content/organisations/organisations.yaml:1:7\n3 errors, 0 warnings\n",
    );
}

#[test]
fn issue_2_dangling_reference_suggests_the_likely_id() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/clusters/health.yaml",
                "global_leads: [who]",
                "global_leads: [whoo]",
            )
        },
        "content/clusters/health.yaml:4:16: error: there is no organisation `whoo`\n  hint: did you mean `who`? organisations are defined in content/organisations/\n1 error, 0 warnings\n",
    );
}

#[test]
fn issue_2_impossible_date_and_date_order() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/emergencies/flood/emergency.yaml",
                "started: 2026-02-01",
                "started: 2026-02-30",
            );
            replace(
                d,
                "content/emergencies/flood/emergency.yaml",
                "deactivated: 2026-10-01",
                "deactivated: 2026-01-01",
            );
        },
        "content/emergencies/flood/emergency.yaml:5:10: error: `2026-02-30` is not a real date\ncontent/emergencies/flood/emergency.yaml:30:18: error: `deactivated` (2026-01-01) is before `activated` (2026-02-05)\n2 errors, 0 warnings\n",
    );
}

#[test]
fn issue_2_glide_country_email_and_phone_formats() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/emergencies/flood/emergency.yaml",
                "glide: FL-2026-000001-MOZ",
                "glide: FL-26-1-MOZ",
            );
            replace(
                d,
                "content/emergencies/flood/emergency.yaml",
                "countries: [MOZ]",
                "countries: [MOZ, XYZ]",
            );
            replace(
                d,
                "content/emergencies/flood/contacts.yaml",
                "email: health@example.org",
                "email: health@example\n  phone: \"084 000 0000\"",
            );
        },
        concat!(
            "content/emergencies/flood/contacts.yaml:6:10: error: `health@example` is not an email address\n",
            "content/emergencies/flood/contacts.yaml:7:10: error: `084 000 0000` is not an international phone number; write `+`, the country code and the number, such as +258 84 000 0000\n",
            "content/emergencies/flood/emergency.yaml:2:18: error: `XYZ` is not an ISO 3166-1 alpha-3 country code (such as MOZ, BGD, HTI)\n",
            "content/emergencies/flood/emergency.yaml:3:8: error: `FL-26-1-MOZ` is not a GLIDE number; it is written hazard-year-number-country, such as TC-2026-000045-MOZ\n",
            "4 errors, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_2_broken_links_and_anchors_point_at_their_line() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/guide/beta.md",
                "Back to [alpha](alpha.md#equality).",
                "Back to [alpha](alpha.md#equal).\n\nAnd [gone](gamma.md).",
            );
        },
        concat!(
            "content/guide/beta.md:7:9: error: broken link: content/guide/alpha.md has no heading with the id `equal`\n",
            "  hint: its heading ids are `equality`; an explicit id such as `## Equality {#equal}` stays the same in every translation\n",
            "content/guide/beta.md:9:5: error: broken link: there is no page content/guide/gamma.md\n",
            "  hint: did you mean content/guide/deep/gamma.md?\n",
            "2 errors, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_2_anchor_missing_in_a_translation_is_reported_for_that_language() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/guide/alpha.fr.md",
                "## Égalité {#equality}",
                "## Égalité",
            )
        },
        concat!(
            "content/guide/beta.md:7:9: error: broken link: content/guide/alpha.fr.md (the `fr` version) has no heading with the id `equality`\n",
            "  hint: its heading ids are `égalité`; an explicit id such as `## Equality {#equality}` stays the same in every translation\n",
            "1 error, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_2_links_to_drafts_say_so() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/guide/beta.md",
                "title: Beta\n",
                "title: Beta\ndraft: true\n",
            )
        },
        concat!(
            "content/guide/alpha.fr.md:6:6: error: broken link: content/guide/beta.md is a draft, so it is not published\n",
            "content/guide/alpha.fr.md:6:40: error: broken link: content/guide/beta.md is a draft, so it is not published\n",
            "content/guide/alpha.md:14:27: error: broken link: content/guide/beta.md is a draft, so it is not published\n",
            "content/guide/alpha.md:14:60: error: broken link: content/guide/beta.md is a draft, so it is not published\n",
            "content/packs/starter.yaml:4:11: error: content/guide/beta.md is a draft, so it is not published\n",
            "5 errors, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_2_unclosed_front_matter() {
    assert_errors(
        |d| {
            write(
                d,
                "content/about.md",
                "---\ntitle: About\n\nAbout this toolkit.\n",
            )
        },
        "content/about.md:1:1: error: the front matter is not closed\n  hint: add a line with only `---` after the last front matter line\n1 error, 0 warnings\n",
    );
}

#[test]
fn issue_2_invalid_utf8_and_empty_files() {
    assert_errors(
        |d| {
            fs::write(d.join("content/about.md"), b"---\ntitle: Caf\xe9\n---\n").unwrap();
            write(d, "content/glossary/more.yaml", "\n");
        },
        concat!(
            "content/about.md:2:11: error: this file is not valid UTF-8 text\n",
            "  hint: save it with the UTF-8 encoding (most editors offer it under \"Save with encoding\")\n",
            "content/glossary/more.yaml:1:1: error: this file is empty\n",
            "2 errors, 0 warnings\n"
        ),
    );
}

#[cfg(unix)]
#[test]
fn issue_2_symlink_loop() {
    assert_errors(
        |d| std::os::unix::fs::symlink("..", d.join("content/guide/deep/loop")).unwrap(),
        "content/guide/deep/loop:1:1: error: this symbolic link makes a loop: it leads back to content/guide\n  hint: remove the link or point it somewhere outside its own folder\n1 error, 0 warnings\n",
    );
}

#[test]
fn issue_2_translation_without_source_and_missing_section_index() {
    assert_errors(
        |d| {
            write(d, "content/guide/delta.fr.md", "---\ntitle: Delta\n---\n");
            write(d, "content/extra/epsilon.md", "---\ntitle: Epsilon\n---\n");
        },
        concat!(
            "content/extra/epsilon.md:1:1: error: the folder content/extra/ has no _index.md\n",
            "  hint: create content/extra/_index.md with a title: it is the section page of this folder\n",
            "content/guide/delta.fr.md:1:1: error: this translation has no source page in the default language\n",
            "  hint: create content/guide/delta.md or rename this file\n",
            "2 errors, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_2_two_sources_for_one_address_are_named() {
    assert_errors(
        |d| write(d, "content/glossary.md", "---\ntitle: Words\n---\n"),
        "content/glossary.md:1:1: error: content/glossary.md and the glossary (content/glossary/) would both be written to <lang>/glossary/index.html\n  hint: rename the page or its folder\n1 error, 0 warnings\n",
    );
}

#[test]
fn issue_2_missing_toolkit_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run(&["check"], dir.path());
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        concat!(
            "content:1:1: error: there is no content/ folder in this toolkit\n",
            "content/_index.md:1:1: error: there is no home page\n",
            "  hint: create content/_index.md with front matter and a welcome text\n",
            "toolkit.yaml:1:1: error: there is no toolkit.yaml in this folder\n",
            "  hint: run coordkit in a toolkit folder, give its path, or create one with `coordkit new DIR`\n",
            "3 errors, 0 warnings\n"
        )
    );
}

#[test]
fn issue_2_stale_reviews_are_warnings_and_do_not_fail() {
    let (code, _, stderr) = run(&["check"], &fixture("basic"));
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "content/guide/alpha.md:5:11: warning: last reviewed 329 days ago, more than review_after_days (100)\n  hint: check the content is still right, then update `reviewed`\n0 errors, 1 warning\n"
    );
}

#[test]
fn issue_2_machine_readable_formats() {
    let (code, stdout, _) = run(&["check", "--format", "github"], &fixture("basic"));
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "::warning file=content/guide/alpha.md,line=5,col=11::last reviewed 329 days ago, more than review_after_days (100)%0Acheck the content is still right, then update `reviewed`\n"
    );
    // An error and a warning: every item, every field.
    let dir = copy_fixture("basic");
    replace(
        dir.path(),
        "content/clusters/health.yaml",
        "global_leads: [who]",
        "global_leads: [whoo]",
    );
    let (code, stdout, _) = run(&["check", "--format", "json"], dir.path());
    assert_eq!(code, 1);
    let parsed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        parsed,
        serde_json::json!([
            {
                "severity": "error",
                "path": "content/clusters/health.yaml",
                "line": 4,
                "column": 16,
                "message": "there is no organisation `whoo`",
                "hint": "did you mean `who`? organisations are defined in content/organisations/"
            },
            {
                "severity": "warning",
                "path": "content/guide/alpha.md",
                "line": 5,
                "column": 11,
                "message": "last reviewed 329 days ago, more than review_after_days (100)",
                "hint": "check the content is still right, then update `reviewed`"
            }
        ])
    );
    let (code, stdout, _) = run(&["check", "--format", "github"], dir.path());
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        concat!(
            "::error file=content/clusters/health.yaml,line=4,col=16::there is no organisation `whoo`%0Adid you mean `who`? organisations are defined in content/organisations/\n",
            "::warning file=content/guide/alpha.md,line=5,col=11::last reviewed 329 days ago, more than review_after_days (100)%0Acheck the content is still right, then update `reviewed`\n"
        )
    );
}

/// coordkit replaces only folders it wrote itself, and never writes into the toolkit: each
/// refusal is a command-line error (exit 2) that leaves everything as it was.
#[test]
fn issue_15_build_refuses_folders_it_did_not_write() {
    let dir = copy_fixture("basic");
    let d = dir.path();
    write(d, "notes/mine.txt", "keep me");
    write(d, "plain-file", "a file");
    for (out, expected) in [
        (
            "notes",
            "error: refusing to replace notes: it is not empty and was not written by coordkit; remove it or choose another --out\n",
        ),
        (
            ".",
            "error: refusing to write the site to .: it holds the toolkit itself\n",
        ),
        (
            "content/site",
            "error: refusing to write the site to content/site: it is inside the toolkit's sources\n",
        ),
        (
            "plain-file",
            "error: refusing to write the site to plain-file: it is a file\n",
        ),
    ] {
        let (code, stdout, stderr) = run(&["build", "--out", out], d);
        assert_eq!((code, stdout.as_str()), (2, ""), "--out {out}");
        // Nothing else is said: the folder is checked before the toolkit is even read.
        assert_eq!(stderr, expected, "--out {out}");
    }
    assert_eq!(
        fs::read_to_string(d.join("notes/mine.txt")).unwrap(),
        "keep me"
    );
    assert_eq!(fs::read_to_string(d.join("plain-file")).unwrap(), "a file");
    assert!(!d.join("content/site").exists());
    // An empty folder, or one coordkit wrote, is replaced.
    fs::create_dir(d.join("empty")).unwrap();
    let (code, _, stderr) = run(&["build", "--out", "empty"], d);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run(&["build", "--out", "empty"], d);
    assert_eq!(code, 0, "{stderr}");
    assert!(d.join("empty/.coordkit-output").is_file());
}

#[test]
fn issue_2_wrong_command_line_exits_2() {
    let (code, _, stderr) = run(&["build", "--audience", "everyone"], &fixture("basic"));
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid value 'everyone'"), "{stderr}");
}

#[test]
fn issue_2_failed_build_leaves_the_earlier_output_untouched() {
    let dir = copy_fixture("basic");
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let (code, _, stderr) = run(&["build", "--out", site.to_str().unwrap()], dir.path());
    assert_eq!(code, 0, "{stderr}");
    let before = snapshot(&site);
    assert!(before.len() > 60);
    replace(
        dir.path(),
        "content/clusters/health.yaml",
        "global_leads: [who]",
        "global_leads: [nobody]",
    );
    let (code, _, stderr) = run(&["build", "--out", site.to_str().unwrap()], dir.path());
    assert_eq!(code, 1);
    assert!(
        stderr.ends_with(&format!(
            "error: the site was not built; {} was left as it was\n",
            site.display()
        )),
        "{stderr}"
    );
    assert_eq!(snapshot(&site), before);
    let leftovers: Vec<_> = fs::read_dir(out.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "temporary folders left behind: {leftovers:?}"
    );
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().display().to_string(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn issue_3_contact_cluster_must_be_activated_and_hub_must_exist() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/emergencies/flood/contacts.yaml",
                "cluster: health",
                "cluster: gbv\n  hub: nowhere",
            );
        },
        concat!(
            "content/emergencies/flood/contacts.yaml:4:12: error: the gbv cluster is not activated in this emergency\n",
            "  hint: add an activation to emergency.yaml, or use `inter-cluster`\n",
            "content/emergencies/flood/contacts.yaml:5:8: error: there is no hub `nowhere`\n",
            "  hint: hubs are defined in the emergency's `hubs`\n",
            "2 errors, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_3_time_zones_visibility_and_duration() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/emergencies/flood/emergency.yaml",
                "timezone: Africa/Maputo",
                "timezone: Africa/Atlantis\n        duration: 0",
            );
            replace(
                d,
                "content/emergencies/flood/contacts.yaml",
                "visibility: public",
                "visibility: everyone",
            );
        },
        concat!(
            "content/emergencies/flood/contacts.yaml:7:15: error: `everyone` is not a visibility; use public, partners or private\n",
            "content/emergencies/flood/emergency.yaml:24:19: error: `Africa/Atlantis` is not an IANA time zone; use a name such as Africa/Maputo or Asia/Dhaka\n",
            "content/emergencies/flood/emergency.yaml:25:19: error: `duration` is in minutes, from 1 to 1440; 0 is not possible\n",
            "3 errors, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_3_handover_needs_a_deactivation_and_dates_keep_their_order() {
    assert_errors(
        |d| {
            replace(
                d,
                "content/emergencies/flood/emergency.yaml",
                "    deactivated: 2026-10-01\n",
                "",
            );
            replace(
                d,
                "content/emergencies/flood/emergency.yaml",
                "started: 2026-02-01",
                "started: 2026-02-01\nended: 2026-01-15",
            );
        },
        concat!(
            "content/emergencies/flood/emergency.yaml:6:8: error: `ended` (2026-01-15) is before `started` (2026-02-01)\n",
            "content/emergencies/flood/emergency.yaml:31:22: error: `transitioned_to` needs a `deactivated` date: the day the cluster handed over\n",
            "2 errors, 0 warnings\n"
        ),
    );
}

#[test]
fn issue_3_closed_emergency_with_an_active_cluster_is_a_warning() {
    let (code, stderr) = check_with(|d| {
        replace(
            d,
            "content/emergencies/flood/emergency.yaml",
            "status: active",
            "status: closed\nended: 2026-11-01",
        );
    });
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "content/emergencies/flood/emergency.yaml:11:14: warning: the emergency is closed but this activation has no `deactivated` date\n0 errors, 1 warning\n"
    );
}
