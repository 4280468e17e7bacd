//! Build benchmark (issue #13): coordkit side by side with a Markdown floor and Hugo, in one
//! run, on a generated toolkit. Every build is a whole process writing to a memory file
//! system (`/dev/shm` where it exists); programs take turns and each reports the median of
//! its runs (wall and CPU time) and its peak memory. Ratios are computed within the run.
//!
//! `cargo bench` prints three tables:
//! 1. the toolkit of 2,500 pages in 4 languages: coordkit without and with offline zips, the
//!    floor (`floor.rs`), and Hugo when it is installed (`hugo.rs`), 5 runs each;
//! 2. the scale curve, 1,000 to 20,000 pages, coordkit against the floor, 3 runs each;
//! 3. 200 emergencies against 10 (the data pages grow, the Markdown does not).
//!
//! Options (after `cargo bench --bench build --`): `--only table|scale|emergencies`,
//! `--runs N`, `--pages N`, `--sizes 1000,5000`, `--out DIR` (where toolkits and sites go),
//! `--baseline PATH` (another coordkit binary, such as main's, run alongside),
//! `--generate DIR [--pages N] [--emergencies N] [--downloads]` (only writes a toolkit, to
//! profile the binary on it), `--floor KIT OUT` (the floor program alone).

mod floor;
mod generate;
mod hugo;
mod measure;

use measure::{Program, Summary, compare, load_average};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The date every build uses, so that runs do the same work on any day.
const EPOCH: &str = "1796083200"; // 2026-12-01

struct Args(Vec<String>);

impl Args {
    fn value(&self, name: &str) -> Option<&str> {
        let i = self.0.iter().position(|a| a == name)?;
        self.0.get(i + 1).map(String::as_str)
    }
    fn number(&self, name: &str, default: usize) -> usize {
        self.value(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    }
    fn flag(&self, name: &str) -> bool {
        self.0.iter().any(|a| a == name)
    }
}

fn main() {
    let args = Args(std::env::args().collect());
    if let Some(kit) = args.value("--floor") {
        let out = args.0.last().expect("--floor KIT OUT");
        floor::build(Path::new(kit), Path::new(out));
        return;
    }
    let pages = args.number("--pages", 2500);
    if let Some(dir) = args.value("--generate") {
        let files = generate::generate(
            Path::new(dir),
            pages,
            args.number("--emergencies", 10),
            args.flag("--downloads"),
        );
        println!("generated {pages} pages ({files} Markdown files) into {dir}");
        return;
    }
    let base = args.value("--out").map(PathBuf::from).unwrap_or_else(|| {
        let shm = Path::new("/dev/shm");
        if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        }
    });
    let work = tempfile::Builder::new()
        .prefix("coordkit-bench-")
        .tempdir_in(&base)
        .expect("a work folder");
    let bench = Bench {
        work: work.path().to_path_buf(),
        runs: args.number("--runs", 5),
        baseline: args.value("--baseline").map(PathBuf::from),
    };
    println!(
        "coordkit build benchmark; files on {}; load average {} at start",
        base.display(),
        load_average()
    );
    let only = args.value("--only");
    if only.is_none_or(|o| o == "table") {
        bench.table(pages);
    }
    if only.is_none_or(|o| o == "scale") {
        let sizes: Vec<usize> = args
            .value("--sizes")
            .unwrap_or("1000,2500,5000,10000,20000")
            .split(',')
            .filter_map(|s| s.parse().ok())
            .collect();
        bench.scale(&sizes, args.number("--runs", 3));
    }
    if only.is_none_or(|o| o == "emergencies") {
        bench.emergencies(pages, args.number("--runs", 3));
    }
    println!("\nload average {} at the end", load_average());
}

struct Bench {
    work: PathBuf,
    runs: usize,
    baseline: Option<PathBuf>,
}

impl Bench {
    fn kit(&self, name: &str, pages: usize, emergencies: usize, zips: bool) -> PathBuf {
        let kit = self.work.join(name);
        generate::generate(&kit, pages, emergencies, zips);
        kit
    }

    fn coordkit(&self, name: &str, exe: &Path, kit: &Path) -> Program {
        let out = self.work.join(format!("out-{}", slug(name)));
        let (exe, kit, out_arg) = (exe.to_path_buf(), kit.to_path_buf(), out.clone());
        Program {
            name: name.to_string(),
            command: Box::new(move || {
                let mut c = Command::new(&exe);
                c.arg("build")
                    .arg(&kit)
                    .arg("--out")
                    .arg(&out_arg)
                    .env("SOURCE_DATE_EPOCH", EPOCH);
                c
            }),
            out,
        }
    }

    fn floor(&self, kit: &Path) -> Program {
        let out = self.work.join("out-floor");
        let (kit, out_arg) = (kit.to_path_buf(), out.clone());
        let exe = std::env::current_exe().expect("the bench itself");
        Program {
            name: "floor (pulldown-cmark+rayon)".into(),
            command: Box::new(move || {
                let mut c = Command::new(&exe);
                c.arg("--floor").arg(&kit).arg(&out_arg);
                c
            }),
            out,
        }
    }

