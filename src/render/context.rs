//! Typed, serializable contexts handed to templates, and the frame every page shares
//! (languages, navigation, breadcrumbs, alternates). Templates never see the model itself.

use crate::i18n::{Arg, I18n};
use crate::locale::autonym;
pub use crate::locale::dir;
use crate::model::{Language, Page, Site, Text};
use serde::Serialize;

/// Text as shown on a page: `lang` and `dir` are set when it is not in the page's language.
#[derive(Clone, Debug, Serialize)]
pub struct Shown {
    pub text: String,
    pub lang: Option<String>,
    pub dir: Option<&'static str>,
}

/// A message argument: text, a number (for plurals) or HTML (links) kept as it is.
pub enum Part {
    Text(String),
    Number(f64),
    Html(String),
}

/// A link with a tooltip: `<a href title>inner</a>` (`inner` is HTML).
pub fn anchor(href: &str, title: &str, inner: &str) -> String {
    format!(
        "<a href=\"{}\" title=\"{}\">{inner}</a>",
        escape(href),
        escape(title)
    )
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_into(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped; text with nothing to escape is copied in one go.
pub fn escape_into(out: &mut String, text: &str) {
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&text[start..]);
}

/// Escaped text, inside `<span lang dir>` when it is in another language than the page.
pub fn span(text: &str, lang: Option<&str>, dir: &str) -> String {
    let text = escape(text);
    match lang {
        Some(lang) => format!(
            "<span lang=\"{}\" dir=\"{dir}\">{text}</span>",
            escape(lang)
        ),
        None => text,
    }
}

impl Shown {
    pub fn html(&self) -> String {
        span(&self.text, self.lang.as_deref(), self.dir.unwrap_or("ltr"))
    }

    pub fn new(site: &Site, page_lang: &str, text: &str, text_lang: &str) -> Shown {
        if text_lang == page_lang {
            return Shown {
                text: text.to_string(),
                lang: None,
                dir: None,
            };
        }
        let rtl = site
            .config
            .language(text_lang)
            .map_or_else(|| crate::locale::is_rtl(text_lang), |l| l.rtl);
        Shown {
            text: text.to_string(),
            lang: Some(text_lang.to_string()),
            dir: Some(dir(rtl)),
        }
    }

    pub fn of(site: &Site, lang: &str, text: &Text) -> Shown {
        let l = text.get(lang);
        Shown::new(site, lang, l.text, l.lang)
    }
}

#[derive(Debug, Serialize)]
pub struct LanguageLink {
    pub code: String,
    pub name: String,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
    pub translated: bool,
}

#[derive(Debug, Serialize)]
pub struct Alternate {
    pub lang: String,
    pub href: String,
}

#[derive(Debug, Serialize)]
pub struct Crumb {
    pub title: Shown,
    pub href: String,
}

/// What every page has around its content.
#[derive(Debug, Serialize)]
pub struct Frame {
    pub lang: String,
    pub dir: &'static str,
    /// From the page to the output folder (`../../../`), for shared files and other languages.
    pub root: String,
    /// From the page to its language's home (`../../`), for links in the same language.
    pub up: String,
    pub site_title: Shown,
    pub title: String,
    pub description: Option<String>,
    pub canonical: String,
    pub alternates: Vec<Alternate>,
    pub languages: Vec<LanguageLink>,
    /// The guidance tree as HTML (`<ul>` lists), opened along the path to the current page.
    pub nav_html: String,
    pub breadcrumbs: Vec<Crumb>,
    /// Which main menu entry this page belongs to: guidance, emergencies, clusters...
    pub area: &'static str,
    pub edit_href: Option<String>,
    pub built_on: String,
    /// Whether the page loads `assets/coordkit.js` (checklists and packs).
    pub scripts: bool,
    /// CSS for `<head>` (a pack's running header), already escaped for a `<style>` element.
    pub page_style: Option<String>,
}

/// Where a page is written and for whom: everything the frame needs to know.
pub struct Here<'a> {
    pub site: &'a Site,
    pub i18n: &'a I18n,
    /// Glossary terms to mark in Markdown.
    pub glossary: &'a super::GlossaryTerms,
    pub lang: &'a Language,
    /// The page's address under `<lang>/`, ending with `/` (`""` for the home page).
    pub path: String,
}

