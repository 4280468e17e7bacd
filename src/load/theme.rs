//! The toolkit's own presentation files: theme templates and static files under
//! `themes/<name>/`, and interface strings under `translations/<lang>.ftl`.

use super::Loaded;
use super::safe::{self, Area, Fence};
use super::source::{self, FileRef};
use crate::diagnostics::{Diagnostic, Loc};
use std::path::{Path, PathBuf};

/// A Tera template that overrides (or adds to) the built-in theme, by name.
#[derive(Debug)]
pub struct TemplateSource {
    pub file: FileRef,
    pub name: String,
    pub text: String,
}

/// A file of `themes/<name>/static/`, copied to the same path under the output folder.
#[derive(Debug, Clone)]
pub struct StaticSource {
    pub out_path: String,
    /// Where it is in the toolkit: `themes/ocha/static/assets/logo.png`.
    pub shown: String,
    pub abs: PathBuf,
}

/// A toolkit's Fluent file for one language.
#[derive(Debug)]
pub struct FtlSource {
    pub file: FileRef,
    pub lang: String,
    pub text: String,
}

pub fn load(
    root: &Path,
    fence: &Fence,
    theme: Option<(Loc, String)>,
    loaded: &mut Loaded,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let (theme_loc, name) = match theme {
        Some((loc, name)) => (Some(loc), name),
        None => (None, "default".to_string()),
    };
    let theme_dir = root.join("themes").join(&name);
    let safe_name = !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
    if !safe_name || (!theme_dir.is_dir() && name != "default") {
        if let Some(loc) = theme_loc {
            // A name that is not a plain folder name gets no advice to create it (issue #15:
            // `../content` was told to create themes/../content/templates/).
            let hint = if safe_name {
                format!(
                    "create themes/{name}/templates/ or leave `theme` out to use the built-in theme"
                )
            } else {
                "a theme is named after its folder in themes/, such as `field`".to_string()
            };
            diagnostics.push(
                Diagnostic::error(loc, format!("there is no theme `{name}`")).with_hint(hint),
            );
        }
    } else {
        let area = format!("themes/{name}/");
        for (rel, abs) in files_under(fence, &theme_dir, &area, "templates", diagnostics) {
            let file = FileRef::new(&format!("themes/{name}/templates/{rel}"));
            match source::read_text(&abs, &file) {
                Ok(text) => loaded.templates.push(TemplateSource {
                    file,
                    name: rel,
                    text,
                }),
                Err(d) => diagnostics.push(d),
            }
        }
        for (rel, abs) in files_under(fence, &theme_dir, &area, "static", diagnostics) {
            match safe::copy_size(&abs, &format!("{area}static/{rel}")) {
                Ok(()) => loaded.statics.push(StaticSource {
                    shown: format!("{area}static/{rel}"),
                    out_path: rel,
                    abs,
                }),
                Err(d) => diagnostics.push(d),
            }
        }
    }
    for (rel, abs) in files_under(fence, root, "", "translations", diagnostics) {
        let file = FileRef::new(&format!("translations/{rel}"));
        let Some(lang) = rel.strip_suffix(".ftl") else {
            continue;
        };
        if rel.contains('/') || !crate::locale::is_language_tag(lang) {
            diagnostics.push(Diagnostic::warning(
                file.start(),
                "this file is ignored: translations are named `<language code>.ftl`",
            ));
            continue;
        }
        match source::read_text(&abs, &file) {
            Ok(text) => loaded.translations.push(FtlSource {
                file,
                lang: lang.to_string(),
                text,
            }),
            Err(d) => diagnostics.push(d),
        }
    }
}

/// Every file under `<base>/<sub>` (none if it does not exist), as (`a/b.html`, absolute
/// path), sorted. `area` names `base` in messages (`themes/ocha/`). Links are followed only
/// to files inside `base` (the policy of `safe.rs`); pipes and devices are refused.
fn files_under(
    fence: &Fence,
    base: &Path,
    area: &str,
    sub: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(String, PathBuf)> {
    let dir = base.join(sub);
    if !dir.is_dir() {
        return Vec::new();
    }
    let shown = |rel: &str| format!("{area}{sub}/{rel}");
    let dir = match fence.area(&dir, shown("").trim_end_matches('/')) {
        Ok(real) => real,
        Err(d) => {
            diagnostics.push(d);
            return Vec::new();
        }
    };
    let area_name = if area.is_empty() {
        format!("{sub}/")
    } else {
        area.to_string()
    };
    let area_dir = if area.is_empty() {
        dir.clone()
    } else {
        base.to_path_buf()
    };
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .flatten()
    {
        let kind = e.file_type();
        if kind.is_dir() {
            continue;
        }
        let rel = e
            .path()
            .strip_prefix(&dir)
            .unwrap_or(e.path())
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let checked = if kind.is_symlink() {
            fence
                .follow(
                    e.path(),
                    &shown(&rel),
                    &Area {
                        dir: &area_dir,
                        name: &area_name,
                    },
                )
                .map(|_| ())
        } else if kind.is_file() {
            Ok(())
        } else {
            Err(safe::not_regular(Loc::file(&shown(&rel).as_str().into())))
        };
        match checked {
            Ok(()) => out.push((rel, e.into_path())),
            Err(d) => diagnostics.push(d),
        }
    }
    out
}
