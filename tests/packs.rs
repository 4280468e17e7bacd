//! Issue #4: onboarding checklists and briefing packs built for every activation, on the
//! basic fixture (English, French, Arabic).

mod common;

use common::*;
use coordkit::model::Audience;
use std::path::Path;
use std::time::Duration;

fn basic(audience: Audience) -> Site {
    build(&fixture("basic"), audience)
}

#[test]
fn issue_4_checklist_is_real_checkboxes_beside_the_first_facts() {
    let main = basic(Audience::Public).main("en/emergencies/flood/health/onboarding/index.html");
    let form = &main[main.find("<form").unwrap()..main.find("</form>").unwrap()];
    assert_eq!(
        form,
        concat!(
            "<form class=\"checklist\" data-checklist=\"coordkit:flood:health:onboarding\" action=\"#\">\n",
            "<p class=\"progress\" data-progress=\"__DONE__ of 3 done\" role=\"status\" hidden></p>\n",
            "<fieldset>\n<legend>Before the meeting</legend>\n",
            "<ul><li><input type=\"checkbox\" id=\"ck-a2b69936\" name=\"a2b69936\"> <label for=\"ck-a2b69936\">Read the guide</label></li>",
            "<li><input type=\"checkbox\" id=\"ck-d4866c48\" name=\"d4866c48\"> <label for=\"ck-d4866c48\">Read about equality</label> <a class=\"see\" href=\"../../../../guide/alpha/index.html\">1.2 Alpha</a></li></ul>\n",
            "</fieldset>\n<fieldset>\n<legend>After the meeting</legend>\n",
            "<ul><li><input type=\"checkbox\" id=\"ck-c1a8b028\" name=\"c1a8b028\"> <label for=\"ck-c1a8b028\">Send your 3W</label></li></ul>\n",
            "</fieldset>\n<p class=\"no-print\"><button type=\"button\" data-print hidden>Print</button></p>\n"
        )
    );
    assert!(main.contains("<dt>Coordinator</dt><dd>Ana Example, <a href=\"mailto:health@example.org\" dir=\"ltr\">health@example.org</a></dd>"), "{main}");
    assert!(main.contains(
        "<ul><li>Health sector meeting: Next: Tuesday 1 December 2026 at 10:00</li></ul>"
    ));
}

#[test]
fn issue_4_checklist_items_keep_their_ids_across_languages_and_mark_fallback_text() {
    let s = basic(Audience::Public);
    let fr = s.main("fr/emergencies/flood/health/onboarding/index.html");
    assert!(
        fr.contains("<label for=\"ck-a2b69936\">Lire le guide</label>"),
        "{fr}"
    );
    let ar = s.main("ar/emergencies/flood/health/onboarding/index.html");
    assert!(
        ar.contains(
            "<label for=\"ck-a2b69936\"><span lang=\"en\" dir=\"ltr\">Read the guide</span></label>"
        ),
        "{ar}"
    );
    assert!(
        s.text("ar/emergencies/flood/health/onboarding/index.html")
            .contains("<script src=\"../../../../../assets/coordkit.js\" defer></script>")
    );
}

