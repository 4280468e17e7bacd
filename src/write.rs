//! Write: the only module that touches the output folder. The site is written into a
//! temporary folder beside it, then swapped in, so a failed build never leaves half a site
//! and an earlier output stays exactly as it was.

use crate::error::Error;
use crate::render::{Content, OutputFile};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Marks a folder as coordkit's output, so coordkit never replaces a folder it did not write.
pub const MARKER: &str = ".coordkit-output";

/// Folders this process created and has not finished: what a signal must clean up.
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Set when the process is being stopped: no file is written after it.
static STOPPING: AtomicBool = AtomicBool::new(false);

fn io(what: &str, path: &Path, e: &std::io::Error) -> Error {
    Error::Output(format!(
        "cannot {what} {}: {}",
        path.display(),
        crate::load::source::io_reason(e)
    ))
}

/// The output folder cannot be used at all: a command-line problem (exit 2).
fn unusable(what: &str, path: &Path, e: &std::io::Error) -> Error {
    Error::Refused(format!(
        "cannot {what} {}: {}",
        path.display(),
        crate::load::source::io_reason(e)
    ))
}

/// Removes every folder a build of this process left unfinished (staging folders, and the
/// parents of `--out` it created). Called when the process is stopped (SIGINT, SIGTERM).
pub fn abandon() {
    STOPPING.store(true, Ordering::SeqCst);
    let folders = UNFINISHED.lock().map(|f| f.clone()).unwrap_or_default();
    // Files being written when the signal came may land after a first pass.
    for _ in 0..3 {
        for f in &folders {
            let _ = fs::remove_dir_all(f).or_else(|_| fs::remove_dir(f));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn unfinished(path: &Path, add: bool) {
    if let Ok(mut f) = UNFINISHED.lock() {
        if add {
            f.push(path.to_path_buf());
        } else {
            f.retain(|p| p != path);
        }
    }
}

/// Whether `out` may be replaced: missing, empty, or written by coordkit before.
pub fn check_out(out: &Path, toolkit: &Path) -> Result<(), Error> {
    if let (Ok(o), Ok(t)) = (absolute(out), absolute(toolkit)) {
        if t.starts_with(&o) {
            return Err(Error::Refused(format!(
                "refusing to write the site to {}: it holds the toolkit itself",
                out.display()
            )));
        }
        if o.starts_with(t.join("content"))
            || o.starts_with(t.join("themes"))
            || o.starts_with(t.join("translations"))
        {
            return Err(Error::Refused(format!(
                "refusing to write the site to {}: it is inside the toolkit's sources",
                out.display()
            )));
        }
    }
    if out.is_file() {
        return Err(Error::Refused(format!(
            "refusing to write the site to {}: it is a file",
            out.display()
        )));
    }
    if out.is_dir()
        && !out.join(MARKER).exists()
        && fs::read_dir(out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(Error::Refused(format!(
            "refusing to replace {}: it is not empty and was not written by coordkit; remove it or choose another --out",
            out.display()
        )));
    }
    let foreign = foreign_files(out);
    if !foreign.is_empty() {
        let more = match foreign.len() {
            1..=3 => String::new(),
            n => format!(" and {} more", n - 3),
        };
        return Err(Error::Refused(format!(
            "refusing to replace {}: it holds files coordkit did not write ({}{more}); move them away, or into the theme's static folder to publish them",
            out.display(),
            foreign[..foreign.len().min(3)].join(", ")
        )));
    }
    Ok(())
}

/// The first line of the marker; the paths this build wrote follow it, one a line.
const MARKER_TEXT: &str = "This folder is written by coordkit and replaced on every build.";

/// Files in an earlier output that its marker does not list: someone put them there, and a
/// build must not delete them. (A marker without a list, from an older coordkit, lists all.)
fn foreign_files(out: &Path) -> Vec<String> {
    let Ok(marker) = fs::read_to_string(out.join(MARKER)) else {
        return Vec::new();
    };
    let listed: HashSet<&str> = marker.lines().skip(1).collect();
    if listed.is_empty() {
        return Vec::new();
    }
    let mut foreign: Vec<String> = walkdir::WalkDir::new(out)
        .into_iter()
        .flatten()
        .filter(|e| !e.file_type().is_dir())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(out).ok()?;
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            (rel != MARKER && !listed.contains(rel.as_str())).then_some(rel)
        })
        .collect();
    foreign.sort();
    foreign
}

fn absolute(p: &Path) -> std::io::Result<PathBuf> {
    let abs = std::path::absolute(p)?;
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

/// An output path must stay inside the output folder: no `..`, no absolute parts.
fn safe(path: &str) -> bool {
    !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        && !path.contains('\\')
}

/// A fresh folder beside the output that files are written into while the site renders;
/// `commit` puts it in place of the output, and dropping it without committing removes it.
pub struct Staging {
    out: PathBuf,
    tmp: PathBuf,
    old: PathBuf,
    /// Parents of the output this build created, removed again if it does not commit.
    created: Vec<PathBuf>,
    /// Every path written, so that no file is written twice (issue #8: a copied file could
    /// silently replace a generated one).
    written: Mutex<HashSet<String>>,
    /// The first write that failed; later files are not attempted.
    failed: Mutex<Option<Error>>,
    committed: bool,
}

/// Where the output really is: a symbolic link is resolved, so the swap replaces the folder it
/// leads to and leaves the link in place (issue #8: the swap emptied the link's target).
fn resolve(out: &Path) -> Result<PathBuf, Error> {
    if !fs::symlink_metadata(out).is_ok_and(|m| m.file_type().is_symlink()) {
        return Ok(out.to_path_buf());
    }
    if let Ok(real) = fs::canonicalize(out) {
        return Ok(real);
    }
    // A link to a folder not made yet: the folder it names, if its parent exists.
    let parent = out.parent().unwrap_or(Path::new("."));
    fs::read_link(out)
        .map(|to| parent.join(to))
        .ok()
        .filter(|to| to.parent().is_some_and(Path::is_dir) && fs::symlink_metadata(to).is_err())
        .ok_or_else(|| {
            Error::Refused(format!(
                "refusing to write the site to {}: it is a symbolic link that leads nowhere",
                out.display()
            ))
        })
}

impl Staging {
    pub fn new(out: &Path, toolkit: &Path) -> Result<Staging, Error> {
        let out = resolve(out)?;
        check_out(&out, toolkit)?;
        let name = out
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut created: Vec<PathBuf> = parent
            .ancestors()
            .take_while(|p| !p.as_os_str().is_empty() && !p.exists())
            .map(Path::to_path_buf)
            .collect();
        created.reverse();
        for p in &created {
            unfinished(p, true);
        }
        let pid = std::process::id();
        let tmp = parent.join(format!(".{name}.coordkit-new-{pid}"));
        let old = parent.join(format!(".{name}.coordkit-old-{pid}"));
        let staging = Staging {
            out: out.clone(),
            tmp,
            old,
            created,
            written: Mutex::new(HashSet::new()),
            failed: Mutex::new(None),
            committed: false,
        };
        fs::create_dir_all(&parent).map_err(|e| unusable("create", &parent, &e))?;
        let _ = fs::remove_dir_all(&staging.tmp);
        unfinished(&staging.tmp, true);
        fs::create_dir(&staging.tmp).map_err(|e| unusable("write into", &parent, &e))?;
        fs::write(staging.tmp.join(MARKER), format!("{MARKER_TEXT}\n"))
            .map_err(|e| unusable("write into", &parent, &e))?;
        staging.written_now(MARKER);
        Ok(staging)
    }

    fn written_now(&self, path: &str) -> bool {
        self.written
            .lock()
            .is_ok_and(|mut w| w.insert(path.to_string()))
    }

    /// The folder being filled, for steps that read back what was written (PDF printing).
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// The output folder this staging will replace.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Writes one file (from any thread). A failure is kept and reported by `commit`. A
    /// second write to the same path is refused: every address has one source.
    pub fn put(&self, file: &OutputFile) {
        self.write(file, false);
    }

    /// Writes again a file this build already wrote, to fill in what was known only after
    /// writing (the size of an offline bundle on the page that offers it).
    pub fn fill(&self, file: &OutputFile) {
        self.write(file, true);
    }

    fn write(&self, file: &OutputFile, again: bool) {
        if STOPPING.load(Ordering::SeqCst)
            || self.failed.lock().map(|f| f.is_some()).unwrap_or(true)
        {
            return;
        }
        if let Err(e) = self.put_inner(file, again)
            && let Ok(mut slot) = self.failed.lock()
        {
            slot.get_or_insert(e);
        }
    }

    fn put_inner(&self, file: &OutputFile, again: bool) -> Result<(), Error> {
        if !safe(&file.path) {
            return Err(Error::Output(format!(
                "refusing to write outside the output folder: {}",
                file.path
            )));
        }
        if self.written_now(&file.path) == again {
            return Err(Error::Output(if again {
                format!("{} was filled in before it was written", file.path)
            } else {
                format!("two files were written to {}", file.path)
            }));
        }
        let target = self.tmp.join(&file.path);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| io("create", dir, &e))?;
        }
        match &file.content {
            Content::Bytes(b) => fs::write(&target, b).map_err(|e| io("write", &target, &e)),
            Content::Copy(from) => fs::copy(from, &target)
                .map(|_| ())
                .map_err(|e| io("copy", from, &e)),
        }
    }

    /// Puts the staged folder in place of the output; the earlier output is removed.
    pub fn commit(mut self) -> Result<(), Error> {
        if let Some(e) = self.failed.lock().ok().and_then(|mut f| f.take()) {
            return Err(e);
        }
        if STOPPING.load(Ordering::SeqCst) {
            return Err(Error::Output("stopped".into()));
        }
        let mut list: Vec<String> = self
            .written
            .lock()
            .map(|w| w.iter().filter(|p| *p != MARKER).cloned().collect())
            .unwrap_or_default();
        list.sort();
        list.insert(0, MARKER_TEXT.to_string());
        let marker = self.tmp.join(MARKER);
        fs::write(&marker, list.join("\n") + "\n").map_err(|e| io("write", &marker, &e))?;
        swap(&self.out, &self.tmp, &self.old)?;
        self.committed = true;
        unfinished(&self.tmp, false);
        for p in &self.created {
            unfinished(p, false);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.tmp);
            unfinished(&self.tmp, false);
            // Parents this build created, deepest first, and only while empty.
            for p in self.created.iter().rev() {
                let _ = fs::remove_dir(p);
                unfinished(p, false);
            }
        }
    }
}

