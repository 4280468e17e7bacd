//! Issue #5: feeds and discovery. Atom feeds per language, the sitemap with hreflang
//! alternates, Open Graph metadata; both XML files must be well formed.

mod common;

use common::*;
use coordkit::model::Audience;

#[test]
fn issue_5_atom_feed_lists_recently_reviewed_content_newest_first() {
    let site = build(&fixture("basic"), Audience::Public);
    let feed = site.text("en/feed.xml");
    let doc = roxmltree::Document::parse(&feed).expect("well-formed Atom");
    let root = doc.root_element();
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let entries: Vec<(String, String)> = root
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            let text = |tag: &str| {
                e.children()
                    .find(|c| c.has_tag_name(tag))
                    .and_then(|c| c.text())
                    .unwrap_or("")
                    .to_string()
            };
            (text("title"), text("updated"))
        })
        .collect();
    assert_eq!(
        entries,
        [
            (
                "Health · Flood response".to_string(),
                "2026-11-01T00:00:00Z".to_string()
            ),
            ("1.2 Alpha".to_string(), "2026-01-01T00:00:00Z".to_string()),
        ]
    );
    let updated = root
        .children()
        .find(|c| c.has_tag_name("updated"))
        .and_then(|c| c.text());
    assert_eq!(updated, Some("2026-11-01T00:00:00Z"));
    assert!(site.text("en/guide/alpha/index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\" title=\"Test Toolkit\">"));
}

#[test]
fn issue_5_sitemap_is_valid_and_names_every_language_version() {
    let site = build(&fixture("basic"), Audience::Public);
    let xml = site.text("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed sitemap");
    let urls: Vec<roxmltree::Node> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    assert!(!urls.is_empty());
    for url in urls {
        let alternates = url
            .children()
            .filter(|n| n.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
            .count();
        assert_eq!(alternates, 3, "en, fr and ar alternates");
    }
}

#[test]
fn issue_5_pages_carry_open_graph_metadata() {
    let html = build(&fixture("basic"), Audience::Public).text("fr/guide/alpha/index.html");
    for meta in [
        "<meta property=\"og:site_name\" content=\"Boîte de test\">",
        "<meta property=\"og:title\" content=\"Alpha en français\">",
        "<meta property=\"og:url\" content=\"https://org.github.io/toolkit/fr/guide/alpha/\">",
        "<meta property=\"og:locale\" content=\"fr\">",
    ] {
        assert!(html.contains(meta), "missing {meta}");
    }
}
