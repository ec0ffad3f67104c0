//! The affixes padan names when it explains a match.

use std::fmt;

/// The grammatical role of an affix, as linguists name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AffixKind {
    /// A particle: `-lah`, `-kah`, `-tah`, `-pun`.
    Particle,
    /// A possessive or object enclitic: `-ku`, `-mu`, `-nya`.
    Enclitic,
    /// A proclitic: `ku-`, `kau-`.
    Proclitic,
    /// Plural or iterative reduplication: `negara-negara`.
    Reduplication,
    /// A derivational prefix: `meN-`, `di-`, `ber-`, …
    Prefix,
    /// A derivational suffix: `-kan`, `-i`, `-an`.
    Suffix,
    /// A confix, prefix and suffix together: `ke-…-an`, `peN-…-an`.
    Confix,
    /// An infix: `-el-`, `-em-`, `-er-`, `-in-`.
    Infix,
    /// The passive prefix exchanged for the active one (`di-` → `meN-`): a voice pair.
    Voice,
}

impl AffixKind {
    /// Whether removing the affix leaves the meaning unchanged (inflection) rather
    /// than shifting it (derivation).
    pub fn is_inflectional(self) -> bool {
        matches!(self, AffixKind::Particle | AffixKind::Enclitic | AffixKind::Proclitic | AffixKind::Reduplication)
    }
}

/// One affix removed from a word, named as a grammar would (`meN-`, `-nya`, `ke-…-an`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Affix {
    /// Its role.
    pub kind: AffixKind,
    /// Its name: the canonical form, with `N` for the nasal of `meN-`/`peN-`.
    pub form: &'static str,
}

impl Affix {
    pub(crate) const fn new(kind: AffixKind, form: &'static str) -> Affix {
        Affix { kind, form }
    }
}

impl fmt::Display for Affix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.form)
    }
}