    fn hugo(&self, kit: &Path, version: &str) -> Program {
        let site = self.work.join("hugo-site");
        hugo::site(kit, &site);
        let out = self.work.join("out-hugo");
        let out_arg = out.clone();
        Program {
            name: format!("Hugo {version}"),
            command: Box::new(move || hugo::command(&site, &out_arg)),
            out,
        }
    }

    fn ours(&self, name: &str, kit: &Path) -> Vec<Program> {
        let mut programs = vec![self.coordkit(name, Path::new(COORDKIT), kit)];
        if let Some(b) = &self.baseline {
            programs.push(self.coordkit(&format!("{name} [baseline]"), b, kit));
        }
        programs
    }

    /// The table: pages only, with zips, the floor, Hugo.
    fn table(&self, pages: usize) {
        println!(
            "\n## {pages} pages in 4 languages ({} with fallbacks), 10 emergencies; {} runs each, alternating\n",
            pages * 4,
            self.runs
        );
        let kit = self.kit("kit", pages, 10, false);
        let zips = self.kit("kit-zips", pages, 10, true);
        let mut programs = self.ours("coordkit, pages only", &kit);
        programs.extend(self.ours("coordkit, offline zips", &zips));
        programs.push(self.floor(&kit));
        let hugo = hugo::version();
        if let Some(v) = &hugo {
            programs.push(self.hugo(&kit, v));
        }
        let results = compare(&programs, self.runs);
        print_table(&programs, &results);
        let find = |prefix: &str| {
            programs
                .iter()
                .position(|p| p.name.starts_with(prefix) && !p.name.ends_with("[baseline]"))
                .map(|i| results[i])
        };
        let pages_only = find("coordkit, pages").expect("coordkit ran");
        let ratio = |a: Summary, b: Option<Summary>, what: &str| match b {
            Some(b) => println!(
                "- {what}: {:.2}x wall, {:.2}x CPU",
                a.wall / b.wall,
                a.cpu / b.cpu
            ),
            None => println!("- {what}: not measured"),
        };
        println!();
        ratio(pages_only, find("floor"), "coordkit / floor");
        ratio(pages_only, find("Hugo"), "coordkit / Hugo");
        if let Some(z) = find("coordkit, offline") {
            ratio(z, Some(pages_only), "with zips / pages only");
        }
        if hugo.is_none() {
            println!("- Hugo is not installed (`apt-get install hugo`)");
        }
        println!("- Zola: not measured (not on crates.io nor in Debian)");
    }

    /// Build time and memory from 1,000 to 20,000 pages: the curve should be a line.
    fn scale(&self, sizes: &[usize], runs: usize) {
        println!(
            "\n## Scale: pages in the default language (x4 with fallbacks), pages only; {runs} runs each\n"
        );
        println!(
            "| pages | files out | coordkit wall | CPU | peak | floor wall | coordkit / floor | coordkit ms per 1,000 pages |"
        );
        println!("|---|---|---|---|---|---|---|---|");
        for &n in sizes {
            let kit = self.kit(&format!("kit-{n}"), n, 10, false);
            let programs = vec![
                self.coordkit("coordkit", Path::new(COORDKIT), &kit),
                self.floor(&kit),
            ];
            let r = compare(&programs, runs);
            println!(
                "| {n} | {} | {:.3} s | {:.3} s | {} MiB | {:.3} s | {:.2}x | {:.0} |",
                r[0].files,
                r[0].wall,
                r[0].cpu,
                r[0].peak_kib / 1024,
                r[1].wall,
                r[0].wall / r[1].wall,
                r[0].wall * 1e6 / n as f64
            );
            let _ = std::fs::remove_dir_all(&kit);
            for p in &programs {
                let _ = std::fs::remove_dir_all(&p.out);
            }
        }
    }

    /// 200 emergencies (8 activations each, with checklists, packs, contacts) against 10.
    fn emergencies(&self, pages: usize, runs: usize) {
        println!("\n## 200 emergencies against 10, {pages} pages, pages only; {runs} runs each\n");
        let ten = self.kit("kit-e10", pages, 10, false);
        let many = self.kit("kit-e200", pages, 200, false);
        let mut programs = self.ours("coordkit, 10 emergencies", &ten);
        programs.extend(self.ours("coordkit, 200 emergencies", &many));
        let results = compare(&programs, runs);
        print_table(&programs, &results);
    }
}

const COORDKIT: &str = env!("CARGO_BIN_EXE_coordkit");

fn slug(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn print_table(programs: &[Program], results: &[Summary]) {
    println!("| build | files out | wall (median) | CPU (median) | peak memory |");
    println!("|---|---|---|---|---|");
    for (p, r) in programs.iter().zip(results) {
        println!(
            "| {} | {} | {:.3} s | {:.3} s | {} MiB |",
            p.name,
            r.files,
            r.wall,
            r.cpu,
            r.peak_kib / 1024
        );
    }
}
