//! Issue #5: search in every language, from a server or from disk. The index is JavaScript
//! (`<lang>/search-index.js`); contacts are never in it.

mod common;

use common::*;
use coordkit::model::Audience;
use std::time::Duration;

#[test]
fn issue_5_each_language_has_an_index_of_pages_and_data_without_contacts() {
    for audience in [Audience::Public, Audience::Partners] {
        let site = build(&fixture("directory"), audience);
        for lang in ["en", "fr"] {
            let index = site.text(&format!("{lang}/search-index.js"));
            assert!(
                index.starts_with("window.COORDKIT_SEARCH={\"d\":["),
                "{index}"
            );
            // Data pages are searchable.
            assert!(
                index.contains("\"organisations/oxfam/\""),
                "{lang}: {index}"
            );
            assert!(index.contains("\"emergencies/quake/wash/\""));
            // No contact, visible or not, is indexed.
            for name in [
                "Public Person",
                "\"public\"",
                "Sentinelname",
                "sentinelname",
                "wash@example.org",
                "person",
            ] {
                assert!(!index.contains(name), "{lang} index contains {name}");
            }
        }
        assert!(
            site.text("fr/search-index.js")
                .contains("[\"Réponse au séisme\",\"\",\"emergencies/quake/\"")
        );
    }
}

#[test]
fn issue_5_arabic_and_cjk_text_is_indexed_in_searchable_pieces() {
    let site = build(&fixture("basic"), Audience::Public);
    let ar = site.text("ar/search-index.js");
    assert!(ar.contains("\"مرحبا\":["), "Arabic words are tokens");
    let en = site.text("en/search-index.js");
    assert!(
        en.contains("\"集群\":[") && en.contains("\"主义\":["),
        "CJK text is cut into pairs"
    );
    assert!(en.contains("\"equality\":["));
}

/// Searches the built site from disk, as a reader without a server would.
#[test]
fn issue_5_search_works_from_disk_in_a_browser() {
    let Some(chromium) = common::chromium() else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let (d, result) =
        coordkit::build_into(&fixture("basic"), &site, &settings(Audience::Public), None);
    assert!(result.is_ok(), "{}", coordkit::diagnostics::human(&d));
    let tab = chromium.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    let results = |lang: &str, query: &str| -> String {
        let url = format!(
            "file://{}/{lang}/search/index.html?q={}",
            site.display(),
            query
        );
        let js = "document.getElementById('search-status').textContent + ' | ' + Array.from(document.querySelectorAll('#results a')).map(a => a.textContent + ' -> ' + a.getAttribute('href')).join(' | ')";
        text_in_browser(&tab, &url, js)
    };
    assert_eq!(
        results("en", "equal"),
        "Results: 1 | 1.2 Alpha -> ../guide/alpha/index.html"
    );
    assert_eq!(
        results("fr", "egalite"),
        "Résultats : 1 | 1.2 Alpha en français -> ../guide/alpha/index.html"
    );
    assert_eq!(
        results("ar", "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7"),
        "النتائج: 1 | مرحبا -> ../index.html"
    );
    // Arabic is folded on both sides: vowel marks, tatweel and the letter variants of alef
    // do not change what is found (the index holds مرحبا and أهلا).
    for query in ["مَرْحَبًا", "مرحـبا", "اهلا", "إهلا", "آهلا"] {
        assert_eq!(
            results("ar", &percent(query)),
            "النتائج: 1 | مرحبا -> ../index.html",
            "{query}"
        );
    }
    assert_eq!(
        results("en", "%E9%9B%86%E7%BE%A4"),
        "Results: 1 | 集群 · Cluster -> ../glossary/index.html#cluster-zh"
    );
    assert_eq!(
        results("en", "nothing-like-this"),
        "No page matches all these words. | "
    );
}

/// `%D9%85`... for a query in an address.
fn percent(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}
