//! The `coordkit` binary: parse the command line, run the library, print problems, exit with
//! 0 (success, warnings allowed), 1 (the toolkit has errors) or 2 (wrong command line, or a
//! needed program is missing).

use clap::Parser;
use coordkit::cli::{AudienceArg, Cli, Command, FormatArg};
use coordkit::diagnostics::{self, Format};
use coordkit::model::Audience;
use coordkit::{Error, Settings};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Stopped by Ctrl-C or SIGTERM (a CI job cancelled): leave no half-written folder behind.
    let _ = ctrlc::set_handler(|| {
        coordkit::write::abandon();
        std::process::exit(130);
    });
    match cli.command {
        Command::Build {
            dir,
            out,
            audience,
            base_url,
            pdf,
        } => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("."));
            let out = out.unwrap_or_else(|| dir.join("public"));
            // `pdf: true` in toolkit.yaml asks for PDFs as `--pdf` does.
            let pdf = pdf || coordkit::load::asks_for_pdf(&dir);
            // A missing browser is found before anything is built.
            let browser = match pdf.then(coordkit::pdf::find_browser).transpose() {
                Ok(b) => b,
                Err(message) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
            };
            let audience = match audience {
                AudienceArg::Public => Audience::Public,
                AudienceArg::Partners => Audience::Partners,
            };
            let settings = Settings {
                audience,
                build_date: build_date(),
                base_url,
                pdf,
            };
            let started = std::time::Instant::now();
            let (diagnostics, result) =
                coordkit::build_into(&dir, &out, &settings, browser.as_deref());
            eprint!("{}", diagnostics::human(&diagnostics));
            match result {
                Ok(summary) => {
                    if let Some(p) = summary.pdfs {
                        eprintln!(
                            "printed {} PDFs ({} unchanged, reused)",
                            p.printed, p.reused
                        );
                    }
                    eprintln!(
                        "built {} files into {} in {:.2?}",
                        summary.files,
                        out.display(),
                        started.elapsed()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    match &e {
                        Error::Refused(m) => eprintln!("error: {m}"),
                        Error::Toolkit => eprintln!(
                            "error: the site was not built; {} was left as it was",
                            out.display()
                        ),
                        Error::Output(m) => {
                            eprintln!("error: {m}; {} was left as it was", out.display())
                        }
                    }
                    ExitCode::from(e.exit_code())
                }
            }
        }
        Command::Check { dir, format } => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("."));
            if let Err(e) = coordkit::error::toolkit_folder(&dir) {
                return refused(&e);
            }
            // Everything is rendered (template errors are problems too) and nothing is kept.
            let settings = Settings {
                audience: Audience::Partners,
                build_date: build_date(),
                base_url: None,
                pdf: false,
            };
            let built = coordkit::build_with(&dir, &settings, &|_| {});
            let format = match format {
                FormatArg::Human => Format::Human,
                FormatArg::Json => Format::Json,
                FormatArg::Github => Format::Github,
            };
            let text = diagnostics::format(&built.diagnostics, format);
            if format == Format::Human {
                eprint!("{text}");
                print!("{}", coordkit::translations::human(&built.translations));
                if built.diagnostics.is_empty() {
                    eprintln!("no problems found");
                }
            } else {
                print!("{text}");
            }
            if diagnostics::has_errors(&built.diagnostics) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::New { dir } => match coordkit::new::create(&dir, build_date()) {
            Ok(()) => {
                print!("{}", coordkit::new::next_steps(&dir));
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        },
        Command::Serve { dir, port } => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("."));
            if let Err(e) = coordkit::error::toolkit_folder(&dir) {
                return refused(&e);
            }
            let settings = Settings {
                audience: Audience::Public,
                build_date: build_date(),
                base_url: None,
                pdf: false,
            };
            match coordkit::serve::serve(&dir, port, &settings) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn refused(e: &Error) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(e.exit_code())
}

/// Today, or the day of `SOURCE_DATE_EPOCH` for reproducible builds.
fn build_date() -> chrono::NaiveDate {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map_or_else(|| chrono::Local::now().date_naive(), |d| d.date_naive())
}
