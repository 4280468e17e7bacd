//! Offline bundles: zips of one language or one section, made from the staged site. Inside
//! a bundle, links to anything it does not hold become published addresses, so that every
//! link works when the zip is unpacked and opened from disk.

use crate::render::OutputFile;
use rayon::prelude::*;
use std::io::Write as _;
use std::path::Path;

/// A zip to make: where it goes, what it holds (path prefixes under the output folder) and
/// the page that links to it (its size is filled in there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    pub zip: String,
    pub include: Vec<String>,
    pub owner: String,
}

/// Where pages write a bundle's size once it is known.
pub fn size_placeholder(zip: &str) -> String {
    format!("<!--ck-size:{zip}-->")
}

/// Makes every bundle and fills in the sizes on the pages that offer them.
pub fn make(
    staged: &Path,
    base_url: &str,
    bundles: &[Bundle],
    build_date: chrono::NaiveDate,
    sink: &(dyn Fn(&OutputFile) + Sync),
    fill: &dyn Fn(&OutputFile),
) -> Result<(), String> {
    let files = staged_files(staged);
    let made: Vec<Result<(String, String, usize), String>> = bundles
        .par_iter()
        .map(|b| {
            let bytes = zip(staged, base_url, b, &files, build_date)?;
            let size = bytes.len();
            sink(&OutputFile::bytes(b.zip.clone(), bytes));
            Ok((b.owner.clone(), b.zip.clone(), size))
        })
        .collect();
    for m in made {
        let (owner, zip, size) = m?;
        let path = staged.join(&owner);
        let Ok(html) = std::fs::read_to_string(&path) else {
            continue;
        };
        let filled = html.replace(&size_placeholder(&zip), &format!("({})", human_size(size)));
        fill(&OutputFile::bytes(owner, filled));
    }
    Ok(())
}

/// "640 KB", "1.4 MB".
pub fn human_size(bytes: usize) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

/// Every staged file, relative to the staging folder, with `/` separators.
fn staged_files(staged: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(staged)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            e.path().strip_prefix(staged).ok().map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
        })
        .filter(|p| !p.starts_with("downloads/") && !p.starts_with('.'))
        .collect();
    files.sort();
    files
}

fn zip(
    staged: &Path,
    base_url: &str,
    bundle: &Bundle,
    files: &[String],
    build_date: chrono::NaiveDate,
) -> Result<Vec<u8>, String> {
    use chrono::Datelike;
    let inside = |p: &str| {
        bundle
            .include
            .iter()
            .any(|i| p == i || (i.ends_with('/') && p.starts_with(i.as_str())))
    };
    let time = zip::DateTime::from_date_and_time(
        build_date.year().clamp(1980, 2107) as u16,
        build_date.month() as u8,
        build_date.day() as u8,
        0,
        0,
        0,
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // Level 1: HTML still shrinks several times over, for a fraction of the default's cost.
        .compression_level(Some(1))
        .last_modified_time(time);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let fail = |e: &dyn std::fmt::Display| format!("cannot make {}: {e}", bundle.zip);
    for file in files.iter().filter(|f| inside(f)) {
        let bytes = std::fs::read(staged.join(file)).map_err(|e| fail(&e))?;
        writer
            .start_file(file.as_str(), options)
            .map_err(|e| fail(&e))?;
        if file.ends_with(".html") {
            let html = String::from_utf8_lossy(&bytes);
            let fixed = fix_links(&html, file, &inside, base_url).replace("<!--ck-size:", "<!--");
            writer.write_all(fixed.as_bytes()).map_err(|e| fail(&e))?;
        } else {
            writer.write_all(&bytes).map_err(|e| fail(&e))?;
        }
    }
    Ok(writer.finish().map_err(|e| fail(&e))?.into_inner())
}

/// Rewrites relative `href` and `src` values that lead outside the bundle to the published
/// address of their target.
pub fn fix_links(html: &str, file: &str, inside: &dyn Fn(&str) -> bool, base_url: &str) -> String {
    const ATTRIBUTES: [&str; 2] = [" href=\"", " src=\""];
    let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
    let mut out = String::with_capacity(html.len());
    // The next place of each attribute, searched again only once passed: searching for both
    // from every link made a page of 12,000 contact links take minutes (issue #8).
    let find = |attribute: &str, from: usize| html[from..].find(attribute).map(|i| from + i);
    let mut next: Vec<Option<usize>> = ATTRIBUTES.iter().map(|a| find(a, 0)).collect();
    let mut done = 0;
    while let Some((k, start)) = next
        .iter()
        .enumerate()
        .filter_map(|(k, at)| at.map(|at| (k, at)))
        .min_by_key(|&(_, at)| at)
    {
        let value_start = start + ATTRIBUTES[k].len();
        out.push_str(&html[done..value_start]);
        let end = html[value_start..]
            .find('"')
            .map_or(html.len(), |i| value_start + i);
        out.push_str(&rewrite(&html[value_start..end], dir, inside, base_url));
        done = end;
        for (a, at) in ATTRIBUTES.iter().zip(next.iter_mut()) {
            if at.is_some_and(|at| at < done) {
                *at = find(a, done);
            }
        }
    }
    out.push_str(&html[done..]);
    out
}

fn rewrite(value: &str, dir: &str, inside: &dyn Fn(&str) -> bool, base_url: &str) -> String {
    let external =
        value.starts_with('#') || value.starts_with('/') || value.contains(':') || value.is_empty();
    if external {
        return value.to_string();
    }
    let (path, anchor) = value.split_once('#').map_or((value, ""), |(p, a)| (p, a));
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let target = parts.join("/");
    if inside(&target) {
        return value.to_string();
    }
    let published = target.strip_suffix("index.html").unwrap_or(&target);
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    format!("{base_url}{published}{anchor}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_leaving_the_bundle_become_published_addresses() {
        let inside = |p: &str| p.starts_with("en/") || p.starts_with("assets/");
        let html = "<a href=\"../../../fr/guide/index.html\">fr</a> <a href=\"../x/index.html#y\">x</a> <img src=\"../../assets/a.png\"> <a href=\"#top\">t</a> <a href=\"https://e.org/\">e</a>";
        assert_eq!(
            fix_links(
                html,
                "en/guide/page/index.html",
                &inside,
                "https://kit.org/k/"
            ),
            "<a href=\"https://kit.org/k/fr/guide/\">fr</a> <a href=\"../x/index.html#y\">x</a> <img src=\"../../assets/a.png\"> <a href=\"#top\">t</a> <a href=\"https://e.org/\">e</a>"
        );
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(human_size(2_000), "2 KB");
        assert_eq!(human_size(3 * 1024 * 1024 / 2), "1.5 MB");
    }
}
