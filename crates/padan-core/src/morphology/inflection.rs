//! Inflection: the layers that leave a word's meaning unchanged. Particles
//! (`-lah`, `-kah`, `-tah`, `-pun`) sit outermost, then the enclitics (`-ku`, `-mu`,
//! `-nya`), and the proclitics `ku-`/`kau-` in front; plural reduplication
//! (`negara-negara`) doubles the whole word.

use super::affix::{Affix, AffixKind};

const PARTICLES: [Affix; 4] = [
    Affix::new(AffixKind::Particle, "-lah"),
    Affix::new(AffixKind::Particle, "-kah"),
    Affix::new(AffixKind::Particle, "-tah"),
    Affix::new(AffixKind::Particle, "-pun"),
];

const ENCLITICS: [Affix; 3] = [
    Affix::new(AffixKind::Enclitic, "-nya"),
    Affix::new(AffixKind::Enclitic, "-ku"),
    Affix::new(AffixKind::Enclitic, "-mu"),
];

const PROCLITICS: [Affix; 2] = [Affix::new(AffixKind::Proclitic, "kau-"), Affix::new(AffixKind::Proclitic, "ku-")];

/// Plural or iterative reduplication.
pub(crate) const REDUPLICATION: Affix = Affix::new(AffixKind::Reduplication, "R-R");

/// The shortest stem padan accepts after removing a clitic written without a hyphen;
/// shorter leftovers (`ha` from *hanya*) are never words of interest.
const MIN_STEM: usize = 3;

/// A stem with the inflectional affixes removed so far (outermost first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Stem<'w> {
    pub text: &'w str,
    pub affixes: Vec<Affix>,
}

/// Every way to peel inflectional layers off `word`, the word itself first, fewest
/// layers first. Reduplicated words yield their single form.
pub(crate) fn stems(word: &str) -> Vec<Stem<'_>> {
    let mut out = vec![Stem { text: word, affixes: Vec::new() }];
    // A clitic written with a hyphen: `KTT-nya`, `AS-lah`.
    if let Some((base, clitic)) = word.rsplit_once('-')
        && let Some(affix) = clitic_named(clitic)
        && !base.is_empty()
    {
        out.push(Stem { text: base, affixes: vec![affix] });
    }
    let mut i = 0;
    while i < out.len() {
        let stem = out[i].clone();
        i += 1;
        let outer = stem.affixes.last().map(|a| a.kind);
        // Layers peel in grammatical order: particle, then enclitic.
        if outer.is_none() {
            for p in PARTICLES {
                push_suffix_removed(&mut out, &stem, p);
            }
        }
        if matches!(outer, None | Some(AffixKind::Particle)) {
            for e in ENCLITICS {
                push_suffix_removed(&mut out, &stem, e);
            }
        }
        if !stem.affixes.iter().any(|a| a.kind == AffixKind::Proclitic) {
            for p in PROCLITICS {
                let bare = p.form.trim_end_matches('-');
                if let Some(rest) = stem.text.strip_prefix(bare)
                    && rest.chars().count() >= MIN_STEM
                    && !rest.contains('-')
                {
                    push(&mut out, &stem, rest, p);
                }
            }
        }
        if let Some(single) = reduplicated(stem.text) {
            push(&mut out, &stem, single, REDUPLICATION);
        }
    }
    out
}

fn push_suffix_removed<'w>(out: &mut Vec<Stem<'w>>, stem: &Stem<'w>, affix: Affix) {
    let bare = affix.form.trim_start_matches('-');
    if let Some(rest) = stem.text.strip_suffix(bare)
        && rest.chars().count() >= MIN_STEM
        && !rest.ends_with('-')
    {
        push(out, stem, rest, affix);
    }
}

