//! `coordkit new DIR`: writes a small, valid toolkit to start from (two languages, a page,
//! two clusters, an emergency with an activation, a checklist, a pack, a glossary).

use crate::model::Keyword;
use std::path::Path;

/// The starter files: where each goes, and its text (`{{TODAY}}` becomes today's date and
/// `{{WEEKDAY}}` its weekday, so the sample meeting starts on its own day).
const FILES: [(&str, &str); 14] = [
    ("toolkit.yaml", include_str!("new/toolkit.yaml")),
    ("content/_index.md", include_str!("new/home.md")),
    ("content/_index.fr.md", include_str!("new/home.fr.md")),
    (
        "content/guidance/_index.md",
        include_str!("new/guidance.md"),
    ),
    (
        "content/guidance/first-steps.md",
        include_str!("new/first-steps.md"),
    ),
    (
        "content/clusters/clusters.yaml",
        include_str!("new/clusters.yaml"),
    ),
    (
        "content/organisations/organisations.yaml",
        include_str!("new/organisations.yaml"),
    ),
    (
        "content/emergencies/_index.md",
        include_str!("new/emergencies.md"),
    ),
    (
        "content/emergencies/example/emergency.yaml",
        include_str!("new/emergency.yaml"),
    ),
    (
        "content/emergencies/example/contacts.yaml",
        include_str!("new/contacts.yaml"),
    ),
    (
        "content/checklists/onboarding.yaml",
        include_str!("new/checklist.yaml"),
    ),
    ("content/packs/briefing.yaml", include_str!("new/pack.yaml")),
    (
        "content/glossary/glossary.yaml",
        include_str!("new/glossary.yaml"),
    ),
    (".gitignore", "/public\n"),
];

/// Writes the starter toolkit into `dir`, which must be missing or empty.
pub fn create(dir: &Path, today: chrono::NaiveDate) -> Result<(), String> {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(format!(
            "{} already exists and is not empty; choose a new folder",
            dir.display()
        ));
    }
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        let weekday = chrono::Datelike::weekday(&today).keyword();
        let text = text
            .replace("{{TODAY}}", &today.to_string())
            .replace("{{WEEKDAY}}", weekday);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// What to type next, for the message after `new`.
pub fn next_steps(dir: &Path) -> String {
    format!(
        "Created a toolkit in {dir}. Next:\n  cd {dir}\n  coordkit check           # every problem, with its file and line\n  coordkit build           # writes the site into public/\n  coordkit build --audience partners --out partners-site\n",
        dir = dir.display()
    )
}
