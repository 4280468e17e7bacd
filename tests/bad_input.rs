//! Issue #15: one bad input per kind of problem coordkit reports, each from a copy of the
//! basic fixture with one change, checked for the exact output of `coordkit check`: every
//! message at its `path:line:column`, with its hint, and the count. `tests/errors.rs` holds
//! the first such cases (issue #2); `tests/diagnostic_coverage.rs` fails when a message of
//! the code is expected by no test.

mod common;

use common::*;
use coordkit::model::Audience;
use rayon::prelude::*;
use std::fs;
use std::path::Path;

struct Case {
    name: &'static str,
    change: fn(&Path),
    expected: &'static str,
}

fn replace(dir: &Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

const EMERGENCY: &str = "content/emergencies/flood/emergency.yaml";
const CONTACTS: &str = "content/emergencies/flood/contacts.yaml";
const CHECKLIST: &str = "content/checklists/onboarding.yaml";
const PACK: &str = "content/packs/starter.yaml";
const ORGANISATIONS: &str = "content/organisations/organisations.yaml";
const ALPHA: &str = "content/guide/alpha.md";

const CASES: &[Case] = &[
    // Files in the wrong place.
    Case {
        name: "markdown in a subfolder of clusters",
        change: |d| write(d, "content/clusters/aors/gbv.md", "---\ntitle: GBV\n---\n"),
        expected: concat!(
            "content/clusters/aors/gbv.md:1:1: error: Markdown in content/clusters/ must be `<cluster id>.md`, directly in that folder\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "markdown among organisations",
        change: |d| write(d, "content/organisations/readme.md", "Notes.\n"),
        expected: concat!(
            "content/organisations/readme.md:1:1: error: content/organisations/ holds YAML data; Markdown is not allowed there\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "yaml outside the data folders",
        change: |d| write(d, "content/guide/data.yaml", "a: 1\n"),
        expected: concat!(
            "content/guide/data.yaml:1:1: warning: this file is ignored: YAML files outside the data folders (clusters, organisations, emergencies, checklists, packs, glossary) are not read\n",
            "0 errors, 1 warning\n",
        ),
    },
    Case {
        name: "markdown directly in emergencies",
        change: |d| {
            write(
                d,
                "content/emergencies/notes.md",
                "---\ntitle: Notes\n---\n",
            )
        },
        expected: concat!(
            "content/emergencies/notes.md:1:1: error: Markdown directly in content/emergencies/ must be `_index.md`; an emergency's pages go in its folder\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "markdown in a subfolder of an emergency",
        change: |d| {
            write(
                d,
                "content/emergencies/flood/annex/map.md",
                "---\ntitle: Map\n---\n",
            )
        },
        expected: concat!(
            "content/emergencies/flood/annex/map.md:1:1: error: an emergency's Markdown pages go directly in its folder, content/emergencies/<id>/\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "other yaml in an emergency folder",
        change: |d| write(d, "content/emergencies/flood/extra.yaml", "a: 1\n"),
        expected: concat!(
            "content/emergencies/flood/extra.yaml:1:1: warning: this file is ignored: an emergency folder holds emergency.yaml and contacts.yaml; other YAML files are not read\n",
            "0 errors, 1 warning\n",
        ),
    },
    Case {
        name: "a page in an emergency folder without emergency.yaml",
        change: |d| {
            write(
                d,
                "content/emergencies/ghost/brief.md",
                "---\ntitle: Brief\n---\n",
            )
        },
        expected: concat!(
            "content/emergencies/ghost/brief.md:1:1: error: this page is in content/emergencies/ghost/, which has no emergency.yaml\n",
            "  hint: create content/emergencies/ghost/emergency.yaml or move the page out of content/emergencies/\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "contacts without emergency.yaml",
        change: |d| {
            write(
                d,
                "content/emergencies/ghost/contacts.yaml",
                "- id: a\n  name: A\n  role: coordinator\n  cluster: health\n  organisation: who\n  email: a@example.org\n",
            )
        },
        expected: concat!(
            "content/emergencies/ghost/emergency.yaml:1:1: error: content/emergencies/ghost/ has contacts.yaml but no emergency.yaml\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "a symbolic link to nothing",
        change: |d| {
            std::os::unix::fs::symlink("nowhere.md", d.join("content/guide/gone.md")).unwrap()
        },
        expected: concat!(
            "content/guide/gone.md:1:1: error: Markdown pages and YAML data cannot be symbolic links\n",
            "  hint: replace the link with the file itself\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "toolkit.yaml is a folder",
        change: |d| {
            fs::remove_file(d.join("toolkit.yaml")).unwrap();
            fs::create_dir(d.join("toolkit.yaml")).unwrap();
        },
        expected: concat!(
            "toolkit.yaml:1:1: error: this is not a regular file; coordkit reads only files and folders\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "a translation file not named by its language",
        change: |d| write(d, "translations/French.ftl", "glossary-title = Lexique\n"),
        expected: concat!(
            "translations/French.ftl:1:1: warning: this file is ignored: translations are named `<language code>.ftl`\n",
            "0 errors, 1 warning\n",
        ),
    },
    Case {
        name: "a file copied into the site over the size limit",
        change: |d| {
            // Sparse: 100 MB and one byte long, without taking the disk space.
            let big = fs::File::create(d.join("content/guide/huge.pdf")).unwrap();
            big.set_len(100 * 1024 * 1024 + 1).unwrap();
        },
        expected: concat!(
            "content/guide/huge.pdf:1:1: error: this file is larger than 100 MB, the limit for files copied into the site\n",
            "  hint: split it into several files\n",
            "1 error, 0 warnings\n",
        ),
    },
    // Pages.
    Case {
        name: "a page without front matter",
        change: |d| write(d, "content/guide/plain.md", "Just text.\n"),
        expected: concat!(
            "content/guide/plain.md:1:1: error: this page has no front matter\n",
            "  hint: start the file with `---`, a line `title: ...`, and `---`\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "a page without a title",
        change: |d| {
            write(
                d,
                "content/guide/untitled.md",
                "---\nweight: 3\n---\nText.\n",
            )
        },
        expected: concat!(
            "content/guide/untitled.md:1:1: error: this page has no `title` in its front matter\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "two files for one page",
        change: |d| write(d, "content/about/_index.md", "---\ntitle: About us\n---\n"),
        expected: concat!(
            "content/about.md:1:1: error: content/about/_index.md and content/about.md would both be written to <lang>/about/index.html\n",
            "  hint: keep one of them\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "a translation into the default language",
        change: |d| write(d, "content/about.en.md", "---\ntitle: About\n---\n"),
        expected: concat!(
            "content/about.en.md:1:1: error: `en` is the default language, so this is not a translation\n",
            "  hint: the default-language text belongs in content/about.md\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "a translation into a language the toolkit does not list",
        change: |d| write(d, "content/about.de.md", "---\ntitle: Über uns\n---\n"),
        expected: concat!(
            "content/about.de.md:1:1: warning: this file is ignored: `de` is not one of the languages in toolkit.yaml\n",
            "0 errors, 1 warning\n",
        ),
    },
    Case {
        name: "a file name that cannot be an address",
        change: |d| write(d, "content/guide/Read Me.md", "---\ntitle: Read me\n---\n"),
        expected: concat!(
            "content/guide/Read Me.md:1:1: error: `Read Me` in this file's path cannot be part of an address\n",
            "  hint: page files and folders are named like ids: ids use lowercase letters a-z, digits and `-`, start with a letter or digit, and are at most 64 characters\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "source_revision that is neither a commit nor a date",
        change: |d| {
            replace(
                d,
                "content/guide/alpha.fr.md",
                "title: Alpha en français\n",
                "title: Alpha en français\nsource_revision: someday\n",
            )
        },
        expected: concat!(
            "content/guide/alpha.fr.md:3:18: error: `someday` is neither a git commit nor a date (YYYY-MM-DD)\n",
            "  hint: `source_revision` records which version of the source page this translation follows\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "a reviewed date in the future",
        change: |d| replace(d, ALPHA, "reviewed: 2026-01-01", "reviewed: 2027-01-01"),
        expected: concat!(
            "content/guide/alpha.md:5:11: warning: `reviewed` date 2027-01-01 is in the future\n",
            "0 errors, 1 warning\n",
        ),
    },
    Case {
        name: "resources: a bad address, a missing file, neither, both",
        change: |d| {
            replace(
                d,
                ALPHA,
                "    url: https://example.org/\n",
                "    url: example.org/guide\n  - title: Form\n    file: form.pdf\n  - title: Nothing\n  - title: Both\n    url: https://example.org/\n    file: notes.txt\n",
            )
        },
        expected: concat!(
            "content/guide/alpha.md:10:10: error: `example.org/guide` is not a web address starting with https:// or http://\n",
            "content/guide/alpha.md:12:11: error: there is no file content/guide/form.pdf\n",
            "  hint: `file:` is a path relative to the page's folder\n",
            "content/guide/alpha.md:13:5: error: a resource needs exactly one of `url:` or `file:`\n",
            "content/guide/alpha.md:14:5: error: a resource needs exactly one of `url:` or `file:`\n",
            "4 errors, 0 warnings\n",
        ),
    },
    // Links.
    Case {
        name: "links: empty, to a missing heading here, javascript:, a missing file, a page without headings",
        change: |d| {
            replace(
                d,
                "content/guide/beta.md",
                "Back to [alpha](alpha.md#equality).",
                "Back to [alpha](alpha.md#equality).\n\n[empty]() [here](#nowhere) [run](javascript:alert(1)) ![map](map.png) [about](../about.md#team)",
            )
        },
        expected: concat!(
            "content/guide/beta.md:9:1: error: this link has no address\n",
            "content/guide/beta.md:9:11: error: there is no heading with the id `nowhere` on this page\n",
            "  hint: its heading ids are `details`\n",
            "content/guide/beta.md:9:28: error: this kind of link is not allowed: it could run code in the reader's browser\n",
            "content/guide/beta.md:9:55: error: broken link: there is no file content/guide/map.png\n",
            "content/guide/beta.md:9:71: error: broken link: content/about.md has no heading with the id `team`\n",
            "  hint: that page has no headings; an explicit id such as `## Equality {#team}` stays the same in every translation\n",
            "5 errors, 0 warnings\n",
        ),
    },
    // YAML.
    Case {
        name: "yaml syntax: an unclosed flow sequence",
        change: |d| {
            replace(
                d,
                "content/clusters/health.yaml",
                "global_leads: [who]",
                "global_leads: [who",
            )
        },
        expected: concat!(
            "content/clusters/health.yaml:5:8: error: illegal placement of ':' indicator\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "yaml syntax: a tab in the indentation",
        change: |d| {
            replace(
                d,
                CHECKLIST,
                "    items:\n      - Send your 3W",
                "    items:\n\t- Send your 3W",
            )
        },
        expected: concat!(
            "content/checklists/onboarding.yaml:10:2: error: tabs disallowed within this context (block indentation)\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "yaml: a missing key",
        change: |d| {
            replace(
                d,
                "content/clusters/health.yaml",
                "name: {en: Health, fr: Santé, ar: الصحة}\n",
                "",
            )
        },
        expected: concat!(
            "content/clusters/health.yaml:4:1: error: missing key `name`\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "yaml: wrong types",
        change: |d| {
            replace(d, "content/about.md", "weight: 2", "weight: heavy");
            replace(
                d,
                "content/clusters/gbv.yaml",
                "global_leads: [unfpa]",
                "global_leads: unfpa",
            );
            replace(
                d,
                "content/guide/deep/gamma.md",
                "title: Gamma",
                "title: [Gamma]",
            );
            replace(
                d,
                CHECKLIST,
                "title: {en: First steps, fr: Premiers pas}",
                "title: [First steps]",
            );
            replace(
                d,
                "content/guide/_index.md",
                "weight: 1\n",
                "weight: 1\ndraft: maybe\n",
            );
            replace(
                d,
                "content/clusters/protection.yaml",
                "name: {en: Protection, fr: Protection}",
                "name:",
            );
        },
        expected: concat!(
            "content/about.md:3:9: error: this needs a whole number, such as 10\n",
            "content/checklists/onboarding.yaml:1:1: error: this is a list, but it needs text, or a map from language code to text such as {en: Health, fr: Santé}\n",
            "content/clusters/gbv.yaml:4:15: error: this needs a list, such as [a, b], or lines that start with `- `\n",
            "content/clusters/protection.yaml:2:1: error: there is no value here; it needs text, or a map from language code to text such as {en: Health, fr: Santé}\n",
            "content/guide/_index.md:4:8: error: invalid boolean (true or false expected)\n",
            "content/guide/deep/gamma.md:2:8: error: this needs text, not a list or a map\n",
            "6 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "yaml: the only key allowed (a broken toolkit.yaml says nothing of translations)",
        change: |d| {
            let config = fs::read_to_string(d.join("toolkit.yaml")).unwrap();
            write(
                d,
                "toolkit.yaml",
                &format!("{config}markdown: {{html: true}}\n"),
            );
        },
        expected: concat!(
            "toolkit.yaml:5:12: error: unknown key `html`; the only key allowed here is raw_html\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "yaml: an unquoted comma in a flow map",
        change: |d| {
            replace(
                d,
                "content/clusters/protection.yaml",
                "name: {en: Protection, fr: Protection}",
                "name: {en: Protection, Gender and Inclusion, fr: Protection}",
            )
        },
        expected: concat!(
            "content/clusters/protection.yaml:2:24: error: there is no value here; it needs text\n",
            "  hint: in `{...}`, a comma ends the text: quote text that holds one, such as {en: \"Water, Sanitation and Hygiene\"}\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "text without the default language, and a key that is not a language",
        change: |d| {
            replace(
                d,
                "content/clusters/gbv.yaml",
                "name: {en: Gender-Based Violence}",
                "name: {fr: Violence basée sur le genre, French: x}",
            )
        },
        expected: concat!(
            "content/clusters/gbv.yaml:2:7: error: this text has no `en` version, the default language\n",
            "content/clusters/gbv.yaml:2:41: error: `French` is not a language code\n",
            "  hint: use codes such as en, fr, ar, pt-BR\n",
            "2 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "checklist items: an unknown key, see without text",
        change: |d| {
            replace(
                d,
                CHECKLIST,
                "      - Send your 3W\n",
                "      - Send your 3W\n      - {text: Call, when: today}\n",
            );
            write(
                d,
                "content/checklists/second.yaml",
                "title: Second\nsections:\n  - title: S\n    items:\n      - {see: guide/alpha.md}\n",
            );
        },
        expected: concat!(
            "content/checklists/onboarding.yaml:11:9: error: unknown key `when`; an item with `text` may also have see, see_resource, clusters and emergencies\n",
            "content/checklists/second.yaml:5:9: error: an item with `see` needs `text`\n",
            "2 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "checklist see: not a page, absolute, outside content",
        change: |d| {
            replace(
                d,
                CHECKLIST,
                "      - Send your 3W\n",
                "      - Send your 3W\n      - {text: A, see: guide/notes.txt}\n      - {text: B, see: /guide/alpha.md}\n      - {text: C, see: ../outside.md}\n",
            )
        },
        expected: concat!(
            "content/checklists/onboarding.yaml:11:24: error: `guide/notes.txt` is not a Markdown page; give the path of a `.md` file under content/\n",
            "content/checklists/onboarding.yaml:12:24: error: `/guide/alpha.md` must be a relative path, such as ../guidance/partnership.md\n",
            "content/checklists/onboarding.yaml:13:24: error: `../outside.md` leads outside the content/ folder\n",
            "3 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "pack sections: unknown, empty, unknown key, two keys",
        change: |d| {
            // The first problem in a file stops its reading: one file per problem.
            for (name, section) in [
                ("a", "contacts"),
                ("b", "{}"),
                ("c", "{chapter: guide/alpha.md}"),
                ("d", "{page: guide/alpha.md, checklist: onboarding}"),
            ] {
                write(
                    d,
                    &format!("content/packs/{name}.yaml"),
                    &format!("title: Pack {name}\nsections:\n  - directory\n  - {section}\n"),
                );
            }
        },
        expected: concat!(
            "content/packs/a.yaml:4:5: error: unknown pack section `contacts`; use `page: <path>`, `checklist: <id>`, `directory`, `resources`, `meetings`, `groups` or `glossary`\n",
            "content/packs/b.yaml:4:5: error: an empty pack section; use `page: <path>`, `checklist: <id>`, `directory`, `resources`, `meetings`, `groups` or `glossary`\n",
            "content/packs/c.yaml:4:5: error: unknown key `chapter`; a pack section is `page: <path>`, `checklist: <id>`, `directory`, `resources`, `meetings`, `groups` or `glossary`, with optional `clusters` and `emergencies`\n",
            "content/packs/d.yaml:4:5: error: a pack section holds one thing; start each section with `- `\n",
            "4 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "a pack named like a checklist",
        change: |d| {
            fs::rename(d.join(PACK), d.join("content/packs/onboarding.yaml")).unwrap();
        },
        expected: concat!(
            "content/packs/onboarding.yaml:1:1: error: the pack `onboarding` and the checklist `onboarding` would both be written to <lang>/emergencies/<e>/<cluster>/onboarding/index.html\n",
            "  hint: rename one of them; the checklist is at content/checklists/onboarding.yaml:1:1\n",
            "1 error, 0 warnings\n",
        ),
    },
    // toolkit.yaml.
    Case {
        name: "languages: not a code, twice",
        change: |d| {
            replace(
                d,
                "toolkit.yaml",
                "languages: [en, fr, ar]",
                "languages: [en, fr, ar, fr, French]",
            )
        },
        expected: concat!(
            "toolkit.yaml:3:25: error: the language `fr` is listed twice\n",
            "toolkit.yaml:3:29: error: `French` is not a language code\n",
            "  hint: use codes such as en, fr, ar, pt-BR\n",
            "2 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "languages: empty",
        change: |d| {
            replace(
                d,
                "toolkit.yaml",
                "languages: [en, fr, ar]",
                "languages: []",
            )
        },
        expected: concat!(
            "content/_index.ar.md:1:1: warning: this file is ignored: `ar` is not one of the languages in toolkit.yaml\n",
            "content/_index.fr.md:1:1: warning: this file is ignored: `fr` is not one of the languages in toolkit.yaml\n",
            "content/guide/alpha.fr.md:1:1: warning: this file is ignored: `fr` is not one of the languages in toolkit.yaml\n",
            "toolkit.yaml:3:12: error: `languages` is empty; list at least one, such as [en]\n",
            "1 error, 3 warnings\n",
        ),
    },
    Case {
        name: "edit_url is not a web address",
        change: |d| {
            replace(
                d,
                "toolkit.yaml",
                "edit_url: https://github.com/org/toolkit/edit/main/",
                "edit_url: github.com/org/toolkit",
            )
        },
        expected: concat!(
            "toolkit.yaml:4:11: error: `github.com/org/toolkit` is not a web address starting with https:// or http://\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "interface messages: a Fluent syntax error",
        change: |d| {
            write(
                d,
                "translations/fr.ftl",
                "glossary-title = Lexique\nhome Accueil\n",
            )
        },
        expected: concat!(
            "translations/fr.ftl:2:1: error: this Fluent message cannot be read: expected a token starting with \"=\"\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "interface messages: a language with no built-in messages",
        change: |d| {
            replace(
                d,
                "toolkit.yaml",
                "languages: [en, fr, ar]",
                "languages: [en, fr, ar, sw]",
            )
        },
        expected: concat!(
            "toolkit.yaml:1:1: warning: 264 interface messages are not translated into `sw`; they are shown in `en`\n",
            "  hint: add to translations/sw.ftl: about-cluster, activations, active-in, active-since, areas-of-responsibility, arrangement, arrangement-cluster, arrangement-sector, as-co-convener, as-co-lead, as-convener, as-convener-of, ...\n",
            "0 errors, 1 warning\n",
        ),
    },
    Case {
        name: "interface messages: one missing",
        change: |d| {
            replace(
                d,
                "toolkit.yaml",
                "languages: [en, fr, ar]",
                "languages: [en, fr, ar, sw]",
            );
            // Every English message but the first, as the toolkit's Swahili.
            let en = fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("translations/en.ftl"),
            )
            .unwrap();
            let first = en
                .lines()
                .find(|l| {
                    l.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && l.contains(" = ")
                })
                .unwrap()
                .to_string();
            write(
                d,
                "translations/sw.ftl",
                &en.replacen(&format!("{first}\n"), "", 1),
            );
        },
        expected: concat!(
            "translations/sw.ftl:1:1: warning: 1 interface message is not translated into `sw`; it is shown in `en`\n",
            "  hint: add to translations/sw.ftl: skip-to-content\n",
            "0 errors, 1 warning\n",
        ),
    },
    // Organisations, clusters, glossary.
    Case {
        name: "an organisation without an id in a list, of an unknown type",
        change: |d| {
            replace(
                d,
                ORGANISATIONS,
                "- id: unfpa\n",
                "- acronym: X\n  name: X\n  type: un\n- id: unfpa\n",
            );
            replace(d, ORGANISATIONS, "  type: nngo", "  type: charity");
        },
        expected: concat!(
            "content/organisations/organisations.yaml:10:3: error: this entry has no `id`; each entry of a list needs one\n",
            "content/organisations/organisations.yaml:19:9: error: `charity` is not an organisation type; use un, ingo, nngo, red-cross-red-crescent, government, donor, academic, private-sector or other\n",
            "2 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "a file name that cannot be an id",
        change: |d| write(d, "content/clusters/Water.yaml", "code: WSH\nname: Water\n"),
        expected: concat!(
            "content/clusters/Water.yaml:1:1: error: the file name is used as the id, but `Water` is not a valid id (perhaps `water`)\n",
            "  hint: rename the file or add an `id:` line; ids use lowercase letters a-z, digits and `-`, start with a letter or digit, and are at most 64 characters\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "clusters: a bad code, its own parent, an area under an area",
        change: |d| {
            replace(d, "content/clusters/health.yaml", "code: HEA", "code: hea");
            replace(
                d,
                "content/clusters/protection.yaml",
                "code: PRO\n",
                "code: PRO\nparent: protection\n",
            );
            write(
                d,
                "content/clusters/gbv-sub.yaml",
                "code: GBV-S\nname: Sub\nparent: gbv\n",
            );
        },
        expected: concat!(
            "content/clusters/gbv-sub.yaml:3:9: error: `gbv` is itself an area of responsibility; areas of responsibility sit directly under a cluster\n",
            "content/clusters/health.yaml:1:7: error: `hea` is not a sector code\n",
            "  hint: a code is a few capital letters or digits, such as WSH or HEA\n",
            "content/clusters/protection.yaml:2:9: error: a cluster cannot be its own parent\n",
            "3 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "a description of no cluster",
        change: |d| write(d, "content/clusters/helth.md", "Health in detail.\n"),
        expected: concat!(
            "content/clusters/helth.md:1:1: error: there is no cluster `helth` for this description\n",
            "  hint: did you mean `health.md`?\n",
            "1 error, 0 warnings\n",
        ),
    },
    // Emergencies.
    Case {
        name: "an emergency page named like a cluster",
        change: |d| {
            write(
                d,
                "content/emergencies/flood/health.md",
                "---\ntitle: Health\n---\n",
            )
        },
        expected: concat!(
            "content/emergencies/flood/health.md:1:1: error: an emergency page cannot be named `health`: that address belongs to the health cluster's activation\n",
            "  hint: rename the file\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "an emergency folder that cannot be an id",
        change: |d| {
            let text = fs::read_to_string(d.join(EMERGENCY)).unwrap();
            write(d, "content/emergencies/Big Flood/emergency.yaml", &text);
        },
        expected: concat!(
            "content/emergencies/Big Flood/emergency.yaml:1:1: error: the folder name is used as the emergency's id, but `Big Flood` is not a valid id (perhaps `big-flood`)\n",
            "  hint: ids use lowercase letters a-z, digits and `-`, start with a letter or digit, and are at most 64 characters\n",
            "1 error, 0 warnings\n",
        ),
    },
    Case {
        name: "emergency: no countries, a GLIDE number of another country, an unknown status",
        change: |d| {
            replace(d, EMERGENCY, "countries: [MOZ]", "countries: []");
            replace(d, EMERGENCY, "status: active", "status: over");
        },
        expected: concat!(
            "content/emergencies/flood/emergency.yaml:2:12: error: `countries` is empty; list at least one ISO 3166-1 alpha-3 code\n",
            "content/emergencies/flood/emergency.yaml:4:9: error: `over` is not an emergency status; use active, transition or closed\n",
            "2 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "emergency: a GLIDE number of another country",
        change: |d| {
            replace(
                d,
                EMERGENCY,
                "glide: FL-2026-000001-MOZ",
                "glide: FL-2026-000001-MWI",
            )
        },
        expected: concat!(
            "content/emergencies/flood/emergency.yaml:3:8: warning: the GLIDE number's country `MWI` is not one of `countries`\n",
            "0 errors, 1 warning\n",
        ),
    },
    Case {
        name: "formats: a date, a time, a day, a hazard code",
        change: |d| {
            replace(d, EMERGENCY, "started: 2026-02-01", "started: 01/02/2026");
            replace(d, EMERGENCY, "time: \"10:00\"", "time: 10am");
            replace(d, EMERGENCY, "day: tuesday", "day: tue");
            replace(
                d,
                EMERGENCY,
                "glide: FL-2026-000001-MOZ",
                "glide: XX-2026-000001-MOZ",
            );
        },
        expected: concat!(
            "content/emergencies/flood/emergency.yaml:3:8: error: `XX` in `XX-2026-000001-MOZ` is not a GLIDE hazard code (such as EQ, FL, TC, DR, EP)\n",
            "content/emergencies/flood/emergency.yaml:5:10: error: `01/02/2026` is not a date; write dates as YYYY-MM-DD, such as 2026-03-14\n",
            "content/emergencies/flood/emergency.yaml:22:14: error: `tue` is not a day; use monday, tuesday, wednesday, thursday, friday, saturday or sunday\n",
            "content/emergencies/flood/emergency.yaml:23:15: error: `10am` is not a time; write times as HH:MM on a 24-hour clock, such as \"14:00\"\n",
            "4 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "activations: twice, merged while active, an unknown arrangement, merged with itself",
        change: |d| {
            replace(
                d,
                EMERGENCY,
                "    arrangement: sector\n",
                "    arrangement: joint\n    merged_with: [health, protection]\n",
            );
            replace(
                d,
                EMERGENCY,
                "  - cluster: protection\n",
                "  - cluster: protection\n    leads: [unhcr]\n    activated: 2026-02-05\n  - cluster: protection\n",
            );
        },
        expected: concat!(
            "content/emergencies/flood/emergency.yaml:13:18: error: `joint` is not an arrangement; use cluster or sector\n",
            "content/emergencies/flood/emergency.yaml:14:19: error: a cluster cannot be merged with itself\n",
            "content/emergencies/flood/emergency.yaml:14:27: error: `protection` has its own activation here, so it cannot also be merged into another\n",
            "content/emergencies/flood/emergency.yaml:31:14: error: `protection` is activated twice in this emergency\n",
            "4 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "activation warnings: before the emergency, no leads",
        change: |d| {
            replace(
                d,
                EMERGENCY,
                "activated: 2026-02-03",
                "activated: 2026-01-20",
            );
            replace(d, EMERGENCY, "    leads: [unhcr]\n", "");
        },
        expected: concat!(
            "content/emergencies/flood/emergency.yaml:15:16: warning: `activated` (2026-01-20) is before the emergency `started` (2026-02-01)\n",
            "content/emergencies/flood/emergency.yaml:27:14: warning: this activation has no `leads`\n",
            "0 errors, 2 warnings\n",
        ),
    },
    Case {
        name: "meetings: an unknown recurrence, a start that is not on its day",
        change: |d| {
            replace(d, EMERGENCY, "every: week", "every: daily");
            replace(d, EMERGENCY, "starts: 2026-02-03", "starts: 2026-02-04");
        },
        expected: concat!(
            "content/emergencies/flood/emergency.yaml:21:16: error: `daily` is not a recurrence; use once, week, 2-weeks or month\n",
            "content/emergencies/flood/emergency.yaml:25:17: warning: `starts` (2026-02-04) is not a tuesday\n",
            "1 error, 1 warning\n",
        ),
    },
    Case {
        name: "contacts: an unknown role, no email nor phone, a bad language",
        change: |d| {
            replace(d, CONTACTS, "  role: coordinator", "  role: boss");
            replace(
                d,
                CONTACTS,
                "  email: health@example.org\n",
                "  languages: [French]\n",
            );
        },
        expected: concat!(
            "content/emergencies/flood/contacts.yaml:1:7: error: this contact has neither `email` nor `phone`\n",
            "content/emergencies/flood/contacts.yaml:3:9: error: `boss` is not a contact role; use coordinator, co-coordinator, information-management, hub-coordinator, focal-point or other\n",
            "content/emergencies/flood/contacts.yaml:6:15: error: `French` is not a language code\n",
            "3 errors, 0 warnings\n",
        ),
    },
    Case {
        name: "contacts: a private contact with the id of a published one",
        change: |d| {
            replace(d, CONTACTS, "- id: hidden-partner", "- id: health-lead");
            replace(d, CONTACTS, "visibility: partners", "visibility: private");
        },
        expected: concat!(
            "content/emergencies/flood/contacts.yaml:8:7: error: the contact id `health-lead` is used twice\n",
            "  hint: it is first defined at content/emergencies/flood/contacts.yaml:1:7\n",
            "1 error, 0 warnings\n",
        ),
    },
];

fn check(case: &Case) -> String {
    let dir = copy_fixture("basic");
    // The fixture's own stale-review warning is not what these cases are about.
    replace(dir.path(), "toolkit.yaml", "review_after_days: 100\n", "");
    (case.change)(dir.path());
    let settings = settings(Audience::Partners);
    let report = coordkit::build_with(dir.path(), &settings, &|_| {});
    coordkit::diagnostics::human(&report.diagnostics)
}

#[test]
fn issue_15_each_kind_of_bad_input_has_its_exact_messages() {
    let failures: Vec<String> = CASES
        .par_iter()
        .filter_map(|case| {
            let found = check(case);
            (found != case.expected).then(|| {
                format!(
                    "--- {}\nexpected: {:?}\n   found: {:?}\n",
                    case.name, case.expected, found
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn issue_15_a_bad_base_url_on_the_command_line_says_where_it_came_from() {
    let mut settings = settings(Audience::Public);
    settings.base_url = Some("toolkit.example.org".into());
    let report = coordkit::build_with(&fixture("basic"), &settings, &|_| {});
    assert_eq!(
        coordkit::diagnostics::human(&report.diagnostics),
        concat!(
            "content/guide/alpha.md:5:11: warning: last reviewed 329 days ago, more than review_after_days (100)\n",
            "  hint: check the content is still right, then update `reviewed`\n",
            "toolkit.yaml:2:11: error: `toolkit.example.org` is not a web address starting with https:// or http://\n",
            "  hint: the address comes from --base-url\n",
            "1 error, 1 warning\n"
        )
    );
}
