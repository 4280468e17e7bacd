//! Briefing packs to PDF: one headless Chromium for the whole build (the engine readers
//! print with), several tabs printing at once, and a cache of content hashes so that packs
//! whose page did not change are copied from the previous output instead of printed again.

use crate::render::{Content, OutputFile, Printable as Job};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The names Chromium and Chrome go by on PATH.
const BROWSERS: [&str; 5] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// The cache of what each PDF was printed from, kept in the output folder.
pub const CACHE: &str = ".coordkit-pdf-cache.json";

/// Finds a browser: `$CHROME`, else the first of the usual names on PATH.
pub fn find_browser() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROME").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "CHROME is set to {}, which does not exist",
                path.display()
            ))
        };
    }
    let dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    for name in BROWSERS {
        for dir in &dirs {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(
        "--pdf needs Chromium or Google Chrome to print the briefing packs, and none was found \
         (looked for chromium, chromium-browser, google-chrome on PATH, and the CHROME variable); \
         install it (on Debian or Ubuntu: apt-get install chromium) or set CHROME=/path/to/chrome"
            .to_string(),
    )
}

/// What printing did.
#[derive(Debug, Default)]
pub struct Printed {
    pub printed: usize,
    pub reused: usize,
}

/// 64-bit FNV-1a of a file set: the page and the stylesheet decide how a PDF looks. (Also
/// what keeps long zip names unique.)
pub(crate) fn fingerprint(parts: &[&[u8]]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// Prints `jobs` from the site staged in `staged`, reusing PDFs of `previous` (the output
/// being replaced) whose source did not change. Each PDF goes to `sink`.
pub fn print(
    browser: &Path,
    base_url: &str,
    staged: &Path,
    previous: &Path,
    jobs: &[Job],
    sink: &(dyn Fn(&OutputFile) + Sync),
) -> Result<Printed, String> {
    let css = std::fs::read(staged.join("assets/coordkit.css")).unwrap_or_default();
    let old: BTreeMap<String, String> = std::fs::read_to_string(previous.join(CACHE))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let mut cache = BTreeMap::new();
    let mut to_print = Vec::new();
    let mut result = Printed::default();
    for job in jobs {
        let html = std::fs::read(staged.join(&job.html))
            .map_err(|e| format!("cannot read {}: {e}", job.html))?;
        let hash = fingerprint(&[&html, &css]);
        let previous_pdf = previous.join(&job.pdf);
        if old.get(&job.pdf) == Some(&hash) && previous_pdf.is_file() {
            sink(&OutputFile {
                path: job.pdf.clone(),
                content: Content::Copy(previous_pdf),
            });
            result.reused += 1;
        } else {
            to_print.push(job.clone());
        }
        cache.insert(job.pdf.clone(), hash);
    }
    if !to_print.is_empty() {
        result.printed = print_with_chromium(browser, base_url, staged, &to_print, sink)?;
    }
    let cache_text = serde_json::to_string_pretty(&cache).unwrap_or_default();
    sink(&OutputFile::bytes(CACHE, cache_text));
    Ok(result)
}

fn print_with_chromium(
    browser: &Path,
    base_url: &str,
    staged: &Path,
    jobs: &[Job],
    sink: &(dyn Fn(&OutputFile) + Sync),
) -> Result<usize, String> {
    use headless_chrome::{Browser, LaunchOptions, types::PrintToPdfOptions};
    let args: Vec<&std::ffi::OsStr> = [
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--font-render-hinting=none",
        // Frames stay in the page's process, so the page's request guard sees their requests
        // too (an out-of-process frame's requests would wait, unanswered, on its own target).
        "--disable-site-isolation-trials",
        "--disable-features=IsolateOrigins,site-per-process",
    ]
    .iter()
    .map(std::ffi::OsStr::new)
    .collect();
    let options = LaunchOptions {
        path: Some(browser.to_path_buf()),
        headless: true,
        sandbox: false,
        args,
        idle_browser_timeout: Duration::from_secs(300),
        ..LaunchOptions::default()
    };
    let chromium =
        Browser::new(options).map_err(|e| format!("cannot start {}: {e}", browser.display()))?;
    // Canonical, so that the address the browser reports matches (`..` in `--out` resolved).
    let staged = std::fs::canonicalize(staged).map_err(|e| e.to_string())?;
    let next = AtomicUsize::new(0);
    let failure: Mutex<Option<String>> = Mutex::new(None);
    let workers = jobs.len().clamp(1, 4);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let tab = match chromium.new_tab() {
                    Ok(t) => t,
                    Err(e) => return record(&failure, format!("cannot open a browser tab: {e}")),
                };
                tab.set_default_timeout(Duration::from_secs(120));
                if let Err(e) = guard(&tab, &staged) {
                    return record(&failure, format!("cannot guard a browser tab: {e}"));
                }
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    if failure.lock().map(|f| f.is_some()).unwrap_or(true) {
                        break;
                    }
                    let url = file_url(&staged.join(&job.html));
                    // Links in a PDF must work away from the site: relative ones are made
                    // absolute against the page's published address before printing.
                    let live = format!("{base_url}{}", job.html.trim_end_matches("index.html"));
                    let absolutize = format!(
                        "document.querySelectorAll('a[href]').forEach(function (a) {{ var h = a.getAttribute('href'); if (h.charAt(0) !== '#') {{ a.href = new URL(h, {}).href; }} }})",
                        serde_json::to_string(&live).unwrap_or_default()
                    );
                    let pdf = tab.navigate_to(&url).and_then(|t| wait_until_loaded(t, &url)).and_then(|t| t.evaluate(&absolutize, false).map(|_| t)).and_then(|t| {
                        t.print_to_pdf(Some(PrintToPdfOptions {
                            print_background: Some(true),
                            prefer_css_page_size: Some(true),
                            // The toolkit's paper, in inches; the stylesheet's margins and
                            // running header apply.
                            paper_width: Some(match job.paper {
                                crate::model::Paper::A4 => 8.27,
                                crate::model::Paper::Letter => 8.5,
                            }),
                            paper_height: Some(match job.paper {
                                crate::model::Paper::A4 => 11.69,
                                crate::model::Paper::Letter => 11.0,
                            }),
                            margin_top: Some(0.0),
                            margin_bottom: Some(0.0),
                            margin_left: Some(0.0),
                            margin_right: Some(0.0),
                            generate_document_outline: Some(true),
                            generate_tagged_pdf: Some(true),
                            ..PrintToPdfOptions::default()
                        }))
                    });
                    match pdf {
                        Ok(bytes) => sink(&OutputFile::bytes(job.pdf.clone(), bytes)),
                        Err(e) => return record(&failure, format!("cannot print {}: {e}", job.html)),
                    }
                }
                let _ = tab.close(false);
            });
        }
    });
    match failure.into_inner().ok().flatten() {
        Some(e) => Err(e),
        None => Ok(jobs.len()),
    }
}

