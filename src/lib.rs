//! coordkit turns a humanitarian coordination toolkit (Markdown guidance and YAML data in a
//! folder) into a multilingual static website. The pipeline, one module per step:
//!
//! 1. [`load`]: read the toolkit's files into raw structs that keep every value's location;
//! 2. [`validate`]: check them and build the [`model::Site`], collecting [`diagnostics`];
//! 3. [`render`]: turn the model into output files in memory, in parallel;
//! 4. [`write`]: put those files in place of the output folder, atomically.

pub mod cli;
pub mod diagnostics;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod model;
pub mod render;
pub mod schedule;
pub mod validate;
pub mod write;

use diagnostics::Diagnostic;
use render::OutputFile;
use std::path::Path;
pub use validate::Settings;

/// The outcome of a build whose files went to a sink.
pub struct Report {
    /// Errors and warnings, in reading order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were rendered, when there were no errors.
    pub files: Option<usize>,
}

/// Loads, validates and renders a toolkit, handing each output file to `sink` as it is
/// rendered. Nothing is rendered when loading or validation found errors.
pub fn build_with(dir: &Path, settings: &Settings, sink: &(dyn Fn(&OutputFile) + Sync)) -> Report {
    let mut diagnostics = Vec::new();
    let loaded = load::load(dir, &mut diagnostics);
    let site = validate::validate(&loaded, settings, &mut diagnostics);
    let i18n = i18n::I18n::new(&site.config, &loaded.translations, &mut diagnostics);
    let templates = render::templates::Templates::new(&loaded.templates, &i18n, &mut diagnostics);
    drop(loaded);
    let files = if diagnostics::has_errors(&diagnostics) {
        None
    } else {
        match render::render(&site, &i18n, &templates, sink) {
            Ok(count) => Some(count),
            Err(errors) => {
                diagnostics.extend(errors);
                None
            }
        }
    };
    diagnostics::sort(&mut diagnostics);
    diagnostics.dedup();
    Report { diagnostics, files }
}

/// The outcome of a build held in memory.
pub struct Built {
    pub diagnostics: Vec<Diagnostic>,
    /// The rendered site, when there were no errors.
    pub files: Option<Vec<OutputFile>>,
}

/// Builds a toolkit in memory (tests; `check`, which keeps nothing, uses `build_with`).
pub fn build_site(dir: &Path, settings: &Settings) -> Built {
    let collected = std::sync::Mutex::new(Vec::new());
    let report = build_with(dir, settings, &|f| {
        if let Ok(mut files) = collected.lock() {
            files.push(f.clone());
        }
    });
    let mut files = collected.into_inner().unwrap_or_default();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Built {
        diagnostics: report.diagnostics,
        files: report.files.map(|_| files),
    }
}
