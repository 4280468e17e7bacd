//! The command line: arguments as clap parses them. Knows nothing of toolkits.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "coordkit",
    version,
    about = "Builds a humanitarian coordination toolkit into a multilingual static website"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the website into the output folder (public/ in the toolkit by default).
    Build {
        /// The toolkit folder (default: the current folder).
        dir: Option<PathBuf>,
        /// Where to write the site (default: DIR/public).
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// Who the site is for: `public` publishes only public contacts; `partners` adds partners-only contacts.
        #[arg(long, value_enum, default_value_t = AudienceArg::Public)]
        audience: AudienceArg,
        /// Use this address instead of `base_url` in toolkit.yaml.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Also print every briefing pack to PDF with headless Chromium.
        #[arg(long)]
        pdf: bool,
    },
    /// Check the toolkit and report every problem, without writing anything.
    Check {
        /// The toolkit folder (default: the current folder).
        dir: Option<PathBuf>,
        /// How to print problems.
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
    },
    /// Preview the site on 127.0.0.1, rebuilding on every change.
    Serve {
        dir: Option<PathBuf>,
        #[arg(long, default_value_t = 1111)]
        port: u16,
    },
    /// Create a small, valid toolkit to start from.
    New { dir: PathBuf },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AudienceArg {
    Public,
    Partners,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Human,
    Json,
    Github,
}
