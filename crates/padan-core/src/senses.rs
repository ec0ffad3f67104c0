//! Sense choice: an entry with further senses gets the one whose cues occur near it —
//! within a few words on either side, in the same paragraph (most cues wins); with
//! none present it takes the sense its other occurrences in the text agree on, else
//! its default sense.

use crate::annotation::{Annotation, SenseChoice};
use crate::document::AnalysisCache;
use crate::document::Document;
use crate::fold::fold;
use crate::glossary::{EntryId, Glossary};
use crate::morphology::AnalysisKind;
use crate::span::Span;
use std::collections::HashMap;

pub(crate) fn choose(
    doc: &Document<'_>,
    glossary: &Glossary,
    cache: &mut AnalysisCache<'_>,
    annotations: &mut [Annotation],
) {
    for annotation in annotations.iter_mut() {
        let entry = glossary.entry(annotation.entry);
        if entry.senses.is_empty() {
            continue;
        }
        let Some(window) = window_around(doc, annotation.span) else { continue };
        let at = doc.tokens.partition_point(|t| t.span.end <= annotation.span.start);
        let term = fold(&entry.term);
        let mut best: Option<SenseChoice> = None;
        let mut best_weight: Option<(usize, usize)> = None;
        let sentence = {
            let around = doc.sentence_around(at);
            around.start.max(window.start)..around.end.min(window.end)
        };
        for (i, sense) in entry.senses.iter().enumerate() {
            let cues: Vec<String> = sense
                .cues
                .iter()
                .filter(|cue| {
                    let cue = fold(cue);
                    // A cue that contains the term is a collocation (kementerian
                    // terkait): it counts only where it is the term's own phrase.
                    let anchored = contains_phrase(&cue, &term);
                    let range = if anchored {
                        at.saturating_sub(cue.split(' ').count())..(at + 1).min(doc.len())
                    } else {
                        window.clone()
                    };
                    occurs(doc, cache, range, window.end, &cue, anchored.then_some(at))
                })
                .cloned()
                .collect();
            let cues = without_nested(cues);
            // Cues in the term's own sentence outweigh any number in the sentences
            // around it ("… ricuh, pendukung mendorong awak media. Pemerintah mendorong
            // investasi": the second is boost, not shove).
            let in_sentence = cues.iter().filter(|cue| {
                let cue = fold(cue);
                occurs(doc, cache, sentence.clone(), sentence.end, &cue, None)
            });
            let weight = (in_sentence.count(), cues.len());
            if !cues.is_empty() && best_weight.is_none_or(|b| weight > b) {
                best_weight = Some(weight);
                best = Some(SenseChoice { index: i + 1, cues });
            }
        }
        annotation.sense = best;
    }
    carry_over(glossary, annotations);
}

/// Whether the folded cue holds the folded term as whole words (`kementerian terkait`
/// holds `terkait`; `yang paling sedikit` holds `paling sedikit`): a collocation.
fn contains_phrase(cue: &str, term: &str) -> bool {
    format!(" {cue} ").contains(&format!(" {term} "))
}

/// The cues found, less those that are part of a longer cue found too (`imigrasi`
/// inside `kantor imigrasi`): one phrase is one piece of evidence, not two.
fn without_nested(cues: Vec<String>) -> Vec<String> {
    let padded: Vec<String> = cues.iter().map(|c| format!(" {} ", fold(c))).collect();
    cues.iter()
        .enumerate()
        .filter(|&(i, _)| {
            !padded
                .iter()
                .enumerate()
                .any(|(j, longer)| j != i && longer.len() > padded[i].len() && longer.contains(&padded[i]))
        })
        .map(|(_, c)| c.clone())
        .collect()
}

/// One sense per text: an occurrence without cues of its own takes the sense its other
/// occurrences chose on two cues or more, when they all chose the same ("IHSG … di
/// zona merah", then "nyaris seluruh sektor berada di zona merah": both in the red). A
/// sense chosen by a collocation (kementerian terkait) belongs to that phrase alone and
/// is not carried.
fn carry_over(glossary: &Glossary, annotations: &mut [Annotation]) {
    let mut chosen: HashMap<EntryId, Option<SenseChoice>> = HashMap::new();
    for a in annotations.iter() {
        if let Some(sense) = &a.sense {
            let term = fold(&glossary.entry(a.entry).term);
            if sense.cues.iter().any(|cue| contains_phrase(&fold(cue), &term)) {
                chosen.insert(a.entry, None);
                continue;
            }
            // One cue is too little evidence to speak for the whole text.
            if sense.cues.len() < 2 {
                continue;
            }
            chosen
                .entry(a.entry)
                .and_modify(|c| {
                    if c.as_ref().is_some_and(|c| c.index != sense.index) {
                        *c = None;
                    }
                })
                .or_insert_with(|| Some(sense.clone()));
        }
    }
    for a in annotations.iter_mut().filter(|a| a.sense.is_none()) {
        if let Some(Some(sense)) = chosen.get(&a.entry) {
            a.sense = Some(sense.clone());
        }
    }
}

/// How many words on either side of a term are searched for cues. Wide enough for a
/// clause ("konfrontasi antar blok", juga memperingatkan bahwa "penahanan …"), narrow
/// enough that a long paragraph about two topics does not mix their senses.
pub(crate) const CUE_WINDOW: usize = 12;

/// The word indices within [`CUE_WINDOW`] words of `span`, in its paragraph.
fn window_around(doc: &Document<'_>, span: Span) -> Option<std::ops::Range<usize>> {
    let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let last = doc.tokens.partition_point(|t| t.span.start < span.end).checked_sub(1)?;
    let paragraph = doc.tokens.get(first)?.paragraph;
    let mut start = first.saturating_sub(CUE_WINDOW);
    while doc.tokens[start].paragraph != paragraph {
        start += 1;
    }
    let mut end = (last + 1 + CUE_WINDOW).min(doc.len());
    while doc.tokens[end - 1].paragraph != paragraph {
        end -= 1;
    }
    Some(start..end)
}

/// Whether the folded cue (one or more words) occurs among `words`; its last word may
/// be inflected (`penindasannya` shows `penindasan`).
/// Whether the folded cue starts at one of `starts` and ends before `limit`; with
/// `covering`, the occurrence must include that word.
fn occurs(
    doc: &Document<'_>,
    cache: &mut AnalysisCache<'_>,
    starts: std::ops::Range<usize>,
    limit: usize,
    cue: &str,
    covering: Option<usize>,
) -> bool {
    let cue_words: Vec<&str> = cue.split(' ').collect();
    let Some((&last_cue, leading)) = cue_words.split_last() else { return false };
    starts.clone().any(|i| {
        let end = i + leading.len();
        end < limit
            && covering.is_none_or(|c| i <= c && c <= end)
            && leading.iter().enumerate().all(|(k, w)| doc.folded(i + k) == *w)
            && (doc.folded(end) == last_cue
                || cache
                    .get(doc.folded(end))
                    .iter()
                    .any(|a| a.kind() == AnalysisKind::Inflected && a.lemma == last_cue))
    })
}
