//! The forms a multi-word term takes when news swaps an abbreviation in or out: the
//! glossary's *Ketua DPR* is also written *Ketua Dewan Perwakilan Rakyat*, and its
//! *Kementerian Pekerjaan Umum dan Perumahan Rakyat* also *Kementerian PU dan
//! Perumahan Rakyat*, and *UU ITE* also *Undang-Undang ITE*. Only an abbreviation that
//! stands for one entry is swapped.

use crate::fold::{fold, is_all_capitals};
use crate::glossary::{EntryId, Glossary};
use crate::index::FoldHasher;
use std::collections::{HashMap, HashSet};

/// Every swapped form of every multi-word term and variant, with its entry.
pub(crate) fn swapped_forms(glossary: &Glossary) -> Vec<(EntryId, String)> {
    // Abbreviation → the multi-word term it stands for (None when it stands for several).
    let mut expansions: HashMap<&str, Option<&str>, FoldHasher> = HashMap::default();
    for entry in glossary.entries() {
        // Multi-word terms, and hyphenated ones (undang-undang: UU ITE is Undang-Undang ITE).
        if !entry.term.contains([' ', '-']) {
            continue;
        }
        for abbr in entry.abbr.iter().filter(|a| !a.contains(' ') && is_all_capitals(a)) {
            expansions
                .entry(abbr.as_str())
                .and_modify(|term| {
                    if *term != Some(entry.term.as_str()) {
                        *term = None;
                    }
                })
                .or_insert(Some(entry.term.as_str()));
        }
    }
    // Folded multi-word term → its abbreviations that stand for it alone.
    let mut contractions: HashMap<String, Vec<&str>, FoldHasher> = HashMap::default();
    for (&abbr, term) in &expansions {
        if let Some(term) = term {
            contractions.entry(fold(term)).or_default().push(abbr);
        }
    }
    for abbrs in contractions.values_mut() {
        abbrs.sort_unstable();
    }

    // The first words of the terms, so only spans that can be a term are looked up.
    let first_words: HashSet<&str, FoldHasher> =
        contractions.keys().filter_map(|term| term.split(' ').next()).collect();

    let longest = contractions.keys().map(|term| term.split(' ').count()).max().unwrap_or(0);

    let mut out = Vec::new();
    let mut key = String::new();
    for (id, entry) in glossary.entries().iter().enumerate() {
        for (_, form) in entry.forms() {
            // Abbreviations of one word stay as written; one of several (UU ITE) is
            // written with its words spelt out too (Undang-Undang ITE).
            if !form.contains(' ') {
                continue;
            }
            let words: Vec<&str> = form.split(' ').collect();
            let folded = fold(form);
            let folded_words: Vec<&str> = folded.split(' ').collect();
            for (i, word) in words.iter().enumerate() {
                if let Some(Some(term)) = expansions.get(word)
                    && *term != entry.term
                {
                    out.push((id, replaced(&words, i, i + 1, term)));
                }
            }
            for start in 0..words.len() {
                if folded_words.len() != words.len() || !first_words.contains(folded_words[start]) {
                    continue;
                }
                // The span grows a word at a time, up to the longest term's length.
                key.clear();
                key.push_str(folded_words[start]);
                for end in start + 2..=words.len().min(start + longest) {
                    key.push(' ');
                    key.push_str(folded_words[end - 1]);
                    if end - start == words.len() {
                        continue;
                    }
                    let Some(abbrs) = contractions.get(key.as_str()) else { continue };
                    for abbr in abbrs {
                        out.push((id, replaced(&words, start, end, abbr)));
                    }
                }
            }
        }
    }
    out
}

/// `words` with `words[start..end]` replaced by `by`, joined by spaces.
fn replaced(words: &[&str], start: usize, end: usize, by: &str) -> String {
    let mut parts: Vec<&str> = words[..start].to_vec();
    parts.push(by);
    parts.extend_from_slice(&words[end..]);
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::swapped_forms;
    use crate::glossary::{Glossary, GlossaryFile};

    fn forms(toml: &str) -> Vec<String> {
        let mut glossary = Glossary::new();
        glossary.add(GlossaryFile::parse("t.toml", toml).expect("loads"));
        let mut out: Vec<String> = swapped_forms(&glossary).into_iter().map(|(_, f)| f).collect();
        out.sort();
        out
    }

    #[test]
    fn abbreviations_are_swapped_in_and_out() {
        let toml = r#"
[[entry]]
term = "Dewan Perwakilan Rakyat"
en = ["House of Representatives"]
abbr = ["DPR"]

[[entry]]
term = "Ketua DPR"
en = ["Speaker of the House"]

[[entry]]
term = "Wakil Ketua Dewan Perwakilan Rakyat"
en = ["Deputy Speaker of the House"]
"#;
        assert_eq!(forms(toml), ["Ketua Dewan Perwakilan Rakyat", "Wakil Ketua DPR"]);
    }

    #[test]
    fn hyphenated_terms_expand_too() {
        let toml = r#"
[[entry]]
term = "undang-undang"
en = ["law"]
abbr = ["UU"]

[[entry]]
term = "UU ITE"
en = ["Electronic Information and Transactions Law"]
"#;
        assert_eq!(forms(toml), ["undang-undang ITE"]);
        let toml = r#"
[[entry]]
term = "undang-undang"
en = ["law"]
abbr = ["UU"]

[[entry]]
term = "Undang-Undang Informasi dan Transaksi Elektronik"
en = ["Electronic Information and Transactions Law"]
abbr = ["UU ITE"]
"#;
        assert_eq!(forms(toml), ["undang-undang ITE"], "a multi-word abbreviation is spelt out too");
    }

    #[test]
    fn an_abbreviation_of_two_terms_is_left_alone() {
        let toml = r#"
[[entry]]
term = "Perserikatan Bangsa-Bangsa"
en = ["United Nations"]
abbr = ["PBB"]

[[entry]]
term = "Pajak Bumi dan Bangunan"
en = ["land and building tax"]
abbr = ["PBB"]

[[entry]]
term = "Sekjen PBB"
en = ["UN Secretary-General"]
"#;
        assert!(forms(toml).is_empty());
    }
}
