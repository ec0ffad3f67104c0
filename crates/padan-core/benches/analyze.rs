//! Words analysed per second on the article corpus's token stream, single-threaded:
//! every word analysed afresh, and with a per-distinct-word cache as the matcher uses.
//!
//! `cargo bench -p padan-core --bench analyze`

#[path = "support/synthetic.rs"]
mod synthetic;

use divan::{Bencher, counter::ItemsCount};
use padan_core::{Analyzer, fold, tokenize};
use std::collections::HashMap;

fn main() {
    divan::main();
}

/// The corpus's words, folded, in text order (about 60,000 words).
fn words() -> Vec<String> {
    let text = synthetic::corpus(&synthetic::articles(), 400_000, 7);
    tokenize(&text).iter().filter(|t| !t.is_numeric()).map(|t| fold(t.span.of(&text))).collect()
}

#[divan::bench]
fn every_word(bencher: Bencher) {
    let analyzer = Analyzer::new();
    let words = words();
    bencher.counter(ItemsCount::new(words.len())).bench(|| {
        let mut analyses = 0;
        for w in &words {
            analyses += analyzer.analyze(divan::black_box(w)).len();
        }
        analyses
    });
}

#[divan::bench]
fn cached_per_distinct_word(bencher: Bencher) {
    let analyzer = Analyzer::new();
    let words = words();
    bencher.counter(ItemsCount::new(words.len())).bench(|| {
        let mut cache: HashMap<&str, usize> = HashMap::new();
        let mut analyses = 0;
        for w in &words {
            analyses += *cache.entry(w.as_str()).or_insert_with(|| analyzer.analyze(w).len());
        }
        analyses
    });
}
