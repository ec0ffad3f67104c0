//! Indonesian morphology: every plausible analysis of a word, as lemma candidates with
//! the affixes removed to reach them. The analyzer proposes; the matcher chooses, by
//! looking candidates up in the glossary and preferring the least stripping.

mod affix;
mod analysis;
mod inflection;

pub use affix::{Affix, AffixKind};
pub use analysis::{Analysis, AnalysisKind};

/// Proposes lemma candidates for words.
///
/// ```
/// let analyzer = padan_core::Analyzer::new();
/// let analyses = analyzer.analyze("presidennya");
/// assert_eq!(analyses[0].lemma, "presiden");
/// assert_eq!(analyses[0].affix_names(), ["-nya"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    _private: (),
}

impl Analyzer {
    /// An analyzer with Indonesian's inflectional rules.
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// Every analysis of `word` (folded), best first: fewest layers removed first,
    /// inflection before derivation. The word itself is not among them.
    pub fn analyze(&self, word: &str) -> Vec<Analysis> {
        let mut analyses = inflection::analyses(word);
        analyses.sort_by_key(|a| (a.depth(), a.affixes.len()));
        analyses
    }
}
