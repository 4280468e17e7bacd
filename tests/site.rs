//! Issue #2: the fixture toolkit `tests/fixtures/basic` built in memory, checked for exact
//! content in several languages: translations, fallback, right-to-left, links, numbering,
//! escaping, addresses that work under a sub-path and from disk.

mod common;

use common::*;
use coordkit::model::Audience;
use coordkit::render::Content;

fn basic() -> Site {
    build(&fixture("basic"), Audience::Public)
}

#[test]
fn issue_2_english_page_has_numbers_links_footnotes_and_resources() {
    assert_eq!(
        basic().main("en/guide/alpha/index.html"),
        r##"<main id="main" tabindex="-1">
<nav class="crumbs" aria-label="You are here"><ol><li><a href="../../index.html">Home</a></li><li><a href="../../guide/index.html">1 Guide</a></li></ol></nav>

<article>
<h1><span class="num">1.2</span> Alpha</h1>
<p class="notice warn" role="note">This content was last reviewed more than 100 days ago and may be out of date.</p>
<div class="prose" lang="en" dir="ltr">
<h2 id="equality">Equality</h2>
<p>Text with a note.<sup class="footnote-reference"><a href="#1">1</a></sup> See <a href="../../guide/beta/index.html#details">beta details</a>, <a href="../../guide/beta/index.html">1.1 Beta</a> and <a href="../../index.html">home</a>.</p>
<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>
<tr><td>1</td><td>2</td></tr>
</tbody></table>
&lt;script&gt;alert(1)&lt;/script&gt;
<div class="footnote-definition" id="1"><sup class="footnote-definition-label">1</sup>
<p>The note.</p>
</div>
</div>
<section aria-labelledby="ck-resources"><h2 id="ck-resources">Related resources</h2>
<ul><li><a href="../../guide/notes.txt" download>Notes</a></li><li><a href="https://example.org/">Example site</a></li></ul></section>
<p class="meta">Last reviewed on 1 January 2026</p>
</article>

</main>"##
    );
}

#[test]
fn issue_2_translation_is_used_and_links_stay_in_its_language() {
    assert_eq!(
        basic().main("fr/guide/alpha/index.html"),
        r##"<main id="main" tabindex="-1">
<nav class="crumbs" aria-label="Vous êtes ici"><ol><li><a href="../../index.html">Accueil</a></li><li><a href="../../guide/index.html"><span lang="en" dir="ltr">1 Guide</span></a></li></ol></nav>

<article>
<h1><span class="num">1.2</span> Alpha en français</h1>
<div class="prose" lang="fr" dir="ltr">
<h2 id="equality">Égalité</h2>
<p>Voir <a href="../../guide/beta/index.html#details">les détails</a> et <a href="../../guide/beta/index.html">1.1 Beta</a>.</p>
</div>
</article>

</main>"##
    );
}

#[test]
fn issue_2_untranslated_page_falls_back_marked_with_its_language_in_an_rtl_frame() {
    let site = basic();
    assert_eq!(
        site.main("ar/guide/deep/gamma/index.html"),
        r##"<main id="main" tabindex="-1">
<nav class="crumbs" aria-label="أنت هنا"><ol><li><a href="../../../index.html">الرئيسية</a></li><li><a href="../../../guide/index.html"><span lang="en" dir="ltr">1 Guide</span></a></li><li><a href="../../../guide/deep/index.html"><span lang="en" dir="ltr">1.3 Deep</span></a></li></ol></nav>

<article>
<h1><span class="num">1.3.1</span> <span lang="en" dir="ltr">Gamma</span></h1>
<p class="notice" role="note">لم تُترجم هذه الصفحة بعد إلى اللغة العربية، وهي معروضة باللغة English.</p>
<div class="prose" lang="en" dir="ltr">
<p>Up to <a href="../../../guide/index.html">the guide</a>.</p>
</div>
</article>

</main>"##
    );
    let html = site.text("ar/guide/deep/gamma/index.html");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n"),
        "{html}"
    );
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://org.github.io/toolkit/en/guide/deep/gamma/\">\n<link rel=\"stylesheet\" href=\"../../../../assets/coordkit.css\">"));
    assert!(html.contains("<a href=\"../../../../fr/guide/deep/gamma/index.html\" lang=\"fr\" dir=\"ltr\" hreflang=\"fr\" class=\"untranslated\" title=\"لم تُترجم بعد\">Français</a>"));
    assert!(html.contains("<a href=\"https://github.com/org/toolkit/edit/main/content/guide/deep/gamma.md\">تعديل هذه الصفحة</a>"));
}

/// The page's navigation, `<nav class="toc">` to its end.
fn toc(html: &str) -> &str {
    let nav = &html[html.find("<nav class=\"toc\"").unwrap()..];
    &nav[..nav.find("</nav>").unwrap() + 6]
}

