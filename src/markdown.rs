//! Markdown with pulldown-cmark: one scan (heading ids, links) used by validation, and the
//! rendering that rewrites links to their resolved addresses, names empty links, gives every
//! heading an id and escapes raw HTML unless the toolkit allows it.

use crate::model::{LinkTarget, Links};
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A link or image destination found in Markdown, with its byte offset in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundLink {
    pub dest: String,
    pub offset: usize,
    /// `[](page.md)`: the link's text is the target's number and title.
    pub empty_text: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    pub heading_ids: Vec<String>,
    pub links: Vec<FoundLink>,
}

fn events(text: &str) -> Vec<(Event<'_>, Range<usize>)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .collect()
}

/// What validation needs to know of a Markdown text.
pub fn scan(text: &str) -> Scan {
    let events = events(text);
    let heading_ids = heading_ids(&events).into_iter().map(|(_, id)| id).collect();
    let mut links = Vec::new();
    for (i, (event, range)) in events.iter().enumerate() {
        let dest = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if !is_autolink(*link_type) || is_unsafe_url(dest_url) => dest_url,
            Event::Start(Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        let empty_text = matches!(events.get(i + 1), Some((Event::End(TagEnd::Link), _)));
        links.push(FoundLink {
            dest: dest.to_string(),
            offset: range.start,
            empty_text,
        });
    }
    Scan { heading_ids, links }
}

fn is_autolink(t: LinkType) -> bool {
    matches!(
        t,
        LinkType::Autolink | LinkType::Email | LinkType::WikiLink { .. }
    )
}

/// Heading ids in order: explicit `{#id}` ones as written, others made from the heading's
/// text, made unique within the text by `-1`, `-2`...
fn heading_ids(events: &[(Event<'_>, Range<usize>)]) -> Vec<(usize, String)> {
    let mut used = HashSet::new();
    // The next suffix to try for each base, so that 50,000 identical headings do not each
    // search from `-1` again (issue #8: that took minutes).
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, (event, _)) in events.iter().enumerate() {
        if let Event::Start(Tag::Heading { id, .. }) = event {
            let base = match id {
                Some(id) => id.to_string(),
                None => {
                    let mut text = String::new();
                    for (e, _) in &events[i + 1..] {
                        match e {
                            Event::End(TagEnd::Heading(_)) => break,
                            Event::Text(t) | Event::Code(t) => text.push_str(t),
                            _ => {}
                        }
                    }
                    slugify(&text)
                }
            };
            let mut candidate = base.clone();
            if !used.insert(candidate.clone()) {
                let n = next.entry(base.clone()).or_insert(0);
                loop {
                    *n += 1;
                    candidate = format!("{base}-{n}");
                    if used.insert(candidate.clone()) {
                        break;
                    }
                }
            }
            out.push((i, candidate));
        }
    }
    out
}

/// Lowercase letters and digits of any script, words joined by `-`: "Égalité" -> "égalité".
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            dash = false;
        } else if (c.is_whitespace() || c == '-' || c == '_') && !out.is_empty() && !dash {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "section".to_string()
    } else {
        out
    }
}

/// Where a link or image leads once rendered: its resolved address, a same-page anchor with
/// the page's prefix, `#` for an unsafe scheme, or the address as written.
fn destination<'e>(r: &Rendering, dest_url: CowStr<'e>) -> CowStr<'e> {
    match r.links.0.get(dest_url.as_ref()) {
        Some(t) => CowStr::from((r.href)(t)),
        None if !r.id_prefix.is_empty() && dest_url.starts_with('#') => {
            CowStr::from(format!("#{}{}", r.id_prefix, &dest_url[1..]))
        }
        None if !r.raw_html && is_unsafe_url(&dest_url) => CowStr::from("#"),
        None => dest_url,
    }
}

/// Footnotes are numbered in the order they are first met, reference or definition (a map,
/// not a list search: 20,000 footnotes took 30 s, issue #8).
fn footnote_number(seen: &mut HashMap<String, usize>, name: &str) -> usize {
    let next = seen.len() + 1;
    *seen.entry(name.to_string()).or_insert(next)
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Schemes that run code or smuggle content; dropped unless raw HTML is allowed. Percent
/// escapes are decoded first (`%6aavascript:`), as some readers of the output would.
pub fn is_unsafe_url(dest: &str) -> bool {
    let head: String = dest.chars().take(48).collect();
    let decoded = crate::serve::percent_decode(&head);
    let lower: String = decoded
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:", "file:"]
        .iter()
        .any(|s| lower.starts_with(s))
}

/// Glossary terms found in text: the first use of each on a page is replaced by `html(i,
/// matched text)`, where `i` is the term's index in the matcher.
pub struct Terms<'a> {
    pub matcher: &'a aho_corasick::AhoCorasick,
    pub html: &'a dyn Fn(usize, &str) -> String,
}

