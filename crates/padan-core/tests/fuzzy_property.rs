//! Property: adding a glossary entry never makes a word that exactly matches another
//! entry come out as a fuzzy match. Checked over synthetic glossaries (fixed seeds)
//! where each added entry is a near neighbour of an existing one — the worst case.

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use padan_core::{Glossary, GlossaryFile, MatchKind, Matcher};

#[test]
fn adding_an_entry_never_turns_an_exact_match_fuzzy() {
    for seed in 0..12u64 {
        let base = synthetic::glossary_toml(300, seed);
        let file = GlossaryFile::parse("base.toml", &base).expect("synthetic glossary loads");
        let mut rng = fastrand::Rng::with_seed(seed);
        // A text made of exact forms of existing entries.
        let terms: Vec<String> = (0..60).map(|_| file.entries[rng.usize(..file.entries.len())].term.clone()).collect();
        let text = terms.join(". ");
        let mut glossary = Glossary::new();
        glossary.add(file.clone());
        let before = Matcher::builder().build(&glossary).annotate(&text);
        let exact: Vec<_> = before.iter().filter(|a| matches!(a.kind, MatchKind::Exact)).map(|a| a.span).collect();
        assert!(!exact.is_empty());
        for _ in 0..5 {
            // A neighbour: an existing term with one letter changed.
            let source = &terms[rng.usize(..terms.len())];
            let mut chars: Vec<char> = source.chars().collect();
            let i = rng.usize(..chars.len());
            chars[i] = if chars[i] == 'a' { 'o' } else { 'a' };
            let neighbour: String = chars.into_iter().collect();
            let extra = format!("[[entry]]\nterm = \"{neighbour}\"\nen = [\"neighbour\"]\n");
            let mut grown = Glossary::new();
            grown.add(file.clone());
            grown.add(GlossaryFile::parse("extra.toml", &extra).expect("one entry loads"));
            let after = Matcher::builder().build(&grown).annotate(&text);
            for span in &exact {
                let now = after.iter().find(|a| a.span.start <= span.start && span.end <= a.span.end);
                assert!(
                    now.is_some_and(|a| !matches!(a.kind, MatchKind::Fuzzy { .. })),
                    "seed {seed}: {:?} was exact, is now {:?} after adding {neighbour:?}",
                    span.of(&text),
                    now.map(|a| a.kind.name())
                );
            }
        }
    }
}
