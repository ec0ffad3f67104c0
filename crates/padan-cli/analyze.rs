//! `padan analyze`: every analysis of each word, best first, with the affixes named.
//!
//! Candidates are ranked by whether their lemma is known — a glossary headword or
//! variant by default, a root of `--lexicon FILE` when one is given — then by how
//! little was stripped.

use crate::args::AnalyzeArgs;
use crate::glossaries;
use crate::output::write_stdout;
use anyhow::{Context, Result};
use padan_core::{Analysis, Analyzer, Lexicon, fold};
use serde_json::json;
use std::collections::HashSet;
use std::fmt::Write;
use std::io::Read;

pub fn run(args: &AnalyzeArgs) -> Result<()> {
    let words = if args.words.is_empty() {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).context("cannot read words from standard input")?;
        text.split_whitespace().map(str::to_owned).collect()
    } else {
        args.words.clone()
    };
    let known = Known::load(args)?;
    let analyzer = Analyzer::new();
    let mut out = String::new();
    for word in &words {
        let folded = fold(word);
        let mut analyses = analyzer.analyze(&folded);
        analyses.insert(0, Analysis { lemma: folded.clone(), affixes: Vec::new() });
        // Known lemmas first; the sort is stable, so cost order holds within each group.
        analyses.sort_by_key(|a| !known.contains(&a.lemma));
        if args.json {
            let list: Vec<_> = analyses
                .iter()
                .map(|a| json!({"lemma": a.lemma, "affixes": a.affix_names(), "in_lexicon": known.contains(&a.lemma)}))
                .collect();
            let _ = writeln!(out, "{}", json!({"word": word, "analyses": list}));
        } else {
            let _ = writeln!(out, "{word}");
            let width = analyses.iter().map(|a| a.lemma.chars().count()).max().unwrap_or(0);
            for a in &analyses {
                let mark = if known.contains(&a.lemma) { '*' } else { ' ' };
                let affixes = if a.affixes.is_empty() { "(as written)".to_owned() } else { a.affix_names().join(" ") };
                let pad = width - a.lemma.chars().count();
                let _ = writeln!(out, "  {mark} {}{}  {affixes}", a.lemma, " ".repeat(pad));
            }
        }
    }
    write_stdout(&out)?;
    Ok(())
}

/// The lemmas that count as known: a `--lexicon` list, or the glossaries' forms.
enum Known {
    Lexicon(Lexicon),
    Glossary(HashSet<String>),
}

impl Known {
    fn load(args: &AnalyzeArgs) -> Result<Known> {
        if let Some(path) = &args.lexicon {
            let text =
                std::fs::read_to_string(path).with_context(|| format!("cannot read lexicon '{}'", path.display()))?;
            return Ok(Known::Lexicon(Lexicon::from_lines(&text)));
        }
        let glossary = glossaries::load(&args.source)?;
        let forms = glossary.entries().iter().flat_map(|e| e.forms().map(|(_, f)| fold(f))).collect();
        Ok(Known::Glossary(forms))
    }

    fn contains(&self, lemma: &str) -> bool {
        match self {
            Known::Lexicon(l) => l.contains(lemma),
            Known::Glossary(g) => g.contains(lemma),
        }
    }
}
