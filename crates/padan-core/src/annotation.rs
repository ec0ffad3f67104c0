//! Annotations: one glossed span of the text, with why it matched.

use crate::glossary::EntryId;
use crate::morphology::Affix;
use crate::span::Span;

/// How a span matched its entry, in order of trust.
#[derive(Clone, Debug, PartialEq)]
pub enum MatchKind {
    /// The text is the headword (case-folded as the entry's case rule allows).
    Exact,
    /// The text is one of the entry's variant spellings.
    Variant {
        /// The variant as the glossary writes it.
        form: String,
    },
    /// The text is one of the entry's abbreviations, or an acronym the text itself
    /// defined ("Komisi Pemberantasan Korupsi (KPK)").
    Abbreviation {
        /// The abbreviation.
        form: String,
        /// Where the text defined it, when it was the text and not the glossary.
        defined_at: Option<Span>,
    },
    /// Clitics, particles or reduplication removed; the meaning is unchanged.
    Inflected {
        /// The glossary form reached.
        lemma: String,
        /// The affixes removed, outermost first.
        affixes: Vec<Affix>,
    },
    /// Derivational affixes removed or exchanged; the meaning has shifted.
    Derived {
        /// The glossary form reached.
        lemma: String,
        /// The affixes removed or exchanged, outermost first.
        affixes: Vec<Affix>,
    },
    /// Misspelt or misnamed: the text is close to a glossary form but not it.
    Fuzzy {
        /// The glossary form the text was taken for.
        form: String,
        /// The correction, as `text → form`.
        edit: String,
        /// Characters edited (Damerau–Levenshtein), for a misspelling; `None` for a
        /// misnamed multi-word name (a block of words replaced).
        distance: Option<usize>,
    },
}

impl MatchKind {
    /// The name used in JSON output: `exact`, `variant`, `abbreviation`, `inflected`,
    /// `derived`, `fuzzy`.
    pub fn name(&self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Variant { .. } => "variant",
            MatchKind::Abbreviation { .. } => "abbreviation",
            MatchKind::Inflected { .. } => "inflected",
            MatchKind::Derived { .. } => "derived",
            MatchKind::Fuzzy { .. } => "fuzzy",
        }
    }
}

/// Which sense of an entry was chosen, and the cues that chose it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SenseChoice {
    /// 1-based index into the entry's `senses` (0, the default sense, is never a
    /// choice).
    pub index: usize,
    /// The cues that chose it: found near the term, or, for a sense carried over from
    /// the term's other occurrences in the text, found near those.
    pub cues: Vec<String>,
}

/// One glossed span.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Where the term is in the text.
    pub span: Span,
    /// The glossary entry it stands for.
    pub entry: EntryId,
    /// How it matched.
    pub kind: MatchKind,
    /// Confidence in 0..=1: 1 for exact matches, less for deeper analyses.
    pub score: f32,
    /// A sense other than the default, when cues chose one.
    pub sense: Option<SenseChoice>,
}

impl Annotation {
    /// Index of the chosen sense (0 for the entry's own `en`), for
    /// [`crate::Entry::gloss`].
    pub fn sense_index(&self) -> usize {
        self.sense.as_ref().map_or(0, |s| s.index)
    }
}