#[test]
fn issue_2_navigation_opens_along_the_current_page_and_numbers_follow_weights() {
    let html = basic().text("en/guide/deep/gamma/index.html");
    assert_eq!(
        toc(&html),
        concat!(
            "<nav class=\"toc\" aria-label=\"Pages in this toolkit\"><ul>",
            "<li><a href=\"../../../guide/index.html\"><span class=\"num\">1</span> Guide</a><ul>",
            "<li><a href=\"../../../guide/beta/index.html\"><span class=\"num\">1.1</span> Beta</a></li>",
            "<li><a href=\"../../../guide/alpha/index.html\"><span class=\"num\">1.2</span> Alpha</a></li>",
            "<li><a href=\"../../../guide/deep/index.html\"><span class=\"num\">1.3</span> Deep</a><ul>",
            "<li><a href=\"../../../guide/deep/gamma/index.html\" aria-current=\"page\"><span class=\"num\">1.3.1</span> Gamma</a></li></ul></li></ul></li>",
            "<li><a href=\"../../../about/index.html\"><span class=\"num\">2</span> About</a></li></ul></nav>"
        )
    );
}

#[test]
fn issue_2_home_pages_name_empty_links_in_the_readers_language() {
    let site = basic();
    assert!(site.main("fr/index.html").contains("<p>Bonjour. Commencez par <a href=\"guide/alpha/index.html\">1.2 Alpha en français</a>.</p>"));
    assert!(
        site.main("ar/index.html")
            .contains("<p>أهلا بكم. ابدأ من <a href=\"guide/alpha/index.html\">1.2 Alpha</a>.</p>")
    );
    assert!(
        site.text("ar/index.html")
            .starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
    );
}

#[test]
fn issue_2_yaml_text_is_escaped_and_falls_back_with_its_language() {
    let site = basic();
    let org = site.main("en/organisations/bold-ngo/index.html");
    assert!(
        org.contains("<h1>&lt;b&gt;Bold &amp; Co&lt;&#x2F;b&gt;</h1>")
            || org.contains("<h1>&lt;b&gt;Bold &amp; Co&lt;/b&gt;</h1>"),
        "{org}"
    );
    assert!(!site.text("en/organisations/index.html").contains("<b>Bold"));
    let cluster = site.main("fr/clusters/gbv/index.html");
    assert!(
        cluster.contains("<h1><span lang=\"en\" dir=\"ltr\">Gender-Based Violence</span></h1>"),
        "{cluster}"
    );
    let health = site.main("fr/clusters/health/index.html");
    assert!(health.contains("<div lang=\"en\" dir=\"ltr\"><p>Health care for people in crises. See <a href=\"../../guide/index.html\">the guide</a>.</p>\n</div>"), "{health}");
}

#[test]
fn issue_2_data_pages_show_leads_arrangements_and_handover() {
    let site = basic();
    let e = site.main("en/emergencies/flood/index.html");
    // Issue #9: a government-led sector shows its ministry as the lead, agencies with it.
    assert!(e.contains("<tr class=\"kind-sector\"><th scope=\"row\"><a href=\"../../emergencies/flood/health/index.html\">Health</a></th><td>Government-led sector</td><td><a href=\"../../organisations/health-ministry/index.html\" title=\"Ministry of Health\">Ministry of Health</a>, with <a href=\"../../organisations/who/index.html\" title=\"World Health Organization\">WHO</a></td>"), "{e}");
    assert!(
        e.contains("<td>Handed over to Ministry of Health on 1 October 2026</td>"),
        "{e}"
    );
    let a = site.main("fr/emergencies/flood/health/index.html");
    assert!(a.contains("Chaque mardi à 10:00 (Africa/Maputo)"), "{a}");
    assert!(a.contains("1 partenaire"), "{a}");
    let list = site.main("en/emergencies/index.html");
    assert!(list.contains("Mozambique · <abbr title=\"GLIDE number\">GLIDE</abbr> FL-2026-000001-MOZ · Started 1 February 2026 · 1 sector"), "{list}");
}

