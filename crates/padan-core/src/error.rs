//! The errors padan-core returns.
//!
//! Each says where the problem is (file, line, column or byte offset) and what to do,
//! so the binary can print it as it is.

use std::fmt;
use std::path::PathBuf;

/// Input that is not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("byte {offset}: not valid UTF-8 (padan reads UTF-8 text; convert the file first, e.g. with iconv)")]
pub struct InputError {
    /// Byte offset of the first invalid byte.
    pub offset: usize,
}

/// Where in a glossary file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file as the user named it (or `<built-in>/name.toml`).
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// A glossary file that cannot be loaded. Loading is all or nothing: a file with any
/// error contributes no entries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct GlossaryError {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong and what to do about it.
    pub message: String,
}
