//! Runs programs side by side: each run is a whole process, timed from spawn to exit, with
//! its CPU time and peak memory (`ru_maxrss` from `wait4`). Programs take turns, each round
//! starting with the next one, so a burst of load on a shared machine falls on all of them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One run of one program.
#[derive(Clone, Copy, Debug)]
pub struct Run {
    pub wall: f64,
    /// User + system seconds.
    pub cpu: f64,
    pub peak_kib: u64,
}

/// A program to compare: its name, how to start it, and the folder it writes (emptied before
/// each run, untimed, so every program writes into an empty folder on the same disk).
pub struct Program {
    pub name: String,
    pub command: Box<dyn Fn() -> Command>,
    pub out: PathBuf,
}

/// The medians of a program's runs (peak memory: the largest).
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub wall: f64,
    pub cpu: f64,
    pub peak_kib: u64,
    /// Files in the output after the last run.
    pub files: usize,
}

/// Runs every program `runs` times, alternating; returns each program's summary.
pub fn compare(programs: &[Program], runs: usize) -> Vec<Summary> {
    let mut all: Vec<Vec<Run>> = vec![Vec::new(); programs.len()];
    for round in 0..runs {
        for k in 0..programs.len() {
            let i = (k + round) % programs.len();
            let p = &programs[i];
            let _ = std::fs::remove_dir_all(&p.out);
            let run = measure(&p.name, (p.command)());
            eprintln!(
                "  round {}: {:<28} {:>7.3} s wall {:>7.3} s cpu {:>6} MiB",
                round + 1,
                p.name,
                run.wall,
                run.cpu,
                run.peak_kib / 1024
            );
            all[i].push(run);
        }
    }
    programs
        .iter()
        .zip(all)
        .map(|(p, runs)| Summary {
            wall: median(runs.iter().map(|r| r.wall).collect()),
            cpu: median(runs.iter().map(|r| r.cpu).collect()),
            peak_kib: runs.iter().map(|r| r.peak_kib).max().unwrap_or(0),
            files: count_files(&p.out),
        })
        .collect()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

/// Runs one process to its end. Panics, with what it printed, if it fails.
pub fn measure(name: &str, mut command: Command) -> Run {
    let log = tempfile::tempfile().expect("a log file");
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log.try_clone().expect("log"));
    let started = Instant::now();
    // Reaped by wait4 below, which also gives its CPU time and peak memory.
    #[allow(clippy::zombie_processes)]
    let child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; the child is ours and reaped once.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed().as_secs_f64();
    let ok = reaped == pid && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    if !ok {
        use std::io::{Read, Seek};
        let mut log = log;
        let mut text = String::new();
        let _ = log.rewind();
        let _ = log.read_to_string(&mut text);
        panic!("{name} failed (status {status}):\n{text}");
    }
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Run {
        wall,
        cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        peak_kib: usage.ru_maxrss as u64,
    }
}

pub fn count_files(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .count()
}

/// The load average now, as `/proc/loadavg` gives it (1, 5 and 15 minutes).
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
