//! The Markdown floor: what any generator of this site must at least do. Every page in every
//! language (a translation, or the default language's file as a fallback) is read, its front
//! matter cut off, its Markdown rendered with pulldown-cmark (coordkit's options) into a bare
//! HTML page, and written to `<out>/<lang>/<page>/index.html`, in parallel with rayon.
//! No templates, navigation, links, search, data pages or exports.

use super::generate::LANGS;
use pulldown_cmark::{Options, Parser, html};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Builds the floor site of the toolkit in `kit` into `out`; returns the pages written.
pub fn build(kit: &Path, out: &Path) -> usize {
    let content = kit.join("content");
    // Page key ("s0/page-3") -> language -> file.
    let mut pages: BTreeMap<String, BTreeMap<&str, PathBuf>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&content).into_iter().flatten() {
        let path = entry.path();
        let Some(rel) = path
            .strip_prefix(&content)
            .ok()
            .and_then(|r| r.to_str())
            .and_then(|r| r.strip_suffix(".md"))
        else {
            continue;
        };
        let (key, lang) = match rel.rsplit_once('.') {
            Some((key, lang)) if LANGS.contains(&lang) => (key, lang),
            _ => (rel, LANGS[0]),
        };
        let lang = LANGS.iter().find(|l| **l == lang).copied().unwrap_or("en");
        pages
            .entry(key.to_string())
            .or_default()
            .insert(lang, path.to_path_buf());
    }
    let jobs: Vec<(&str, &str, &Path)> = pages
        .iter()
        .flat_map(|(key, versions)| {
            LANGS.iter().filter_map(move |lang| {
                let file = versions.get(lang).or_else(|| versions.get(LANGS[0]))?;
                Some((*lang, key.as_str(), file.as_path()))
            })
        })
        .collect();
    jobs.par_iter().for_each(|&(lang, key, file)| {
        let text = std::fs::read_to_string(file).expect("read a page");
        let (front, body) = split_front_matter(&text);
        let title = front
            .lines()
            .find_map(|l| l.strip_prefix("title: "))
            .unwrap_or(key);
        let mut page = String::with_capacity(body.len() * 2 + 200);
        page.push_str("<!DOCTYPE html><html lang=\"");
        page.push_str(lang);
        page.push_str("\"><head><meta charset=\"utf-8\"><title>");
        page.push_str(&title.replace('&', "&amp;").replace('<', "&lt;"));
        page.push_str("</title></head><body><main>");
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_HEADING_ATTRIBUTES;
        html::push_html(&mut page, Parser::new_ext(body, options));
        page.push_str("</main></body></html>\n");
        let key = key.trim_end_matches("_index").trim_end_matches('/');
        let dir = out.join(lang).join(key);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("index.html"), page).expect("write a page");
    });
    jobs.len()
}

/// (front matter, body) of a page written `---\n...\n---\n` then Markdown.
fn split_front_matter(text: &str) -> (&str, &str) {
    text.strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .unwrap_or(("", text))
}
