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
