//! Loading and indexing glossaries of 1k, 10k and 100k synthetic entries: TOML parsing
//! and validation, then the matcher's index (trie, deletion index, phrase anchors).
//!
//! `cargo bench -p padan-core --bench build`

#[path = "support/synthetic.rs"]
mod synthetic;

use divan::Bencher;
use padan_core::{Glossary, GlossaryFile, Matcher};

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[1_000, 10_000, 100_000];

#[divan::bench(args = SIZES, sample_count = 10)]
fn parse(bencher: Bencher, entries: usize) {
    let text = synthetic::glossary_toml(entries, 42);
    bencher.bench(|| GlossaryFile::parse("synthetic.toml", divan::black_box(&text)).map(|f| f.entries.len()));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn parse_and_index(bencher: Bencher, entries: usize) {
    let text = synthetic::glossary_toml(entries, 42);
    bencher.bench(|| {
        let mut glossary = Glossary::new();
        glossary.add(GlossaryFile::parse("synthetic.toml", &text).expect("loads"));
        let matcher = Matcher::builder().build(&glossary);
        divan::black_box(&matcher);
    });
}

#[divan::bench(sample_count = 10)]
fn builtin_termbase(bencher: Bencher) {
    let files = synthetic::real_glossaries();
    bencher.bench(|| {
        let mut glossary = Glossary::new();
        for (name, text) in &files {
            glossary.add(GlossaryFile::parse(name, text).expect("loads"));
        }
        let matcher = Matcher::builder().build(&glossary);
        divan::black_box(&matcher);
    });
}
