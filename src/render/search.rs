//! Search, per language: an index of pages and data pages written as a JavaScript file, so
//! that it loads from a site opened from disk (`file://`) as well as from a server, and the
//! tokenizer that `assets/search.js` mirrors in the browser: marks removed after Unicode
//! decomposition (accents, Arabic vowel signs), Arabic letter variants folded, CJK text cut
//! into overlapping pairs of characters, other words kept whole and matched by prefix.
//! Contacts are never indexed, so no audience's hidden contact can be found.

use super::context::Here;
use crate::model::*;
use std::collections::HashMap;
use std::fmt::Write as _;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// Folds what readers type differently: case, accents and vowel marks, Arabic alef, yeh and
/// teh marbuta variants, tatweel.
fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{640}')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

/// The tokens of a text: words of two or more letters or digits, and CJK character pairs.
pub fn tokens(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    let mut word = String::new();
    let mut cjk: Vec<char> = Vec::new();
    let flush_word = |word: &mut String, out: &mut Vec<String>| {
        if word.chars().count() >= 2 || word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty()
        {
            out.push(std::mem::take(word));
        }
        word.clear();
    };
    let flush_cjk = |cjk: &mut Vec<char>, out: &mut Vec<String>| {
        match cjk.len() {
            0 => {}
            1 => out.push(cjk[0].to_string()),
            _ => out.extend(cjk.windows(2).map(|w| w.iter().collect::<String>())),
        }
        cjk.clear();
    };
    for c in folded.chars() {
        if is_cjk(c) {
            flush_word(&mut word, &mut out);
            cjk.push(c);
        } else if c.is_alphanumeric() {
            flush_cjk(&mut cjk, &mut out);
            word.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_cjk(&mut cjk, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_cjk(&mut cjk, &mut out);
    out
}

/// The text of Markdown, without markup.
fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::new();
    for e in Parser::new_ext(markdown, crate::markdown::options()) {
        match e {
            Event::Text(t) | Event::Code(t) => {
                out.push_str(&t);
                out.push(' ');
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Each page version's tokens with their weights (title words five times body words) and its
/// snippet, computed once and shared by every language that shows the version.
pub struct VersionTokens {
    counts: Vec<(String, u32)>,
    snippet: String,
}

pub fn version_tokens(site: &Site) -> Vec<Vec<VersionTokens>> {
    use rayon::prelude::*;
    site.pages
        .par_iter()
        .map(|page| {
            page.versions
                .iter()
                .map(|v| {
                    let text = plain(&v.body);
                    let mut counts: HashMap<String, u32> = HashMap::new();
                    for t in tokens(&v.title) {
                        *counts.entry(t).or_default() += 5;
                    }
                    for t in tokens(v.summary.as_deref().unwrap_or(""))
                        .into_iter()
                        .chain(tokens(&text))
                    {
                        *counts.entry(t).or_default() += 1;
                    }
                    VersionTokens {
                        counts: counts.into_iter().collect(),
                        snippet: snippet(v.summary.as_deref(), &text),
                    }
                })
                .collect()
        })
        .collect()
}

struct Doc {
    title: String,
    number: String,
    url: String,
    snippet: String,
}

fn snippet(summary: Option<&str>, text: &str) -> String {
    let source = summary.filter(|s| !s.is_empty()).unwrap_or(text).trim();
    let mut s: String = source.chars().take(160).collect();
    if source.chars().count() > 160 {
        s.push('…');
    }
    s
}

/// `<lang>/search-index.js`: `window.COORDKIT_SEARCH = {d: [[title, number, url, snippet]],
/// t: {token: [doc, weight, doc, weight...]}}`. Titles weigh five times body text.
pub fn index(here: &Here, pages: &[Vec<VersionTokens>]) -> String {
    let site = here.site;
    let lang = here.lang.code.as_str();
    let mut docs: Vec<Doc> = Vec::new();
    // Doc and weight per token, in document order (documents are added one after another).
    let mut postings: HashMap<String, Vec<(usize, u32)>> = HashMap::new();
    // Pages first, from tokens counted once per version.
    for (p, page) in site.pages.iter().enumerate() {
        if matches!(
            page.kind,
            PageKind::ClusterDescription { .. } | PageKind::EmergenciesIntro
        ) {
            continue;
        }
        let v = page.version(lang);
        let cached = &pages[p][page
            .versions
            .iter()
            .position(|x| x.lang == v.lang)
            .unwrap_or(0)];
        let i = docs.len();
        for (t, weight) in &cached.counts {
            postings.entry(t.clone()).or_default().push((i, *weight));
        }
        docs.push(Doc {
            title: v.title.clone(),
            number: page.number.clone().unwrap_or_default(),
            url: page.path.clone(),
            snippet: cached.snippet.clone(),
        });
    }
    let mut add = |doc: Doc, body: &str| {
        let i = docs.len();
        let title = tokens(&doc.title);
        let text = tokens(body);
        for (t, weight) in title
            .into_iter()
            .map(|t| (t, 5))
            .chain(text.into_iter().map(|t| (t, 1)))
        {
            let list = postings.entry(t).or_default();
            match list.last_mut() {
                Some((d, w)) if *d == i => *w += weight,
                _ => list.push((i, weight)),
            }
        }
        docs.push(doc);
    };
    for c in &site.clusters {
        let mut body = format!("{} {}", c.code, c.abbreviation.clone().unwrap_or_default());
        if let Some(s) = &c.summary {
            body.push_str(&plain(s.text.get(lang).text));
        }
        if let Some(p) = c.description {
            body.push_str(&plain(&site.pages[p].version(lang).body));
        }
        let doc = Doc {
            title: c.name.get(lang).text.to_string(),
            number: String::new(),
            url: format!("clusters/{}/", c.id),
            snippet: snippet(None, &body),
        };
        add(doc, &body);
    }
    for o in &site.organisations {
        let name = o.name.get(lang).text;
        let title = o
            .acronym
            .as_ref()
            .map_or_else(|| name.to_string(), |a| format!("{a} · {name}"));
        add(
            Doc {
                title,
                number: String::new(),
                url: format!("organisations/{}/", o.id),
                snippet: String::new(),
            },
            "",
        );
    }
    for e in &site.emergencies {
        let name = e.name.get(lang).text;
        let hubs: Vec<&str> = e.hubs.iter().map(|h| h.name.get(lang).text).collect();
        let body = format!(
            "{} {} {} {}",
            super::emergencies::country_names(here, e),
            e.countries.join(" "),
            e.glide.clone().unwrap_or_default(),
            hubs.join(" ")
        );
        add(
            Doc {
                title: name.to_string(),
                number: String::new(),
                url: format!("emergencies/{}/", e.id),
                snippet: snippet(None, &body),
            },
            &body,
        );
        for a in &e.activations {
            let c = &site.clusters[a.cluster];
            let mut words: Vec<String> = vec![super::rows::kind_label(here, a)];
            words.extend(
                a.leads
                    .iter()
                    .chain(&a.co_leads)
                    .map(|l| l.organisation)
                    .chain(a.government_counterpart)
                    .map(|o| {
                        site.organisations[o].acronym.clone().unwrap_or_else(|| {
                            site.organisations[o].name.get(lang).text.to_string()
                        })
                    }),
            );
            let snippet = words.join(" · ");
            words.extend(
                a.resources
                    .iter()
                    .map(|r| r.title.get(lang).text.to_string()),
            );
            words.extend(a.groups.iter().map(|g| g.name.get(lang).text.to_string()));
            let title = format!("{} · {name}", super::rows::group_name(here, a).text);
            let body = words.join(" ");
            add(
                Doc {
                    title,
                    number: String::new(),
                    url: format!("emergencies/{}/{}/", e.id, c.id),
                    snippet,
                },
                &body,
            );
        }
    }
    for g in &site.glossary {
        let expansion = g.expansion.get(lang).text;
        let definition = g
            .definition
            .as_ref()
            .map(|d| plain(d.text.get(lang).text))
            .unwrap_or_default();
        let doc = Doc {
            title: format!("{} · {expansion}", g.term),
            number: String::new(),
            url: format!("glossary/#{}", g.id),
            snippet: snippet(None, &definition),
        };
        add(doc, &definition);
    }
    let mut out = String::from("window.COORDKIT_SEARCH={\"d\":[");
    for (i, d) in docs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let row = serde_json::json!([d.title, d.number, d.url, d.snippet]);
        out.push_str(&row.to_string());
    }
    out.push_str("],\"t\":{");
    let mut postings: Vec<(String, Vec<(usize, u32)>)> = postings.into_iter().collect();
    postings.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (i, (token, docs)) in postings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::Value::String(token.clone()).to_string());
        out.push_str(":[");
        for (j, (doc, weight)) in docs.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let _ = write!(out, "{doc},{weight}");
        }
        out.push(']');
    }
    out.push_str("}};\n");
    out
}

#[cfg(test)]
mod tests {
    use super::tokens;

    #[test]
    fn tokens_fold_accents_arabic_variants_and_pair_cjk() {
        assert_eq!(tokens("Égalité, Coordonnées!"), ["egalite", "coordonnees"]);
        assert_eq!(tokens("الشَّراكة إغاثة"), ["الشراكه", "اغاثه"]);
        assert_eq!(
            tokens("人道主义集群 3W"),
            ["人道", "道主", "主义", "义集", "集群", "3w"]
        );
        assert_eq!(tokens("a 7 HC"), ["7", "hc"]);
    }
}
