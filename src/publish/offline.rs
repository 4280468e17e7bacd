//! Offline zips, made from the staged site after write: one per language, and one per section
//! and language. Every file is compressed once, in parallel: a page has the same bytes in its
//! language's zip and in its sections' zips, which copy its compressed entry out of the
//! language zip. Links that leave the language become published addresses; in a section zip,
//! a page that a held page links to but the zip does not hold is a short page saying so and
//! giving the published address (issue #13). So every relative link works from disk.

use crate::output::{AbsentPage, LanguageZip, OutputFile, SectionZip, Slot};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Cursor, Write as _};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The deflate level. On the benchmark toolkit (issue #13; `cargo bench`), zlib-rs compresses
/// its 215 MB of HTML at 358 MB/s to 1/5.4 at level 1, 185 MB/s to 1/6.6 at level 2 and
/// 128 MB/s to 1/7.1 at level 6. Level 1 keeps a build with zips within 1.5 times a build
/// without; the zips are a fifth larger than at level 2.
const LEVEL: i64 = 1;

/// Files compressed by one zip writer, which keeps its deflate state from file to file.
const CHUNK: usize = 64;

/// Files already compressed, stored as they are.
const STORED: [&str; 9] = [
    ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".woff", ".woff2",
];

type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Makes every zip into `sink`, then fills in their sizes on the pages that offer them.
pub fn make(
    staged: &Path,
    base_url: &str,
    zips: &[LanguageZip],
    build_date: chrono::NaiveDate,
    sink: &(dyn Fn(&OutputFile) + Sync),
    fill: &dyn Fn(&OutputFile),
) -> Result<(), String> {
    if zips.is_empty() {
        return Ok(());
    }
    let fail = |e: &dyn std::fmt::Display| format!("cannot make the offline zips: {e}");
    let files = staged_files(staged);
    let options = options(build_date);
    // Files held by more than one language zip (the shared assets) are compressed once for all,
    // unless they are pages, whose links depend on the language.
    let shared_names: Vec<&String> = files
        .iter()
        .filter(|f| !f.ends_with(".html") && zips.iter().filter(|z| z.holds(f)).count() > 1)
        .collect();
    let (chunks, _) = compress(staged, &shared_names, options, &|_, bytes| {
        (bytes, String::new())
    })?;
    let shared = join(&chunks, None, &[]).map_err(|e| fail(&e))?;
    let shared = ZipArchive::new(Cursor::new(shared.as_slice())).map_err(|e| fail(&e))?;
    let mut sizes = Vec::new();
    for language in zips {
        sizes.extend(language_zips(
            staged, base_url, language, &files, &shared, options, sink,
        )?);
    }
    for (owner, zip, size) in sizes {
        let path = staged.join(&owner);
        let Ok(html) = std::fs::read_to_string(&path) else {
            continue;
        };
        let filled = Slot::size_of(&zip).fill(&html, &format!("({})", human_size(size)));
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

fn options(build_date: chrono::NaiveDate) -> SimpleFileOptions {
    use chrono::Datelike;
    let time = zip::DateTime::from_date_and_time(
        build_date.year().clamp(1980, 2107) as u16,
        build_date.month() as u8,
        build_date.day() as u8,
        0,
        0,
        0,
    )
    .unwrap_or_default();
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(LEVEL))
        .last_modified_time(time)
}

/// The language zip, then its section zips (in parallel, each copying from it). Returns
/// (owner page, zip, size) of each.
fn language_zips(
    staged: &Path,
    base_url: &str,
    language: &LanguageZip,
    files: &[String],
    shared: &Zip,
    options: SimpleFileOptions,
    sink: &(dyn Fn(&OutputFile) + Sync),
) -> Result<Vec<(String, String, usize)>, String> {
    let fail = |e: &dyn std::fmt::Display| format!("cannot make {}: {e}", language.zip);
    let held: Vec<&String> = files.iter().filter(|f| language.holds(f)).collect();
    let (copied, own): (Vec<&String>, Vec<&String>) = held
        .iter()
        .partition(|f| shared.index_for_name(f).is_some());
    let sections: HashSet<&str> = language
        .sections
        .iter()
        .map(|s| s.folder.as_str())
        .collect();
    // Each page's links leaving the language become published addresses. Of the others, those
    // leaving the page's own section are noted (one a line), for the section zips.
    let inside = |p: &str| language.holds(p);
    let (chunks, notes) = compress(staged, &own, options, &|name, bytes| {
        if !name.ends_with(".html") {
            return (bytes, String::new());
        }
        let home = ancestors(name).find(|a| sections.contains(a));
        let mut noted = String::new();
        let fixed = fix_links(&bytes, name, &inside, base_url, &mut |target| {
            if let Some(home) = home
                && !target.starts_with(home)
            {
                noted.push_str(target);
                noted.push('\n');
            }
        });
        (fixed, noted)
    })?;
    let bytes = join(&chunks, Some(shared), &copied).map_err(|e| fail(&e))?;
    let mut made = vec![(language.owner.clone(), language.zip.clone(), bytes.len())];
    let whole = ZipArchive::new(Cursor::new(bytes.as_slice())).map_err(|e| fail(&e))?;
    let sections: Vec<Result<(String, String, usize), String>> = language
        .sections
        .par_iter()
        .map(|section| {
            let bytes = section_zip(section, files, &notes, &whole, base_url, options)
                .map_err(|e| format!("cannot make {}: {e}", section.zip))?;
            let size = bytes.len();
            sink(&OutputFile::bytes(section.zip.clone(), bytes));
            Ok((section.owner.clone(), section.zip.clone(), size))
        })
        .collect();
    sink(&OutputFile::bytes(language.zip.clone(), bytes));
    for s in sections {
        made.push(s?);
    }
    Ok(made)
}

/// The folders holding a path, deepest first, each ending with `/`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    path.char_indices()
        .filter(|&(_, c)| c == '/')
        .map(|(i, _)| &path[..=i])
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
}

/// An entry of a section zip.
enum Entry {
    /// Copied, compressed, from the language zip.
    Copied,
    /// A page standing for one the zip does not hold.
    Absent(String),
}

/// A section zip: the files it holds copied from the language zip `whole`; the pages they
/// link to that it does not hold replaced by absent pages, other files they use copied too.
fn section_zip(
    section: &SectionZip,
    files: &[String],
    notes: &Notes,
    whole: &Zip,
    base_url: &str,
    options: SimpleFileOptions,
) -> zip::result::ZipResult<Vec<u8>> {
    let mut entries: BTreeMap<&str, Entry> = files
        .iter()
        .filter(|f| section.holds(f))
        .map(|f| (f.as_str(), Entry::Copied))
        .collect();
    let targets: Vec<&str> = entries
        .keys()
        .filter_map(|f| notes.get(*f))
        .flat_map(|n| n.lines())
        .collect();
    for target in targets {
        if entries.contains_key(target) || whole.index_for_name(target).is_none() {
            continue;
        }
        let entry = if target.ends_with(".html") {
            Entry::Absent(absent_page(
                &section.absent,
                target,
                &section.owner,
                base_url,
            ))
        } else {
            Entry::Copied
        };
        entries.insert(target, entry);
    }
    let mut from = whole.clone();
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, entry) in entries {
        match entry {
            Entry::Copied => writer.raw_copy_file(from.by_name(name)?)?,
            Entry::Absent(html) => {
                // Small and many: the best level costs nothing here.
                writer.start_file(name, options.compression_level(Some(9)))?;
                writer.write_all(html.as_bytes())?;
            }
        }
    }
    Ok(writer.finish()?.into_inner())
}

