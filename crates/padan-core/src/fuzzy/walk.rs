//! Misspelt terms: walk the index trie from an uncovered word, letting words that are
//! not Indonesian match a glossary word within the allowed edits (`Kementeriaan Luar
//! Negeri`, `Amerka Serikat`, `Washinton`).

use super::deletions::{DeletionIndex, Scratch};
use super::known::KnownWords;
use super::{Limits, score};
use crate::document::AnalysisCache;
use crate::document::Document;
use crate::glossary::FormKind;
use crate::index::{Index, ROOT, Target};
use crate::morphology::{AffixKind, Analysis, AnalysisKind};
use crate::token::{Gap, Shape};

/// One word matched with edits: how many, and whether the word looks like a regular
/// derivation (then it may only be corrected inside a multi-word name).
#[derive(Clone, Debug)]
pub(crate) struct Edit {
    pub distance: usize,
    pub derived_looking: bool,
}

/// A fuzzy match found by [`misspelt_at`].
#[derive(Clone, Debug)]
pub(crate) struct Misspelt<'i> {
    pub last: usize,
    pub target: &'i Target,
    pub edits: Vec<Edit>,
    pub score: f32,
}

/// Letters from which a capitalised, derived-looking word may be corrected on its own.
const LONG_WORD: usize = 12;

/// Function words a writer may leave out of a long name.
const DROPPABLE: &[&str] = &["dan", "untuk", "dari", "serta", "bagi", "pada", "atas", "dengan"];

/// Walks the states this many at most; more branching than that is noise.
const MAX_STATES: usize = 8;

/// The fuzzy matches starting at word `first`, best (longest, then closest) first.
/// `known` vetoes words that are Indonesian.
pub(crate) fn misspelt_at<'i>(
    doc: &Document<'_>,
    first: usize,
    index: &'i Index,
    deletions: &DeletionIndex,
    known: &KnownWords<'_>,
    cache: &mut AnalysisCache<'_>,
    limits: Limits,
) -> Vec<Misspelt<'i>> {
    // (node, edits so far, whether the term must end here: after an inflected word).
    let mut states: Vec<(u32, Vec<Edit>, bool)> = vec![(ROOT, Vec::new(), false)];
    let mut found: Vec<Misspelt<'i>> = Vec::new();
    let mut candidates = Vec::new();
    let mut scratch = Scratch::default();
    let mut last = first;
    while last < doc.len() && !states.is_empty() {
        let token = &doc.tokens[last];
        if last > first && !token.gap.joins_terms() {
            break;
        }
        let word = doc.folded(last);
        let chars = word.chars().count();
        // A word with digits in it is a name or a code (Liputan6, G20), never a misspelling.
        let mut fuzzable = !token.is_numeric()
            && chars >= super::deletions::MIN_INDEXED_CHARS
            && !word.bytes().any(|b| b.is_ascii_digit())
            && !known.contains(word, cache);
        // Most words start nothing: not fuzzable, and no glossary term begins with them.
        if last == first && !fuzzable && index.child(ROOT, word).is_none() {
            break;
        }
        let analyses = cache.get(word);
        let derived_looking = fuzzable && looks_derived(&analyses);
        if derived_looking && !name_like(doc, last) {
            fuzzable = false;
        }
        // The last word of a term may carry a clitic (`Luar Negerinya`); only a term
        // with a correction in it needs that reading here.
        let corrected_so_far = states.iter().any(|(_, edits, _)| !edits.is_empty());
        let inflected: Vec<&str> = if fuzzable || corrected_so_far {
            analyses.iter().filter(|a| a.kind() == AnalysisKind::Inflected).map(|a| a.lemma.as_str()).collect()
        } else {
            Vec::new()
        };
        // A misspelt word may carry a clitic too (`Kementeriaannya`): its stems are
        // tried, as the last word of a term.
        let mut queries: Vec<(&str, bool)> = Vec::new();
        if fuzzable {
            queries.push((word, false));
            for &stem in &inflected {
                if stem.chars().count() >= super::deletions::MIN_INDEXED_CHARS && !known.contains(stem, cache) {
                    queries.push((stem, true));
                }
            }
        }
        let mut next = Vec::new();
        for (node, edits, ended) in &states {
            if *ended {
                continue;
            }
            if let Some(child) = index.child(*node, word) {
                next.push((child, edits.clone(), false));
            }
            // A function word of the term left out (Kementerian Pemberdayaan Perempuan
            // Perlindungan Anak, without `dan`): one edit, inside a term only.
            if last > first && edits.is_empty() {
                for &skipped in DROPPABLE {
                    if let Some(child) = index.child(*node, skipped).and_then(|c| index.child(c, word)) {
                        let mut edits = edits.clone();
                        edits.push(Edit { distance: skipped.len(), derived_looking: false });
                        next.push((child, edits, false));
                    }
                }
            }
            if !edits.is_empty() {
                for &stem in &inflected {
                    if let Some(child) = index.child(*node, stem) {
                        next.push((child, edits.clone(), true));
                    }
                }
            }
            for (query, inflected) in &queries {
                // Within a multi-word term the in-phrase allowance applies; a single
                // word is held to the stricter one when its term ends.
                let allowed = limits.allowed(query.chars().count(), true);
                if allowed == 0 {
                    continue;
                }
                deletions.candidates(*node, query, allowed, &mut scratch, &mut candidates);
                for &child in &candidates {
                    let distance = strsim::damerau_levenshtein(query, &index.node(child).word);
                    if distance == 0 || distance > allowed {
                        continue;
                    }
                    let mut edits = edits.clone();
                    edits.push(Edit { distance, derived_looking });
                    next.push((child, edits, *inflected));
                }
            }
        }
        next.truncate(MAX_STATES);
        for (node, edits, _) in &next {
            if edits.is_empty() {
                continue;
            }
            let words = last - first + 1;
            if !acceptable(doc, first, last, edits, words, limits) {
                continue;
            }
            // Abbreviations and blends are codes: one letter apart is another body
            // (Wamenkes, health, is not Wamenkeu, finance), so they are never targets.
            let Some(target) =
                index.targets(*node).iter().find(|t| !t.case_sensitive && t.form_kind != FormKind::Abbreviation)
            else {
                continue;
            };
            let distance: usize = edits.iter().map(|e| e.distance).sum();
            let chars: usize = (first..=last).map(|i| doc.folded(i).chars().count()).sum();
            found.push(Misspelt { last, target, edits: edits.clone(), score: score(distance, chars) });
        }
        states = next;
        last += 1;
    }
    found.sort_by(|a, b| b.last.cmp(&a.last).then(b.score.total_cmp(&a.score)));
    found
}

