//! Indonesian morphology: every plausible analysis of a word, as lemma candidates with
//! the affixes removed to reach them, cheapest first. The analyzer proposes; the
//! matcher chooses, by looking candidates up in the glossary.
//!
//! The rules follow Sastrawi's published confix-stripping rule set (MIT, Andy Librian)
//! and go further: every candidate is kept rather than one root chosen, voice pairs
//! (`dikutuk` → `mengutuk`), reduplication with affixes, infixes, loanword prefixes.

mod affix;
mod analysis;
mod derivation;
mod inflection;
mod lexicon;
mod prefix;
mod reduplication;

pub use affix::{Affix, AffixKind};
pub use analysis::{Analysis, AnalysisKind};
pub(crate) use derivation::{bare_root_actives, is_bound_form};
pub use lexicon::Lexicon;

use std::sync::Arc;

/// Proposes lemma candidates for words.
///
/// ```
/// let analyzer = padan_core::Analyzer::new();
/// let analyses = analyzer.analyze("kejatuhannya");
/// assert_eq!(analyses[0].lemma, "kejatuhan");
/// assert_eq!(analyses[0].affix_names(), ["-nya"]);
/// assert!(analyses.iter().any(|a| a.lemma == "jatuh" && a.affix_names() == ["-nya", "ke-…-an"]));
///
/// let dikutuk = analyzer.analyze("dikutuk");
/// assert_eq!(dikutuk[0].lemma, "mengutuk");
/// assert_eq!(dikutuk[0].affix_names(), ["di-→meN-"]);
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    lexicon: Arc<Lexicon>,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer { lexicon: Lexicon::builtin() }
    }
}

impl Analyzer {
    /// An analyzer with the built-in lexicon of Indonesian roots.
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// An analyzer that uses `lexicon` instead of the built-in one.
    pub fn with_lexicon(lexicon: Lexicon) -> Analyzer {
        Analyzer { lexicon: Arc::new(lexicon) }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Every analysis of `word` (folded), cheapest first: fewest and lightest layers
    /// removed, inflection before derivation. The word itself is not among them. The
    /// analyzer proposes every reading, also of words the lexicon knows (*kinerja* is
    /// *kerja* + `-in-`); whoever uses the analyses weighs them against the lexicon
    /// (see [`Analyzer::best`]).
    pub fn analyze(&self, word: &str) -> Vec<Analysis> {
        let mut out = Vec::new();
        for stem in inflection::stems(word) {
            if !stem.affixes.is_empty() {
                push_unique(&mut out, Analysis { lemma: stem.text.to_owned(), affixes: stem.affixes.clone() });
            }
            if stem.text.contains('-') {
                // News hyphenates di- onto loans and acronyms: di-reshuffle, di-PHK.
                if let Some(rest) = stem.text.strip_prefix("di-").filter(|r| r.len() >= 2 && !r.contains('-')) {
                    let mut affixes = stem.affixes.clone();
                    affixes.push(prefix::DI);
                    push_unique(&mut out, Analysis { lemma: rest.to_owned(), affixes });
                }
                if stem.affixes.is_empty() {
                    for a in reduplication::analyses(stem.text, |half| self.analyze(half)) {
                        push_unique(&mut out, a);
                    }
                }
                continue;
            }
            derivation::derive(stem.text, &stem.affixes, &mut out);
        }
        out.sort_by_key(Analysis::rank);
        out
    }

    /// The best lemma for `word` by the lexicon: the word itself if the lexicon knows it,
    /// else the cheapest analysis whose lemma it knows, else the word unchanged.
    pub fn best(&self, word: &str) -> Analysis {
        if self.lexicon.contains(word) {
            return Analysis { lemma: word.to_owned(), affixes: Vec::new() };
        }
        self.analyze(word)
            .into_iter()
            .find(|a| self.lexicon.contains(&a.lemma))
            .unwrap_or_else(|| Analysis { lemma: word.to_owned(), affixes: Vec::new() })
    }
}

fn push_unique(out: &mut Vec<Analysis>, analysis: Analysis) {
    if !out.contains(&analysis) {
        out.push(analysis);
    }
}
