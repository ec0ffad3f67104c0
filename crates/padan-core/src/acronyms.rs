//! Acronyms the text defines: "Komisi Pemberantasan Korupsi (KPK)" binds `KPK` to the
//! entry glossed just before it, throughout the text (a headline uses the acronym its
//! article spells out), over any other reading the glossary gives the same letters.

use crate::annotation::{Annotation, MatchKind};
use crate::document::Document;
use crate::glossary::Glossary;
use crate::token::Shape;
use std::collections::HashMap;

/// Finds `TERM (ACRONYM)` patterns after an annotation and glosses the acronym there
/// and at every later occurrence not already glossed. An acronym the text spells out
/// as a name the glossary does not know loses the glossary's reading of it.
pub(crate) fn bind_defined(doc: &Document<'_>, glossary: &Glossary, annotations: &mut Vec<Annotation>) {
    drop_redefined(doc, glossary, annotations);
    let mut bound: HashMap<&str, (usize, crate::span::Span)> = HashMap::new();
    let mut ann = 0;
    for i in 0..doc.len().saturating_sub(1) {
        while ann < annotations.len() && annotations[ann].span.end < doc.tokens[i].span.end {
            ann += 1;
        }
        let Some(defining) = annotations.get(ann).filter(|a| a.span.end == doc.tokens[i].span.end) else {
            continue;
        };
        let acronym = &doc.tokens[i + 1];
        if !matches!(acronym.shape, Shape::Upper | Shape::Mixed | Shape::Capitalized) {
            continue;
        }
        let before = &doc.text[doc.tokens[i].span.end..acronym.span.start];
        let after = &doc.text[acronym.span.end..];
        if before.trim() != "(" || !after.starts_with(')') {
            continue;
        }
        let surface = doc.surface(i + 1);
        let defined_len = defining.span.len();
        if surface.len() >= defined_len || surface.chars().count() < 2 {
            continue;
        }
        let english = glossary.entry(defining.entry).en.first().map_or("", String::as_str);
        if !abbreviates(surface, defining.span.of(doc.text)) && !abbreviates(surface, english) {
            continue;
        }
        bound.entry(surface).or_insert((defining.entry, defining.span));
    }
    // A name glossed over the acronym in brackets inside it (Dewan Keamanan (DK) PBB)
    // defines that acronym as well.
    for a in annotations.iter() {
        let first = doc.tokens.partition_point(|t| t.span.end <= a.span.start);
        for i in (first + 1..doc.len()).take_while(|&i| doc.tokens[i].span.end < a.span.end) {
            let before = &doc.text[a.span.start..doc.tokens[i - 1].span.end];
            if doc.bracketed_inside(i) && abbreviates(doc.surface(i), before) {
                bound.entry(doc.surface(i)).or_insert((a.entry, a.span));
            }
        }
    }
    if bound.is_empty() {
        return;
    }
    let mut added = Vec::new();
    let mut ann = 0;
    for i in 0..doc.len() {
        let span = doc.tokens[i].span;
        while ann < annotations.len() && annotations[ann].span.end <= span.start {
            ann += 1;
        }
        // Before the definition too: a headline uses the acronym its article spells out.
        let Some(&(entry, defined_at)) = bound.get(doc.surface(i)) else { continue };
        let kind = MatchKind::Abbreviation { form: doc.surface(i).to_owned(), defined_at: Some(defined_at) };
        if let Some(a) = annotations.get_mut(ann).filter(|a| a.span.start < span.end) {
            // The text's own definition outranks the glossary's reading of the same
            // letters: "dana pihak ketiga (DPK)" makes DPK deposits, not a voter list.
            let glossary_reading = a.span == span && matches!(a.kind, MatchKind::Abbreviation { defined_at: None, .. });
            if glossary_reading && a.entry != entry {
                *a = Annotation { span, entry, kind, score: 0.9, sense: None };
            }
            continue;
        }
        added.push(Annotation { span, entry, kind, score: 0.9, sense: None });
    }
    if !added.is_empty() {
        annotations.extend(added);
        annotations.sort_by_key(|a| a.span.start);
    }
}

/// How alike (0..1) a spelled-out name and the glossary's term must be to count as the
/// same name.
const SAME_NAME: f64 = 0.75;

