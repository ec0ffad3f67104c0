//! A text prepared for matching: its words, their folded forms in one buffer, and a
//! per-document cache of morphological analyses keyed by folded word.

use crate::fold::fold_into;
use crate::morphology::{Analysis, Analyzer};
use crate::token::{Token, tokenize};
use std::collections::HashMap;
use std::ops::Range;

/// The text's words, tokenized and folded once.
pub(crate) struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    folded: String,
    folded_ranges: Vec<Range<u32>>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Document<'t> {
        let tokens = tokenize(text);
        let mut folded = String::with_capacity(text.len());
        let mut folded_ranges = Vec::with_capacity(tokens.len());
        for token in &tokens {
            let start = folded.len() as u32;
            fold_into(token.span.of(text), &mut folded);
            folded_ranges.push(start..folded.len() as u32);
        }
        Document { text, tokens, folded, folded_ranges }
    }

    /// The folded form of word `i`.
    #[inline]
    pub fn folded(&self, i: usize) -> &str {
        let r = &self.folded_ranges[i];
        &self.folded[r.start as usize..r.end as usize]
    }

    /// Word `i` as written.
    #[inline]
    pub fn surface(&self, i: usize) -> &'t str {
        self.tokens[i].span.of(self.text)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }
}

/// Analyses of each distinct word, computed on first use.
pub(crate) struct AnalysisCache<'d> {
    analyzer: &'d Analyzer,
    cache: HashMap<&'d str, Vec<Analysis>>,
}

impl<'d> AnalysisCache<'d> {
    pub fn new(analyzer: &'d Analyzer) -> AnalysisCache<'d> {
        AnalysisCache { analyzer, cache: HashMap::new() }
    }

    pub fn get(&mut self, folded: &'d str) -> &[Analysis] {
        self.cache.entry(folded).or_insert_with(|| self.analyzer.analyze(folded))
    }
}