/// One zip of `copied` (raw, out of `from`), then every entry of `chunks`, in order.
fn join(
    chunks: &[Vec<u8>],
    from: Option<&Zip>,
    copied: &[&String],
) -> zip::result::ZipResult<Vec<u8>> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    if let Some(from) = from {
        let mut from = from.clone();
        for name in copied {
            writer.raw_copy_file(from.by_name(name)?)?;
        }
    }
    for chunk in chunks {
        writer.merge_archive(ZipArchive::new(Cursor::new(chunk.as_slice()))?)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// What is done to a file before it is compressed: the bytes to store, and a note on it.
type Transform<'a> = dyn Fn(&str, Vec<u8>) -> (Vec<u8>, String) + Sync + 'a;

/// File -> the note its transform made (the targets of the links it keeps, one a line).
type Notes = HashMap<String, String>;

/// Reads `names` and compresses each after `transform`, in parallel, as zips of `CHUNK`
/// files each (in the order of `names`). Returns the zips and the notes `transform` made.
fn compress(
    staged: &Path,
    names: &[&String],
    options: SimpleFileOptions,
    transform: &Transform<'_>,
) -> Result<(Vec<Vec<u8>>, Notes), String> {
    let chunks: Vec<Result<(Vec<u8>, Notes), String>> = names
        .par_chunks(CHUNK)
        .map(|chunk| {
            let fail = |name: &str, e: &dyn std::fmt::Display| format!("{name}: {e}");
            let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
            let mut notes = Notes::new();
            for name in chunk {
                let bytes =
                    std::fs::read(staged.join(name.as_str())).map_err(|e| fail(name, &e))?;
                let (bytes, note) = transform(name, bytes);
                let options = if STORED.iter().any(|s| name.ends_with(s)) {
                    options
                        .compression_method(CompressionMethod::Stored)
                        .compression_level(None)
                } else {
                    options
                };
                writer
                    .start_file(name.as_str(), options)
                    .map_err(|e| fail(name, &e))?;
                writer.write_all(&bytes).map_err(|e| fail(name, &e))?;
                if !note.is_empty() {
                    notes.insert(name.to_string(), note);
                }
            }
            let bytes = writer.finish().map_err(|e| fail("", &e))?.into_inner();
            Ok((bytes, notes))
        })
        .collect();
    let mut zips = Vec::with_capacity(chunks.len());
    let mut notes = HashMap::new();
    for chunk in chunks {
        let (bytes, n) = chunk.map_err(|e| format!("cannot make the offline zips: {e}"))?;
        zips.push(bytes);
        notes.extend(n);
    }
    Ok((zips, notes))
}

/// Every staged file, relative to the staging folder, with `/` separators, sorted.
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

/// The page standing for `path` in a section zip: what it is, a link to the section's page
/// (`owner`) and the published address of the page.
fn absent_page(words: &AbsentPage, path: &str, owner: &str, base_url: &str) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let online = format!(
        "{base_url}{}",
        path.strip_suffix("index.html").unwrap_or(path)
    );
    let up = "../".repeat(path.matches('/').count());
    // Short: a section zip may hold a hundred of these.
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"{up}assets/coordkit.css\"></head>\n<body><main class=\"page\"><h1>{title}</h1><p>{text} <a href=\"{up}{owner}\">{section}</a></p><p>{read} <a href=\"{href}\">{href}</a></p></main></body></html>\n",
        lang = esc(&words.lang),
        dir = words.dir,
        title = esc(&words.title),
        text = esc(&words.text),
        owner = esc(owner),
        section = esc(&words.section),
        read = esc(&words.online),
        href = esc(&online),
    )
}

