//! The toolkit shipped in `content/` is real content: it must build with no error and no
//! warning, in every language it declares.

mod common;

use coordkit::model::Audience;
use std::path::Path;

#[test]
fn shipped_toolkit_builds_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let built = coordkit::build_site(root, &common::settings(Audience::Partners));
    assert!(
        built.diagnostics.is_empty(),
        "{}",
        coordkit::diagnostics::human(&built.diagnostics)
    );
    let files = built.files.unwrap();
    for lang in ["en", "fr", "ar"] {
        assert!(
            files
                .iter()
                .any(|f| f.path == format!("{lang}/guidance/partnership/index.html"))
        );
        assert!(
            files
                .iter()
                .any(|f| f.path == format!("{lang}/emergencies/cyclone-example/wash/index.html"))
        );
    }
}

#[test]
fn issue_5_new_writes_a_toolkit_that_checks_cleanly_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    let kit = dir.path().join("kit");
    let (code, stdout, stderr) = common::run(&["new", kit.to_str().unwrap()], dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with(&format!(
            "Created a toolkit in {}. Next:\n  cd {}\n  coordkit check",
            kit.display(),
            kit.display()
        )),
        "{stdout}"
    );
    let (code, _, stderr) = common::run(&["check"], &kit);
    assert_eq!((code, stderr.as_str()), (0, "no problems found\n"));
    let (code, _, stderr) = common::run(&["build"], &kit);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        kit.join("public/fr/emergencies/example/wash/briefing/index.html")
            .is_file()
    );
    // A second `new` into the same folder refuses to overwrite it.
    let (code, _, stderr) = common::run(&["new", kit.to_str().unwrap()], dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("already exists and is not empty"),
        "{stderr}"
    );
}