/// Whether edits on `words` words are few enough: a single word needs the stricter
/// single-word allowance; a multi-word term keeps at least half its words exact.
fn acceptable(doc: &Document<'_>, first: usize, last: usize, edits: &[Edit], words: usize, limits: Limits) -> bool {
    if words == 1 {
        // A capitalised word that looks derived stands alone only when it is long and
        // one edit away (Kementeriaannya), where a real word is unlikely to be.
        if edits.iter().any(|e| e.derived_looking && (e.distance > 1 || doc.folded(first).chars().count() < LONG_WORD))
        {
            return false;
        }
        // A lower-case word is more likely a common word than a misspelt name, so it
        // needs one letter more for the same allowance.
        let chars = doc.folded(first).chars().count();
        let lower = doc.tokens[first].shape == Shape::Lower;
        let allowed = limits.allowed(chars.saturating_sub(usize::from(lower)), false);
        return edits.iter().all(|e| e.distance <= allowed);
    }
    let exact = words - edits.len();
    exact * 2 >= words && (first..=last).all(|i| i == first || doc.tokens[i].gap != Gap::Paragraph)
}

/// Whether word `i` is written as a name: capitals, and not just because it starts a
/// sentence.
fn name_like(doc: &Document<'_>, i: usize) -> bool {
    let token = &doc.tokens[i];
    if matches!(token.shape, Shape::Lower | Shape::Number | Shape::RomanNumeral) {
        return false;
    }
    let before = if i == 0 { "" } else { &doc.text[doc.tokens[i - 1].span.end..token.span.start] };
    let sentence_start = i == 0 || before.contains(['.', '!', '?', '\n', ':']);
    !sentence_start
}

/// Whether a word looks like a regular derivation (a prefix, a confix or a loan suffix
/// such as `-is` on a stem of four letters or more): such a word whose root padan does
/// not know is far more often a real word than a misspelling (*bergolak* is not
/// *bertolak*, *analitis* is not *analisis*). It is corrected only as a capitalised word
/// inside a multi-word name, where the other words vouch for the reading
/// (*Kementeriaan Luar Negeri*).
fn looks_derived(analyses: &[Analysis]) -> bool {
    analyses.iter().any(|a| {
        a.lemma.chars().count() >= 4
            && a.affixes.iter().any(|x| {
                matches!(x.kind, AffixKind::Prefix | AffixKind::Confix) || matches!(x.form, "-is" | "-isme" | "-isasi")
            })
    })
}
