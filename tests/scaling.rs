//! Issue #8, finding 7: hostile sizes build in near-linear time. Each input is built at two
//! sizes, side by side in one run; doubling the size must not much more than double the
//! time (a quadratic step would quadruple it). Ignored by default, since it times builds:
//! `cargo test --release --test scaling -- --ignored --nocapture` prints the curves.

mod common;

use common::*;
use coordkit::model::Audience;
use std::path::Path;
use std::time::Instant;

fn generate(dir: &Path, kind: &str, n: usize) {
    match kind {
        "headings" => write(
            dir,
            "content/guide/beta.md",
            &format!(
                "---\ntitle: Beta\n---\n## Details\n\n{}",
                "## Same\n\n".repeat(n)
            ),
        ),
        "footnotes" => {
            let refs: String = (0..n).map(|i| format!("Text[^n{i}].\n\n")).collect();
            let defs: String = (0..n).map(|i| format!("[^n{i}]: Note {i}.\n")).collect();
            write(
                dir,
                "content/guide/beta.md",
                &format!("---\ntitle: Beta\n---\n## Details\n\n{refs}{defs}"),
            );
        }
        "contacts" => {
            let c: String = (0..n).map(|i| format!("- id: c{i}\n  name: Person {i}\n  role: coordinator\n  cluster: health\n  organisation: who\n  email: p{i}@example.org\n  visibility: public\n")).collect();
            write(dir, "content/emergencies/flood/contacts.yaml", &c);
        }
        // Nested sections: n chains of 8 levels (the most allowed) under content/guide/.
        "depth" => {
            for chain in 0..n {
                let mut path = format!("content/guide/c{chain}");
                for level in 0..7 {
                    write(
                        dir,
                        &format!("{path}/_index.md"),
                        &format!("---\ntitle: L{level}\n---\n"),
                    );
                    path.push_str("/d");
                }
            }
        }
        _ => unreachable!(),
    }
}

fn seconds(kind: &str, n: usize) -> f64 {
    let dir = copy_fixture("basic");
    generate(dir.path(), kind, n);
    let started = Instant::now();
    let built = coordkit::build_site(dir.path(), &settings(Audience::Public));
    assert!(
        built.files.is_some(),
        "{kind} {n}: {}",
        coordkit::diagnostics::human(&built.diagnostics)
    );
    started.elapsed().as_secs_f64()
}

#[test]
#[ignore = "times builds; see the module documentation"]
fn issue_8_7_hostile_sizes_build_in_near_linear_time() {
    for (kind, n) in [
        ("headings", 25_000),
        ("footnotes", 10_000),
        ("contacts", 6_000),
        ("depth", 60),
    ] {
        let (small, large) = (seconds(kind, n), seconds(kind, 2 * n));
        let ratio = large / small;
        println!(
            "{kind}: {n} in {small:.2} s, {} in {large:.2} s, ratio {ratio:.2}",
            2 * n
        );
        assert!(
            ratio < 3.0,
            "{kind} grows faster than linearly: ratio {ratio:.2}"
        );
    }
}