impl Here<'_> {
    pub fn up(&self) -> String {
        "../".repeat(self.path.matches('/').count())
    }

    pub fn root(&self) -> String {
        format!("{}../", self.up())
    }

    /// A link to another address of the same language.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}index.html", self.up())
    }

    pub fn out_path(&self) -> String {
        format!("{}/{}index.html", self.lang.code, self.path)
    }

    pub fn t(&self, id: &str) -> String {
        self.i18n.t(&self.lang.code, id, &[])
    }

    pub fn shown(&self, text: &Text) -> Shown {
        Shown::of(self.site, &self.lang.code, text)
    }

    pub fn date(&self, date: chrono::NaiveDate) -> String {
        self.i18n.date(&self.lang.code, date)
    }

    /// A message whose arguments may be HTML (links): the message's own words are escaped
    /// and the HTML arguments put in as they are.
    pub fn t_html(&self, id: &str, args: &[(&str, Part)]) -> String {
        let mut html = Vec::new();
        let fluent: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, part)| {
                let arg = match part {
                    Part::Text(t) => Arg::Text(t.clone()),
                    Part::Number(n) => Arg::Number(*n),
                    Part::Html(h) => {
                        html.push(h.as_str());
                        // A private-use mark that neither Fluent nor escaping changes.
                        Arg::Text(format!("\u{e000}{}\u{e001}", html.len() - 1))
                    }
                };
                (*name, arg)
            })
            .collect();
        let mut out = escape(&self.i18n.t(&self.lang.code, id, &fluent));
        for (i, h) in html.iter().enumerate() {
            out = out.replace(&format!("\u{e000}{i}\u{e001}"), h);
        }
        out
    }

    /// Items joined as the reader's language lists them: "A, B and C" (`or`: "A, B or C").
    /// The items are HTML; the words between them are escaped.
    pub fn list_html(&self, items: &[String], or: bool) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.t_html(
                if or { "list-or" } else { "list-and" },
                &[
                    (
                        "items",
                        Part::Html(rest.join(&escape(&self.t("list-comma")))),
                    ),
                    ("last", Part::Html(last.clone())),
                ],
            ),
        }
    }

    /// Plain text joined as a list ("Health and Nutrition").
    pub fn list_text(&self, items: &[String], or: bool) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.i18n.t(
                &self.lang.code,
                if or { "list-or" } else { "list-and" },
                &[
                    ("items", Arg::Text(rest.join(&self.t("list-comma")))),
                    ("last", Arg::Text(last.clone())),
                ],
            ),
        }
    }

    /// The frame of a page. `translated` tells, per language, whether the page exists in it
    /// as a translation (only Markdown pages can be untranslated).
    pub fn frame(
        &self,
        title: String,
        area: &'static str,
        current: Option<usize>,
        crumbs: Vec<Crumb>,
        translated: &dyn Fn(&str) -> bool,
    ) -> Frame {
        let site = self.site;
        let base = &site.config.base_url;
        Frame {
            lang: self.lang.code.clone(),
            dir: dir(self.lang.rtl),
            root: self.root(),
            up: self.up(),
            site_title: self.shown(&site.config.title),
            title,
            description: None,
            canonical: format!("{base}{}/{}", self.lang.code, self.path),
            alternates: site
                .config
                .languages
                .iter()
                .filter(|l| translated(&l.code))
                .map(|l| Alternate {
                    lang: l.code.clone(),
                    href: format!("{base}{}/{}", l.code, self.path),
                })
                .collect(),
            languages: site
                .config
                .languages
                .iter()
                .map(|l| LanguageLink {
                    code: l.code.clone(),
                    name: autonym(&l.code).to_string(),
                    dir: dir(l.rtl),
                    href: format!("{}{}/{}index.html", self.root(), l.code, self.path),
                    current: l.code == self.lang.code,
                    translated: translated(&l.code),
                })
                .collect(),
            nav_html: {
                let mut html = String::with_capacity(8192);
                nav(self, site.home, current, &mut html);
                html
            },
            breadcrumbs: crumbs,
            area,
            edit_href: None,
            scripts: false,
            page_style: None,
            built_on: self.i18n.t(
                &self.lang.code,
                "built-on",
                &[("date", crate::i18n::Arg::Text(self.date(site.build_date)))],
            ),
        }
    }

    /// The notice for content whose `reviewed` date is older than `review_after_days`.
    pub fn overdue(&self, reviewed: Option<chrono::NaiveDate>) -> Option<String> {
        let days = self.site.config.review_after_days?;
        let age = (self.site.build_date - reviewed?).num_days();
        (age > i64::from(days)).then(|| {
            self.i18n.t(
                &self.lang.code,
                "review-overdue",
                &[("days", crate::i18n::Arg::Number(f64::from(days)))],
            )
        })
    }

    /// Page number and title, as in navigation: "1.4 Activation".
    pub fn numbered_title(&self, page: &Page) -> Shown {
        let v = page.version(&self.lang.code);
        let text = match &page.number {
            Some(n) => format!("{n} {}", v.title),
            None => v.title.clone(),
        };
        Shown::new(self.site, &self.lang.code, &text, &v.lang)
    }

    /// Breadcrumbs from the home page down to (not including) `page`.
    pub fn page_crumbs(&self, page: usize) -> Vec<Crumb> {
        let mut chain = Vec::new();
        let mut at = self.site.pages[page].parent;
        while let Some(p) = at {
            chain.push(p);
            at = self.site.pages[p].parent;
        }
        chain.reverse();
        chain.iter().map(|&p| self.crumb(p)).collect()
    }

    pub fn crumb(&self, page: usize) -> Crumb {
        let p = &self.site.pages[page];
        let title = if page == self.site.home {
            Shown::new(self.site, &self.lang.code, &self.t("home"), &self.lang.code)
        } else {
            self.numbered_title(p)
        };
        Crumb {
            title,
            href: self.href(&p.path),
        }
    }
}

