//! What coordkit agrees to read (issue #8): the symbolic-link policy, regular files only, and
//! a size limit on every file. A toolkit may come from a pull request by someone its keepers do
//! not know, built in CI with secrets around it, so nothing outside the toolkit folder is read.
//!
//! The policy, as README.md and SECURITY.md state it:
//! - a symbolic link is followed only to a **file** inside the folder it was found in
//!   (`content/`, the theme's folder, `translations/`; the toolkit folder for `toolkit.yaml`
//!   and those folders themselves), never through a hidden folder such as `.git/`;
//! - under `content/`, only resources (files copied as they are) may be links, and only to
//!   other resources: a link can never publish Markdown sources or YAML data such as
//!   `contacts.yaml`;
//! - links to folders are not followed; anything else is an error at the link's path.

use super::classify::{Kind, classify};
use crate::diagnostics::{Diagnostic, Loc};
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

/// The largest Markdown, YAML, Fluent or template file coordkit reads (10 MiB: a whole
/// novel is a third of that, and a file this size takes under a second to build).
pub const TEXT_LIMIT: u64 = 10 * 1024 * 1024;
/// The largest file copied into the site (100 MiB, the largest file GitHub accepts).
pub const COPY_LIMIT: u64 = 100 * 1024 * 1024;

/// The toolkit folder with every link resolved: what "inside the toolkit" means.
#[derive(Debug, Clone)]
pub struct Fence {
    root: PathBuf,
}

/// One of the folders a link must stay in, and how messages name it.
pub struct Area<'a> {
    pub dir: &'a Path,
    /// `content/`, `themes/ocha/`, `translations/`.
    pub name: &'a str,
}

impl Fence {
    pub fn new(root: &Path) -> Fence {
        let root = std::fs::canonicalize(root)
            .or_else(|_| std::path::absolute(root))
            .unwrap_or_else(|_| root.to_path_buf());
        Fence { root }
    }

    /// Where a folder of the toolkit really is, if it may be read: the folder itself, or the
    /// target of a link that stays inside the toolkit. `shown` names it in messages.
    pub fn area(&self, dir: &Path, shown: &str) -> Result<PathBuf, Diagnostic> {
        let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if self.inside(&real, &self.root) {
            Ok(real)
        } else {
            Err(outside(shown, "the toolkit folder"))
        }
    }

    /// Whether `path` (resolved) is under `dir` (resolved) with no hidden folder between them.
    fn inside(&self, path: &Path, dir: &Path) -> bool {
        path.strip_prefix(dir).is_ok_and(|rel| {
            rel.components().all(|c| match c {
                Component::Normal(n) => !n.to_string_lossy().starts_with('.'),
                _ => false,
            })
        })
    }

    /// Judges the symbolic link at `link` (shown as `shown`) found in `area`: the path of the
    /// file it leads to, relative to the area, if it may be followed.
    pub fn follow(&self, link: &Path, shown: &str, area: &Area) -> Result<String, Diagnostic> {
        let loc = Loc::file(&shown.into());
        let Ok(target) = std::fs::canonicalize(link) else {
            return Err(Diagnostic::error(loc, "this symbolic link leads nowhere")
                .with_hint("remove the link or point it at a file that exists"));
        };
        let area_dir = std::fs::canonicalize(area.dir).unwrap_or_else(|_| area.dir.to_path_buf());
        if !self.inside(&target, &self.root) {
            return Err(outside(shown, "the toolkit folder"));
        }
        if !self.inside(&target, &area_dir) {
            return Err(outside(shown, area.name));
        }
        let rel = relative(&area_dir, &target);
        let meta = std::fs::metadata(&target).map_err(|e| {
            Diagnostic::error(
                loc.clone(),
                format!("cannot read this path: {}", super::source::io_reason(&e)),
            )
        })?;
        if meta.is_dir() {
            let parent = link.parent().and_then(|p| std::fs::canonicalize(p).ok());
            if parent.is_some_and(|p| p.starts_with(&target)) {
                return Err(Diagnostic::error(
                    loc,
                    format!(
                        "this symbolic link makes a loop: it leads back to {}",
                        format!("{}{rel}", area.name).trim_end_matches('/')
                    ),
                )
                .with_hint("remove the link or point it somewhere outside its own folder"));
            }
            return Err(Diagnostic::error(
                loc,
                "this symbolic link leads to a folder; coordkit follows links to files only",
            )
            .with_hint("copy the folder's files here instead of linking to it"));
        }
        regular(&meta, &loc)?;
        Ok(rel)
    }
}