#[test]
fn issue_4_pack_links_become_anchors_inside_and_addresses_outside() {
    // Beta names the HC, so the pack's glossary holds that term (issue #9: only the terms
    // the pack uses).
    let dir = copy_fixture("basic");
    let beta = dir.path().join("content/guide/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    std::fs::write(&beta, text.replace("Back to", "Ask the HC. Back to")).unwrap();
    let main =
        build(dir.path(), Audience::Public).main("en/emergencies/flood/health/starter/index.html");
    assert!(main.contains("<ol><li><a href=\"#p1-top\"><span class=\"num\">1.2</span> Alpha</a></li><li><a href=\"#p2-top\"><span class=\"num\">1.1</span> Beta</a></li><li><a href=\"#s3\">Who is who</a></li><li><a href=\"#s4\">First steps</a></li><li><a href=\"#s5\">Glossary</a></li></ol>"), "{main}");
    assert!(main.contains("<h2 id=\"p1-equality\">Equality</h2>\n<p>Text with a note.<sup class=\"footnote-reference\"><a href=\"#p1-fn-1\">1</a></sup> See <a href=\"#p2-details\">beta details</a>, <a href=\"#p2-top\">1.1 Beta</a> and <a href=\"https://org.github.io/toolkit/en/\">home</a>.</p>"), "{main}");
    assert!(main.contains("<div class=\"footnote-definition\" id=\"p1-fn-1\"><sup class=\"footnote-definition-label\">1</sup>\n<p>The note.</p>\n</div>"));
    assert!(main.contains(
        "<h2 id=\"p2-details\">Details</h2>\n<p>Ask the <abbr title=\"Humanitarian Coordinator\"><a class=\"term\" href=\"#s5-hc\">HC</a></abbr>. Back to <a href=\"#p1-equality\">alpha</a>.</p>"
    ));
    assert!(main.contains("<li><span class=\"box\" aria-hidden=\"true\"></span> Read about equality <a class=\"see\" href=\"#p1-top\">1.2 Alpha</a></li>"));
    // The glossary's links point into the pack too, and its ids are its own; the term the
    // pack does not use (集群) is left out.
    assert!(main.contains("<dl class=\"glossary\"><dt id=\"s5-hc\"><abbr>HC</abbr></dt><dd><strong>Humanitarian Coordinator</strong><p>Leads the response. See <a href=\"#p1-equality\">alpha</a>.</p>\n</dd></dl>"), "{main}");
    // Every id is unique in the pack.
    let mut ids: Vec<&str> = main
        .split(" id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), total, "duplicate ids");
}

#[test]
fn issue_4_pack_shows_only_this_audiences_contacts() {
    let public = basic(Audience::Public).text("en/emergencies/flood/health/starter/index.html");
    assert!(public.contains("Ana Example"));
    assert!(
        !public.contains("Hidden Partnerperson") && !public.contains("hidden.partner@example.org")
    );
    let partners = basic(Audience::Partners).text("en/emergencies/flood/health/starter/index.html");
    assert!(partners.contains("Hidden Partnerperson"));
}

#[test]
fn issue_4_pack_is_made_for_paper() {
    let s = basic(Audience::Public);
    let html = s.text("ar/emergencies/flood/health/starter/index.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<style>@page { @top-center { content: \"ملف البداية · الصحة · Flood response\"; font: 8pt sans-serif; color: #555; } @bottom-center { content: counter(page) \" / \" counter(pages); font: 8pt sans-serif; color: #555; direction: ltr; unicode-bidi: isolate; } }</style>"), "{}", &html[..1500]);
    // English pages in the Arabic pack keep their language and direction.
    assert!(html.contains("<section class=\"pack-part\" id=\"p1-top\" lang=\"en\" dir=\"ltr\">\n<h2 class=\"part-title\"><span class=\"num\">1.2</span> Alpha</h2>\n<p class=\"notice\" role=\"note\" lang=\"ar\" dir=\"rtl\">"), "{html}");
    let css = s.text("assets/coordkit.css");
    for rule in [
        ".pack-part { break-before: page; }",
        "table, li { break-inside: avoid; }",
        ".top, .toc, .skip, .foot, .crumbs, .no-print { display: none; }",
        ".prose a[href^=\"http\"]::after { content: \" (\" attr(href) \")\";",
    ] {
        assert!(css.contains(rule), "missing print rule {rule}");
    }
}

#[test]
fn issue_4_activation_page_links_to_its_checklists_and_packs() {
    let main = basic(Audience::Public).main("en/emergencies/flood/health/index.html");
    assert!(main.contains("<h2 id=\"onboarding\">Onboarding and briefing</h2>\n<ul><li><a href=\"onboarding/index.html\">First steps</a></li><li><a href=\"starter/index.html\">Starter pack</a></li></ul>"), "{main}");
    let mut settings = settings(Audience::Public);
    settings.pdf = true;
    let built = coordkit::build_site(&fixture("basic"), &settings);
    let files = built.files.unwrap();
    let page = |p: &str| {
        files
            .iter()
            .find(|f| f.path == p)
            .map(|f| match &f.content {
                coordkit::render::Content::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
                _ => String::new(),
            })
            .unwrap()
    };
    assert!(page("en/emergencies/flood/health/index.html").contains("<a href=\"starter/index.html\">Starter pack</a> · <a href=\"starter.pdf\" download>Download PDF</a>"));
    assert!(
        page("en/emergencies/flood/health/starter/index.html")
            .contains("<a href=\"../starter.pdf\" download>Download PDF</a>")
    );
}

#[test]
fn issue_4_a_pack_and_a_checklist_cannot_share_an_id() {
    let dir = copy_fixture("basic");
    std::fs::rename(
        dir.path().join("content/packs/starter.yaml"),
        dir.path().join("content/packs/onboarding.yaml"),
    )
    .unwrap();
    let built = coordkit::build_site(dir.path(), &settings(Audience::Public));
    let errors: Vec<String> = built
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{}:{}: {}", d.loc.path, d.loc.line, d.message))
        .collect();
    assert_eq!(
        errors,
        [
            "content/packs/onboarding.yaml:1: the pack `onboarding` and the checklist `onboarding` would both be written to <lang>/emergencies/<e>/<cluster>/onboarding/index.html"
        ]
    );
}

/// Ticks are kept in the browser: after a reload, in another language (one list per
/// activation), and after the sections are reordered and renamed in a later build.
#[test]
fn issue_15_checklist_ticks_survive_reloads_languages_and_reordered_sections() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = copy_fixture("basic");
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let build = |dir: &Path| {
        let (d, result) = coordkit::build_into(dir, &site, &settings(Audience::Public), None);
        assert!(result.is_ok(), "{}", coordkit::diagnostics::human(&d));
    };
    build(dir.path());
    let tab = chromium.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    // The progress line, then each box as [x] or [ ] with its label, in page order.
    let state = |lang: &str| -> String {
        let url = format!(
            "file://{}/{lang}/emergencies/flood/health/onboarding/index.html",
            site.display()
        );
        let js = "(function(){var p=document.querySelector('[data-progress]');return (p.hidden?'(hidden)':p.textContent)+' | '+Array.from(document.querySelectorAll('form.checklist input[type=checkbox]')).map(function(b){return (b.checked?'[x] ':'[ ] ')+b.labels[0].textContent}).join(' | ')})()";
        text_in_browser(&tab, &url, js)
    };
    let tick = |label: &str| {
        let js = format!(
            "Array.from(document.querySelectorAll('form.checklist input[type=checkbox]')).filter(function(b){{return b.labels[0].textContent==={label:?}}})[0].click()"
        );
        tab.evaluate(&js, false).unwrap();
    };
    assert_eq!(
        state("en"),
        "0 of 3 done | [ ] Read the guide | [ ] Read about equality | [ ] Send your 3W"
    );
    tick("Read the guide");
    tick("Send your 3W");
    let progress = tab
        .evaluate(
            "document.querySelector('[data-progress]').textContent",
            false,
        )
        .unwrap();
    assert_eq!(progress.value.unwrap().as_str(), Some("2 of 3 done"));
    assert_eq!(
        state("en"),
        "2 of 3 done | [x] Read the guide | [ ] Read about equality | [x] Send your 3W"
    );
    // The same list in French.
    assert_eq!(
        state("fr"),
        "Fait : 2 sur 3 | [x] Lire le guide | [ ] Read about equality | [x] Send your 3W"
    );

    // The sections change places and a title changes: the ticks stay with their items.
    let yaml = dir.path().join("content/checklists/onboarding.yaml");
    std::fs::write(
        &yaml,
        concat!(
            "title: {en: First steps, fr: Premiers pas}\n",
            "sections:\n",
            "  - title: {en: After the first meeting}\n",
            "    items:\n",
            "      - Send your 3W\n",
            "  - title: {en: Before the meeting, fr: Avant la réunion}\n",
            "    items:\n",
            "      - {en: Read the guide, fr: Lire le guide}\n",
            "      - text: {en: Read about equality}\n",
            "        see: guide/alpha.md\n",
        ),
    )
    .unwrap();
    build(dir.path());
    assert_eq!(
        state("en"),
        "2 of 3 done | [x] Send your 3W | [x] Read the guide | [ ] Read about equality"
    );
    // Ticks saved by earlier versions, under "s<section>-<hash>", are read too.
    tab.evaluate(
        "localStorage.setItem('coordkit:flood:health:onboarding', JSON.stringify({'s1-d4866c48': true}))",
        false,
    )
    .unwrap();
    assert_eq!(
        state("en"),
        "1 of 3 done | [ ] Send your 3W | [ ] Read the guide | [x] Read about equality"
    );
}
