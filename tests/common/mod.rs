//! Shared by the integration tests: the repository's glossaries, loaded the way the
//! binary loads its built-in ones.

#![allow(dead_code)]

use padan_core::{Glossary, GlossaryFile};
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `glossaries/*.toml`, sorted by name.
pub fn glossary_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("glossaries"))
        .expect("glossaries/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
}

/// The repository's glossaries, merged.
pub fn repository_glossary() -> Glossary {
    let mut glossary = Glossary::new();
    for path in glossary_paths() {
        let text = std::fs::read_to_string(&path).expect("glossary is UTF-8");
        let name = Path::new("glossaries").join(path.file_name().expect("file name"));
        glossary.add(GlossaryFile::parse(&name, &text).unwrap_or_else(|e| panic!("{e}")));
    }
    glossary
}
