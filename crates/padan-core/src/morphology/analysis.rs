//! One reading of a word: a lemma candidate and the affixes removed to reach it.

use super::affix::{Affix, AffixKind};

/// Whether an analysis keeps the meaning of the word or shifts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AnalysisKind {
    /// Only clitics, particles or reduplication removed.
    Inflected,
    /// Derivational affixes removed or exchanged.
    Derived,
}

/// A lemma candidate for a word, with the affixes removed, outermost first.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Analysis {
    /// The candidate lemma (folded).
    pub lemma: String,
    /// The affixes removed to reach it, outermost first.
    pub affixes: Vec<Affix>,
}

impl Analysis {
    /// `Inflected` when every affix is inflectional, else `Derived`.
    pub fn kind(&self) -> AnalysisKind {
        if self.affixes.iter().all(|a| a.kind.is_inflectional()) {
            AnalysisKind::Inflected
        } else {
            AnalysisKind::Derived
        }
    }

    /// How many derivational layers were removed: 0 for inflection.
    pub fn depth(&self) -> usize {
        self.affixes.iter().filter(|a| !a.kind.is_inflectional()).count()
    }

    /// How much was removed: each clitic, particle or reduplication costs 1, a voice
    /// exchange 2, a prefix or suffix 3, a confix 4, an infix 5. Cheaper analyses keep
    /// closer to the surface word and are tried first.
    pub fn cost(&self) -> usize {
        self.affixes
            .iter()
            .map(|a| match a.kind {
                AffixKind::Particle | AffixKind::Enclitic | AffixKind::Proclitic | AffixKind::Reduplication => 1,
                AffixKind::Voice => 2,
                AffixKind::Prefix | AffixKind::Suffix => 3,
                AffixKind::Confix => 4,
                AffixKind::Infix => 5,
            })
            .sum()
    }

    /// The sort key of analyses, best first: cost, then (at equal cost) a prefix removed
    /// before a suffix (*petani* is *tani* before *petan*).
    pub(crate) fn rank(&self) -> (usize, usize) {
        (self.cost(), self.affixes.iter().filter(|a| a.kind == AffixKind::Suffix).count())
    }

    /// The affixes as names (`["meN-", "-kan"]`).
    pub fn affix_names(&self) -> Vec<&'static str> {
        self.affixes.iter().map(|a| a.form).collect()
    }
}
