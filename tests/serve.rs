//! Issue #5: `coordkit serve` over real HTTP on 127.0.0.1. Pages are served from memory, a
//! change is rebuilt and announced to open pages, and a broken toolkit shows its errors
//! while the last good pages stay served.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Asks the server for each new state after version `from` until `done` holds for one.
fn wait_until(
    port: u16,
    mut from: u64,
    done: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let started = Instant::now();
    loop {
        let state: serde_json::Value =
            serde_json::from_str(&get(port, &format!("/__coordkit/wait?v={from}")).1).unwrap();
        if done(&state) {
            return state;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the server never reached the expected state; last: {state}"
        );
        from = state["version"].as_u64().unwrap();
    }
}

/// Every path under `dir`, but the git repository's.
fn paths(dir: &std::path::Path) -> Vec<String> {
    let mut found: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .map(|e| e.path().strip_prefix(dir).unwrap().display().to_string())
        .filter(|p| p != ".git" && !p.starts_with(".git/"))
        .collect();
    found.sort();
    found
}

#[test]
fn issue_5_serve_rebuilds_on_change_and_shows_errors_over_the_last_good_pages() {
    let dir = common::copy_fixture("basic");
    // serve writes nothing: not in the toolkit, not in the temporary folder (issue #15).
    let tmp = tempfile::tempdir().unwrap();
    let before = paths(dir.path());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _server = Server(
        Command::new(env!("CARGO_BIN_EXE_coordkit"))
            .args(["serve", "--port", &port.to_string()])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", common::BUILD_EPOCH)
            .env("TMPDIR", tmp.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let (status, page) = get(port, "/en/guide/beta/");
    assert_eq!(status, 200);
    assert!(
        page.contains(
            "<p>Back to <a href=\"../../guide/alpha/index.html#equality\">alpha</a>.</p>"
        )
    );
    assert!(
        page.contains("<script>(function(){var v=1;"),
        "the reload script is added"
    );
    assert_eq!(get(port, "/nowhere/").0, 404);
    assert_eq!(
        get(port, "/__coordkit/wait?v=0").1,
        "{\"errors\":\"\",\"version\":1}"
    );

    // A change: the page waiting for version 1 hears of a new version, and it is served.
    // (A save can reach the watcher as more than one event, each a rebuild: the test waits
    // for the state that follows the whole save.)
    let beta = dir.path().join("content/guide/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    std::fs::write(&beta, text.replace("Back to", "Return to")).unwrap();
    let state = wait_until(port, 1, |s| {
        s["errors"] == "" && get(port, "/en/guide/beta/").1.contains("<p>Return to")
    });
    let after_change = state["version"].as_u64().unwrap();
    assert!(after_change >= 2, "{state}");

    // A mistake: the errors are announced with their place, the good pages stay.
    std::fs::write(&beta, text.replace("title: Beta", "title: Beta\nbogus: 1")).unwrap();
    let state = wait_until(port, after_change, |s| {
        s["errors"].as_str().is_some_and(|e| e.contains("bogus"))
    });
    let errors = state["errors"].as_str().unwrap();
    assert_eq!(
        errors,
        concat!(
            "content/guide/alpha.md:5:11: warning: last reviewed 329 days ago, more than review_after_days (100)\n",
            "  hint: check the content is still right, then update `reviewed`\n",
            "content/guide/beta.md:3:1: error: unknown key `bogus`; the keys allowed here are: title, weight, summary, reviewed, resources, draft, source_revision, explains\n",
            "1 error, 1 warning\n"
        )
    );
    let (status, page) = get(port, "/en/guide/beta/");
    assert_eq!(status, 200);
    assert!(
        page.contains("<p>Return to"),
        "the last good page is still served"
    );
    // The page opens with the overlay showing those errors.
    assert!(
        page.contains(&format!("show({})", serde_json::to_string(errors).unwrap())),
        "{page}"
    );
    assert_eq!(paths(dir.path()), before);
    assert_eq!(paths(tmp.path()), [""]);
}

#[test]
fn issue_5_only_a_change_of_page_text_is_rendered_partially() {
    let dir = common::copy_fixture("basic");
    let settings = common::settings(coordkit::model::Audience::Public);
    let before = coordkit::prepare(dir.path(), &settings).site;
    let beta = dir.path().join("content/guide/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    std::fs::write(&beta, text.replace("Back to", "Return to")).unwrap();
    let after = coordkit::prepare(dir.path(), &settings).site;
    let changed = coordkit::serve::changed_pages(&before, &after).expect("only text changed");
    assert_eq!(
        changed
            .iter()
            .map(|&i| after.pages[i].key.as_str())
            .collect::<Vec<_>>(),
        ["guide/beta"]
    );
    // A new title changes navigation everywhere: everything is rendered.
    std::fs::write(&beta, text.replace("title: Beta", "title: Beta two")).unwrap();
    let retitled = coordkit::prepare(dir.path(), &settings).site;
    assert_eq!(coordkit::serve::changed_pages(&before, &retitled), None);
}
