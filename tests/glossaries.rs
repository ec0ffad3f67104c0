//! Guards the built-in glossaries: every `glossaries/*.toml` loads, lints clean and is
//! in normal form — the same code `padan glossary lint` runs.

mod common;

use padan_core::{LintSource, lint};
use std::path::Path;

#[test]
fn glossaries_lint_clean() {
    let paths = common::glossary_paths();
    assert!(!paths.is_empty(), "glossaries/ holds no *.toml files");
    let texts: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let name = format!("glossaries/{}", p.file_name().expect("name").to_string_lossy());
            (name, std::fs::read_to_string(p).expect("UTF-8"))
        })
        .collect();
    let sources: Vec<LintSource<'_>> =
        texts.iter().map(|(name, text)| LintSource { path: Path::new(name), text }).collect();
    let findings = lint(&sources);
    let report: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert!(findings.is_empty(), "{} findings:\n{}", findings.len(), report.join("\n"));
}

#[test]
fn glossaries_load_into_one_termbase() {
    let glossary = common::repository_glossary();
    assert_eq!(glossary.files().len(), common::glossary_paths().len());
    assert!(glossary.entries().len() >= 400, "only {} entries", glossary.entries().len());
}
