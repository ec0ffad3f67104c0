//! Misnamed multi-word names: one block of words replaced (`Organisasi Keamanan
//! Shanghai` for `Organisasi Kerja Sama Shanghai`, the SCO). A name is only proposed
//! around a distinctive word of it (one that few glossary names share and that is not
//! a common Indonesian word), with its first and last words as written: `Organisasi
//! Pangan Dunia` shares only common words with `Organisasi Perdagangan Dunia` and is
//! left alone.

use crate::document::{AnalysisCache, Document};
use crate::glossary::FormKind;
use crate::index::{Index, ROOT, Target};
use crate::morphology::Analyzer;
use std::collections::HashMap;

/// At most this many names may share a word for it to count as distinctive.
const MAX_SHARING: usize = 2;
/// A replaced block is at most this many words on either side.
const MAX_BLOCK: usize = 2;

/// Distinctive words of the glossary's names of three words or more, with the names
/// (their trie nodes and words) that contain them.
#[derive(Debug, Default)]
pub(crate) struct PhraseAnchors {
    anchors: HashMap<Box<str>, Vec<u32>, crate::index::FoldHasher>,
    words: HashMap<u32, Vec<Box<str>>, crate::index::FoldHasher>,
}

impl PhraseAnchors {
    pub fn build(index: &Index, analyzer: &Analyzer) -> PhraseAnchors {
        let lexicon = analyzer.lexicon();
        let stop = crate::glossary::stop_words();
        // A common word is not distinctive. Words the lexicon only explains through a
        // derivation (kedua is ke- + dua) are ruled out when the text shows them, so
        // that building stays cheap.
        let common = |w: &str| lexicon.contains(w) || stop.contains(w);
        let mut words: HashMap<u32, Vec<Box<str>>, crate::index::FoldHasher> = HashMap::default();
        let mut sharing: HashMap<Box<str>, Vec<u32>, crate::index::FoldHasher> = HashMap::default();
        for (id, node) in index.nodes().iter().enumerate() {
            if node.targets.is_empty() || !node.targets.iter().any(|t| !t.case_sensitive) {
                continue;
            }
            let mut path = Vec::new();
            let mut at = id as u32;
            while at != ROOT {
                let n = index.node(at);
                path.push(n.word.clone());
                at = n.parent;
            }
            if path.len() < 3 || path.iter().any(|w| w.starts_with(',')) {
                continue;
            }
            path.reverse();
            for w in &path {
                let list = sharing.entry(w.clone()).or_default();
                if list.last() != Some(&(id as u32)) {
                    list.push(id as u32);
                }
            }
            words.insert(id as u32, path);
        }
        sharing.retain(|w, names| names.len() <= MAX_SHARING && w.chars().count() >= 4 && !common(w));
        PhraseAnchors { anchors: sharing, words }
    }
}

/// A misnamed phrase found in the text.
#[derive(Clone, Debug)]
pub(crate) struct Misnamed<'i> {
    pub first: usize,
    pub last: usize,
    pub target: &'i Target,
    /// The glossary's form of the name, as written.
    pub form: String,
}

/// Every misnamed phrase in the text, leftmost first, not overlapping each other.
pub(crate) fn misnamed_phrases<'i>(
    doc: &Document<'_>,
    index: &'i Index,
    anchors: &PhraseAnchors,
    cache: &mut AnalysisCache<'_>,
) -> Vec<Misnamed<'i>> {
    let mut found: Vec<Misnamed<'i>> = Vec::new();
    for t in 0..doc.len() {
        let Some(names) = anchors.anchors.get(doc.folded(t)) else { continue };
        let lexicon = cache.analyzer().lexicon();
        if cache.get(doc.folded(t)).iter().take_while(|a| a.cost() <= 7).any(|a| lexicon.contains(&a.lemma)) {
            continue;
        }
        for &name in names {
            let words = &anchors.words[&name];
            for (p, w) in words.iter().enumerate() {
                if **w != *doc.folded(t) {
                    continue;
                }
                let Some((first, last)) = align(doc, t, p, words) else { continue };
                let Some(target) =
                    index.targets(name).iter().find(|t| !t.case_sensitive && t.form_kind != FormKind::Abbreviation)
                else {
                    continue;
                };
                if found.last().is_some_and(|f| f.last >= first) {
                    continue;
                }
                found.push(Misnamed { first, last, target, form: target.written.to_string() });
            }
        }
    }
    found
}

/// Aligns name `words` around token `t` (= word `p`): the text span starts with the
/// name's first words and ends with its last words as written, and between them one
/// block of one or two name words is replaced by one or two other words. The anchor must lie in a part written as in the name. Returns the span
/// with the most words as written.
fn align(doc: &Document<'_>, t: usize, p: usize, words: &[Box<str>]) -> Option<(usize, usize)> {
    let stop = crate::glossary::stop_words();
    let n = words.len();
    let joined = |from: usize, to: usize| (from + 1..=to).all(|i| doc.tokens[i].gap.joins_terms());
    let same = |token: usize, word: usize| *doc.folded(token) == *words[word];
    let mut best: Option<(usize, usize, usize)> = None;
    for start in t.saturating_sub(n + MAX_BLOCK)..=t {
        for end in t..(t + n + MAX_BLOCK).min(doc.len()) {
            let span = end - start + 1;
            if span < 3 || !joined(start, end) {
                continue;
            }
            // a: name words matched at the start; b: at the end.
            let a_max = (0..n.min(span)).take_while(|&k| same(start + k, k)).count();
            let b_max = (0..n.min(span)).take_while(|&k| same(end - k, n - 1 - k)).count();
            for a in 1..=a_max {
                for b in 1..=b_max {
                    if a + b > n || a + b > span {
                        continue;
                    }
                    let name_block = n - a - b;
                    let text_block = span - a - b;
                    // A real substitution: with a word only dropped or only added, the
                    // text is too often another name (produk domestik bruto, GDP, beside
                    // produk domestik regional bruto).
                    if name_block > MAX_BLOCK || text_block > MAX_BLOCK || name_block == 0 || text_block == 0 {
                        continue;
                    }
                    // The block must really differ: a span that is the name as written
                    // is an exact match, not a misnomer.
                    if name_block == text_block && (0..name_block).all(|k| same(start + a + k, a + k)) {
                        continue;
                    }
                    // A misnomer swaps content words; function words in the block mean
                    // the text goes on about something else (perang di antara kedua …
                    // is not Perang Dunia Kedua).
                    if (start + a..=end - b).any(|k| stop.contains(doc.folded(k))) {
                        continue;
                    }
                    let anchor_exact = (t < start + a && t - start == p) || (t > end - b && end - t == n - 1 - p);
                    if !anchor_exact {
                        continue;
                    }
                    if best.is_none_or(|(_, _, exact)| a + b > exact) {
                        best = Some((start, end, a + b));
                    }
                }
            }
        }
    }
    best.map(|(start, end, _)| (start, end))
}
