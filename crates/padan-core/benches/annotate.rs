//! Annotation throughput (bytes of text per second, single thread) with the built-in
//! termbase merged with 1k, 10k and 100k synthetic entries, per stage mix: exact forms
//! only; with inflection and derivation; with fuzzy matching too.
//!
//! `cargo bench -p padan-core --bench annotate`

#[path = "support/synthetic.rs"]
mod synthetic;

use divan::{Bencher, counter::BytesCount};
use padan_core::{FuzzyMode, Glossary, GlossaryFile, Matcher, Morphology};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[1_000, 10_000, 100_000];

fn glossary(extra: usize) -> Glossary {
    let mut glossary = Glossary::new();
    for (name, text) in synthetic::real_glossaries() {
        glossary.add(GlossaryFile::parse(&name, &text).expect("the built-in glossaries load"));
    }
    glossary.add(GlossaryFile::parse("synthetic.toml", &synthetic::glossary_toml(extra, 42)).expect("synthetic loads"));
    glossary
}

/// One megabyte of article text.
fn text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| synthetic::corpus(&synthetic::articles(), 1_000_000, 3))
}

fn run(bencher: Bencher, extra: usize, morphology: Morphology, fuzzy: FuzzyMode) {
    let glossary = glossary(extra);
    let matcher = Matcher::builder().morphology(morphology).fuzzy(fuzzy).build(&glossary);
    let text = text();
    bencher.counter(BytesCount::new(text.len())).bench(|| matcher.annotate(divan::black_box(text)).len());
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn exact_only(bencher: Bencher, extra: usize) {
    run(bencher, extra, Morphology::None, FuzzyMode::Off);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn with_morphology(bencher: Bencher, extra: usize) {
    run(bencher, extra, Morphology::Full, FuzzyMode::Off);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn with_morphology_and_fuzzy(bencher: Bencher, extra: usize) {
    run(bencher, extra, Morphology::Full, FuzzyMode::Normal);
}
