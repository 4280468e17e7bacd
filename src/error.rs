//! Operational errors: what stops a command that is not a problem in the toolkit's files
//! (those are `Diagnostic`s). One enum, so `main.rs` picks the exit status in one place.

/// Why a command could not do its work.
#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    /// The command line cannot be carried out: a toolkit folder that does not exist, an
    /// output folder that may not be replaced or written, a browser that is missing (exit 2).
    Refused(String),
    /// The toolkit has errors; they are in the diagnostics (exit 1).
    Toolkit,
    /// Writing or printing failed half-way: disk full, a browser that crashed (exit 1).
    Output(String),
}

impl Error {
    /// The exit status the README promises for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Refused(_) => 2,
            Error::Toolkit | Error::Output(_) => 1,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Refused(m) | Error::Output(m) => f.write_str(m),
            Error::Toolkit => f.write_str("the toolkit has errors"),
        }
    }
}

impl std::error::Error for Error {}

/// A toolkit folder must exist and be a folder: checked before anything else, so that
/// `coordkit build /no/such/dir` says so instead of listing every missing file.
pub fn toolkit_folder(dir: &std::path::Path) -> Result<(), Error> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(Error::Refused(format!(
            "{} is a file, not a toolkit folder",
            dir.display()
        ))),
        Err(_) => Err(Error::Refused(format!(
            "the toolkit folder {} does not exist",
            dir.display()
        ))),
    }
}
