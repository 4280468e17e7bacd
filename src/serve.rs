//! `coordkit serve`: builds the toolkit into memory, serves it on 127.0.0.1, rebuilds when a
//! file changes and reloads open pages. A build that fails keeps the last good pages and
//! shows its problems (`path:line:column`) over them until the toolkit is fixed.
//!
//! Every change loads and validates the whole toolkit again (so every error is found, and
//! nothing goes stale as Zola's partial rebuilds did). Rendering is partial only in the one
//! case that is safe to prove: when the only change is the text of Markdown pages, and the
//! new model equals the old one in everything but that text, only the outputs showing those
//! pages are rendered again. Anything else renders the whole site. The time is printed.

use crate::render::{Content, OutputFile};
use crate::{Settings, diagnostics};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The site as served, and what the last build said.
#[derive(Default)]
struct State {
    files: HashMap<String, Content>,
    /// Goes up after every build, good or not, so that pages know to look again.
    version: u64,
    /// The last build's errors, empty when it succeeded.
    errors: String,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

/// Builds once, then serves and rebuilds until the process is stopped.
pub fn serve(dir: &Path, port: u16, settings: &Settings) -> Result<(), String> {
    let shared: Shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
    let mut last = None;
    rebuild(dir, settings, &shared, &mut last, &[]);
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    eprintln!(
        "serving {} at http://127.0.0.1:{port}/ (stop with Ctrl-C)",
        dir.display()
    );

    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer = notify_debouncer_mini::new_debouncer(Duration::from_millis(60), tx)
        .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
    for watched in ["toolkit.yaml", "content", "themes", "translations"] {
        let path = dir.join(watched);
        if path.exists() {
            let mode = if path.is_dir() {
                notify_debouncer_mini::notify::RecursiveMode::Recursive
            } else {
                notify_debouncer_mini::notify::RecursiveMode::NonRecursive
            };
            debouncer
                .watcher()
                .watch(&path, mode)
                .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
        }
    }
    let (dir_w, settings_w, shared_w) = (dir.to_path_buf(), settings.clone(), Arc::clone(&shared));
    std::thread::spawn(move || {
        let mut seen = fingerprint(&dir_w);
        for events in rx {
            // Reading files is an event too: rebuild only when a file really changed.
            let now = fingerprint(&dir_w);
            let Ok(events) = events else { continue };
            if now != seen {
                seen = now;
                let paths: Vec<std::path::PathBuf> = events.into_iter().map(|e| e.path).collect();
                rebuild(&dir_w, &settings_w, &shared_w, &mut last, &paths);
            }
        }
    });
    let active = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    for request in server.incoming_requests() {
        // Another site open in the browser may send requests here; only a page of this
        // preview names it as its host (issue #8: DNS rebinding could read the preview).
        if !local_host(&request, port) {
            let _ = request.respond(
                tiny_http::Response::from_string(
                    "coordkit serve answers only to 127.0.0.1, localhost and [::1]",
                )
                .with_status_code(421),
            );
            continue;
        }
        // One thread per request, up to a bound: waiting pages hold theirs for 20 s.
        if active.fetch_add(1, Ordering::SeqCst) >= MAX_REQUESTS {
            active.fetch_sub(1, Ordering::SeqCst);
            let _ = request.respond(tiny_http::Response::from_string("busy").with_status_code(503));
            continue;
        }
        let (shared, active) = (Arc::clone(&shared), Arc::clone(&active));
        std::thread::spawn(move || {
            respond(request, &shared);
            active.fetch_sub(1, Ordering::SeqCst);
        });
    }
    drop(debouncer);
    Ok(())
}

/// Requests answered at once; more get 503 until one ends.
const MAX_REQUESTS: usize = 64;

/// Whether a request names this preview as its host: 127.0.0.1, localhost or [::1], with
/// this port or none (a rebinding page names its own host, so a bare local name is safe).
fn local_host(request: &tiny_http::Request, port: u16) -> bool {
    let Some(host) = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_ascii_lowercase())
    else {
        return false;
    };
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|name| host == format!("{name}:{port}") || host == *name)
}

