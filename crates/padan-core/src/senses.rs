//! Sense choice: an entry with further senses gets the one whose cues occur in the
//! same paragraph (most cues wins); with none present it keeps its default sense.

use crate::annotation::{Annotation, SenseChoice};
use crate::document::Document;
use crate::fold::fold;
use crate::glossary::Glossary;
use crate::morphology::{AnalysisKind, Analyzer};

pub(crate) fn choose(doc: &Document<'_>, glossary: &Glossary, analyzer: &Analyzer, annotations: &mut [Annotation]) {
    for annotation in annotations.iter_mut() {
        let entry = glossary.entry(annotation.entry);
        if entry.senses.is_empty() {
            continue;
        }
        let Some(paragraph) = paragraph_words(doc, annotation.span.start) else { continue };
        let mut best: Option<SenseChoice> = None;
        for (i, sense) in entry.senses.iter().enumerate() {
            let cues: Vec<String> =
                sense.cues.iter().filter(|cue| occurs(doc, analyzer, paragraph.clone(), &fold(cue))).cloned().collect();
            if !cues.is_empty() && best.as_ref().is_none_or(|b| cues.len() > b.cues.len()) {
                best = Some(SenseChoice { index: i + 1, cues });
            }
        }
        annotation.sense = best;
    }
}

/// The word indices of the paragraph containing byte `offset`.
fn paragraph_words(doc: &Document<'_>, offset: usize) -> Option<std::ops::Range<usize>> {
    let at = doc.tokens.partition_point(|t| t.span.end <= offset);
    let paragraph = doc.tokens.get(at)?.paragraph;
    let start = doc.tokens[..at].iter().rposition(|t| t.paragraph != paragraph).map_or(0, |i| i + 1);
    let end = doc.tokens[at..].iter().position(|t| t.paragraph != paragraph).map_or(doc.len(), |i| at + i);
    Some(start..end)
}

/// Whether the folded cue (one or more words) occurs among `words`; its last word may
/// be inflected (`penindasannya` shows `penindasan`).
fn occurs(doc: &Document<'_>, analyzer: &Analyzer, words: std::ops::Range<usize>, cue: &str) -> bool {
    let cue_words: Vec<&str> = cue.split(' ').collect();
    let Some((&last_cue, leading)) = cue_words.split_last() else { return false };
    words.clone().any(|i| {
        let end = i + leading.len();
        end < words.end
            && leading.iter().enumerate().all(|(k, w)| doc.folded(i + k) == *w)
            && (doc.folded(end) == last_cue
                || analyzer
                    .analyze(doc.folded(end))
                    .iter()
                    .any(|a| a.kind() == AnalysisKind::Inflected && a.lemma == last_cue))
    })
}
