//! A lexicon of Indonesian roots: which strings are words in their own right.
//!
//! The analyzer leaves a word the lexicon knows unanalysed (*masalah* is not *masa* +
//! `-lah`, *mereka* is not meN- + *reka*), and `padan analyze --lexicon` ranks analyses
//! by it. The built-in list (`data/roots.txt`) was written for padan.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

/// A set of Indonesian root words (folded).
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    words: HashSet<Box<str>>,
}

impl Lexicon {
    /// A lexicon from text with one word per line; blank lines and lines starting with
    /// `#` are skipped, words are folded.
    pub fn from_lines(text: &str) -> Lexicon {
        let words = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| crate::fold::fold(l).into_boxed_str())
            .collect();
        Lexicon { words }
    }

    /// The built-in lexicon, shared: common Indonesian roots, and the function words
    /// (`sebagai`, `terhadap`, `tersebut`) that look affixed but are never analysed.
    pub fn builtin() -> Arc<Lexicon> {
        static BUILTIN: OnceLock<Arc<Lexicon>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let mut lexicon = Lexicon::from_lines(include_str!("../../data/roots.txt"));
                lexicon.extend_lines(include_str!("../../data/stopwords.txt"));
                Arc::new(lexicon)
            })
            .clone()
    }

    /// Adds the words of `text`, one per line (as [`Lexicon::from_lines`] reads them).
    pub fn extend_lines(&mut self, text: &str) {
        self.words.extend(Lexicon::from_lines(text).words);
    }

    /// Whether `word` (folded) is in the lexicon.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Adds a word (folded).
    pub fn insert(&mut self, word: &str) {
        self.words.insert(crate::fold::fold(word).into_boxed_str());
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
