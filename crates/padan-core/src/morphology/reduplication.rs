//! Reduplication with affixes: *tembak-menembak*, *memanggil-manggil*,
//! *meniru-nirukan*, *bersalam-salaman*. (Plain plural reduplication, *negara-negara*,
//! is inflection.)

use super::affix::{Affix, AffixKind};
use super::analysis::Analysis;
use super::inflection::REDUPLICATION;

/// Analyses of a hyphenated `left-right` word whose halves share a root. `analyze`
/// gives the analyses of one half.
pub(crate) fn analyses(word: &str, analyze: impl Fn(&str) -> Vec<Analysis>) -> Vec<Analysis> {
    let Some((left, right)) = word.split_once('-') else { return Vec::new() };
    if left == right || left.len() < 2 || right.len() < 2 || right.contains('-') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut push = |lemma: &str, affixes: &[Affix]| {
        let mut all = vec![REDUPLICATION];
        all.extend_from_slice(affixes);
        let analysis = Analysis { lemma: lemma.to_owned(), affixes: all };
        if !out.contains(&analysis) {
            out.push(analysis);
        }
    };
    // The right half repeats the left without its prefix: memanggil-manggil,
    // menyebut-nyebut, and with a suffix added: meniru-nirukan.
    if let Some(tail) = left.get(2..)
        && tail.len() >= 3
        && let Some(extra) = right.strip_prefix(tail)
    {
        let whole = format!("{left}{extra}");
        for a in analyze(&whole) {
            push(&a.lemma, &a.affixes);
        }
    }
    let left_analyses = analyze(left);
    let right_analyses = analyze(right);
    // One half is the root, the other derived from it: tembak-menembak, pukul-memukul.
    for a in &right_analyses {
        if a.lemma == left {
            push(left, &a.affixes);
        }
    }
    for a in &left_analyses {
        if a.lemma == right {
            push(right, &a.affixes);
        }
    }
    // Both halves derived from one root: bersalam-salaman (ber- … -an).
    for l in &left_analyses {
        for r in &right_analyses {
            if l.lemma == r.lemma {
                push(&l.lemma, &merge(&l.affixes, &r.affixes));
            }
        }
    }
    out
}

/// The affixes of two halves as one set: a prefix on the left and `-an` on the right
/// make the confix (`ber-` + `-an` → `ber-…-an`).
fn merge(left: &[Affix], right: &[Affix]) -> Vec<Affix> {
    if let ([prefix], [suffix]) = (left, right)
        && suffix.form == "-an"
        && let Some(confix) = confix(prefix.form)
    {
        return vec![confix];
    }
    let mut all = left.to_vec();
    all.extend(right.iter().filter(|a| !left.contains(a)));
    all
}

fn confix(prefix: &str) -> Option<Affix> {
    let form = match prefix {
        "ber-" => "ber-…-an",
        "ke-" => "ke-…-an",
        "peN-" => "peN-…-an",
        "per-" => "per-…-an",
        _ => return None,
    };
    Some(Affix::new(AffixKind::Confix, form))
}
