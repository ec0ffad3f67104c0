//! `padan glossary …`: the maintainers' commands.

use crate::Outcome;
use crate::args::{FilesArgs, FmtArgs, GlossaryCommand};
use crate::glossaries::{glossary_files, read_file};
use crate::output::write_stdout;
use anyhow::{Context, Result};
use padan_core::{LintSource, format_glossary, lint};
use std::path::{Path, PathBuf};

pub fn run(command: &GlossaryCommand) -> Result<Outcome> {
    match command {
        GlossaryCommand::Lint(args) => run_lint(args),
        GlossaryCommand::Fmt(args) => run_fmt(args),
    }
}

/// The files named, or `glossaries/*.toml` when none are.
fn files(args: &FilesArgs) -> Result<Vec<PathBuf>> {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("glossaries")] } else { args.paths.clone() };
    let mut files = Vec::new();
    for path in &paths {
        files.extend(glossary_files(path)?);
    }
    Ok(files)
}

fn run_lint(args: &FilesArgs) -> Result<Outcome> {
    let files = files(args)?;
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).with_context(|| format!("cannot read glossary '{}'", f.display())))
        .collect::<Result<_>>()?;
    let sources: Vec<LintSource<'_>> = files.iter().zip(&texts).map(|(path, text)| LintSource { path, text }).collect();
    let findings = lint(&sources);
    let mut report = String::new();
    for finding in &findings {
        report.push_str(&finding.to_string());
        report.push('\n');
    }
    let entries: usize = texts.iter().map(|t| t.matches("[[entry]]").count()).sum();
    report.push_str(&format!("{} files, {} entries, {} problems\n", files.len(), entries, findings.len()));
    write_stdout(&report)?;
    Ok(if findings.is_empty() { Outcome::Clean } else { Outcome::Findings })
}

fn run_fmt(args: &FmtArgs) -> Result<Outcome> {
    let mut unformatted = Vec::new();
    for path in files(&args.files)? {
        let text =
            std::fs::read_to_string(&path).with_context(|| format!("cannot read glossary '{}'", path.display()))?;
        let formatted = format_glossary(&read_file(&path)?);
        if formatted == text {
            continue;
        }
        if args.check {
            unformatted.push(path);
        } else {
            write_atomically(&path, &formatted)?;
        }
    }
    for path in &unformatted {
        write_stdout(&format!("{}: not in normal form\n", path.display()))?;
    }
    Ok(if unformatted.is_empty() { Outcome::Clean } else { Outcome::Findings })
}

/// Replaces `path` with `text` so that a crash leaves either the old file or the new
/// one, never half of either: write a sibling, then rename it over.
pub fn write_atomically(path: &Path, text: &str) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.padan-tmp"));
    std::fs::write(&temp, text).with_context(|| format!("cannot write '{}'", temp.display()))?;
    std::fs::rename(&temp, path).with_context(|| format!("cannot replace '{}'", path.display()))
}
