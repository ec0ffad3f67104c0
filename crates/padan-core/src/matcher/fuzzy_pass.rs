//! The fuzzy pass over a text already matched: misnamed names first (they may replace
//! the shorter terms inside them), then misspellings. Each word records which
//! annotation covers it, so every check is a look-up, not a scan of the annotations.

use super::{FuzzyStage, Matcher};
use crate::annotation::{Annotation, MatchKind};
use crate::document::{AnalysisCache, Document};
use crate::fuzzy::{KnownWords, misnamed_phrases, misspelt_at};
use crate::glossary::{EntryId, Pos};
use crate::span::Span;

/// No annotation covers the word.
const FREE: u32 = u32::MAX;

/// Annotations by slot, with the words each covers and, for every word, its slot.
struct Coverage {
    slots: Vec<Option<(Annotation, usize, usize)>>,
    owner: Vec<u32>,
}

impl Coverage {
    fn new(doc: &Document<'_>, annotations: Vec<Annotation>) -> Coverage {
        let mut cover = Coverage { slots: Vec::with_capacity(annotations.len()), owner: vec![FREE; doc.len()] };
        for a in annotations {
            let first = doc.tokens.partition_point(|t| t.span.end <= a.span.start);
            let last = doc.tokens.partition_point(|t| t.span.start < a.span.end).saturating_sub(1);
            cover.put(a, first, last);
        }
        cover
    }

    fn put(&mut self, a: Annotation, first: usize, last: usize) {
        let slot = self.slots.len() as u32;
        self.slots.push(Some((a, first, last)));
        self.owner[first..=last].fill(slot);
    }

    fn slot(&self, token: usize) -> Option<&(Annotation, usize, usize)> {
        self.slots.get(self.owner[token] as usize).and_then(Option::as_ref)
    }

    fn covered(&self, token: usize) -> bool {
        self.owner[token] != FREE
    }

    /// Whether an annotation starts at word `token`.
    fn starts_at(&self, token: usize) -> bool {
        self.slot(token).is_some_and(|&(_, first, _)| first == token)
    }

    /// Whether words `first..=last` hold only whole annotations (none reaches outside).
    fn holds_whole(&self, first: usize, last: usize) -> bool {
        self.slot(first).is_none_or(|&(_, f, _)| f == first) && self.slot(last).is_none_or(|&(_, _, l)| l == last)
    }

    /// How many annotations lie in `first..=last`.
    fn count_within(&self, first: usize, last: usize) -> usize {
        let mut slots: Vec<u32> = self.owner[first..=last].iter().copied().filter(|&o| o != FREE).collect();
        slots.dedup();
        slots.len()
    }

    /// Whether an annotation of more than one word lies in `first..=last`.
    fn holds_multi_word(&self, first: usize, last: usize) -> bool {
        (first..=last).any(|t| self.slot(t).is_some_and(|&(_, f, l)| l > f))
    }

    /// Replaces whatever covers `first..=last` with `a`.
    fn replace(&mut self, a: Annotation, first: usize, last: usize) {
        for t in first..=last {
            if let Some(slot) = self.slots.get_mut(self.owner[t] as usize) {
                *slot = None;
            }
        }
        self.put(a, first, last);
    }

    fn into_annotations(self) -> Vec<Annotation> {
        let mut out: Vec<Annotation> = self.slots.into_iter().flatten().map(|(a, _, _)| a).collect();
        out.sort_by_key(|a| a.span.start);
        out
    }
}

impl Matcher<'_> {
    pub(super) fn fuzzy_pass(
        &self,
        stage: &FuzzyStage,
        doc: &Document<'_>,
        cache: &mut AnalysisCache<'_>,
        annotations: Vec<Annotation>,
    ) -> Vec<Annotation> {
        let span_of =
            |first: usize, last: usize| Span { start: doc.tokens[first].span.start, end: doc.tokens[last].span.end };
        let mut cover = Coverage::new(doc, annotations);
        if stage.limits.misnamed {
            for m in misnamed_phrases(doc, &self.index, &stage.anchors, cache) {
                // The name replaces single-word terms wholly inside it, never a term that
                // reaches outside or a multi-word one (that is another name as written).
                if !cover.holds_whole(m.first, m.last) || cover.holds_multi_word(m.first, m.last) {
                    continue;
                }
                let span = span_of(m.first, m.last);
                let edit = format!("{} → {}", squeeze(span.of(doc.text)), m.form);
                let kind = MatchKind::Fuzzy { edit, form: m.form, distance: None };
                cover.replace(
                    Annotation { span, entry: m.target.entry, kind, score: 0.6, sense: None },
                    m.first,
                    m.last,
                );
            }
        }
        let known = KnownWords::new(&self.index, self.settings.spell.as_deref());
        for i in 0..doc.len() {
            // A misspelt term starts at an uncovered word, or where a shorter term
            // starts that it may swallow (`Dewan` + `Keamanaan` + `PBB`).
            if cover.covered(i) && !cover.starts_at(i) {
                continue;
            }
            // It may run on over words already glossed (`Kementeriaan` + `Luar Negeri`)
            // and replaces them only when it contains them whole and either corrects a
            // word nothing else explained or joins several terms into one name (a
            // function word left out of it).
            let found = misspelt_at(doc, i, &self.index, &stage.deletions, &known, cache, stage.limits);
            let Some(m) = found.into_iter().find(|m| {
                !self.foreign_loanword(cache, m.target.entry, &m.target.written)
                    && !common_word_for_a_name(doc, i, m.last, &m.target.written)
                    && cover.holds_whole(i, m.last)
                    && ((i..=m.last).any(|t| !cover.covered(t)) || cover.count_within(i, m.last) >= 2)
            }) else {
                continue;
            };
            let span = span_of(i, m.last);
            let form = m.target.written.to_string();
            let distance = m.edits.iter().map(|e| e.distance).sum();
            let edit = format!("{} → {form}", squeeze(span.of(doc.text)));
            let kind = MatchKind::Fuzzy { edit, form, distance: Some(distance) };
            cover.replace(Annotation { span, entry: m.target.entry, kind, score: m.score, sense: None }, i, m.last);
        }
        cover.into_annotations()
    }

    /// Whether `written` is one English word the glossary keeps as it is (`smelter`,
    /// `drone`) and that is no Indonesian word: a near miss of it in the text is likelier
    /// another English word (`shelter`) than a misspelling. Names glossed as themselves
    /// are not loanwords: a near miss of one is a misnaming.
    fn foreign_loanword(&self, cache: &mut AnalysisCache<'_>, entry: EntryId, written: &str) -> bool {
        let entry = self.glossary.entry(entry);
        entry.pos != Some(Pos::Name)
            && !written.contains(' ')
            && entry.en.iter().any(|en| en.eq_ignore_ascii_case(written))
            && !cache.analyzer().lexicon().contains(&crate::fold::fold(written))
    }
}

/// Whether a capitalised word inside a sentence, which is rather a name (*Ginting*,
/// *Kuswara*, *Desa Banaran*), would be corrected into a lower-case term (*genting*,
/// *suara*, *bantaran*). A long word one slip from a term (*Kementeriaannya*) is still a
/// misspelling.
fn common_word_for_a_name(doc: &Document<'_>, first: usize, last: usize, written: &str) -> bool {
    first == last
        && doc.capitalised_as_a_name(first)
        && written.starts_with(char::is_lowercase)
        && doc.surface(first).chars().count() < 12
}

/// Text with every run of white space written as one space, for messages.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
