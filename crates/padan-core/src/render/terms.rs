//! The term list that follows inline output: each entry glossed, with its English and
//! how often it occurs, in order of first occurrence.

use super::{Glossed, gloss_of};
use crate::glossary::EntryId;
use std::fmt::Write;

/// One row of the term list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermCount<'a> {
    /// The entry.
    pub entry: EntryId,
    /// Its headword.
    pub term: &'a str,
    /// The renderings shown at its first occurrence.
    pub gloss: &'a [String],
    /// How many annotations point at it.
    pub count: usize,
}

/// The entries glossed in the text, in order of first occurrence, with counts.
pub fn term_counts<'a>(glossed: &Glossed<'a>) -> Vec<TermCount<'a>> {
    let mut rows: Vec<TermCount<'a>> = Vec::new();
    let mut position = std::collections::HashMap::new();
    for a in glossed.annotations {
        match position.get(&a.entry) {
            Some(&i) => {
                let row: &mut TermCount<'a> = &mut rows[i];
                row.count += 1;
            }
            None => {
                position.insert(a.entry, rows.len());
                rows.push(TermCount {
                    entry: a.entry,
                    term: &glossed.glossary.entry(a.entry).term,
                    gloss: gloss_of(glossed, a),
                    count: 1,
                });
            }
        }
    }
    rows
}

/// The term list as aligned plain text: a heading, then `term  English  count` rows.
pub fn render_term_list(glossed: &Glossed<'_>) -> String {
    let rows = term_counts(glossed);
    let mut out = String::new();
    let _ = writeln!(out, "Terms ({} entries, {} occurrences)", rows.len(), glossed.annotations.len());
    let width = rows.iter().map(|r| r.term.chars().count()).max().unwrap_or(0);
    for row in &rows {
        let pad = width - row.term.chars().count();
        let _ = writeln!(out, "  {}{}  {}  ×{}", row.term, " ".repeat(pad), row.gloss.join("; "), row.count);
    }
    out
}
