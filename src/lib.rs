//! coordkit turns a humanitarian coordination toolkit (Markdown guidance and YAML data in a
//! folder) into a multilingual static website. The pipeline, one module per step:
//!
//! 1. [`load`]: read the toolkit's files into raw structs that keep every value's location;
//! 2. [`validate`]: check them and build the [`model::Site`], collecting [`diagnostics`];
//! 3. [`render`]: turn the model into output files in memory, in parallel;
//! 4. [`write`]: put those files in place of the output folder, atomically;
//! 5. [`publish`]: the steps that read the written site back before it is swapped in:
//!    printing briefing packs to PDF ([`pdf`]) and making the offline zips
//!    ([`publish::offline`]), which fill in what pages show of them ([`output::Slot`]).
//!
//! [`output`] holds what the steps hand on: output files, pages to print, zips to make.

pub mod cli;
pub mod diagnostics;
pub mod error;
pub mod i18n;
pub mod load;
pub mod locale;
pub mod markdown;
pub mod model;
pub mod new;
pub mod output;
pub mod pdf;
pub mod publish;
pub mod render;
pub mod schedule;
pub mod serve;
pub mod translations;
pub mod validate;
pub mod write;

use diagnostics::Diagnostic;
pub use error::Error;
use render::OutputFile;
use std::path::Path;
pub use validate::Settings;

/// A toolkit loaded and validated, with what rendering needs: the steps before `render`.
pub struct Prepared {
    pub site: model::Site,
    pub i18n: i18n::I18n,
    pub templates: render::templates::Templates,
    /// Problems found so far; rendering happens only if none is an error.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and validates a toolkit and compiles its interface strings and templates.
pub fn prepare(dir: &Path, settings: &Settings) -> Prepared {
    let mut diagnostics = Vec::new();
    let loaded = load::load(dir, &mut diagnostics);
    let site = validate::validate(&loaded, settings, &mut diagnostics);
    let i18n = i18n::I18n::new(&site.config, &loaded.translations, &mut diagnostics);
    let templates = render::templates::Templates::new(&loaded.templates, &i18n, &mut diagnostics);
    // Every address has one source: checked once the model is sound.
    if !diagnostics::has_errors(&diagnostics) {
        diagnostics.extend(render::plan::check(&site));
    }
    Prepared {
        site,
        i18n,
        templates,
        diagnostics,
    }
}

/// The outcome of a build whose files went to a sink.
pub struct Report {
    /// Errors and warnings, in reading order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were rendered, when there were no errors.
    pub files: Option<usize>,
    /// The briefing pack pages, for printing to PDF.
    pub printables: Vec<render::Printable>,
    /// Where the site is published (for absolute links in PDFs).
    pub base_url: String,
    /// Translation status of every language but the default one.
    pub translations: Vec<translations::LanguageStatus>,
    /// Offline zips to make from the written site.
    pub offline: Vec<output::LanguageZip>,
    pub build_date: chrono::NaiveDate,
}

/// Loads, validates and renders a toolkit, handing each output file to `sink` as it is
/// rendered. Nothing is rendered when loading or validation found errors.
pub fn build_with(dir: &Path, settings: &Settings, sink: &(dyn Fn(&OutputFile) + Sync)) -> Report {
    let Prepared {
        site,
        i18n,
        templates,
        mut diagnostics,
    } = prepare(dir, settings);
    let printables = render::printables(&site);
    let translation_status = translations::status(&site, &i18n);
    let files = if diagnostics::has_errors(&diagnostics) {
        None
    } else {
        match render::render(&site, &i18n, &templates, &translation_status, sink) {
            Ok(count) => Some(count),
            Err(errors) => {
                diagnostics.extend(errors);
                None
            }
        }
    };
    diagnostics::sort(&mut diagnostics);
    diagnostics.dedup();
    Report {
        diagnostics,
        files,
        printables,
        base_url: site.config.base_url.clone(),
        translations: translation_status,
        offline: render::offline_zips(&site, &i18n),
        build_date: site.build_date,
    }
}

/// What `build_into` did.
pub struct Summary {
    pub files: usize,
    pub pdfs: Option<pdf::Printed>,
}

/// Builds a toolkit into `out`: rendered files go straight into a staging folder beside it,
/// briefing packs are printed with `browser` when given, and the staging folder replaces
/// `out` only if everything succeeded.
pub fn build_into(
    dir: &Path,
    out: &Path,
    settings: &Settings,
    browser: Option<&Path>,
) -> (Vec<Diagnostic>, Result<Summary, Error>) {
    if let Err(e) = error::toolkit_folder(dir) {
        return (Vec::new(), Err(e));
    }
    let staging = match write::Staging::new(out, dir) {
        Ok(s) => s,
        Err(e) => return (Vec::new(), Err(e)),
    };
    let report = build_with(dir, settings, &|f| staging.put(f));
    let Some(files) = report.files else {
        return (report.diagnostics, Err(Error::Toolkit));
    };
    let pdfs = match browser {
        Some(b) => match pdf::print(
            b,
            &report.base_url,
            staging.path(),
            staging.out(),
            &report.printables,
            &|f| staging.put(f),
        ) {
            Ok(p) => Some(p),
            Err(e) => return (report.diagnostics, Err(Error::Output(e))),
        },
        None => None,
    };
    // Zips come last: they hold the pages and PDFs written above.
    if let Err(e) = publish::offline::make(
        staging.path(),
        &report.base_url,
        &report.offline,
        report.build_date,
        &|f| staging.put(f),
        &|f| staging.fill(f),
    ) {
        return (report.diagnostics, Err(Error::Output(e)));
    }
    match staging.commit() {
        Ok(()) => (report.diagnostics, Ok(Summary { files, pdfs })),
        Err(e) => (report.diagnostics, Err(e)),
    }
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
