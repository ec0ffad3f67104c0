//! Suggestions for the glossary: what an article has that the glossary lacks — its
//! unglossed acronyms (with the expansion the text gives), multi-word names, and
//! recurring words that are neither common roots nor regular derivations of one —
//! by kind, most frequent first.

use crate::annotation::Annotation;
use crate::document::Document;
use crate::fold::fold;
use crate::morphology::{AnalysisKind, Analyzer};
use crate::span::Span;
use crate::token::Shape;
use std::collections::HashMap;

/// What kind of candidate a suggestion is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SuggestionKind {
    /// An acronym in capitals (`BPJS`, `OJK`).
    Acronym,
    /// Two or more capitalised words in a row (`Badan Gizi Nasional`).
    Name,
    /// A word not in the lexicon of common words, counted without its clitics
    /// (`hilirisasi`, `stunting`, `pertemuannya` as `pertemuan`).
    Word,
}

/// A term the glossary may want.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The candidate as first written (a word without its clitics for
    /// [`SuggestionKind::Word`]).
    pub text: String,
    /// What kind of candidate it is.
    pub kind: SuggestionKind,
    /// How often it occurs unglossed.
    pub count: usize,
    /// Where it first occurs.
    pub first: Span,
    /// For an acronym, the words the text spells it out with, if it does
    /// ("Badan Gizi Nasional (BGN)").
    pub expansion: Option<String>,
}

/// Words shorter than this are not suggested on their own.
const MIN_WORD_CHARS: usize = 5;

pub(crate) fn suggest(doc: &Document<'_>, annotations: &[Annotation], analyzer: &Analyzer) -> Vec<Suggestion> {
    let mut covered = vec![false; doc.len()];
    // Words glossed on their own: a common word inside a name (Petani Kopi Gayo) may
    // stand in the middle of a suggested name.
    let mut alone = vec![false; doc.len()];
    for a in annotations {
        let first = doc.tokens.partition_point(|t| t.span.end <= a.span.start);
        let last = doc.tokens.partition_point(|t| t.span.start < a.span.end);
        covered[first..last].fill(true);
        alone[first] = last == first + 1;
    }
    let stop = crate::glossary::stop_words();
    let mut found: HashMap<(SuggestionKind, String), Suggestion> = HashMap::new();
    let mut add = |kind, key: String, text: &str, span: Span, expansion: Option<String>| {
        let s = found.entry((kind, key)).or_insert_with(|| Suggestion {
            text: text.to_owned(),
            kind,
            count: 0,
            first: span,
            expansion: None,
        });
        s.count += 1;
        if s.expansion.is_none() {
            s.expansion = expansion;
        }
    };
    let mut i = 0;
    while i < doc.len() {
        let token = &doc.tokens[i];
        if covered[i] {
            i += 1;
            continue;
        }
        if token.shape == Shape::Upper && token.span.len() >= 2 {
            let surface = doc.surface(i);
            add(SuggestionKind::Acronym, surface.to_owned(), surface, token.span, spelled_out(doc, i));
            i += 1;
            continue;
        }
        // A run of two or more capitalised words, less a common word that only starts
        // the sentence (Meskipun Xi …).
        let mut start = i;
        while start + 1 < doc.len()
            && !covered[start + 1]
            && matches!(doc.tokens[start].shape, Shape::Capitalized)
            && (stop.contains(doc.folded(start)) || analyzer.lexicon().contains(doc.folded(start)))
            && doc.tokens[start + 1].gap.joins_terms()
            && matches!(doc.tokens[start + 1].shape, Shape::Capitalized | Shape::Mixed)
        {
            start += 1;
        }
        let mut end = start;
        while end < doc.len()
            && (!covered[end] || (end > start && alone[end]))
            && matches!(doc.tokens[end].shape, Shape::Capitalized | Shape::Mixed)
            && (end == start || doc.tokens[end].gap.joins_terms())
        {
            end += 1;
        }
        while end > start + 1 && covered[end - 1] {
            end -= 1;
        }
        if end - start >= 2 {
            let span = Span { start: doc.tokens[start].span.start, end: doc.tokens[end - 1].span.end };
            let text = span.of(doc.text).split_whitespace().collect::<Vec<_>>().join(" ");
            add(SuggestionKind::Name, fold(&text), &text, span, None);
            i = end;
            continue;
        }
        let word = doc.folded(i);
        if token.shape == Shape::Lower && word.chars().count() >= MIN_WORD_CHARS {
            // Clitics off (pertemuannya is pertemuan), derivation kept: a derived word
            // is a headword of its own.
            let key = analyzer
                .analyze(word)
                .into_iter()
                .find(|a| {
                    a.kind() == AnalysisKind::Inflected && analyzer.lexicon().contains(&a.lemma)
                        || a.affix_names() == ["-nya"]
                })
                .map_or_else(|| word.to_owned(), |a| a.lemma);
            // A regular derivation of a common root (menjadi, pertemuan) is everyday
            // vocabulary, not a term.
            let common = analyzer.lexicon().contains(&key)
                || analyzer
                    .analyze(&key)
                    .iter()
                    .take_while(|a| a.cost() <= 7)
                    .any(|a| analyzer.lexicon().contains(&a.lemma));
            if !stop.contains(key.as_str()) && !common {
                add(SuggestionKind::Word, key.clone(), &key, token.span, None);
            }
        }
        i += 1;
    }
    let mut list: Vec<Suggestion> =
        found.into_values().filter(|s| s.kind != SuggestionKind::Word || s.count >= 2).collect();
    list.sort_by(|a, b| a.kind.cmp(&b.kind).then(b.count.cmp(&a.count)).then(a.first.cmp(&b.first)));
    list
}

/// The capitalised words right before `(ACRONYM)`, if the text spells it out there.
fn spelled_out(doc: &Document<'_>, i: usize) -> Option<String> {
    let token = &doc.tokens[i];
    let before = &doc.text[doc.tokens.get(i.checked_sub(1)?)?.span.end..token.span.start];
    if before.trim() != "(" || !doc.text[token.span.end..].starts_with(')') {
        return None;
    }
    // The capitalised words before it, glossed or not (Lembaga Penjaminan Mutu
    // Pendidikan may be glossed word by word and still be the acronym's name).
    let mut start = i;
    while start > 0
        && (start == i || doc.tokens[start].gap.joins_terms())
        && doc.tokens[start - 1].shape != Shape::Lower
    {
        start -= 1;
    }
    (start < i).then(|| {
        Span { start: doc.tokens[start].span.start, end: doc.tokens[i - 1].span.end }
            .of(doc.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}