fn outside(shown: &str, area: &str) -> Diagnostic {
    Diagnostic::error(
        Loc::file(&shown.into()),
        format!("this symbolic link leads outside {area}"),
    )
    .with_hint(format!(
        "coordkit follows links only to files inside {area}; put a copy of the file here instead"
    ))
}

/// Judges a symbolic link under `content/`: only a resource may be a link, and only to
/// another resource, so that no link publishes a page's source or YAML data.
pub fn content_link(
    fence: &Fence,
    link: &Path,
    rel: &str,
    content: &Path,
) -> Result<(), Diagnostic> {
    let shown = format!("content/{rel}");
    if !matches!(classify(rel), Kind::Asset) {
        return Err(Diagnostic::error(
            Loc::file(&shown.as_str().into()),
            "Markdown pages and YAML data cannot be symbolic links",
        )
        .with_hint("replace the link with the file itself"));
    }
    let target = fence.follow(
        link,
        &shown,
        &Area {
            dir: content,
            name: "content/",
        },
    )?;
    if !matches!(classify(&target), Kind::Asset) {
        return Err(Diagnostic::error(
            Loc::file(&shown.as_str().into()),
            format!("this symbolic link leads to content/{target}, which is not a file copied as it is"),
        )
        .with_hint("links may lead only to resources such as images and documents, never to pages or YAML data"));
    }
    copy_size(link, &shown)
}

/// A file copied into the site must be a regular file within [`COPY_LIMIT`].
pub fn copy_size(path: &Path, shown: &str) -> Result<(), Diagnostic> {
    let loc = Loc::file(&shown.into());
    let meta = std::fs::metadata(path).map_err(|e| {
        Diagnostic::error(
            loc.clone(),
            format!("cannot read this file: {}", super::source::io_reason(&e)),
        )
    })?;
    regular(&meta, &loc)?;
    if meta.len() > COPY_LIMIT {
        return Err(too_large(loc, COPY_LIMIT, "files copied into the site"));
    }
    Ok(())
}

fn regular(meta: &std::fs::Metadata, loc: &Loc) -> Result<(), Diagnostic> {
    if meta.is_file() {
        Ok(())
    } else {
        Err(not_regular(loc.clone()))
    }
}

/// For pipes, sockets and devices, which could block a build or never end.
pub fn not_regular(loc: Loc) -> Diagnostic {
    Diagnostic::error(
        loc,
        "this is not a regular file; coordkit reads only files and folders",
    )
}

fn too_large(loc: Loc, limit: u64, what: &str) -> Diagnostic {
    Diagnostic::error(
        loc,
        format!(
            "this file is larger than {} MB, the limit for {what}",
            limit / (1024 * 1024)
        ),
    )
    .with_hint("split it into several files")
}

/// Reads a text file of at most [`TEXT_LIMIT`] bytes; a pipe or device is refused unopened.
pub fn read_bounded(path: &Path, loc: Loc) -> Result<Vec<u8>, Diagnostic> {
    let io = |e: std::io::Error| {
        Diagnostic::error(
            loc.clone(),
            format!("cannot read this file: {}", super::source::io_reason(&e)),
        )
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    regular(&meta, &loc)?;
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(meta.len().min(TEXT_LIMIT) as usize);
    file.take(TEXT_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > TEXT_LIMIT {
        return Err(too_large(loc, TEXT_LIMIT, "text files"));
    }
    Ok(bytes)
}

fn relative(base: &Path, path: &Path) -> String {
    path.strip_prefix(base)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
