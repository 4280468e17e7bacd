//! Issue #15: the `<main>` of every kind of page, in English and Arabic, as reviewed
//! snapshots (`tests/snapshots/`), so a template change shows up as a diff to read.
//!
//! After a deliberate change, write the new snapshots and read the diff:
//! `INSTA_UPDATE=always cargo test --test snapshots`, then `git diff tests/snapshots/`
//! (or `cargo insta review`, with cargo-insta installed). With `CI` set, insta never writes
//! snapshots, and a difference fails.

mod common;

use common::*;
use coordkit::model::Audience;

/// Each kind of page, by its path under a language folder.
const PAGES: [(&str, &str); 13] = [
    ("home", "index.html"),
    ("section", "guide/index.html"),
    ("clusters", "clusters/index.html"),
    ("cluster", "clusters/health/index.html"),
    ("organisations", "organisations/index.html"),
    ("organisation", "organisations/who/index.html"),
    ("emergencies", "emergencies/index.html"),
    ("directory", "emergencies/flood/index.html"),
    ("activation", "emergencies/flood/health/index.html"),
    (
        "checklist",
        "emergencies/flood/health/onboarding/index.html",
    ),
    ("pack", "emergencies/flood/health/starter/index.html"),
    ("glossary", "glossary/index.html"),
    ("search", "search/index.html"),
];

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

#[test]
fn issue_15_main_of_every_kind_of_page_in_english_and_arabic() {
    let site = build(&fixture("basic"), Audience::Public);
    settings().bind(|| {
        for lang in ["en", "ar"] {
            for (kind, path) in PAGES {
                insta::assert_snapshot!(
                    format!("{kind}-{lang}"),
                    site.main(&format!("{lang}/{path}"))
                );
            }
        }
        // Pages outside the language folders: the language chooser and the 404 page.
        insta::assert_snapshot!("chooser", site.main("index.html"));
        insta::assert_snapshot!("404", site.main("404.html"));
    });
}

/// The directory and an activation of a larger emergency: hubs, meetings of the week,
/// contacts by cluster, areas of responsibility, a handover, for the partners' audience.
#[test]
fn issue_15_main_of_a_full_directory_for_partners() {
    let site = build(&fixture("directory"), Audience::Partners);
    settings().bind(|| {
        insta::assert_snapshot!(
            "quake-directory-en",
            site.main("en/emergencies/quake/index.html")
        );
        insta::assert_snapshot!(
            "quake-wash-en",
            site.main("en/emergencies/quake/wash/index.html")
        );
        insta::assert_snapshot!(
            "quake-directory-fr",
            site.main("fr/emergencies/quake/index.html")
        );
    });
}
