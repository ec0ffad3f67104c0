//! Loading glossaries: the built-in ones embedded at build time, then every `--glossary`
//! path (a file, or a folder of `*.toml` files, in name order).

use crate::args::GlossarySource;
use anyhow::{Context, Result};
use padan_core::{Glossary, GlossaryFile};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The built-in glossaries, validated and pre-parsed by the build script: one JSON
/// document per file, in name order.
const BUILTIN_GLOSSARIES: &[&str] = include!(concat!(env!("OUT_DIR"), "/builtin_glossaries.rs"));

/// The glossaries a command works with: the built-in ones, then each `--glossary`
/// file in order (files are parsed in parallel; the order they are added in is kept).
pub fn load(source: &GlossarySource) -> Result<Glossary> {
    let mut glossary = Glossary::new();
    if !source.no_default_glossary {
        let files: Vec<serde_json::Result<GlossaryFile>> =
            BUILTIN_GLOSSARIES.par_iter().map(|json| serde_json::from_str(json)).collect();
        for file in files {
            glossary.add(file.context("the built-in glossaries are corrupt (rebuild padan)")?);
        }
    }
    let mut paths = Vec::new();
    for path in &source.glossaries {
        paths.extend(glossary_files(path)?);
    }
    let files: Vec<Result<GlossaryFile>> = paths.par_iter().map(|p| read_file(p)).collect();
    for file in files {
        glossary.add(file?);
    }
    Ok(glossary)
}

/// `path` itself, or the `*.toml` files in it when it is a folder.
pub fn glossary_files(path: &Path) -> Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read glossary folder '{}'", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        anyhow::bail!("'{}' holds no *.toml glossary files", path.display());
    }
    Ok(files)
}

/// Reads and parses one glossary file.
pub fn read_file(path: &Path) -> Result<GlossaryFile> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read glossary '{}'", path.display()))?;
    let text = padan_core::decode(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(GlossaryFile::parse(path, text)?)
}
