//! Glossary words inside proper names. The *Batubara* of *Kabupaten Batubara* is a
//! regency, not coal; the *OKI* of *Kejari OKI* is Ogan Komering Ilir, not the OIC;
//! the *Batubara* of *Faisal Batubara* is a surname. A capitalised word right after a
//! head that always takes a place name (`data/place_heads.txt`), or right after a
//! capitalised word that is no Indonesian word (a personal name), belongs to that
//! name: an annotation there is dropped unless its entry is itself a place or a
//! person. Street names (*Jalan Medan Merdeka Barat*) are names from end to end, and
//! so are company names (*PT Indofood CBP Sukses Makmur Tbk*) but for the names
//! inside them (*PT Bank Rakyat Indonesia*).

use crate::annotation::Annotation;
use crate::document::{AnalysisCache, Document};
use crate::glossary::{CaseRule, Glossary, Pos};
use crate::index::FoldHasher;
use crate::token::{Gap, Shape};
use std::collections::HashMap;
use std::sync::OnceLock;

/// What kind of name a head word introduces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head {
    /// A place name: only its first word is taken (`Provinsi Jawa Barat` keeps West Java).
    Place,
    /// A street name: every capitalised word after it belongs to it.
    Street,
    /// A company name: every capitalised word after it belongs to it, up to a
    /// [`Head::CompanyEnd`].
    Company,
    /// The legal form closing a company name (`Tbk`, `Persero`): glossed as itself.
    CompanyEnd,
}

/// Words always followed by a proper name (folded), from `data/place_heads.txt`.
fn heads() -> &'static HashMap<&'static str, Head, FoldHasher> {
    static HEADS: OnceLock<HashMap<&'static str, Head, FoldHasher>> = OnceLock::new();
    HEADS.get_or_init(|| {
        include_str!("../data/place_heads.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (word, kind) = l.split_once(' ')?;
                let head = match kind.trim() {
                    "street" => Head::Street,
                    "company" => Head::Company,
                    "company-end" => Head::CompanyEnd,
                    _ => Head::Place,
                };
                Some((word, head))
            })
            .collect()
    })
}

/// Domains whose entries are names themselves, so they may stand inside a longer name.
const NAME_DOMAINS: [&str; 2] = ["geography", "people"];

fn capitalised(shape: Shape) -> bool {
    matches!(shape, Shape::Capitalized | Shape::Upper)
}

/// The head word `i` is, if it is written as one (capitalised).
fn head_at(doc: &Document<'_>, i: usize) -> Option<Head> {
    capitalised(doc.tokens[i].shape).then(|| heads().get(doc.folded(i)).copied()).flatten()
}

/// Which words belong to a street or company name (`Jalan Medan Merdeka Barat`,
/// `Jl. Sudirman`, `PT Indofood CBP Sukses Makmur`), and to which kind.
fn name_runs(doc: &Document<'_>) -> Vec<Option<Head>> {
    let mut in_name = vec![None; doc.len()];
    for head in 0..doc.len() {
        let kind = head_at(doc, head);
        if !matches!(kind, Some(Head::Street | Head::Company)) {
            continue;
        }
        let mut i = head + 1;
        while i < doc.len() && capitalised(doc.tokens[i].shape) && head_at(doc, i) != Some(Head::CompanyEnd) {
            let between = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
            let joined = doc.tokens[i].gap == Gap::Space || (i == head + 1 && between.trim() == ".");
            if !joined {
                break;
            }
            in_name[i] = kind;
            i += 1;
        }
    }
    in_name
}

/// Drops the annotations that stand inside a proper name.
pub(crate) fn drop_inside_names(
    doc: &Document<'_>,
    glossary: &Glossary,
    cache: &mut AnalysisCache<'_>,
    annotations: &mut Vec<Annotation>,
) {
    let in_name = name_runs(doc);
    let mut keep = vec![true; annotations.len()];
    for (n, annotation) in annotations.iter().enumerate() {
        let i = doc.tokens.partition_point(|t| t.span.start < annotation.span.start);
        if i == 0 || i >= doc.len() || doc.tokens[i].span.start != annotation.span.start {
            continue;
        }
        let entry = glossary.entry(annotation.entry);
        match in_name[i] {
            Some(Head::Street) => {
                keep[n] = false;
                continue;
            }
            Some(Head::Company) => {
                // An abbreviation right after PT says what kind of company it is
                // (PT BPR Kencana: a rural bank).
                let kind_of_company = head_at(doc, i - 1) == Some(Head::Company)
                    && matches!(annotation.kind, crate::annotation::MatchKind::Abbreviation { .. });
                keep[n] = entry.pos == Some(Pos::Name) || kind_of_company;
                continue;
            }
            _ => {}
        }
        let token = &doc.tokens[i];
        if token.gap != Gap::Space || !capitalised(token.shape) {
            continue;
        }
        let previous = &doc.tokens[i - 1];
        let previous_free = n == 0 || annotations[n - 1].span.end <= previous.span.start;
        let after_unknown_word = previous_free
            && previous.shape == Shape::Capitalized
            && token.shape == Shape::Capitalized
            && annotation.span.end == token.span.end
            && !is_a_word(cache, doc.folded(i - 1))
            && !doc.in_title_case_sentence(i);
        // A compass point the glossary takes only capitalised (Barat, the West) is
        // part of the place it follows (Sumbawa Barat), not the bloc.
        if after_unknown_word && entry.case == Some(CaseRule::Sensitive) {
            keep[n] = false;
            continue;
        }
        let after_place_head = head_at(doc, i - 1) == Some(Head::Place);
        // A surname is a common word; a name or an abbreviation after an unknown word
        // is rather a body with a title in front (Dirut Pertamina, Kadiv Propam).
        let after_personal_name = after_unknown_word
            && entry.pos != Some(Pos::Name)
            && !matches!(annotation.kind, crate::annotation::MatchKind::Abbreviation { .. });
        // A place or a person stands inside a longer name as itself (Provinsi Jawa
        // Barat), and so does another head (Kejari Kota Batu).
        let a_name_itself =
            entry.domain.iter().any(|d| NAME_DOMAINS.contains(&d.as_str())) || head_at(doc, i).is_some();
        if (after_place_head || after_personal_name) && !a_name_itself {
            keep[n] = false;
        }
    }
    let mut keep = keep.into_iter();
    annotations.retain(|_| keep.next().unwrap_or(true));
}

/// Whether `folded` is an Indonesian word: in the lexicon, or an affixed form of a
/// root in it.
fn is_a_word(cache: &mut AnalysisCache<'_>, folded: &str) -> bool {
    let lexicon = cache.analyzer().lexicon();
    if lexicon.contains(folded) {
        return true;
    }
    cache.get(folded).iter().any(|a| lexicon.contains(&a.lemma))
}
