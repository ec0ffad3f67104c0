//! Deterministic synthetic glossaries and corpora for benchmarks and property tests.
//!
//! Entries have the shape of the real termbase: 60% single words built from Indonesian
//! syllables with the affixes news uses, 40% multi-word terms; some with
//! abbreviations, variants and senses. The same seed always gives the same text.

#![allow(dead_code)]

use std::fmt::Write;

const ONSETS: &[&str] = &["b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny", "c", "y"];
const VOWELS: &[&str] = &["a", "i", "u", "e", "o"];
const CODAS: &[&str] = &["", "", "", "n", "ng", "r", "k", "t", "s", "l", "h", "m", "p"];
const PREFIXES: &[&str] =
    &["", "", "", "pe", "per", "ke", "pem", "pen", "peng", "me", "mem", "men", "ber", "ter", "di"];
const SUFFIXES: &[&str] = &["", "", "", "an", "kan", "i", "nya"];
const ENGLISH: &[&str] = &[
    "council", "ministry", "agency", "reform", "budget", "treaty", "border", "security", "trade", "court", "election",
    "policy", "crisis", "summit", "alliance", "market", "tax", "army", "law", "health", "relief", "survey", "union",
];

/// A syllable-built root of 2–3 syllables.
fn root(rng: &mut fastrand::Rng) -> String {
    let mut word = String::new();
    for _ in 0..rng.usize(2..=3) {
        word.push_str(ONSETS[rng.usize(..ONSETS.len())]);
        word.push_str(VOWELS[rng.usize(..VOWELS.len())]);
    }
    word.push_str(CODAS[rng.usize(..CODAS.len())]);
    word
}

fn affixed(rng: &mut fastrand::Rng) -> String {
    format!("{}{}{}", PREFIXES[rng.usize(..PREFIXES.len())], root(rng), SUFFIXES[rng.usize(..SUFFIXES.len())])
}

/// A glossary file of `entries` synthetic entries, as TOML text in normal form (terms
/// sorted), with names that cannot clash with the real termbase's (every term carries
/// a `q` or `x`, letters Indonesian words rarely use).
pub fn glossary_toml(entries: usize, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut terms = std::collections::BTreeSet::new();
    while terms.len() < entries {
        let term = if rng.u8(..100) < 60 {
            format!("{}q", affixed(&mut rng))
        } else {
            let words: Vec<String> = (0..rng.usize(2..=4)).map(|_| root(&mut rng)).collect();
            format!("{} x{}", words.join(" "), root(&mut rng))
        };
        terms.insert(term);
    }
    let mut out =
        String::from("[glossary]\nname = \"synthetic\"\ndescription = \"Synthetic entries for benchmarks\"\n");
    let mut seen_abbr = std::collections::HashSet::new();
    for term in terms {
        let _ = write!(out, "\n[[entry]]\nterm = \"{term}\"\nen = [\"{}\"]\n", ENGLISH[rng.usize(..ENGLISH.len())]);
        if rng.u8(..100) < 15 {
            let _ = writeln!(out, "variants = [\"{}h\"]", term);
        }
        if term.contains(' ') && rng.u8(..100) < 30 {
            let abbr: String = term.split(' ').filter_map(|w| w.chars().next()).collect::<String>().to_uppercase();
            if abbr.len() >= 3 && seen_abbr.insert(abbr.clone()) {
                let _ = writeln!(out, "abbr = [\"{abbr}Q\"]");
            }
        }
        if rng.u8(..100) < 5 {
            let _ = write!(
                out,
                "\n[[entry.sense]]\nen = [\"{}\"]\ncues = [\"{}\"]\n",
                ENGLISH[rng.usize(..ENGLISH.len())],
                root(&mut rng)
            );
        }
    }
    out
}

/// About `bytes` of article text: the corpus articles' paragraphs, shuffled and
/// repeated with a fixed seed.
pub fn corpus(articles: &[String], bytes: usize, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let paragraphs: Vec<&str> =
        articles.iter().flat_map(|a| a.split("\n\n")).filter(|p| !p.trim().is_empty()).collect();
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        out.push_str(paragraphs[rng.usize(..paragraphs.len())].trim());
        out.push_str("\n\n");
    }
    out
}

/// The files of a repository folder with an extension, sorted: (file name, text).
fn repository_files(folder: &str, extension: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            (p.file_name().expect("name").to_string_lossy().into_owned(), std::fs::read_to_string(p).expect("UTF-8"))
        })
        .collect()
}

/// The article corpus in `tests/articles/`.
pub fn articles() -> Vec<String> {
    repository_files("tests/articles", "txt").into_iter().map(|(_, text)| text).collect()
}

/// The repository's glossary files: (file name, text).
pub fn real_glossaries() -> Vec<(String, String)> {
    repository_files("glossaries", "toml")
}
