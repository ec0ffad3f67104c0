//! `padan suggest`: the terms an article has that the glossary lacks.

use crate::args::SuggestArgs;
use crate::output::write_stdout;
use crate::{glossaries, input};
use anyhow::Result;
use padan_core::{LineColumn, Matcher, SuggestionKind};
use std::fmt::Write;
use std::path::Path;

pub fn run(args: &SuggestArgs) -> Result<()> {
    let glossary = glossaries::load(&args.source)?;
    let matcher = Matcher::builder().build(&glossary);
    let article = input::read(args.file.as_deref().unwrap_or(Path::new("-")))?;
    let suggestions = matcher.suggest(&article.text);
    let mut out = String::new();
    let width = suggestions.iter().take(args.limit).map(|s| s.text.chars().count()).max().unwrap_or(0);
    for s in suggestions.iter().take(args.limit) {
        let kind = match s.kind {
            SuggestionKind::Acronym => "acronym",
            SuggestionKind::Name => "name",
            SuggestionKind::Word => "word",
        };
        let at = LineColumn::of_offset(&article.text, s.first.start);
        let pad = width - s.text.chars().count();
        let _ = write!(out, "{}{}  {kind:<7}  ×{:<3} {}:{}", s.text, " ".repeat(pad), s.count, article.name, at);
        if let Some(expansion) = &s.expansion {
            let _ = write!(out, "  = {expansion}");
        }
        out.push('\n');
    }
    if suggestions.is_empty() {
        out.push_str("nothing to suggest: every acronym, name and recurring word is glossed\n");
    }
    write_stdout(&out)?;
    Ok(())
}