/// "Pembentukan Peraturan Perundang-undangan (PPP)": the text says what PPP means
/// here, so the glossary's PPP (a party) is wrong in this text and its glosses go.
fn drop_redefined(doc: &Document<'_>, glossary: &Glossary, annotations: &mut Vec<Annotation>) {
    let mut redefined: Vec<&str> = Vec::new();
    for i in 1..doc.len() {
        let token = &doc.tokens[i];
        if token.shape != Shape::Upper || !doc.text[token.span.end..].starts_with(')') {
            continue;
        }
        let opens = |k: usize| doc.text[doc.tokens[k - 1].span.end..doc.tokens[k].span.start].trim() == "(";
        // "(PPP)", or "(RUU PPP)" with the kind of document in front.
        let name_end = if opens(i) {
            i
        } else if i >= 2 && doc.tokens[i - 1].shape == Shape::Upper && opens(i - 1) {
            i - 1
        } else {
            continue;
        };
        // The capitalised words before the bracket, with the function words between
        // them (Pajak Bumi dan Bangunan), or up to eight words written in lower case
        // (gula kristal putih).
        let stop = crate::glossary::stop_words();
        let capitalised = |k: usize| matches!(doc.tokens[k].shape, Shape::Capitalized | Shape::Mixed);
        let lower_run = name_end >= 1 && doc.tokens[name_end - 1].shape == Shape::Lower;
        let mut start = name_end;
        while start > 0 && (start == name_end || doc.tokens[start].gap.joins_terms()) {
            let k = start - 1;
            let fits = if lower_run {
                doc.tokens[k].shape == Shape::Lower && name_end - k <= 8
            } else {
                capitalised(k) || (k > 0 && stop.contains(doc.folded(k)) && capitalised(k - 1))
            };
            if !fits {
                break;
            }
            start = k;
        }
        let acronym = doc.surface(i);
        // The tails of that run the acronym abbreviates (Rancangan Undang-Undang Pajak
        // Bumi dan Bangunan: PBB is the last four words).
        let end = doc.tokens[name_end - 1].span.end;
        let names: Vec<String> = (start..name_end)
            .map(|s| &doc.text[doc.tokens[s].span.start..end])
            .filter(|name| abbreviates(acronym, name))
            .map(crate::fold::fold)
            .collect();
        if names.is_empty() {
            continue;
        }
        // The glossary's reading stands when its term is a name written here, or
        // nearly (a misspelt or slightly garbled name still means the same body), or
        // when the text spells the acronym out in the entry's English (Indonesian
        // Crude Price (ICP)).
        let glossary_agrees = annotations.iter().any(|a| {
            matches!(&a.kind, MatchKind::Abbreviation { form, .. } if form == acronym) && {
                let entry = glossary.entry(a.entry);
                std::iter::once(&entry.term).chain(&entry.en).map(|written| crate::fold::fold(written)).any(|known| {
                    names.iter().any(|name| {
                        strsim::normalized_damerau_levenshtein(&known, name) >= SAME_NAME || mostly_shared(&known, name)
                    })
                })
            }
        });
        if !glossary_agrees {
            redefined.push(acronym);
        }
    }
    if !redefined.is_empty() {
        annotations.retain(|a| {
            !matches!(&a.kind, MatchKind::Abbreviation { form, defined_at: None } if redefined.contains(&form.as_str()))
        });
    }
}

/// Whether two names of the same letters begin alike and share two thirds of their
/// words: the same body named two ways (*Ibu Kota Negara* and *Ibu Kota Nusantara*,
/// both IKN), not two bodies (*Pajak Bumi dan Bangunan*, *Perserikatan Bangsa-Bangsa*).
fn mostly_shared(a: &str, b: &str) -> bool {
    let words_a: Vec<&str> = a.split([' ', '-']).collect();
    let words_b: Vec<&str> = b.split([' ', '-']).collect();
    let shared = words_a.iter().filter(|w| words_b.contains(w)).count();
    words_a.first() == words_b.first() && 3 * shared >= 2 * words_a.len().max(words_b.len())
}

/// Whether `acronym` can stand for `name`: the letters of an all-capitals acronym are
/// initials of the name's words, in order, starting with the first (KPK: Komisi
/// Pemberantasan Korupsi; IAEA: International Atomic Energy Agency); a blend's letters
/// run through the name in order and its first two are a syllable of the first word
/// (Polri: Kepolisian Negara Republik Indonesia; Kemenlu: Kementerian Luar Negeri).
fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    let words: Vec<String> =
        name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(crate::fold::fold).collect();
    let Some(&first) = letters.first() else { return false };
    if letters.len() < 2 {
        return false;
    }
    if acronym.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        let initials: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        return initials.first() == Some(&first) && is_subsequence(&letters, &initials);
    }
    let joined: Vec<char> = words.concat().chars().collect();
    let opening: String = letters.iter().take(2).collect();
    words.first().is_some_and(|w| w.contains(&opening)) && is_subsequence(&letters, &joined)
}

fn is_subsequence(needle: &[char], haystack: &[char]) -> bool {
    let mut rest = haystack.iter();
    needle.iter().all(|c| rest.any(|h| h == c))
}

#[cfg(test)]
mod tests {
    use super::abbreviates;

    #[test]
    fn acronyms_stand_for_their_names() {
        assert!(abbreviates("KPK", "Komisi Pemberantasan Korupsi"));
        assert!(abbreviates("IAEA", "International Atomic Energy Agency"));
        assert!(abbreviates("Polri", "Kepolisian Negara Republik Indonesia"));
        assert!(!abbreviates("START", "Strategis"));
        assert!(!abbreviates("IAEA", "Badan Energi Atom Internasional"));
        assert!(!abbreviates("KPU", "Komisi Pemberantasan Korupsi"));
    }
}
