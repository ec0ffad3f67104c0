//! Reading articles from files or standard input, as UTF-8.

use anyhow::{Context, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// An article and the name output uses for it.
pub struct Input {
    pub name: String,
    pub text: String,
}

/// Reads every named file (`-`, or no file at all, is standard input).
pub fn read_all(files: &[PathBuf]) -> Result<Vec<Input>> {
    if files.is_empty() {
        return Ok(vec![read(Path::new("-"))?]);
    }
    files.iter().map(|f| read(f)).collect()
}

pub fn read(path: &Path) -> Result<Input> {
    let stdin = path == Path::new("-");
    let bytes = if stdin {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
        bytes
    } else {
        std::fs::read(path).with_context(|| format!("cannot read '{}'", path.display()))?
    };
    let name = path.display().to_string();
    let text = String::from_utf8(bytes).map_err(|e| {
        let err = padan_core::InputError { offset: e.utf8_error().valid_up_to() };
        anyhow::anyhow!("{name}: {err}")
    })?;
    Ok(Input { name, text })
}
