//! A text prepared for matching: its words, their folded forms in one buffer, and a
//! per-document cache of morphological analyses keyed by folded word.

use crate::fold::fold_into;
use crate::index::FoldHasher;
use crate::morphology::{Analysis, Analyzer};
use crate::token::{Gap, Shape, Token, tokenize};
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

    /// Whether word `i` stands in the text's headline: a first line of at most 25 words
    /// that ends without a full stop, followed by more text.
    pub fn in_headline(&self, i: usize) -> bool {
        let gap = |t: usize| &self.text[self.tokens[t - 1].span.end..self.tokens[t].span.start];
        let Some(next_line) = (1..self.len().min(26)).find(|&t| gap(t).contains('\n')) else { return false };
        let line_end = gap(next_line).split('\n').next().unwrap_or_default();
        i < next_line && !line_end.contains(['.', '!', '?'])
    }

    /// The words of the sentence word `i` stands in: from a line start or a word after
    /// a full stop, question or exclamation mark, to the next such start.
    pub fn sentence_around(&self, i: usize) -> std::ops::Range<usize> {
        let starts_sentence = |t: usize| match self.tokens[t].gap {
            Gap::Start | Gap::LineBreak | Gap::Paragraph => true,
            // A full stop after an initial or a short abbreviation (M., Jl., No.) ends no
            // sentence.
            Gap::Punctuation => {
                self.text[self.tokens[t - 1].span.end..self.tokens[t].span.start].contains(['.', '!', '?'])
                    && self.surface(t - 1).chars().count() > 3
            }
            _ => false,
        };
        let mut first = i;
        while first > 0 && !starts_sentence(first) {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < self.len() && !starts_sentence(last + 1) {
            last += 1;
        }
        first..last + 1
    }

    /// Whether word `i` stands in a sentence written in title case (a headline): there a
    /// capital says nothing about names, and a bare root is often a verb (*Imbau*).
    pub fn in_title_case_sentence(&self, i: usize) -> bool {
        let doc = self;
        let sentence = self.sentence_around(i);
        // Headlines capitalise every word but the function words.
        let stop_words = crate::glossary::stop_words();
        let (mut capitalised, mut lower) = (0, 0);
        for t in sentence {
            let token = &doc.tokens[t];
            if token.is_numeric() || doc.surface(t).chars().count() < 4 || stop_words.contains(doc.folded(t)) {
                continue;
            }
            match token.shape {
                Shape::Capitalized | Shape::Upper | Shape::Mixed => capitalised += 1,
                _ => lower += 1,
            }
        }
        capitalised >= 3 && lower == 0
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
