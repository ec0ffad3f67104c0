//! The analyzer against Indonesian grammar: `tests/data/morphology-cases.tsv` lists,
//! by phenomenon, words with a lemma and the affixes removed to reach it (outermost
//! first). `yes`: that analysis is among the analyzer's; `no`: the lemma is not; a
//! `yes` with affixes `-`: the word is a root that stays whole (with the built-in
//! lexicon, its best analysis is itself).

use padan_core::Analyzer;
use std::collections::BTreeMap;

#[test]
fn grammar_cases() {
    let analyzer = Analyzer::new();
    let mut failures: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut count = 0;
    for (n, line) in include_str!("data/morphology-cases.tsv").lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "line {}: {line:?}", n + 1);
        let [phenomenon, word, lemma, affixes, expect] = [cols[0], cols[1], cols[2], cols[3], cols[4]];
        count += 1;
        let analyses = analyzer.analyze(word);
        let ok = match (expect, affixes) {
            ("yes", "-") => analyzer.best(word).affixes.is_empty(),
            ("yes", _) => {
                let want: Vec<&str> = affixes.split(' ').collect();
                analyses.iter().any(|a| a.lemma == lemma && a.affix_names() == want)
            }
            ("no", _) => !analyses.iter().any(|a| a.lemma == lemma),
            _ => panic!("line {}: expect must be yes or no", n + 1),
        };
        if !ok {
            let got: Vec<String> =
                analyses.iter().take(8).map(|a| format!("{} {}", a.lemma, a.affix_names().join(" "))).collect();
            failures
                .entry(phenomenon)
                .or_default()
                .push(format!("{word} → {lemma} [{affixes}] {expect}; got: {}", got.join(" | ")));
        }
    }
    assert!(count >= 300, "only {count} cases");
    let failed: usize = failures.values().map(Vec::len).sum();
    let report: Vec<String> = failures.iter().map(|(p, f)| format!("== {p} ({})\n{}", f.len(), f.join("\n"))).collect();
    assert!(failed == 0, "{failed} of {count} cases fail:\n{}", report.join("\n"));
}