/// Rewrites relative `href` and `src` values that lead outside the zip (`inside` says what
/// it holds) to the published address of their target, and turns slot markers into plain
/// comments. `kept` hears the target of every relative link left as it is. One pass over
/// the bytes, allocating nothing per link (issue #13: this was the zips' largest cost).
pub fn fix_links(
    html: &[u8],
    file: &str,
    inside: &dyn Fn(&str) -> bool,
    base_url: &str,
    kept: &mut dyn FnMut(&str),
) -> Vec<u8> {
    let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
    let mut out = Vec::with_capacity(html.len() + html.len() / 16);
    let mut target = String::new();
    let mut done = 0;
    for at in memchr::memmem::find_iter(html, b"=\"") {
        // An `="` inside a value already handled is skipped (a value holds no quote).
        if at < done {
            continue;
        }
        let before = &html[..at];
        if !(before.ends_with(b" href") || before.ends_with(b" src")) {
            continue;
        }
        let start = at + 2;
        out.extend_from_slice(&html[done..start]);
        let end = memchr::memchr(b'"', &html[start..]).map_or(html.len(), |i| start + i);
        let raw = &html[start..end];
        done = end;
        // Anchors, absolute paths and other schemes (`https:`, `mailto:`) stay as they are.
        let external = raw.first().is_none_or(|&b| b == b'#' || b == b'/')
            || memchr::memchr(b':', raw).is_some();
        let Some(value) = std::str::from_utf8(raw).ok().filter(|_| !external) else {
            out.extend_from_slice(raw);
            continue;
        };
        let (path, anchor) = match memchr::memchr(b'#', raw) {
            Some(i) => (&value[..i], &value[i + 1..]),
            None => (value, ""),
        };
        resolve(dir, path, &mut target);
        if inside(&target) {
            out.extend_from_slice(raw);
            kept(&target);
        } else {
            out.extend_from_slice(base_url.as_bytes());
            let published = target.strip_suffix("index.html").unwrap_or(&target);
            out.extend_from_slice(published.as_bytes());
            if !anchor.is_empty() {
                out.push(b'#');
                out.extend_from_slice(anchor.as_bytes());
            }
        }
    }
    out.extend_from_slice(&html[done..]);
    // A page inside the zip cannot show the zip's size: its slots become plain comments.
    if memchr::memmem::find(&out, Slot::START.as_bytes()).is_some() {
        let text = String::from_utf8_lossy(&out).replace(Slot::START, "<!--");
        return text.into_bytes();
    }
    out
}

