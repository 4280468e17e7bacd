//! Issue #5: glossary terms in the text. The first use of a term on a page is wrapped in
//! `<abbr>` with its expansion in the reader's language and a link to its entry; headings,
//! code and links are left as written.

mod common;

use common::*;
use coordkit::model::Audience;

fn with_terms() -> tempfile::TempDir {
    let dir = copy_fixture("basic");
    write(
        dir.path(),
        "content/guide/beta.md",
        "---\ntitle: Beta\nweight: 10\n---\n## Details and the HC {#details}\n\nThe HC leads; ask the HC. Not `HC`, not [HC](alpha.md), not HCs. In Chinese: 人道主义集群.\n\nBack to [alpha](alpha.md#equality).\n",
    );
    dir
}

#[test]
fn issue_5_first_use_of_a_term_is_explained_in_the_readers_language() {
    let dir = with_terms();
    let site = build(dir.path(), Audience::Public);
    let en = site.main("en/guide/beta/index.html");
    assert!(en.contains("<h2 id=\"details\">Details and the HC</h2>\n<p>The <abbr title=\"Humanitarian Coordinator\"><a class=\"term\" href=\"../../glossary/index.html#hc\">HC</a></abbr> leads; ask the HC. Not <code>HC</code>, not <a href=\"../../guide/alpha/index.html\">HC</a>, not HCs. In Chinese: 人道主义<abbr title=\"Cluster\"><a class=\"term\" href=\"../../glossary/index.html#cluster-zh\">集群</a></abbr>.</p>"), "{en}");
    // The French reader sees the English text (not translated) with the French expansion.
    let fr = site.main("fr/guide/beta/index.html");
    assert!(fr.contains("<abbr title=\"Coordonnateur humanitaire\"><a class=\"term\" href=\"../../glossary/index.html#hc\">HC</a></abbr>"), "{fr}");
    // The glossary page itself does not link its terms to themselves.
    assert!(
        !site
            .main("en/glossary/index.html")
            .contains("class=\"term\"")
    );
}

#[test]
fn issue_5_terms_in_a_pack_point_to_the_packs_glossary() {
    let dir = with_terms();
    let site = build(dir.path(), Audience::Public);
    let pack = site.main("en/emergencies/flood/health/starter/index.html");
    assert!(pack.contains("The <abbr title=\"Humanitarian Coordinator\"><a class=\"term\" href=\"#s5-hc\">HC</a></abbr> leads"), "{pack}");
}
