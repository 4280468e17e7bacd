//! Issue #2: nothing panics on any input. Arbitrary bytes and arbitrary YAML-ish text go
//! through front matter and collection loading; each must end in a result or a diagnostic.

mod common;

use common::*;
use coordkit::model::Audience;
use proptest::prelude::*;

/// Writes `bytes` as one file of a copy of the basic fixture and runs the whole pipeline.
fn pipeline_survives(rel: &str, bytes: &[u8]) {
    let dir = copy_fixture("basic");
    std::fs::write(dir.path().join(rel), bytes).unwrap();
    let built = coordkit::build_site(dir.path(), &settings(Audience::Partners));
    for d in &built.diagnostics {
        assert!(d.loc.line >= 1 && d.loc.column >= 1, "{d:?}");
        assert!(!d.loc.path.is_empty());
    }
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn issue_2_arbitrary_bytes_as_a_page(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        pipeline_survives("content/guide/beta.md", &bytes);
    }

    #[test]
    fn issue_2_yamlish_front_matter(text in yamlish()) {
        pipeline_survives("content/guide/beta.md", format!("---\n{text}\n---\nbody").as_bytes());
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

#[test]
fn issue_2_alias_bombs_are_refused_not_expanded() {
    let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
    pipeline_survives("content/clusters/health.yaml", bomb.as_bytes());
}
