//! The guidance tree: how a path under `content/` names a page, each page's parent section,
//! children ordered by weight and numbered (1, 1.4, 1.4.2). (Addresses that would clash are
//! checked once, for every output file, by `render/plan.rs`.)

use super::Checker;
use crate::diagnostics::{Diagnostic, Loc};
use crate::load::source::FileRef;
use crate::load::yaml::Sp;
use crate::model::*;
use std::collections::HashMap;

/// The pages, and how to find them by their path under `content/`.
pub struct Tree {
    pub pages: Vec<Page>,
    pub home: usize,
    pub emergencies_intro: Option<usize>,
    /// Page key (`guidance/partnership`) -> index in `pages`.
    pub keys: HashMap<String, usize>,
    /// Keys of draft pages, so that links to them get a clear message.
    pub drafts: Vec<String>,
}

impl Tree {
    /// Finds a page from a path relative to `content/`, as written in YAML (`see:`, `page:`).
    pub fn resolve_content_path(
        &self,
        file: &FileRef,
        path: &Sp<String>,
        chk: &mut Checker,
    ) -> Option<usize> {
        let found = normalize("", &path.value).and_then(|p| match page_key(&p) {
            Some(key) => self.find(&key).ok_or_else(|| self.missing(&key, &p)),
            None => Err(format!(
                "`{}` is not a Markdown page; give the path of a `.md` file under content/",
                path.value
            )),
        });
        match found {
            Ok(i) => Some(i),
            Err(message) => {
                chk.push(Diagnostic::error(file.loc(path), message));
                None
            }
        }
    }

    pub fn find(&self, key: &str) -> Option<usize> {
        self.keys.get(key).copied()
    }

    /// The message for a page path that leads nowhere.
    pub fn missing(&self, key: &str, path: &str) -> String {
        if self.drafts.iter().any(|d| d == key) {
            format!("content/{path} is a draft, so it is not published")
        } else {
            format!("there is no page content/{path}")
        }
    }
}

/// Resolves `rel` against the folder `base` (both under `content/`), refusing to leave it.
pub fn normalize(base: &str, rel: &str) -> Result<String, String> {
    if rel.starts_with('/') || rel.contains('\\') {
        return Err(format!(
            "`{rel}` must be a relative path, such as ../guidance/partnership.md"
        ));
    }
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for segment in rel.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(format!("`{rel}` leads outside the content/ folder"));
                }
            }
            s => parts.push(s),
        }
    }
    Ok(parts.join("/"))
}

/// `guidance/partnership.fr.md` -> `guidance/partnership`; `guidance/_index.md` -> `guidance`.
pub fn page_key(path: &str) -> Option<String> {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    if !file.ends_with(".md") {
        return None;
    }
    let (name, _) = crate::load::pages::name_and_language(file);
    Some(match (dir, name.as_str()) {
        (dir, "_index") => dir.to_string(),
        ("", name) => name.to_string(),
        (dir, name) => format!("{dir}/{name}"),
    })
}

/// Finds each tree page's parent section, orders children and numbers them.
pub fn link_tree(tree: &mut Tree, chk: &mut Checker) {
    let mut reported = Vec::new();
    for i in 0..tree.pages.len() {
        if !matches!(tree.pages[i].kind, PageKind::Section | PageKind::Page) {
            continue;
        }
        let key = tree.pages[i].key.clone();
        let parent_key = key.rsplit_once('/').map_or("", |(dir, _)| dir);
        match tree
            .keys
            .get(parent_key)
            .copied()
            .filter(|&p| tree.pages[p].kind.in_tree())
        {
            Some(p) => {
                tree.pages[i].parent = Some(p);
                tree.pages[p].children.push(i);
            }
            None if !reported.contains(&parent_key.to_string()) => {
                reported.push(parent_key.to_string());
                chk.push(Diagnostic::error(Loc::file(&tree.pages[i].versions[0].source.as_str().into()),
                    format!("the folder content/{parent_key}/ has no _index.md")).with_hint(format!(
                    "create content/{parent_key}/_index.md with a title: it is the section page of this folder")));
            }
            None => {}
        }
    }
    let order: Vec<(usize, (i64, String, String))> = tree
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            (
                i,
                (
                    p.weight.unwrap_or(i64::MAX),
                    p.versions[0].title.to_lowercase(),
                    p.key.clone(),
                ),
            )
        })
        .collect();
    let sort_key: HashMap<usize, (i64, String, String)> = order.into_iter().collect();
    for page in &mut tree.pages {
        page.children.sort_by(|a, b| sort_key[a].cmp(&sort_key[b]));
    }
    number(tree, tree.home, String::new());
}

fn number(tree: &mut Tree, page: usize, prefix: String) {
    let children = tree.pages[page].children.clone();
    for (n, child) in children.into_iter().enumerate() {
        let label = if prefix.is_empty() {
            format!("{}", n + 1)
        } else {
            format!("{prefix}.{}", n + 1)
        };
        tree.pages[child].number = Some(label.clone());
        number(tree, child, label);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_inside_content_only() {
        assert_eq!(
            normalize("guidance", "../about/x.md").as_deref(),
            Ok("about/x.md")
        );
        assert_eq!(
            normalize("guidance", "./a/./b.md").as_deref(),
            Ok("guidance/a/b.md")
        );
        assert!(normalize("guidance", "../../x.md").is_err());
        assert!(normalize("", "/etc/passwd").is_err());
    }

    #[test]
    fn page_keys_drop_language_and_index() {
        assert_eq!(
            page_key("guidance/partnership.fr.md").as_deref(),
            Some("guidance/partnership")
        );
        assert_eq!(page_key("guidance/_index.md").as_deref(), Some("guidance"));
        assert_eq!(page_key("_index.md").as_deref(), Some(""));
        assert_eq!(page_key("map.png"), None);
    }
}
