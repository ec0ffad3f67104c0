//! `padan glossary lookup`: what a word or phrase matches, and the whole entry.

use crate::args::LookupArgs;
use crate::glossaries;
use crate::output::write_stdout;
use anyhow::Result;
use padan_core::{Entry, MatchKind, Matcher};
use std::fmt::Write;

pub fn run(args: &LookupArgs) -> Result<crate::Outcome> {
    let glossary = glossaries::load(&args.source)?;
    let matcher = Matcher::builder().build(&glossary);
    let mut out = String::new();
    let mut missing = 0;
    for text in &args.texts {
        let found = matcher.annotate(text);
        if found.is_empty() {
            missing += 1;
            let _ = writeln!(out, "{text}: not in the glossary\n");
            continue;
        }
        for a in &found {
            let entry = glossary.entry(a.entry);
            let file = glossary.file_of(a.entry);
            let _ = writeln!(out, "{}  →  {}  [{}, score {:.2}]", a.span.of(text), entry.term, how(&a.kind), a.score);
            let _ = writeln!(out, "  defined at {}:{}", file.path.display(), entry.line);
            describe(&mut out, entry);
            out.push('\n');
        }
    }
    write_stdout(&out)?;
    Ok(if missing == 0 { crate::Outcome::Clean } else { crate::Outcome::Findings })
}

fn how(kind: &MatchKind) -> String {
    match kind {
        MatchKind::Exact => "exact".into(),
        MatchKind::Variant { form } => format!("variant {form}"),
        MatchKind::Abbreviation { form, .. } => format!("abbreviation {form}"),
        MatchKind::Inflected { affixes, .. } | MatchKind::Derived { affixes, .. } => {
            let names: Vec<&str> = affixes.iter().map(|a| a.form).collect();
            format!("{} {}", kind.name(), names.join(" "))
        }
        MatchKind::Fuzzy { edit, .. } => format!("fuzzy {edit}"),
    }
}

fn describe(out: &mut String, e: &Entry) {
    let _ = writeln!(out, "  en:       {}", e.en.join("; "));
    let lists = [
        ("pos", e.pos.map(|p| p.as_str().to_owned()).into_iter().collect::<Vec<_>>()),
        ("domain", e.domain.clone()),
        ("variants", e.variants.clone()),
        ("abbr", e.abbr.clone()),
        ("avoid", e.avoid.clone()),
    ];
    for (name, values) in lists {
        if !values.is_empty() {
            let _ = writeln!(out, "  {name}:{}{}", " ".repeat(9 - name.len()), values.join("; "));
        }
    }
    if let Some(note) = &e.note {
        let _ = writeln!(out, "  note:     {note}");
    }
    for s in &e.senses {
        let _ = writeln!(out, "  sense:    {}  (cues: {})", s.en.join("; "), s.cues.join(", "));
    }
}