/// Whether a match stands as a word of its own (CJK terms need no spaces around them).
pub(crate) fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let term_is_cjk = text[start..end]
        .chars()
        .any(|c| ('\u{2e80}'..='\u{9fff}').contains(&c) || ('\u{ac00}'..='\u{d7af}').contains(&c));
    if term_is_cjk {
        return true;
    }
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Splits a text event around the first uses of glossary terms.
fn mark_terms<'e>(
    text: CowStr<'e>,
    terms: &Terms,
    used: &mut Vec<usize>,
    out: &mut Vec<Event<'e>>,
) {
    let mut last = 0;
    let mut pieces = Vec::new();
    for m in terms.matcher.find_iter(text.as_ref()) {
        let i = m.pattern().as_usize();
        if used.contains(&i) || !whole_word(&text, m.start(), m.end()) {
            continue;
        }
        used.push(i);
        pieces.push((last, m.start(), Some((i, m.end()))));
        last = m.end();
    }
    if pieces.is_empty() {
        out.push(Event::Text(text));
        return;
    }
    for (from, to, term) in pieces {
        if to > from {
            out.push(Event::Text(CowStr::from(text[from..to].to_string())));
        }
        if let Some((i, end)) = term {
            out.push(Event::InlineHtml(CowStr::from((terms.html)(
                i,
                &text[to..end],
            ))));
        }
    }
    if last < text.len() {
        out.push(Event::Text(CowStr::from(text[last..].to_string())));
    }
}

/// How rendering turns resolved links into addresses and names.
pub struct Rendering<'a> {
    pub links: &'a Links,
    pub raw_html: bool,
    /// The address of a target, relative to the page being written.
    pub href: &'a dyn Fn(&LinkTarget) -> String,
    /// The number and title of a target, for empty-text links.
    pub title: &'a dyn Fn(&LinkTarget) -> String,
    /// Glossary terms to mark on their first use, if any.
    pub terms: Option<&'a Terms<'a>>,
    /// Put before every id the text defines (headings, footnotes) and every same-page
    /// anchor, so that several pages can share one document (briefing packs). Empty on pages.
    pub id_prefix: &'a str,
}

