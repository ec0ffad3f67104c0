//! `padan glossary add | import | export`: changing and exchanging glossary files.
//! A file is only ever replaced whole, with a valid glossary in normal form.

use crate::Outcome;
use crate::args::{AddArgs, ExchangeChoice, ExportArgs, ImportArgs};
use crate::glossaries::read_file;
use crate::glossary_cmd::{files, write_atomically};
use crate::output::write_stdout;
use anyhow::{Context, Result, bail};
use padan_core::{
    Entry, ExchangeFormat, GlossaryFile, ImportedRow, export_entries, fold, format_glossary, import_rows,
};
use std::path::Path;

fn format(choice: ExchangeChoice) -> ExchangeFormat {
    match choice {
        ExchangeChoice::Omegat => ExchangeFormat::OmegaT,
        ExchangeChoice::Csv => ExchangeFormat::Csv,
        ExchangeChoice::Tbx => ExchangeFormat::Tbx,
    }
}

/// The file to change: loaded if it exists, else an empty glossary named after it.
fn open_target(path: &Path) -> Result<GlossaryFile> {
    if path.exists() { read_file(path) } else { Ok(GlossaryFile::parse(path, "")?) }
}

/// Writes `file` in normal form, after checking that the text reads back as a valid
/// glossary (so a bad new entry leaves the file untouched).
fn save(path: &Path, file: &GlossaryFile) -> Result<()> {
    let text = format_glossary(file);
    if let Err(e) = GlossaryFile::parse(path, &text) {
        bail!("{}: not changed: {}", path.display(), e.message);
    }
    write_atomically(path, &text)
}

/// The entry of `file` that already has `form` as its term, a variant or an
/// abbreviation, and how.
fn holder<'f>(file: &'f GlossaryFile, form: &str) -> Option<(&'f Entry, &'static str)> {
    let key = fold(form);
    file.entries.iter().find_map(|e| {
        e.forms().find(|(_, f)| fold(f) == key).map(|(kind, _)| {
            let how = match kind {
                padan_core::FormKind::Term => "an entry",
                padan_core::FormKind::Variant => "a variant of",
                padan_core::FormKind::Abbreviation => "an abbreviation of",
            };
            (e, how)
        })
    })
}

fn entry_from(row: ImportedRow) -> Entry {
    Entry {
        term: row.term,
        en: row.en,
        pos: row.pos,
        domain: row.domain,
        variants: row.variants,
        abbr: row.abbr,
        note: row.note,
        avoid: Vec::new(),
        case: None,
        morphology: None,
        overrides: false,
        senses: Vec::new(),
        file: 0,
        line: 0,
    }
}

pub fn run_add(args: &AddArgs) -> Result<Outcome> {
    let mut file = open_target(&args.file)?;
    let new_forms = std::iter::once(&args.term).chain(&args.variants).chain(&args.abbr);
    for form in new_forms {
        if let Some((existing, how)) = holder(&file, form) {
            let line = existing.line;
            let file = args.file.display();
            if how == "an entry" {
                bail!("{file}:{line}: '{}' is already an entry (edit it there)", existing.term);
            }
            bail!("{file}:{line}: '{form}' is already {how} '{}' (edit it there)", existing.term);
        }
    }
    let pos = args.pos.as_deref().map(str::parse).transpose().map_err(|e: String| anyhow::anyhow!(e))?;
    file.entries.push(entry_from(ImportedRow {
        line: 0,
        term: args.term.clone(),
        en: args.en.clone(),
        pos,
        domain: args.domain.clone(),
        variants: args.variants.clone(),
        abbr: args.abbr.clone(),
        note: args.note.clone(),
    }));
    save(&args.file, &file)?;
    write_stdout(&format!("added '{}' to {}\n", args.term, args.file.display()))?;
    Ok(Outcome::Clean)
}

pub fn run_import(args: &ImportArgs) -> Result<Outcome> {
    let choice = args.format.unwrap_or(if args.input.extension().is_some_and(|e| e == "csv") {
        ExchangeChoice::Csv
    } else {
        ExchangeChoice::Omegat
    });
    let bytes = std::fs::read(&args.input).with_context(|| format!("cannot read '{}'", args.input.display()))?;
    let text = padan_core::decode(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", args.input.display()))?;
    // A byte-order mark is not part of the first term.
    let text = text.strip_prefix(padan_core::BOM).unwrap_or(text);
    let rows = import_rows(&args.input, text, format(choice))?;
    let mut file = open_target(&args.into)?;
    let mut report = String::new();
    let (mut added, mut kept) = (0, 0);
    let mut imported_at = std::collections::HashMap::new();
    for row in rows {
        if let Some(first) = imported_at.get(&fold(&row.term)) {
            kept += 1;
            report.push_str(&format!(
                "{}:{}: '{}' appears again (line {first} was imported; this row was skipped)\n",
                args.input.display(),
                row.line,
                row.term
            ));
            continue;
        }
        if let Some((existing, how)) = holder(&file, &row.term) {
            kept += 1;
            report.push_str(&format!(
                "{}:{}: '{}' is already {how} at {}:{} (kept as it is)\n",
                args.input.display(),
                row.line,
                row.term,
                args.into.display(),
                existing.line
            ));
            continue;
        }
        imported_at.insert(fold(&row.term), row.line);
        added += 1;
        file.entries.push(entry_from(row));
    }
    save(&args.into, &file)?;
    report.push_str(&format!(
        "{} added to {}, {kept} already there\n",
        crate::output::count(added, "entry", "entries"),
        args.into.display()
    ));
    write_stdout(&report)?;
    Ok(if kept == 0 { Outcome::Clean } else { Outcome::Findings })
}

pub fn run_export(args: &ExportArgs) -> Result<Outcome> {
    let mut entries = Vec::new();
    for path in files(&args.files)? {
        entries.extend(read_file(&path)?.entries);
    }
    write_stdout(&export_entries(&entries, format(args.format)))?;
    Ok(Outcome::Clean)
}