/// Writes files already in memory (used by tests and by callers that hold the site).
pub fn write(out: &Path, toolkit: &Path, files: &[OutputFile]) -> Result<(), Error> {
    let staging = Staging::new(out, toolkit)?;
    files.par_iter().for_each(|f| staging.put(f));
    staging.commit()
}

fn swap(out: &Path, tmp: &Path, old: &Path) -> Result<(), Error> {
    let had_old = out.exists();
    if had_old {
        let _ = fs::remove_dir_all(old);
        fs::rename(out, old).map_err(|e| io("move aside", out, &e))?;
    }
    if let Err(e) = fs::rename(tmp, out) {
        if had_old {
            let _ = fs::rename(old, out);
        }
        return Err(io("move into place", out, &e));
    }
    if had_old {
        remove_in_parallel(old);
    }
    Ok(())
}

/// Removes a folder, its top-level entries in parallel (an output has one per language,
/// and removing ten thousand page folders one by one was most of a rebuild's time).
fn remove_in_parallel(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.par_iter().for_each(|p| {
            // Never through a link: only what is in the old output itself is removed.
            let is_dir = fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
            let _ = if is_dir {
                fs::remove_dir_all(p)
            } else {
                fs::remove_file(p)
            };
        });
    }
    let _ = fs::remove_dir_all(dir);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_cannot_escape() {
        assert!(safe("en/index.html"));
        assert!(!safe("../x"));
        assert!(!safe("/etc/passwd"));
        assert!(!safe("en/../../x"));
    }

    #[test]
    fn foreign_folders_are_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("mine.txt"), "keep").unwrap();
        let toolkit = dir.path().join("toolkit");
        let err = write(&out, &toolkit, &[OutputFile::bytes("a.html", "x")]).unwrap_err();
        assert!(matches!(err, Error::Refused(_)));
        assert_eq!(fs::read_to_string(out.join("mine.txt")).unwrap(), "keep");
    }

    #[test]
    fn a_second_write_replaces_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let toolkit = dir.path().join("toolkit");
        write(
            &out,
            &toolkit,
            &[
                OutputFile::bytes("en/a.html", "1"),
                OutputFile::bytes("b.html", "1"),
            ],
        )
        .unwrap();
        write(&out, &toolkit, &[OutputFile::bytes("en/a.html", "2")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("en/a.html")).unwrap(), "2");
        assert!(!out.join("b.html").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }
}
