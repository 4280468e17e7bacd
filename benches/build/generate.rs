//! The benchmark toolkit: `pages` Markdown pages of about 600 words in sections of 50, a
//! quarter of them translated into French, Arabic and Spanish (so most pages in those
//! languages are fallbacks), 40 organisations, 15 clusters, a glossary, a checklist, a pack,
//! and `emergencies` emergencies of 8 activations and 16 contacts each.

use std::fmt::Write as _;
use std::path::Path;

pub const LANGS: [&str; 4] = ["en", "fr", "ar", "es"];

/// Writes the toolkit; returns the number of Markdown files.
pub fn generate(root: &Path, pages: usize, emergencies: usize, downloads: bool) -> usize {
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    let config = "title: {en: Benchmark Toolkit, fr: Boîte de test, ar: عدة الاختبار, es: Caja de prueba}\nbase_url: https://bench.example.org/kit/\nlanguages: [en, fr, ar, es]\nreview_after_days: 365\nedit_url: https://git.example.org/kit/edit/main/\n";
    write("toolkit.yaml", &format!("{config}downloads: {downloads}\n"));
    write(
        "content/_index.md",
        "---\ntitle: Home\n---\nWelcome to the benchmark toolkit.\n",
    );
    let mut files = 1;
    let sections = (pages / 50).max(1);
    for s in 0..sections {
        write(
            &format!("content/s{s}/_index.md"),
            &format!(
                "---\ntitle: Section {s}\nweight: {s}\nsummary: Section {s} of the benchmark\n---\nAn introduction to section {s}.\n"
            ),
        );
        files += 1;
    }
    for p in 0..pages {
        let s = p % sections;
        let next = (p + 1) % pages;
        let body = page_body(p, next % sections, next);
        write(
            &format!("content/s{s}/page-{p}.md"),
            &format!(
                "---\ntitle: Page {p} on coordination\nweight: {p}\nsummary: What page {p} says\nreviewed: 2026-06-01\n---\n{body}"
            ),
        );
        files += 1;
        if p % 4 == 0 {
            for lang in &LANGS[1..] {
                write(
                    &format!("content/s{s}/page-{p}.{lang}.md"),
                    &format!("---\ntitle: Page {p} ({lang})\n---\n{body}"),
                );
                files += 1;
            }
        }
    }
    write("content/organisations/organisations.yaml", &(0..40).map(|o| format!("- id: org-{o}\n  acronym: O{o}\n  name: {{en: Organisation {o}, fr: Organisation {o}}}\n  type: ingo\n")).collect::<String>());
    write("content/clusters/clusters.yaml", &(0..15).map(|c| format!("- id: cluster-{c}\n  code: C{c}\n  name: {{en: Cluster {c}, fr: Cluster {c}, ar: المجموعة {c}}}\n  global_leads: [org-{}]\n", c % 40)).collect::<String>());
    write(
        "content/checklists/onboarding.yaml",
        "title: {en: Onboarding, fr: Accueil}\nsections:\n  - title: {en: First week}\n    items:\n      - {en: Read the guidance, fr: Lire les orientations}\n      - text: {en: Read page 1}\n        see: s1/page-1.md\n      - Meet the coordinator\n",
    );
    write(
        "content/packs/briefing.yaml",
        "title: {en: Briefing pack, fr: Dossier de briefing}\nsections:\n  - page: s0/page-0.md\n  - page: s1/page-1.md\n  - directory\n  - checklist: onboarding\n  - glossary\n",
    );
    write("content/glossary/glossary.yaml", &(0..60).map(|g| format!("- id: term-{g}\n  term: T{g}\n  expansion: {{en: Term {g}, fr: Terme {g}}}\n  definition: {{en: \"What term {g} means.\"}}\n")).collect::<String>());
    for e in 0..emergencies {
        let mut y = format!(
            "name: {{en: Emergency {e}}}\ncountries: [MOZ]\nstatus: active\nstarted: 2026-01-01\nhubs:\n  - id: hub-a\n    name: Hub A\nactivations:\n"
        );
        for c in 0..8 {
            let _ = write!(
                y,
                "  - cluster: cluster-{c}\n    leads: [org-{c}]\n    partners: [org-{}, org-{}]\n    activated: 2026-01-02\n    hubs: [hub-a]\n    reviewed: 2026-10-01\n    meetings:\n      - title: {{en: Meeting}}\n        every: week\n        day: tuesday\n        time: \"10:00\"\n        timezone: Africa/Maputo\n        starts: 2026-01-06\n",
                (c + 10) % 40,
                (c + 20) % 40
            );
        }
        write(&format!("content/emergencies/e{e}/emergency.yaml"), &y);
        let contacts: String = (0..16).map(|k| format!("- id: c{k}\n  name: Person {k}\n  role: coordinator\n  cluster: cluster-{}\n  organisation: org-{}\n  email: p{k}@example.org\n  visibility: {}\n", k % 8, k % 40, if k % 2 == 0 { "public" } else { "partners" })).collect();
        write(
            &format!("content/emergencies/e{e}/contacts.yaml"),
            &contacts,
        );
    }
    files
}

/// About 600 words of Markdown with headings, lists, a table, a footnote and links.
fn page_body(p: usize, next_section: usize, next: usize) -> String {
    let para = "Coordination means agreeing who does what, where and when, so that people in need are reached without gaps or duplication. Partners share information early, meet regularly and hold each other to common standards. ";
    let mut b = String::new();
    for h in 0..4 {
        let _ = write!(
            b,
            "## Part {h} of page {p} {{#part-{h}}}\n\n{para}{para}\n\n- First point about coordination\n- Second point, with **emphasis**\n- Third point, see [the next page](../s{next_section}/page-{next}.md#part-1)\n\n{para}[^n{h}]\n\n[^n{h}]: A footnote for part {h}.\n\n"
        );
    }
    b.push_str("| Role | Who | When |\n|---|---|---|\n| Lead | Agency | Weekly |\n| Partner | NGO | Monthly |\n\n");
    let _ = writeln!(
        b,
        "Back to [the section](_index.md) or [](../s{next_section}/page-{next}.md)."
    );
    b
}
