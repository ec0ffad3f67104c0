//! Fuzzy matching: misspelt and misnamed terms (`Kementeriaan`, `Washinton`,
//! `Amerka Serikat`, `Organisasi Keamanan Shanghai`), found for what no other stage
//! explains, and never on a word that is itself Indonesian (`pantai` is not `partai`).
//!
//! Candidates come from a deletion index over the glossary's words; each is verified
//! with Damerau–Levenshtein distance, allowed only as far as the word's length
//! permits. A word counts as Indonesian when the lexicon, the glossary, a derivation
//! of a lexicon root or (when loaded) a Hunspell dictionary knows it.

mod deletions;
mod known;
mod phrases;
mod walk;

pub(crate) use deletions::DeletionIndex;
pub(crate) use known::KnownWords;
pub use known::SpellChecker;
pub(crate) use phrases::{PhraseAnchors, misnamed_phrases};
pub(crate) use walk::misspelt_at;

/// How much fuzzy matching to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum FuzzyMode {
    /// None.
    Off,
    /// Only clear misspellings of long words: one edit, words of 8 letters or more.
    Strict,
    /// Misspellings scaled to word length (one edit from 7 letters, two from 10, a
    /// letter more for lower-case words; inside a multi-word term one edit from 5
    /// letters, two from 8) and misnamed multi-word names (one word block replaced,
    /// anchored on a distinctive word). The default.
    #[default]
    Normal,
}

/// Edit-distance allowances of a mode.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Shortest single word (in characters) allowed one edit, and two edits.
    pub single: (usize, usize),
    /// Shortest word inside a multi-word term allowed one edit, and two edits.
    pub in_phrase: (usize, usize),
    /// Whether a misnamed phrase (a word block replaced) may match.
    pub misnamed: bool,
}

impl FuzzyMode {
    pub(crate) fn limits(self) -> Option<Limits> {
        match self {
            FuzzyMode::Off => None,
            FuzzyMode::Strict => Some(Limits { single: (8, usize::MAX), in_phrase: (6, usize::MAX), misnamed: false }),
            FuzzyMode::Normal => Some(Limits { single: (7, 10), in_phrase: (5, 8), misnamed: true }),
        }
    }
}

impl Limits {
    /// The edits allowed for a word of `chars` characters.
    pub fn allowed(&self, chars: usize, in_phrase: bool) -> usize {
        let (one, two) = if in_phrase { self.in_phrase } else { self.single };
        match chars {
            c if c >= two => 2,
            c if c >= one => 1,
            _ => 0,
        }
    }
}

/// The score of a fuzzy match: below every exact or morphological match, lower for
/// more edits relative to the length matched.
pub(crate) fn score(edits: usize, chars: usize) -> f32 {
    let similarity = 1.0 - edits as f32 / chars.max(1) as f32;
    (0.75 * similarity).clamp(0.3, 0.75)
}
