//! A text prepared for matching: its words, their folded forms in one buffer, and a
//! per-document cache of morphological analyses keyed by folded word.

use crate::fold::fold_into;
use crate::index::FoldHasher;
use crate::morphology::{Analysis, Analyzer};
use crate::token::{Token, tokenize};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

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

/// Analyses of each distinct word, computed on first use and shared by the stages. A
/// word the lexicon knows is not analysed at all: *masalah* is a word, not *masa* +
/// `-lah`.
pub(crate) struct AnalysisCache<'a> {
    analyzer: &'a Analyzer,
    cache: HashMap<Box<str>, Rc<[Analysis]>, FoldHasher>,
    none: Rc<[Analysis]>,
}

impl<'a> AnalysisCache<'a> {
    pub fn new(analyzer: &'a Analyzer) -> AnalysisCache<'a> {
        AnalysisCache { analyzer, cache: HashMap::default(), none: Rc::from(Vec::new()) }
    }

    /// No analyses (shared, so it costs no allocation).
    pub fn none(&self) -> Rc<[Analysis]> {
        self.none.clone()
    }

    pub fn analyzer(&self) -> &'a Analyzer {
        self.analyzer
    }

    /// The analyses of `folded`, cheapest first (shared, so cloning is cheap).
    pub fn get(&mut self, folded: &str) -> Rc<[Analysis]> {
        if let Some(found) = self.cache.get(folded) {
            return found.clone();
        }
        let analyses: Rc<[Analysis]> = if self.analyzer.lexicon().contains(folded) {
            self.none.clone()
        } else {
            Rc::from(self.analyzer.analyze(folded))
        };
        self.cache.insert(folded.into(), analyses.clone());
        analyses
    }
}
