//! Issue #15: themes. `theme: <name>` picks `themes/<name>/`; its templates replace the
//! built-in ones of the same name, its `static/` files are copied into the site (the
//! stylesheet included); a missing theme and a template error are reported at their place.

mod common;

use common::*;
use coordkit::model::Audience;
use std::path::Path;

/// The basic fixture with `theme: <name>` in toolkit.yaml.
fn with_theme(name: &str) -> tempfile::TempDir {
    let dir = copy_fixture("basic");
    let config = dir.path().join("toolkit.yaml");
    // Without the fixture's stale-review warning, which is not what these tests are about.
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("review_after_days: 100\n", "");
    std::fs::write(&config, format!("{text}theme: {name}\n")).unwrap();
    dir
}

fn check(dir: &Path) -> (i32, String) {
    let (code, _, stderr) = run(&["check"], dir);
    (code, stderr)
}

#[test]
fn issue_15_a_named_theme_replaces_templates_and_copies_its_static_files() {
    let dir = with_theme("field");
    write(
        dir.path(),
        "themes/field/templates/glossary.html",
        "{% extends \"base.html\" %}{% block content %}<p class=\"field\">{{ t(key=\"glossary-title\") }}: {{ entries | length }}</p>{% endblock content %}",
    );
    write(
        dir.path(),
        "themes/field/static/assets/coordkit.css",
        "body { color: #123; }\n",
    );
    write(
        dir.path(),
        "themes/field/static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    );
    // The default theme's folder of this toolkit is not used when another is named.
    write(
        dir.path(),
        "themes/default/templates/glossary.html",
        "{% extends \"base.html\" %}{% block content %}<p>default</p>{% endblock content %}",
    );
    let site = build(dir.path(), Audience::Public);
    assert_eq!(
        site.main("fr/glossary/index.html"),
        "<main id=\"main\" tabindex=\"-1\">\n<nav class=\"crumbs\" aria-label=\"Vous êtes ici\"><ol><li><a href=\"../index.html\">Accueil</a></li></ol></nav>\n<p class=\"field\">Glossaire: 2</p>\n</main>"
    );
    assert_eq!(site.text("assets/coordkit.css"), "body { color: #123; }\n");
    assert_eq!(
        site.text("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
    );
    // Templates the theme does not replace are the built-in ones.
    assert!(
        site.main("en/guide/beta/index.html")
            .contains("<h1><span class=\"num\">1.1</span> Beta</h1>")
    );
}

#[test]
fn issue_15_a_missing_theme_is_an_error_at_its_line() {
    let dir = with_theme("nowhere");
    assert_eq!(
        check(dir.path()),
        (
            1,
            concat!(
                "toolkit.yaml:5:8: error: there is no theme `nowhere`\n",
                "  hint: create themes/nowhere/templates/ or leave `theme` out to use the built-in theme\n",
                "1 error, 0 warnings\n"
            )
            .to_string()
        )
    );
}

#[test]
fn issue_15_a_template_error_names_the_themes_file_line_and_column() {
    let dir = with_theme("field");
    write(
        dir.path(),
        "themes/field/templates/glossary.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ entries | length }</p>\n{% endblock content %}",
    );
    assert_eq!(
        check(dir.path()),
        (
            1,
            "themes/field/templates/glossary.html:3:24: error: template error: Found `}` but expected }}.\n1 error, 0 warnings\n".to_string()
        )
    );
}

#[test]
fn issue_15_a_template_that_fails_while_rendering_names_its_place() {
    let dir = with_theme("field");
    write(
        dir.path(),
        "themes/field/templates/glossary.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ no_such_value.name }}</p>\n{% endblock content %}",
    );
    assert_eq!(
        check(dir.path()),
        (
            1,
            "themes/field/templates/glossary.html:3:7: error: template error: Variable `no_such_value` is not defined. Available variables: alternates, area, breadcrumbs, built_on, canonical, description, dir, edit_href, entries, lang, languages, nav_html, page_style, root, scripts, site_title, title, up\n1 error, 0 warnings\n".to_string()
        )
    );
}

#[test]
fn issue_15_a_theme_name_cannot_leave_the_themes_folder() {
    let dir = with_theme("../content");
    assert_eq!(
        check(dir.path()),
        (
            1,
            concat!(
                "toolkit.yaml:5:8: error: there is no theme `../content`\n",
                "  hint: a theme is named after its folder in themes/, such as `field`\n",
                "1 error, 0 warnings\n"
            )
            .to_string()
        )
    );
}