/// The guidance tree: top-level entries, opened along the path to the current page. Built
/// here rather than in a template: it is the largest part of every page.
fn nav(here: &Here, parent: usize, current: Option<usize>, out: &mut String) {
    let site = here.site;
    let lang = &here.lang.code;
    let up = here.up();
    out.push_str("<ul>");
    for &c in &site.pages[parent].children {
        let page = &site.pages[c];
        let v = page.version(lang);
        out.push_str("<li><a href=\"");
        out.push_str(&up);
        escape_into(out, &page.path);
        out.push_str("index.html\"");
        if current == Some(c) {
            out.push_str(" aria-current=\"page\"");
        }
        out.push('>');
        if let Some(n) = &page.number {
            out.push_str("<span class=\"num\">");
            out.push_str(n);
            out.push_str("</span> ");
        }
        if v.lang == *lang {
            escape_into(out, &v.title);
        } else {
            out.push_str(&Shown::new(site, lang, &v.title, &v.lang).html());
        }
        out.push_str("</a>");
        if current.is_some_and(|cur| is_ancestor_or_self(site, c, cur)) && !page.children.is_empty()
        {
            nav(here, c, current, out);
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn is_ancestor_or_self(site: &Site, ancestor: usize, mut page: usize) -> bool {
    loop {
        if page == ancestor {
            return true;
        }
        match site.pages[page].parent {
            Some(p) => page = p,
            None => return false,
        }
    }
}
