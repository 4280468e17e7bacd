//! Markdown with pulldown-cmark: one scan (heading ids, links) used by validation, and the
//! rendering that rewrites links to their resolved addresses, names empty links, gives every
//! heading an id and escapes raw HTML unless the toolkit allows it.

use crate::model::{LinkTarget, Links};
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
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
            }) if !is_autolink(*link_type) => dest_url,
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
            let mut n = 0;
            while !used.insert(candidate.clone()) {
                n += 1;
                candidate = format!("{base}-{n}");
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

/// Footnotes are numbered in the order they are first met, reference or definition.
fn footnote_number(seen: &mut Vec<String>, name: &str) -> usize {
    match seen.iter().position(|n| n == name) {
        Some(i) => i + 1,
        None => {
            seen.push(name.to_string());
            seen.len()
        }
    }
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Schemes that run code or smuggle content; dropped unless raw HTML is allowed.
pub fn is_unsafe_url(dest: &str) -> bool {
    let lower: String = dest
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

/// How rendering turns resolved links into addresses and names.
pub struct Rendering<'a> {
    pub links: &'a Links,
    pub raw_html: bool,
    /// The address of a target, relative to the page being written.
    pub href: &'a dyn Fn(&LinkTarget) -> String,
    /// The number and title of a target, for empty-text links.
    pub title: &'a dyn Fn(&LinkTarget) -> String,
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
    let mut footnotes: Vec<String> = Vec::new();
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
                let target = r.links.0.get(dest_url.as_ref());
                let dest = match target {
                    Some(t) => CowStr::from((r.href)(t)),
                    None if !r.id_prefix.is_empty() && dest_url.starts_with('#') => {
                        CowStr::from(format!("#{}{}", r.id_prefix, &dest_url[1..]))
                    }
                    None if !r.raw_html && is_unsafe_url(&dest_url) => CowStr::from("#"),
                    None => dest_url,
                };
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
                let dest = match r.links.0.get(dest_url.as_ref()) {
                    Some(t) => CowStr::from((r.href)(t)),
                    None if !r.raw_html && is_unsafe_url(&dest_url) => CowStr::from("#"),
                    None => dest_url,
                };
                out_events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
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
                id_prefix: "p2-",
            },
        );
        assert_eq!(
            html,
            "<h1 id=\"p2-aim\">Aim</h1>\n<p>See <a href=\"#p2-aim\">aim</a>.<sup class=\"footnote-reference\"><a href=\"#p2-fn-n\">1</a></sup></p>\n<div class=\"footnote-definition\" id=\"p2-fn-n\"><sup class=\"footnote-definition-label\">1</sup>\n<p>A note.</p>\n</div>\n"
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
