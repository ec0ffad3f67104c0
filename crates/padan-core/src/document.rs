//! A text prepared for matching: its words, their folded forms in one buffer, its
//! sentences and headline, and a per-document cache of morphological analyses keyed
//! by folded word.

use crate::fold::fold_into;
use crate::index::FoldHasher;
use crate::morphology::{Analysis, Analyzer};
use crate::token::{Gap, Shape, Token, tokenize};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

/// The text's words, tokenized and folded once, with where its sentences start.
pub(crate) struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    folded: String,
    folded_ranges: Vec<Range<u32>>,
    /// Whether each word starts a sentence.
    sentence_starts: Vec<bool>,
    /// Whether each word stands in a sentence written in title case.
    title_case: Vec<bool>,
    /// How many words the headline has (0 when the first line is no headline).
    headline_words: usize,
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
        let mut doc = Document {
            text,
            tokens,
            folded,
            folded_ranges,
            sentence_starts: Vec::new(),
            title_case: Vec::new(),
            headline_words: 0,
        };
        doc.sentence_starts = (0..doc.len()).map(|t| doc.starts_sentence(t)).collect();
        doc.title_case = doc.title_case_words();
        doc.headline_words = doc.headline_words();
        doc
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

    /// Whether word `i` is written capitalised where a capital says it is a name: not
    /// at the start of a sentence, not in a headline or a title-case sentence.
    pub fn capitalised_as_a_name(&self, i: usize) -> bool {
        self.tokens[i].shape == Shape::Capitalized
            && !self.sentence_starts[i]
            && !self.in_headline(i)
            && !self.in_title_case_sentence(i)
    }

    /// Whether word `i` is an acronym in brackets inside a longer name, with a word
    /// after it: the *(DK)* of *Dewan Keamanan (DK) PBB*.
    pub fn bracketed_inside(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.len()
            && matches!(self.tokens[i].shape, Shape::Upper)
            && self.text[self.tokens[i - 1].span.end..self.tokens[i].span.start].trim() == "("
            && self.text[self.tokens[i].span.end..self.tokens[i + 1].span.start].trim() == ")"
            && !self.text[self.tokens[i].span.end..self.tokens[i + 1].span.start].contains('\n')
    }

    /// Whether word `i` stands in the text's headline: a first line of at most 25 words
    /// that ends without a full stop, followed by more text.
    pub fn in_headline(&self, i: usize) -> bool {
        i < self.headline_words
    }

    /// Whether word `i` stands in a sentence written in title case (a headline): there a
    /// capital says nothing about names, and a bare root is often a verb (*Imbau*).
    pub fn in_title_case_sentence(&self, i: usize) -> bool {
        self.title_case[i]
    }

    /// The words of the sentence word `i` stands in: from a line start or a word after
    /// a full stop, question or exclamation mark, to the next such start.
    pub fn sentence_around(&self, i: usize) -> Range<usize> {
        let mut first = i;
        while first > 0 && !self.sentence_starts[first] {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < self.len() && !self.sentence_starts[last + 1] {
            last += 1;
        }
        first..last + 1
    }

    fn starts_sentence(&self, t: usize) -> bool {
        match self.tokens[t].gap {
            Gap::Start | Gap::LineBreak | Gap::Paragraph => true,
            // A full stop after an initial or a short abbreviation (M., Jl., No.) ends no
            // sentence.
            Gap::Punctuation => {
                self.text[self.tokens[t - 1].span.end..self.tokens[t].span.start].contains(['.', '!', '?'])
                    && self.surface(t - 1).chars().count() > 3
            }
            _ => false,
        }
    }

    /// For each word, whether its sentence is in title case: headlines capitalise every
    /// word but the function words.
    fn title_case_words(&self) -> Vec<bool> {
        let stop_words = crate::glossary::stop_words();
        let mut flags = vec![false; self.len()];
        let mut start = 0;
        while start < self.len() {
            let end = (start + 1..self.len()).find(|&t| self.sentence_starts[t]).unwrap_or(self.len());
            let (mut capitalised, mut lower) = (0, 0);
            for t in start..end {
                let token = &self.tokens[t];
                if token.is_numeric() || self.surface(t).chars().count() < 4 || stop_words.contains(self.folded(t)) {
                    continue;
                }
                match token.shape {
                    Shape::Capitalized | Shape::Upper | Shape::Mixed => capitalised += 1,
                    _ => lower += 1,
                }
            }
            flags[start..end].fill(capitalised >= 3 && lower == 0);
            start = end;
        }
        flags
    }

    /// How many words the first line has, when it is a headline.
    fn headline_words(&self) -> usize {
        let gap = |t: usize| &self.text[self.tokens[t - 1].span.end..self.tokens[t].span.start];
        let Some(next_line) = (1..self.len().min(26)).find(|&t| gap(t).contains('\n')) else { return 0 };
        let line_end = gap(next_line).split('\n').next().unwrap_or_default();
        if line_end.contains(['.', '!', '?']) { 0 } else { next_line }
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
