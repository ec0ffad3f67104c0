//! `padan glossary …`: the maintainers' commands.

use crate::Outcome;
use crate::args::{FilesArgs, FmtArgs, GlossaryCommand};
use crate::glossaries::{glossary_files, read_file};
use crate::glossary_edit;
use crate::output::{count, write_stdout};
use anyhow::{Context, Result};
use padan_core::Entry;
use padan_core::{LintSource, format_glossary, lint};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

pub fn run(command: &GlossaryCommand) -> Result<Outcome> {
    match command {
        GlossaryCommand::Lint(args) => run_lint(args),
        GlossaryCommand::Fmt(args) => run_fmt(args),
        GlossaryCommand::Stats(args) => run_stats(args),
        GlossaryCommand::Lookup(args) => crate::lookup::run(args),
        GlossaryCommand::Add(args) => glossary_edit::run_add(args),
        GlossaryCommand::Export(args) => glossary_edit::run_export(args),
        GlossaryCommand::Import(args) => glossary_edit::run_import(args),
    }
}

/// The files named, or `glossaries/*.toml` when none are.
pub fn files(args: &FilesArgs) -> Result<Vec<PathBuf>> {
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
    report.push_str(&format!(
        "{}, {}, {}\n",
        count(files.len(), "file", "files"),
        count(entries, "entry", "entries"),
        count(findings.len(), "problem", "problems")
    ));
    write_stdout(&report)?;
    Ok(if findings.is_empty() { Outcome::Clean } else { Outcome::Findings })
}

fn run_stats(args: &FilesArgs) -> Result<Outcome> {
    let mut rows: Vec<(String, Vec<Entry>)> = Vec::new();
    for path in files(args)? {
        let file = read_file(&path)?;
        rows.push((path.display().to_string(), file.entries));
    }
    let all: Vec<&Entry> = rows.iter().flat_map(|(_, e)| e).collect();
    let mut out = String::new();
    let width = rows.iter().map(|(n, _)| n.len()).max().unwrap_or(4).max(5);
    let _ = writeln!(
        out,
        "{:<width$}  {:>7}  {:>7}  {:>8}  {:>6}  {:>5}",
        "file", "entries", "abbrevs", "variants", "senses", "notes"
    );
    let mut line = |name: &str, entries: &[&Entry]| {
        let count = |f: &dyn Fn(&Entry) -> usize| entries.iter().map(|e| f(e)).sum::<usize>();
        let _ = writeln!(
            out,
            "{name:<width$}  {:>7}  {:>7}  {:>8}  {:>6}  {:>5}",
            entries.len(),
            count(&|e| e.abbr.len()),
            count(&|e| e.variants.len()),
            count(&|e| e.senses.len()),
            count(&|e| usize::from(e.note.is_some())),
        );
    };
    for (name, entries) in &rows {
        line(name, &entries.iter().collect::<Vec<_>>());
    }
    line("total", &all);
    let mut by = |title: &str, keys: &dyn Fn(&Entry) -> Vec<String>| {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for e in &all {
            for k in keys(e) {
                *counts.entry(k).or_default() += 1;
            }
        }
        let mut sorted: Vec<(String, usize)> = counts.into_iter().collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let _ = writeln!(out, "\nby {title}:");
        for (k, n) in sorted {
            let _ = writeln!(out, "  {k:<14} {n:>6}");
        }
    };
    by("domain", &|e| if e.domain.is_empty() { vec!["(none)".into()] } else { e.domain.clone() });
    by("part of speech", &|e| vec![e.pos.map_or("(none)".into(), |p| p.as_str().to_owned())]);
    by("kind", &|e| {
        vec![match (e.term.contains(' '), e.pos == Some(padan_core::Pos::Name)) {
            (_, true) => "name".into(),
            (true, false) => "multi-word".into(),
            (false, false) => "single word".into(),
        }]
    });
    write_stdout(&out)?;
    Ok(Outcome::Clean)
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
    std::fs::write(&temp, text).with_context(|| format!("cannot write '{}'", path.display()))?;
    std::fs::rename(&temp, path).with_context(|| format!("cannot replace '{}'", path.display()))
}