/// What the toolkit's files are now: their paths, sizes and modification times, hashed.
fn fingerprint(dir: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for watched in ["toolkit.yaml", "content", "themes", "translations"] {
        for entry in walkdir::WalkDir::new(dir.join(watched))
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if let Ok(meta) = entry.metadata() {
                entry.path().hash(&mut h);
                meta.len().hash(&mut h);
                meta.modified().ok().hash(&mut h);
            }
        }
    }
    h.finish()
}

/// Builds into memory and publishes the result, or keeps the old pages and the errors.
/// `last` is the last good build, `changed` the files that changed since (empty at start).
fn rebuild(
    dir: &Path,
    settings: &Settings,
    shared: &Shared,
    last: &mut Option<crate::Prepared>,
    changed: &[std::path::PathBuf],
) {
    let started = Instant::now();
    let prepared = crate::prepare(dir, settings);
    let content = std::path::absolute(dir.join("content")).unwrap_or_else(|_| dir.join("content"));
    // Templates, translations and toolkit.yaml are not in the model's comparison: any change
    // outside content/ renders everything. (Editors' temporary files in content/ are fine:
    // what they change is compared below.)
    let only_text = !changed.is_empty()
        && changed
            .iter()
            .all(|p| std::path::absolute(p).is_ok_and(|a| a.starts_with(&content)));
    let partial = if only_text && !diagnostics::has_errors(&prepared.diagnostics) {
        last.as_ref()
            .and_then(|old| changed_pages(&old.site, &prepared.site))
    } else {
        None
    };
    let collected = Mutex::new(HashMap::new());
    let mut diagnostics = prepared.diagnostics.clone();
    let rendered = if diagnostics::has_errors(&diagnostics) {
        None
    } else {
        // The translation status page exists only in partners builds.
        let status = if settings.audience == crate::model::Audience::Partners {
            crate::translations::status(&prepared.site, &prepared.i18n)
        } else {
            Vec::new()
        };
        let sink = |f: &OutputFile| {
            if let Ok(mut files) = collected.lock() {
                files.insert(f.path.clone(), f.content.clone());
            }
        };
        match crate::render::render_some(
            &prepared.site,
            &prepared.i18n,
            &prepared.templates,
            &status,
            partial.as_deref(),
            &sink,
        ) {
            Ok(n) => Some(n),
            Err(errors) => {
                diagnostics.extend(errors);
                None
            }
        }
    };
    diagnostics::sort(&mut diagnostics);
    let text = diagnostics::human(&diagnostics);
    eprint!("{text}");
    let (lock, notify) = &**shared;
    let Ok(mut state) = lock.lock() else { return };
    state.version += 1;
    match rendered {
        Some(count) => {
            let files = collected.into_inner().unwrap_or_default();
            if partial.is_some() {
                state.files.extend(files);
            } else {
                state.files = files;
            }
            state.errors.clear();
            let what = if partial.is_some() {
                "rendered again"
            } else {
                "built"
            };
            eprintln!(
                "{what} {count} files in {} ms",
                started.elapsed().as_millis()
            );
            *last = Some(prepared);
        }
        None => {
            state.errors = text;
            eprintln!("the last good build is still served");
        }
    }
    notify.notify_all();
}

/// The pages whose text is all that changed, if the two models are otherwise the same.
pub fn changed_pages(old: &crate::model::Site, new: &crate::model::Site) -> Option<Vec<usize>> {
    let same_data = old.config == new.config
        && old.build_date == new.build_date
        && old.clusters == new.clusters
        && old.organisations == new.organisations
        && old.emergencies == new.emergencies
        && old.checklists == new.checklists
        && old.packs == new.packs
        && old.glossary == new.glossary
        && old.home == new.home
        && old.emergencies_intro == new.emergencies_intro
        && old.pages.len() == new.pages.len();
    if !same_data {
        return None;
    }
    let mut changed = Vec::new();
    for (i, (a, b)) in old.pages.iter().zip(&new.pages).enumerate() {
        let same_place = a.key == b.key
            && a.kind == b.kind
            && a.path == b.path
            && a.parent == b.parent
            && a.children == b.children
            && a.number == b.number
            && a.weight == b.weight
            && a.versions.len() == b.versions.len();
        if !same_place {
            return None;
        }
        let mut text_changed = false;
        for (x, y) in a.versions.iter().zip(&b.versions) {
            let same_front = x.lang == y.lang
                && x.source == y.source
                && x.title == y.title
                && x.summary == y.summary
                && x.reviewed == y.reviewed
                && x.resources == y.resources
                && x.outdated == y.outdated;
            if !same_front {
                return None;
            }
            text_changed |= x.body != y.body || x.links != y.links;
        }
        if text_changed {
            changed.push(i);
        }
    }
    Some(changed)
}