/// The path in the output that `path`, relative to the folder `dir`, leads to, into `into`.
fn resolve(dir: &str, path: &str, into: &mut String) {
    into.clear();
    into.push_str(dir);
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                let cut = into
                    .as_bytes()
                    .iter()
                    .rposition(|&b| b == b'/')
                    .unwrap_or(0);
                into.truncate(cut);
            }
            s => {
                if !into.is_empty() {
                    into.push('/');
                }
                into.push_str(s);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_leaving_the_zip_become_published_addresses() {
        let inside = |p: &str| p.starts_with("en/") || p.starts_with("assets/");
        let html = "<a href=\"../../../fr/guide/index.html\">fr</a> <a href=\"../x/index.html#y\">x</a> <img src=\"../../assets/a.png\"> <a href=\"#top\">t</a> <a href=\"https://e.org/\">e</a> <a href=\"../../../fr/x/index.html#\">x</a> <small><!--ck-size:downloads/en.zip--></small>";
        let mut kept = Vec::new();
        let fixed = fix_links(
            html.as_bytes(),
            "en/guide/page/index.html",
            &inside,
            "https://kit.org/k/",
            &mut |t| kept.push(t.to_string()),
        );
        assert_eq!(
            String::from_utf8(fixed).unwrap(),
            "<a href=\"https://kit.org/k/fr/guide/\">fr</a> <a href=\"../x/index.html#y\">x</a> <img src=\"../../assets/a.png\"> <a href=\"#top\">t</a> <a href=\"https://e.org/\">e</a> <a href=\"https://kit.org/k/fr/x/\">x</a> <small><!--size:downloads/en.zip--></small>"
        );
        assert_eq!(kept, ["en/guide/x/index.html", "en/assets/a.png"]);
    }

    #[test]
    fn paths_resolve_like_a_browser_resolves_them() {
        let mut into = String::new();
        resolve("en/a/b", "../../c/./d.html", &mut into);
        assert_eq!(into, "en/c/d.html");
        resolve("en", "../../../x", &mut into);
        assert_eq!(into, "x");
        resolve("", "index.html", &mut into);
        assert_eq!(into, "index.html");
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(human_size(2_000), "2 KB");
        assert_eq!(human_size(3 * 1024 * 1024 / 2), "1.5 MB");
    }
}
