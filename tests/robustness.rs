//! Issue #2: nothing panics on any input. Arbitrary bytes and arbitrary YAML-ish text go
//! through front matter and collection loading; each must end in a result or in errors, and
//! a failed build names the file that was changed, at a line that file has.

mod common;

use common::*;
use coordkit::model::Audience;
use proptest::prelude::*;
use std::path::Path;

thread_local! {
    /// One copy of the basic fixture per test thread; each case changes one file and puts it
    /// back (copying the toolkit for every case would be most of the run time). Without its
    /// git repository: asking git for the history would be the rest.
    static SCRATCH: tempfile::TempDir = {
        let dir = copy_fixture("basic");
        std::fs::remove_dir_all(dir.path().join(".git")).unwrap();
        dir
    };
}

/// Puts a file back as it was, even when the case fails.
struct Restore<'a> {
    path: &'a Path,
    original: Vec<u8>,
}

impl Drop for Restore<'_> {
    fn drop(&mut self) {
        std::fs::write(self.path, &self.original).unwrap();
    }
}

/// Writes `bytes` as one file of the basic fixture and runs the whole pipeline.
fn pipeline_survives(rel: &str, bytes: &[u8]) {
    SCRATCH.with(|dir| {
        let path = dir.path().join(rel);
        let _restore = Restore {
            original: std::fs::read(&path).unwrap(),
            path: &path,
        };
        std::fs::write(&path, bytes).unwrap();
        // Loading and validation find every problem of bad input; rendering (most of a
        // build's time) runs only when there is none, so only then is the whole build run.
        let mut diagnostics = Vec::new();
        let loaded = coordkit::load::load(dir.path(), &mut diagnostics);
        coordkit::validate::validate(&loaded, &settings(Audience::Partners), &mut diagnostics);
        let built = if coordkit::diagnostics::has_errors(&diagnostics) {
            coordkit::Built {
                diagnostics,
                files: None,
            }
        } else {
            coordkit::build_site(dir.path(), &settings(Audience::Partners))
        };
        for d in &built.diagnostics {
            assert!(d.loc.line >= 1 && d.loc.column >= 1, "{d:?}");
            assert!(!d.loc.path.is_empty());
        }
        if built.files.is_some() {
            return;
        }
        // The build failed: the changed file is named, at one of its lines (or just after
        // its last one, where an unexpected end of the text is reported).
        let lines = bytes.split(|&b| b == b'\n').count() as u32;
        let here: Vec<_> = built
            .diagnostics
            .iter()
            .filter(|d| d.is_error() && &*d.loc.path == rel)
            .collect();
        assert!(
            !here.is_empty(),
            "no error names {rel}:\n{}",
            coordkit::diagnostics::human(&built.diagnostics)
        );
        for d in here {
            assert!(d.loc.line <= lines + 1, "{d:?} is past the end of {rel}");
        }
    });
}

/// Text that looks like YAML and front matter, to reach deeper than random bytes do.
fn yamlish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("---\n".to_string()),
        Just("title: ".to_string()),
        Just("id: ".to_string()),
        Just("- ".to_string()),
        Just("{en: x, fr: y}".to_string()),
        Just("[a, b]".to_string()),
        Just("\n  ".to_string()),
        Just("&a ".to_string()),
        Just("*a".to_string()),
        Just("<<: *a\n".to_string()),
        Just("\"\\u00e9\"".to_string()),
        Just("2026-02-30".to_string()),
        Just("[](x.md#y)".to_string()),
        "[a-z:#\\-\\[\\]{} \n]{0,12}",
    ];
    prop::collection::vec(token, 0..40).prop_map(|v| v.concat())
}

/// The body of `content/guide/beta.md`, whose heading other pages link to.
const BETA_BODY: &str = "## Details\n\nBack to [alpha](alpha.md#equality).\n";

proptest! {
    // 128 cases each in every run; `PROPTEST_CASES=5000 cargo test --test robustness` goes deeper.
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn issue_2_arbitrary_bytes_as_a_page(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        pipeline_survives("content/guide/beta.md", &bytes);
    }

    #[test]
    fn issue_2_yamlish_front_matter(text in yamlish()) {
        pipeline_survives("content/guide/beta.md", format!("---\n{text}\n---\n{BETA_BODY}").as_bytes());
    }

    #[test]
    fn issue_2_yamlish_collections(text in yamlish()) {
        pipeline_survives("content/clusters/health.yaml", text.as_bytes());
        pipeline_survives("content/emergencies/flood/emergency.yaml", text.as_bytes());
    }

    #[test]
    fn issue_2_yamlish_toolkit_yaml(text in yamlish()) {
        pipeline_survives("toolkit.yaml", text.as_bytes());
    }
}

/// Aliases inside fields a checklist accepts, so that parsing reaches them: 100 items,
/// replayed in 100 sections, replayed in 100 checklists, would be a million checkboxes per
/// activation and language.
#[test]
fn issue_15_alias_bombs_in_accepted_fields_are_refused_not_expanded() {
    let items = vec!["x"; 100].join(", ");
    let mut bomb =
        format!("- id: a0\n  title: A\n  sections: &s\n    - {{title: S, items: &i [{items}]}}\n");
    for _ in 1..100 {
        bomb.push_str("    - {title: S, items: *i}\n");
    }
    for n in 1..100 {
        bomb.push_str(&format!("- id: a{n}\n  title: A\n  sections: *s\n"));
    }
    let dir = copy_fixture("basic");
    write(dir.path(), "content/checklists/bomb.yaml", &bomb);
    let built = coordkit::build_site(dir.path(), &settings(Audience::Public));
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
            "content/checklists/bomb.yaml:172:13: this file is too large or too complex to read; aliases (`*name`) that repeat large parts are the usual cause"
        ]
    );
}