fn push<'w>(out: &mut Vec<Stem<'w>>, stem: &Stem<'w>, text: &'w str, affix: Affix) {
    let mut affixes = stem.affixes.clone();
    affixes.push(affix);
    if !out.iter().any(|s| s.text == text && s.affixes == affixes) {
        out.push(Stem { text, affixes });
    }
}

fn clitic_named(clitic: &str) -> Option<Affix> {
    PARTICLES.iter().chain(&ENCLITICS).find(|a| &a.form[1..] == clitic).copied()
}

/// `negara-negara` → `negara`: the two halves are the same word.
fn reduplicated(word: &str) -> Option<&str> {
    let (left, right) = word.split_once('-')?;
    (left == right && !left.is_empty()).then_some(left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::morphology::analysis::Analysis;

    /// `t!(word, lemma, affixes)`: `lemma` is among the analyses, reached by removing
    /// exactly `affixes`.
    fn analyses(word: &str) -> Vec<Analysis> {
        stems(word).into_iter().skip(1).map(|s| Analysis { lemma: s.text.to_owned(), affixes: s.affixes }).collect()
    }

    macro_rules! t {
        ($word:expr, $lemma:expr, [$($affix:expr),*]) => {{
            let found = analyses($word);
            let want: Vec<&str> = vec![$($affix),*];
            assert!(
                found.iter().any(|a| a.lemma == $lemma && a.affix_names() == want),
                "{} should give {} {:?}; got {:?}",
                $word, $lemma, want,
                found.iter().map(|a| (a.lemma.as_str(), a.affix_names())).collect::<Vec<_>>()
            );
        }};
    }

    /// `none!(word, lemma)`: `lemma` is not among the analyses.
    macro_rules! none {
        ($word:expr, $lemma:expr) => {
            assert!(!analyses($word).iter().any(|a| a.lemma == $lemma), "{} should not give {}", $word, $lemma);
        };
    }

    #[test]
    fn enclitics() {
        t!("presidennya", "presiden", ["-nya"]);
        t!("aliansinya", "aliansi", ["-nya"]);
        t!("mitranya", "mitra", ["-nya"]);
        t!("negaraku", "negara", ["-ku"]);
        t!("bangsamu", "bangsa", ["-mu"]);
        t!("kejatuhannya", "kejatuhan", ["-nya"]);
        t!("bilateralnya", "bilateral", ["-nya"]);
    }

    #[test]
    fn particles_then_enclitics() {
        t!("hancurlah", "hancur", ["-lah"]);
        t!("benarkah", "benar", ["-kah"]);
        t!("apatah", "apa", ["-tah"]);
        t!("siapapun", "siapa", ["-pun"]);
        t!("miliknyalah", "milik", ["-lah", "-nya"]);
        t!("bukumukah", "buku", ["-kah", "-mu"]);
        t!("kulitkupun", "kulit", ["-pun", "-ku"]);
        none!("negaranyalah", "negaral");
    }

    #[test]
    fn enclitics_do_not_precede_particles() {
        // -nya sits inside -lah, never outside it.
        none!("sekolahnya", "seko");
    }

    #[test]
    fn proclitics() {
        t!("kuambil", "ambil", ["ku-"]);
        t!("kaulihat", "lihat", ["kau-"]);
        t!("kaulihatlah", "lihat", ["-lah", "kau-"]);
    }

    #[test]
    fn hyphenated_clitics() {
        t!("ktt-nya", "ktt", ["-nya"]);
        t!("as-lah", "as", ["-lah"]);
        t!("g-20-nya", "g-20", ["-nya"]);
    }

    #[test]
    fn reduplication() {
        t!("negara-negara", "negara", ["R-R"]);
        t!("kebijakan-kebijakannya", "kebijakan", ["-nya", "R-R"]);
        t!("menit-menit", "menit", ["R-R"]);
        none!("besar-besaran", "besar");
    }

    #[test]
    fn short_leftovers_are_not_stems() {
        none!("hanya", "ha");
        none!("punya", "pu");
        none!("aku", "a");
    }
}