/// Lets the tab load only the staged site's own files (issue #8: an `<iframe>` of
/// `file:///etc/passwd` was printed into the PDF). Every request is paused by the DevTools
/// Fetch domain and failed unless [`allowed`]: no other local file, no network.
fn guard(tab: &headless_chrome::Tab, staged: &Path) -> anyhow::Result<()> {
    use headless_chrome::browser::tab::RequestPausedDecision;
    use headless_chrome::protocol::cdp::{Fetch, Network};
    let staged = staged.to_path_buf();
    tab.enable_fetch(
        Some(&[Fetch::RequestPattern {
            url_pattern: Some("*".into()),
            resource_Type: None,
            request_stage: None,
        }]),
        None,
    )?;
    tab.enable_request_interception(std::sync::Arc::new(
        move |_transport, _session, event: Fetch::events::RequestPausedEvent| {
            if allowed(&event.params.request.url, &staged) {
                RequestPausedDecision::Continue(None)
            } else {
                RequestPausedDecision::Fail(Fetch::FailRequest {
                    request_id: event.params.request_id,
                    error_reason: Network::ErrorReason::BlockedByClient,
                })
            }
        },
    ))?;
    Ok(())
}

/// Whether a URL is a file of the staged site: `file://` under `staged`, with no `..`.
pub fn allowed(url: &str, staged: &Path) -> bool {
    let Some(rest) = url.strip_prefix("file://") else {
        return false;
    };
    let path = rest.split(['?', '#']).next().unwrap_or(rest);
    let path = crate::serve::percent_decode(path);
    let path = Path::new(&path);
    path.components()
        .all(|c| !matches!(c, std::path::Component::ParentDir))
        && path.starts_with(staged)
}

/// Waits until the tab shows `url`, fully loaded with its fonts. (headless_chrome's
/// `wait_until_navigated` polls a flag every 100 ms and took a second per page here.)
fn wait_until_loaded<'t>(
    tab: &'t headless_chrome::Tab,
    url: &str,
) -> anyhow::Result<&'t headless_chrome::Tab> {
    let wanted = format!("{url}|complete|loaded");
    let started = std::time::Instant::now();
    loop {
        let state = tab.evaluate(
            "location.href + '|' + document.readyState + '|' + document.fonts.status",
            false,
        )?;
        if state.value.as_ref().and_then(|v| v.as_str()) == Some(wanted.as_str()) {
            return Ok(tab);
        }
        if started.elapsed() > Duration::from_secs(60) {
            anyhow::bail!("the page did not finish loading in 60 seconds");
        }
        std::thread::sleep(Duration::from_millis(15));
    }
}

/// The `file://` address of a page as the browser reports it back: bytes other than letters,
/// digits, `/` and `-._~` percent-encoded (a space in `--out` made it wait a minute, then fail).
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(b) {
            url.push(char::from(*b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

fn record(slot: &Mutex<Option<String>>, message: String) {
    if let Ok(mut s) = slot.lock() {
        s.get_or_insert(message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_8_the_printer_may_load_only_the_staged_site() {
        let staged = Path::new("/tmp/.public.coordkit-new-1");
        assert!(allowed(
            "file:///tmp/.public.coordkit-new-1/en/a/index.html#x",
            staged
        ));
        assert!(allowed(
            "file:///tmp/.public.coordkit-new-1/assets/coordkit.css?v=1",
            staged
        ));
        for url in [
            "file:///etc/passwd",
            "file:///tmp/.public.coordkit-new-1/../secret",
            "file:///tmp/.public.coordkit-new-1/%2e%2e/secret",
            "file:///tmp/.public.coordkit-new-10/x",
            "http://127.0.0.1:8080/leak",
            "https://example.org/x.png",
            "data:text/html,<b>x</b>",
        ] {
            assert!(!allowed(url, staged), "{url}");
        }
    }

    #[test]
    fn file_urls_are_percent_encoded_as_browsers_report_them() {
        assert_eq!(
            file_url(Path::new("/tmp/my site/é/a~b_c.html")),
            "file:///tmp/my%20site/%C3%A9/a~b_c.html"
        );
    }

    #[test]
    fn fingerprints_change_with_either_part() {
        let a = fingerprint(&[b"<html>", b"css"]);
        assert_eq!(a, fingerprint(&[b"<html>", b"css"]));
        assert_ne!(a, fingerprint(&[b"<html>", b"css2"]));
        assert_ne!(a, fingerprint(&[b"<html>c", b"ss"]));
    }
}