pub fn to_html(text: &str, r: &Rendering) -> String {
    let mut events = events(text);
    let ids = heading_ids(&events);
    for (i, id) in ids {
        if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i].0 {
            *slot = Some(CowStr::from(format!("{}{id}", r.id_prefix)));
        }
    }
    let mut footnotes: HashMap<String, usize> = HashMap::new();
    let mut used_terms: Vec<usize> = Vec::new();
    // Inside headings, code, links and images, terms are left as written.
    let mut no_terms = 0usize;
    let mut out_events: Vec<Event> = Vec::with_capacity(events.len());
    let mut iter = events.into_iter().peekable();
    while let Some((event, _)) = iter.next() {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                no_terms += 1;
                let target = r.links.0.get(dest_url.as_ref());
                let dest = destination(r, dest_url);
                out_events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
                if let (Some(t), Some((Event::End(TagEnd::Link), _))) = (target, iter.peek()) {
                    out_events.push(Event::Text(CowStr::from((r.title)(t))));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                no_terms += 1;
                let dest = destination(r, dest_url);
                out_events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::Start(tag @ (Tag::Heading { .. } | Tag::CodeBlock(_))) => {
                no_terms += 1;
                out_events.push(Event::Start(tag));
            }
            Event::End(
                tag @ (TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Link | TagEnd::Image),
            ) => {
                no_terms = no_terms.saturating_sub(1);
                out_events.push(Event::End(tag));
            }
            Event::Text(text) if no_terms == 0 && r.terms.is_some() => {
                if let Some(terms) = r.terms {
                    mark_terms(text, terms, &mut used_terms, &mut out_events);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) if !r.raw_html => {
                out_events.push(Event::Text(html))
            }
            // With a prefix, footnotes are written here (as pulldown-cmark writes them, with
            // prefixed ids), so two pages' footnote 1 do not collide.
            Event::FootnoteReference(name) if !r.id_prefix.is_empty() => {
                let n = footnote_number(&mut footnotes, &name);
                let id = escape_attr(&format!("{}fn-{name}", r.id_prefix));
                out_events.push(Event::InlineHtml(CowStr::from(format!(
                    "<sup class=\"footnote-reference\"><a href=\"#{id}\">{n}</a></sup>"
                ))));
            }
            Event::Start(Tag::FootnoteDefinition(name)) if !r.id_prefix.is_empty() => {
                let n = footnote_number(&mut footnotes, &name);
                let id = escape_attr(&format!("{}fn-{name}", r.id_prefix));
                out_events.push(Event::Html(CowStr::from(format!(
                    "<div class=\"footnote-definition\" id=\"{id}\"><sup class=\"footnote-definition-label\">{n}</sup>\n"
                ))));
            }
            Event::End(TagEnd::FootnoteDefinition) if !r.id_prefix.is_empty() => {
                out_events.push(Event::Html(CowStr::from("</div>\n")))
            }
            other => out_events.push(other),
        }
    }
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out_events.into_iter());
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn render(text: &str, raw_html: bool) -> String {
        let mut map = HashMap::new();
        map.insert(
            "a.md#x".to_string(),
            LinkTarget::Page {
                page: 1,
                anchor: Some("x".into()),
            },
        );
        map.insert(
            "b.md".to_string(),
            LinkTarget::Page {
                page: 2,
                anchor: None,
            },
        );
        let links = Links(map);
        let href = |t: &LinkTarget| match t {
            LinkTarget::Page { page, anchor } => format!(
                "../p{page}/index.html{}",
                anchor.as_ref().map(|a| format!("#{a}")).unwrap_or_default()
            ),
            _ => String::new(),
        };
        let title = |_: &LinkTarget| "1.2 Bee".to_string();
        to_html(
            text,
            &Rendering {
                links: &links,
                raw_html,
                href: &href,
                title: &title,
                terms: None,
                id_prefix: "",
            },
        )
    }

    #[test]
    fn headings_get_unique_ids() {
        assert_eq!(
            render("# Equality\n## Equality\n### Égalité & co {#eq}\n", false),
            "<h1 id=\"equality\">Equality</h1>\n<h2 id=\"equality-1\">Equality</h2>\n<h3 id=\"eq\">Égalité &amp; co</h3>\n"
        );
        assert_eq!(
            scan("## الشراكة المتساوية\n").heading_ids,
            vec!["الشراكة-المتساوية"]
        );
    }

    #[test]
    fn links_are_rewritten_and_empty_links_named() {
        assert_eq!(
            render("[see](a.md#x) and [](b.md)", false),
            "<p><a href=\"../p1/index.html#x\">see</a> and <a href=\"../p2/index.html\">1.2 Bee</a></p>\n"
        );
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        assert_eq!(
            render("<script>x</script>\n\nhi <b>b</b>", false),
            "&lt;script&gt;x&lt;/script&gt;\n<p>hi &lt;b&gt;b&lt;/b&gt;</p>\n"
        );
        assert_eq!(render("hi <b>b</b>", true), "<p>hi <b>b</b></p>\n");
        assert_eq!(
            render("[x](javascript:alert(1))", false),
            "<p><a href=\"#\">x</a></p>\n"
        );
        assert_eq!(
            render("<javascript:alert(1)> [y](%6aavascript:alert(1))", false),
            "<p><a href=\"#\">javascript:alert(1)</a> <a href=\"#\">y</a></p>\n"
        );
        assert_eq!(
            scan("<javascript:alert(1)> <https://x.org>").links,
            vec![FoundLink {
                dest: "javascript:alert(1)".into(),
                offset: 0,
                empty_text: false
            }]
        );
    }

    #[test]
    fn prefixes_keep_ids_unique_when_pages_share_a_document() {
        let links = Links::default();
        let href = |_: &LinkTarget| String::new();
        let title = |_: &LinkTarget| String::new();
        let html = to_html(
            "# Aim\n\nSee [aim](#aim).[^n]\n\n[^n]: A note.\n",
            &Rendering {
                links: &links,
                raw_html: false,
                href: &href,
                title: &title,
                terms: None,
                id_prefix: "p2-",
            },
        );
        assert_eq!(
            html,
            "<h1 id=\"p2-aim\">Aim</h1>\n<p>See <a href=\"#p2-aim\">aim</a>.<sup class=\"footnote-reference\"><a href=\"#p2-fn-n\">1</a></sup></p>\n<div class=\"footnote-definition\" id=\"p2-fn-n\"><sup class=\"footnote-definition-label\">1</sup>\n<p>A note.</p>\n</div>\n"
        );
    }

    #[test]
    fn glossary_terms_are_marked_once_outside_headings_code_and_links() {
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(["HC", "HCT", "集群"])
            .unwrap();
        let html = |i: usize, t: &str| format!("<abbr data-i=\"{i}\">{t}</abbr>");
        let terms = Terms {
            matcher: &matcher,
            html: &html,
        };
        let links = Links::default();
        let href = |_: &LinkTarget| String::new();
        let title = |_: &LinkTarget| String::new();
        let r = Rendering {
            links: &links,
            raw_html: false,
            href: &href,
            title: &title,
            terms: Some(&terms),
            id_prefix: "",
        };
        assert_eq!(
            to_html(
                "# The HC\n\n`HC` and [HC](x) then HCT, the HC, HC again, HCs, 人道主义集群.\n",
                &r
            ),
            "<h1 id=\"the-hc\">The HC</h1>\n<p><code>HC</code> and <a href=\"x\">HC</a> then <abbr data-i=\"1\">HCT</abbr>, the <abbr data-i=\"0\">HC</abbr>, HC again, HCs, 人道主义<abbr data-i=\"2\">集群</abbr>.</p>\n"
        );
    }

    #[test]
    fn scan_finds_links_with_offsets() {
        let s = scan("# T\n\n[](b.md) ![m](map.png) <https://x.org>");
        assert_eq!(
            s.links,
            vec![
                FoundLink {
                    dest: "b.md".into(),
                    offset: 5,
                    empty_text: true
                },
                FoundLink {
                    dest: "map.png".into(),
                    offset: 14,
                    empty_text: false
                },
            ]
        );
    }
}
