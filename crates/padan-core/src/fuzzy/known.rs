//! The veto: words that are Indonesian in their own right and so are never "corrected"
//! into a different glossary term.

use crate::document::AnalysisCache;
use crate::index::FoldHasher;
use crate::index::{Index, ROOT};
use std::cell::RefCell;
use std::collections::HashMap;

/// A Hunspell dictionary, loaded at run time (such dictionaries are usually under a
/// copyleft licence and are never built into padan). Debian's `hunspell-id` installs
/// one at `/usr/share/hunspell/id_ID.aff` and `.dic`.
pub struct SpellChecker {
    dictionary: spellbook::Dictionary,
}

impl std::fmt::Debug for SpellChecker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SpellChecker")
    }
}

impl SpellChecker {
    /// Parses a dictionary from the texts of its `.aff` and `.dic` files.
    pub fn new(aff: &str, dic: &str) -> Result<SpellChecker, String> {
        spellbook::Dictionary::new(aff, dic).map(|dictionary| SpellChecker { dictionary }).map_err(|e| e.to_string())
    }

    /// Whether the dictionary accepts `word`.
    pub fn check(&self, word: &str) -> bool {
        self.dictionary.check(word)
    }
}

/// Everything that says a word is real Indonesian: the lexicon (through the analysis
/// cache's analyzer), the glossary, derivations, and a Hunspell dictionary if loaded.
/// Answers are remembered per word for the text at hand.
pub(crate) struct KnownWords<'a> {
    index: &'a Index,
    spell: Option<&'a SpellChecker>,
    memo: RefCell<HashMap<Box<str>, bool, FoldHasher>>,
}

/// The most stripping a derivation may take and still prove a word real: one prefix
/// and one suffix, or a confix and a clitic.
const MAX_PROOF_COST: usize = 7;

impl<'a> KnownWords<'a> {
    pub fn new(index: &'a Index, spell: Option<&'a SpellChecker>) -> KnownWords<'a> {
        KnownWords { index, spell, memo: RefCell::default() }
    }

    /// Whether `word` (folded) is a word of the language rather than a misspelling.
    pub fn contains(&self, word: &str, cache: &mut AnalysisCache<'_>) -> bool {
        if let Some(&known) = self.memo.borrow().get(word) {
            return known;
        }
        let known = self.decide(word, cache);
        self.memo.borrow_mut().insert(word.into(), known);
        known
    }

    /// The checks, cheapest first; the Hunspell dictionary last.
    fn decide(&self, word: &str, cache: &mut AnalysisCache<'_>) -> bool {
        let lexicon = cache.analyzer().lexicon();
        if lexicon.contains(word) || self.index.child(ROOT, word).is_some() {
            return true;
        }
        let derived = cache.get(word).iter().take_while(|a| a.cost() <= MAX_PROOF_COST).any(|a| {
            lexicon.contains(&a.lemma)
                || self.index.child(ROOT, &a.lemma).is_some_and(|n| !self.index.targets(n).is_empty())
        });
        derived || self.spell.is_some_and(|s| s.check(word))
    }
}
