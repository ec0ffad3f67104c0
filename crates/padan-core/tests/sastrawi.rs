//! Sastrawi's stemmer test suite (MIT, © 2015 Andy Librian), run against padan's
//! analyzer: the gold root must be among the candidates for every pair, and with
//! Sastrawi's own 130-word test dictionary as the lexicon, the best analysis must be the
//! gold root for every `functional` pair. The data files in `tests/data/` say where
//! they come from.

use padan_core::{Analyzer, Lexicon, fold};

struct Case {
    word: String,
    root: String,
    suite: String,
}

fn cases() -> Vec<Case> {
    include_str!("data/sastrawi-stemmer-cases.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("word\t"))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Case { word: fold(cols[0]), root: cols[1].to_owned(), suite: cols[2].to_owned() }
        })
        .collect()
}

#[test]
fn gold_root_is_among_the_candidates() {
    let analyzer = Analyzer::new();
    let missing: Vec<String> = cases()
        .iter()
        .filter(|c| c.word != c.root && !analyzer.analyze(&c.word).iter().any(|a| a.lemma == c.root))
        .map(|c| format!("{} → {} ({})", c.word, c.root, c.suite))
        .collect();
    assert!(
        missing.is_empty(),
        "{} pairs without their root among the candidates:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn best_analysis_with_the_test_dictionary_is_the_gold_root() {
    let analyzer = Analyzer::with_lexicon(Lexicon::from_lines(include_str!("data/sastrawi-test-dictionary.txt")));
    let functional: Vec<Case> = cases().into_iter().filter(|c| c.suite == "functional").collect();
    assert!(functional.len() >= 160, "the suite has {} functional pairs", functional.len());
    let wrong: Vec<String> = functional
        .iter()
        .filter_map(|c| {
            let best = analyzer.best(&c.word);
            (best.lemma != c.root)
                .then(|| format!("{} → {} (padan: {} {:?})", c.word, c.root, best.lemma, best.affix_names()))
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} functional pairs wrong:\n{}", wrong.len(), functional.len(), wrong.join("\n"));
}
