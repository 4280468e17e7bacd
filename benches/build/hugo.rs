//! The same toolkit as a Hugo site with minimal templates, for a side-by-side comparison.
//! Hugo shows no page in a language it lacks, so every language gets a file for every page
//! (the translation, or a copy of the default language's page): Hugo then renders the same
//! 4 x pages as coordkit does with its fallbacks. Templates: a page with its title,
//! breadcrumb, body and links to its translations; a list adds its child pages.

use super::generate::LANGS;
use std::path::Path;
use std::process::Command;

/// `hugo version`, or `None` when Hugo is not installed.
pub fn version() -> Option<String> {
    let out = Command::new("hugo").arg("version").output().ok()?;
    out.status.success().then(|| {
        let text = String::from_utf8_lossy(&out.stdout);
        text.split_whitespace()
            .nth(1)
            .unwrap_or("?")
            .split('+')
            .next()
            .unwrap_or("?")
            .to_string()
    })
}

const PAGE_HEAD: &str = "<!DOCTYPE html><html lang=\"{{ .Language.Lang }}\" dir=\"{{ .Language.LanguageDirection | default \"ltr\" }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }} · {{ site.Title }}</title></head><body><nav><a href=\"{{ site.Home.RelPermalink }}\">{{ site.Title }}</a>{{ with .Parent }} › <a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</nav><main><h1>{{ .Title }}</h1>{{ .Content }}";
const PAGE_FOOT: &str = "</main><footer>{{ range .Translations }}<a href=\"{{ .RelPermalink }}\" hreflang=\"{{ .Language.Lang }}\">{{ .Language.LanguageName }}</a> {{ end }}</footer></body></html>\n";

/// Writes the Hugo site for the coordkit toolkit in `kit` into `site`.
pub fn site(kit: &Path, site: &Path) {
    let write = |rel: &str, text: &str| {
        let path = site.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    let mut config = String::from(
        "baseURL = \"https://bench.example.org/kit/\"\ntitle = \"Benchmark Toolkit\"\ndefaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true\ndisableKinds = [\"taxonomy\", \"term\"]\n",
    );
    for (weight, lang) in LANGS.iter().enumerate() {
        let direction = if *lang == "ar" { "rtl" } else { "ltr" };
        config.push_str(&format!(
            "[languages.{lang}]\ncontentDir = \"content/{lang}\"\nweight = {}\nlanguageName = \"{lang}\"\nlanguageDirection = \"{direction}\"\n",
            weight + 1
        ));
    }
    write("hugo.toml", &config);
    write(
        "layouts/_default/single.html",
        &format!("{PAGE_HEAD}{PAGE_FOOT}"),
    );
    write(
        "layouts/_default/list.html",
        &format!(
            "{PAGE_HEAD}<ul>{{{{ range .Pages }}}}<li><a href=\"{{{{ .RelPermalink }}}}\">{{{{ .Title }}}}</a></li>{{{{ end }}}}</ul>{PAGE_FOOT}"
        ),
    );
    let content = kit.join("content");
    for entry in walkdir::WalkDir::new(&content).into_iter().flatten() {
        let Some(rel) = entry
            .path()
            .strip_prefix(&content)
            .ok()
            .and_then(|r| r.to_str())
            .and_then(|r| r.strip_suffix(".md"))
        else {
            continue;
        };
        if rel
            .rsplit_once('.')
            .is_some_and(|(_, l)| LANGS.contains(&l))
        {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read a page");
        for lang in LANGS {
            let translated = content.join(format!("{rel}.{lang}.md"));
            let text = std::fs::read_to_string(translated).unwrap_or_else(|_| text.clone());
            write(&format!("content/{lang}/{rel}.md"), &text);
        }
    }
}

/// The command that builds `site` into `out`.
pub fn command(site: &Path, out: &Path) -> Command {
    let mut command = Command::new("hugo");
    command
        .arg("--source")
        .arg(site)
        .arg("--destination")
        .arg(out)
        .arg("--cacheDir")
        .arg(site.join(".cache"))
        .arg("--quiet");
    command
}
