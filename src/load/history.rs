//! When each toolkit file last changed in git, read once with `git log`, so translators can
//! see which translations are older than their source. Not a git repository, or no git: none.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// Path relative to the toolkit -> seconds since 1970 of the last commit that touched it.
#[derive(Debug, Default, Clone)]
pub struct History {
    pub last_change: HashMap<String, i64>,
    /// Translation path -> whether its source changed after the commit in its
    /// `source_revision` (asked of git only for translations that name a commit).
    pub changed_after_revision: HashMap<String, bool>,
}

impl History {
    /// Reads the history of `content/`; `None` when the toolkit is not in a git repository.
    pub fn read(root: &Path) -> Option<History> {
        let out = Command::new("git")
            .arg("-C")
            .arg(root)
            .args([
                "log",
                "--relative",
                "--name-only",
                "--no-renames",
                "--format=%x00%ct",
                "--",
                "content",
            ])
            .output()
            .ok()
            .filter(|o| o.status.success())?;
        Some(parse(&String::from_utf8_lossy(&out.stdout)))
    }

    /// The commit (hash or prefix) `rev` is an ancestor of HEAD and `path` changed after it.
    pub fn changed_since(root: &Path, rev: &str, path: &str) -> Option<bool> {
        let out = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["log", "--format=%H", &format!("{rev}..HEAD"), "--", path])
            .output()
            .ok()?;
        out.status.success().then_some(!out.stdout.is_empty())
    }
}

/// `git log` prints newest first: the first time a path is seen is its last change.
fn parse(log: &str) -> History {
    let mut last_change = HashMap::new();
    for commit in log.split('\0').filter(|c| !c.trim().is_empty()) {
        let mut lines = commit.lines();
        let Some(time) = lines.next().and_then(|t| t.trim().parse::<i64>().ok()) else {
            continue;
        };
        for path in lines.map(str::trim).filter(|p| !p.is_empty()) {
            last_change.entry(path.to_string()).or_insert(time);
        }
    }
    History {
        last_change,
        changed_after_revision: HashMap::new(),
    }
}

/// A git commit id as people write it: 7 to 40 hexadecimal digits.
pub fn is_commit(s: &str) -> bool {
    (7..=40).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    #[test]
    fn newest_commit_wins() {
        let h = super::parse("\x00300\n\ncontent/a.md\n\x00200\n\ncontent/a.md\ncontent/a.fr.md\n");
        assert_eq!(h.last_change["content/a.md"], 300);
        assert_eq!(h.last_change["content/a.fr.md"], 200);
    }
}