fn respond(request: tiny_http::Request, shared: &Shared) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path == "/__coordkit/wait" {
        let seen: u64 = query
            .strip_prefix("v=")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let (lock, changed) = &**shared;
        let body = match lock.lock() {
            Ok(state) => {
                let (state, _) = changed
                    .wait_timeout_while(state, Duration::from_secs(20), |s| s.version == seen)
                    .unwrap_or_else(|e| e.into_inner());
                serde_json::json!({ "version": state.version, "errors": state.errors }).to_string()
            }
            Err(_) => "{}".to_string(),
        };
        let _ = request.respond(with_header(
            tiny_http::Response::from_string(body),
            "Content-Type",
            "application/json",
        ));
        return;
    }
    let rel = percent_decode(path.trim_start_matches('/'));
    let rel = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel
    };
    let (found, version, errors) = match shared.0.lock() {
        Ok(s) => (
            s.files
                .get(&rel)
                .or_else(|| s.files.get(&format!("{rel}/index.html")))
                .cloned(),
            s.version,
            s.errors.clone(),
        ),
        Err(_) => (None, 0, String::new()),
    };
    let (status, name, bytes) = match found.and_then(read) {
        Some(bytes) => (200, rel.clone(), bytes),
        None => {
            let page = shared
                .0
                .lock()
                .ok()
                .and_then(|s| s.files.get("404.html").cloned())
                .and_then(read)
                .unwrap_or_default();
            (404, "404.html".to_string(), page)
        }
    };
    let bytes = if name.ends_with(".html") {
        with_reload(bytes, version, &errors)
    } else {
        bytes
    };
    let response = with_header(
        tiny_http::Response::from_data(bytes).with_status_code(status),
        "Content-Type",
        content_type(&name),
    );
    let response = with_header(response, "Cache-Control", "no-store");
    let _ = request.respond(response);
}

fn read(content: Content) -> Option<Vec<u8>> {
    match content {
        Content::Bytes(b) => Some(b),
        Content::Copy(p) => std::fs::read(p).ok(),
    }
}

/// Adds a header (names and values here are constants, so it is always valid).
fn with_header<R: std::io::Read>(
    response: tiny_http::Response<R>,
    name: &str,
    value: &str,
) -> tiny_http::Response<R> {
    match tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(h) => response.with_header(h),
        Err(()) => response,
    }
}

/// Decodes `%xx` escapes of a URL path (invalid UTF-8 becomes U+FFFD).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "xml" => "application/xml",
        "json" => "application/json",
        "vcf" => "text/vcard; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "zip" => "application/zip",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A string as JSON that is safe inside an inline `<script>` (issue #8): `serde_json` leaves
/// `</script>` as it is, which would end the script and run what follows in the error text.
pub fn script_json(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_else(|_| "\"\"".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Adds the script that reloads the page after a rebuild, and shows build errors over it.
fn with_reload(html: Vec<u8>, version: u64, errors: &str) -> Vec<u8> {
    let script = format!(
        "<script>(function(){{var v={version};function show(e){{var o=document.getElementById('ck-overlay');if(!e){{if(o)o.remove();return}}if(!o){{o=document.createElement('pre');o.id='ck-overlay';o.setAttribute('role','alert');o.style.cssText='position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#fff4d6;color:#1b1f23;border-top:4px solid #9a6700;font:14px/1.4 monospace;white-space:pre-wrap;z-index:99';document.body.appendChild(o)}}o.textContent=e}}function poll(){{fetch('/__coordkit/wait?v='+v).then(function(r){{return r.json()}}).then(function(s){{if(s.version!==v&&!s.errors){{location.reload();return}}v=s.version;show(s.errors);poll()}}).catch(function(){{setTimeout(poll,1000)}})}}show({});poll()}})()</script>",
        script_json(errors)
    );
    let text = String::from_utf8_lossy(&html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{script}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}