#[test]
fn issue_2_site_works_under_a_sub_path_and_from_disk() {
    let site = basic();
    // Every internal link is relative and names index.html, so file:// works too.
    for (path, file) in &site.files {
        let Content::Bytes(bytes) = &file.content else {
            continue;
        };
        let text = String::from_utf8_lossy(bytes);
        if !path.ends_with(".html") || path == "404.html" {
            continue;
        }
        for href in text
            .split("href=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
        {
            assert!(!href.starts_with('/'), "{path}: root-relative link {href}");
            let external = ["http:", "https:", "mailto:", "tel:"]
                .iter()
                .any(|s| href.starts_with(s));
            // Offline bundles are made when the site is written (tests/offline.rs checks them).
            let bundle = href.contains("downloads/");
            if !external && !bundle && !href.starts_with('#') {
                let target = href.split('#').next().unwrap();
                let resolved = resolve(path, target);
                assert!(
                    site.files.contains_key(&resolved),
                    "{path}: link {href} leads to missing {resolved}"
                );
            }
        }
    }
    let not_found = site.text("404.html");
    assert!(
        not_found.contains("<a href=\"/toolkit/fr/index.html\" hreflang=\"fr\">"),
        "{not_found}"
    );
    assert!(not_found.contains("<link rel=\"stylesheet\" href=\"/toolkit/assets/coordkit.css\">"));
}

fn resolve(from: &str, href: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[test]
fn issue_2_root_chooser_sitemap_and_resources() {
    let site = basic();
    let root = site.text("index.html");
    assert!(root.contains("<li lang=\"ar\" dir=\"rtl\"><a href=\"ar/index.html\" hreflang=\"ar\"><strong>العربية</strong><span>عدة الاختبار</span></a></li>"), "{root}");
    let sitemap = site.text("sitemap.xml");
    assert!(sitemap.contains("<url><loc>https://org.github.io/toolkit/fr/guide/alpha/</loc>\n<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://org.github.io/toolkit/en/guide/alpha/\"/>"), "{sitemap}");
    // 7 Markdown pages, 4 cluster pages, 6 organisation pages, 4 emergency pages, a checklist
    // and a pack for the activation still running (issue #9: none for the handed-over
    // one), the glossary and the search page.
    assert_eq!(sitemap.matches("<url>").count(), 3 * 25);
    let Content::Copy(from) = &site.files["fr/guide/notes.txt"].content else {
        panic!("notes.txt is not copied")
    };
    assert!(from.ends_with("content/guide/notes.txt"));
}

#[test]
fn issue_2_theme_templates_and_translations_override_the_built_in_ones() {
    let dir = copy_fixture("basic");
    write(
        dir.path(),
        "themes/default/templates/glossary.html",
        "{% extends \"base.html\" %}{% block content %}<p>{{ t(key=\"glossary-title\") }}: {{ entries | length }}</p>{% endblock content %}",
    );
    write(
        dir.path(),
        "translations/fr.ftl",
        "glossary-title = Lexique\n",
    );
    let site = build(dir.path(), Audience::Public);
    assert!(
        site.main("fr/glossary/index.html")
            .contains("<p>Lexique: 2</p>")
    );
    assert!(
        site.main("en/glossary/index.html")
            .contains("<p>Glossary: 2</p>")
    );
}

#[test]
fn issue_2_raw_html_passes_only_when_the_toolkit_opts_in() {
    let dir = copy_fixture("basic");
    let config = std::fs::read_to_string(dir.path().join("toolkit.yaml")).unwrap();
    write(
        dir.path(),
        "toolkit.yaml",
        &format!("{config}markdown: {{raw_html: true}}\n"),
    );
    let site = build(dir.path(), Audience::Public);
    assert!(
        site.main("en/guide/alpha/index.html")
            .contains("<script>alert(1)</script>")
    );
}

#[test]
fn issue_2_base_url_can_be_replaced_on_the_command_line() {
    let mut s = settings(Audience::Public);
    s.base_url = Some("https://staging.example.org/kit".into());
    let built = coordkit::build_site(&fixture("basic"), &s);
    let files = built.files.unwrap();
    let page = files.iter().find(|f| f.path == "en/index.html").unwrap();
    let Content::Bytes(b) = &page.content else {
        panic!()
    };
    assert!(
        String::from_utf8_lossy(b)
            .contains("<link rel=\"canonical\" href=\"https://staging.example.org/kit/en/\">")
    );
}

/// Pages without a weight come after those with one, in the order of their titles; numbers
/// follow that order.
#[test]
fn issue_15_pages_without_weight_sort_last_by_title() {
    let dir = copy_fixture("basic");
    write(
        dir.path(),
        "content/guide/zeta.md",
        "---\ntitle: Zeta\n---\nZ.\n",
    );
    write(
        dir.path(),
        "content/guide/aardvark.md",
        "---\ntitle: aardvark\n---\nA.\n",
    );
    write(
        dir.path(),
        "content/guide/mid.md",
        "---\ntitle: Mid\nweight: 25\n---\nM.\n",
    );
    let html = build(dir.path(), Audience::Public).text("en/guide/zeta/index.html");
    assert_eq!(
        toc(&html),
        concat!(
            "<nav class=\"toc\" aria-label=\"Pages in this toolkit\"><ul>",
            "<li><a href=\"../../guide/index.html\"><span class=\"num\">1</span> Guide</a><ul>",
            "<li><a href=\"../../guide/beta/index.html\"><span class=\"num\">1.1</span> Beta</a></li>",
            "<li><a href=\"../../guide/alpha/index.html\"><span class=\"num\">1.2</span> Alpha</a></li>",
            "<li><a href=\"../../guide/mid/index.html\"><span class=\"num\">1.3</span> Mid</a></li>",
            "<li><a href=\"../../guide/deep/index.html\"><span class=\"num\">1.4</span> Deep</a></li>",
            "<li><a href=\"../../guide/aardvark/index.html\"><span class=\"num\">1.5</span> aardvark</a></li>",
            "<li><a href=\"../../guide/zeta/index.html\" aria-current=\"page\"><span class=\"num\">1.6</span> Zeta</a></li></ul></li>",
            "<li><a href=\"../../about/index.html\"><span class=\"num\">2</span> About</a></li></ul></nav>"
        )
    );
}

/// The values of an attribute in an HTML text (`href`, `src`), entities decoded.
fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    html.split(&format!(" {attr}=\""))
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].replace("&amp;", "&"))
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Follows every `href` and `src` of every page written into `site`: a relative address
/// leads to a file that was written (pages, copied files, exports, `downloads/` zips), and
/// an anchor to an element with that id. Only the 404 page, served at any depth, uses
/// addresses from the site's root (`base_path`, such as `/toolkit/`). Returns how many were
/// followed.
fn walk_links(site: &std::path::Path, base_path: &str) -> usize {
    let mut followed = 0;
    let mut problems = Vec::new();
    let pages: Vec<std::path::PathBuf> = walkdir::WalkDir::new(site)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    let ids = |page: &std::path::Path, id: &str| {
        std::fs::read_to_string(page)
            .unwrap()
            .contains(&format!(" id=\"{id}\""))
    };
    for page in &pages {
        let rel = page.strip_prefix(site).unwrap().display().to_string();
        let html = std::fs::read_to_string(page).unwrap();
        for attr in ["href", "src"] {
            for value in attribute_values(&html, attr) {
                let external = ["http://", "https://", "mailto:", "tel:"]
                    .iter()
                    .any(|s| value.starts_with(s));
                if external {
                    continue;
                }
                followed += 1;
                let (path, anchor) = match value.split_once('#') {
                    Some((p, a)) => (p, Some(percent_decode(a))),
                    None => (value.as_str(), None),
                };
                let target = if path.is_empty() {
                    page.clone()
                } else if let Some(from_root) = path.strip_prefix(base_path) {
                    if rel != "404.html" {
                        problems.push(format!("{rel}: {attr}={value} is not relative"));
                    }
                    site.join(percent_decode(from_root))
                } else {
                    page.parent().unwrap().join(percent_decode(path))
                };
                if !target.is_file() {
                    problems.push(format!("{rel}: {attr}={value} leads to nothing"));
                } else if let Some(id) = anchor
                    && !ids(&target, &id)
                {
                    problems.push(format!("{rel}: {attr}={value}: no element has the id {id}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    followed
}

#[test]
fn issue_15_every_href_and_src_of_a_written_site_leads_somewhere() {
    for (fixture_name, audience, base_path) in [
        ("basic", Audience::Public, "/toolkit/"),
        ("directory", Audience::Partners, "/kit/"),
    ] {
        let out = tempfile::tempdir().unwrap();
        let site = out.path().join("site");
        let (d, result) =
            coordkit::build_into(&fixture(fixture_name), &site, &settings(audience), None);
        assert!(result.is_ok(), "{}", coordkit::diagnostics::human(&d));
        let followed = walk_links(&site, base_path);
        assert!(followed > 1000, "{fixture_name}: {followed} links followed");
    }
    // The kinds of address the walk must have met: an image, a copied file, a zip, an export.
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let (_, result) =
        coordkit::build_into(&fixture("basic"), &site, &settings(Audience::Public), None);
    assert!(result.is_ok());
    // Files beside pages are copied into each language's folder.
    let about = std::fs::read_to_string(site.join("ar/about/index.html")).unwrap();
    assert!(
        about.contains("<img src=\"../map.png\" alt=\"A map of the response\" />"),
        "{about}"
    );
    let alpha = std::fs::read_to_string(site.join("en/guide/alpha/index.html")).unwrap();
    assert!(alpha.contains("<a href=\"../../guide/notes.txt\" download>Notes</a>"));
    let home = std::fs::read_to_string(site.join("en/index.html")).unwrap();
    assert!(
        home.contains("<a href=\"../downloads/en.zip\" download>"),
        "{home}"
    );
    let activation =
        std::fs::read_to_string(site.join("en/emergencies/flood/health/index.html")).unwrap();
    assert!(activation.contains("<a href=\"contacts.vcf\" download>"));
}
