//! Issue #5: offline bundles. The zip of a language (and of each section) unpacks into a
//! site whose every link works from disk: relative links lead to files in the zip, the rest
//! to the published site.

mod common;

use common::*;
use coordkit::model::Audience;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

fn unzip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        out.insert(f.name().unwrap().to_string(), bytes);
    }
    out
}

/// Every relative href/src of every page resolves to a file of the bundle; the others are
/// published addresses (or anchors, mail and phone links).
fn assert_links_work(files: &BTreeMap<String, Vec<u8>>) -> usize {
    let mut checked = 0;
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            !html.contains("<!--ck-size:"),
            "{path}: size placeholder left"
        );
        for attr in [" href=\"", " src=\""] {
            for value in html.split(attr).skip(1).map(|s| &s[..s.find('"').unwrap()]) {
                // Anchors, mail, phone and web addresses (the published site among them) need
                // no file in the bundle.
                let absolute = ["#", "mailto:", "tel:", "https://", "http://"]
                    .iter()
                    .any(|p| value.starts_with(p));
                if absolute {
                    continue;
                }
                let mut parts: Vec<&str> = path.split('/').collect();
                parts.pop();
                for seg in value.split('#').next().unwrap().split('/') {
                    match seg {
                        ".." => {
                            parts.pop();
                        }
                        "." | "" => {}
                        s => parts.push(s),
                    }
                }
                let target = parts.join("/");
                assert!(
                    files.contains_key(&target),
                    "{path}: {value} -> {target} is not in the bundle"
                );
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn issue_5_language_and_section_bundles_work_from_disk() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let (diagnostics, result) =
        coordkit::build_into(&fixture("basic"), &site, &settings(Audience::Public), None);
    assert!(
        result.is_ok(),
        "{}",
        coordkit::diagnostics::human(&diagnostics)
    );

    let fr = unzip(&site.join("downloads/fr.zip"));
    assert!(
        fr.contains_key("index.html")
            && fr.contains_key("assets/coordkit.css")
            && fr.contains_key("fr/guide/alpha/index.html")
    );
    assert!(
        !fr.keys()
            .any(|k| k.starts_with("en/") || k.starts_with("ar/") || k.starts_with("downloads/"))
    );
    assert!(assert_links_work(&fr) > 200);
    // Other languages are reached on the published site.
    let alpha = String::from_utf8_lossy(&fr["fr/guide/alpha/index.html"]).into_owned();
    assert!(
        alpha.contains("<a href=\"https://org.github.io/toolkit/en/guide/alpha/\" lang=\"en\""),
        "{alpha}"
    );

    let guide = unzip(&site.join("downloads/fr/guide.zip"));
    let held: Vec<&String> = guide
        .keys()
        .filter(|k| k.starts_with("fr/guide/") && k.ends_with(".html"))
        .collect();
    assert_eq!(
        held,
        [
            "fr/guide/alpha/index.html",
            "fr/guide/beta/index.html",
            "fr/guide/deep/gamma/index.html",
            "fr/guide/deep/index.html",
            "fr/guide/index.html"
        ]
    );
    assert!(
        guide.contains_key("fr/guide/notes.txt"),
        "the section's resources come along"
    );
    // Pages the section links to but does not hold say so, in the section's language, and
    // give their published address (issue #13).
    let absent = String::from_utf8_lossy(&guide["fr/clusters/index.html"]).into_owned();
    assert!(
        absent.contains("<h1>Absent de ce téléchargement</h1>")
            && absent.contains("<a href=\"../../fr/guide/index.html\">Guide</a>")
            && absent.contains(
                "<a href=\"https://org.github.io/toolkit/fr/clusters/\">https://org.github.io/toolkit/fr/clusters/</a>"
            ),
        "{absent}"
    );
    assert!(
        !guide.keys().any(|k| k.starts_with("en/")),
        "other languages stay published addresses"
    );
    assert_links_work(&guide);

    // The pages that offer a bundle say how large it is.
    let home = std::fs::read_to_string(site.join("fr/index.html")).unwrap();
    let size = std::fs::metadata(site.join("downloads/fr.zip"))
        .unwrap()
        .len()
        .div_ceil(1024);
    assert!(home.contains(&format!("<a href=\"../downloads/fr.zip\" download>Télécharger toute la boîte à outils</a> <small>({size} KB)</small>")), "{home}");
    let section = std::fs::read_to_string(site.join("en/guide/deep/index.html")).unwrap();
    assert!(section.contains("<a href=\"../../../downloads/en/guide-deep.zip\" download>Download this section</a> <small>("), "{section}");
}

/// Each entry of a zip: (CRC-32, compressed size).
fn entries(path: &Path) -> BTreeMap<String, (u32, u64)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let f = archive.by_index_raw(i).unwrap();
            (
                f.name().unwrap().to_string(),
                (f.crc32(), f.compressed_size()),
            )
        })
        .collect()
}

#[test]
fn issue_13_a_file_is_compressed_once_for_its_language_and_its_sections() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let (_, result) =
        coordkit::build_into(&fixture("basic"), &site, &settings(Audience::Public), None);
    assert!(result.is_ok());
    for lang in ["en", "fr", "ar"] {
        let whole = entries(&site.join(format!("downloads/{lang}.zip")));
        for section in ["guide", "guide-deep"] {
            let part = entries(&site.join(format!("downloads/{lang}/{section}.zip")));
            let prefix = format!("{lang}/{}/", section.replace('-', "/"));
            let held: Vec<_> = part.keys().filter(|k| k.starts_with(&prefix)).collect();
            assert!(held.len() >= 2, "{held:?}");
            for name in held
                .iter()
                .copied()
                .chain(["assets/coordkit.css".to_string()].iter())
            {
                assert_eq!(part[name], whole[name], "{lang}/{section}: {name}");
            }
        }
    }
}

#[test]
fn issue_5_bundles_can_be_turned_off() {
    let dir = copy_fixture("basic");
    let config = std::fs::read_to_string(dir.path().join("toolkit.yaml")).unwrap();
    write(
        dir.path(),
        "toolkit.yaml",
        &format!("{config}downloads: false\n"),
    );
    let out = tempfile::tempdir().unwrap();
    let (_, result) = coordkit::build_into(
        dir.path(),
        &out.path().join("site"),
        &settings(Audience::Public),
        None,
    );
    assert!(result.is_ok());
    assert!(!out.path().join("site/downloads").exists());
    assert!(
        !std::fs::read_to_string(out.path().join("site/en/index.html"))
            .unwrap()
            .contains("downloads/")
    );
}
