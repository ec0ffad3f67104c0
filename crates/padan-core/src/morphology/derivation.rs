//! Derivation: suffixes (`-kan`, `-i`, `-an`), up to three stacked prefixes
//! (`memper-`, `diper-`, `keber-`, `kesepersepuluh`), confixes (`ke-…-an`, `peN-…-an`,
//! `per-…-an`, `ber-…-an`, `ketidak-…-an`), infixes (`-el-`, `-em-`, `-er-`, `-in-`) and
//! voice pairs (`dikutuk` → `mengutuk`).

use super::affix::{Affix, AffixKind};
use super::analysis::Analysis;
use super::prefix::{self, DI, is_vowel};

const KAN: Affix = Affix::new(AffixKind::Suffix, "-kan");
const I: Affix = Affix::new(AffixKind::Suffix, "-i");
const AN: Affix = Affix::new(AffixKind::Suffix, "-an");
/// Loan suffixes: idealis, idealisme, finalisasi.
const ISASI: Affix = Affix::new(AffixKind::Suffix, "-isasi");
const ISME: Affix = Affix::new(AffixKind::Suffix, "-isme");
const IS: Affix = Affix::new(AffixKind::Suffix, "-is");

const KE_AN: Affix = Affix::new(AffixKind::Confix, "ke-…-an");
const PEN_AN: Affix = Affix::new(AffixKind::Confix, "peN-…-an");
const PER_AN: Affix = Affix::new(AffixKind::Confix, "per-…-an");
const BER_AN: Affix = Affix::new(AffixKind::Confix, "ber-…-an");
const KETIDAK_AN: Affix = Affix::new(AffixKind::Confix, "ketidak-…-an");

const INFIXES: [Affix; 4] = [
    Affix::new(AffixKind::Infix, "-el-"),
    Affix::new(AffixKind::Infix, "-em-"),
    Affix::new(AffixKind::Infix, "-er-"),
    Affix::new(AffixKind::Infix, "-in-"),
];

/// Bound forms written joined to a word (pascaperang, antarnegara, nonmigas): the word
/// keeps its meaning under them. Only words of five letters or more are read so, which
/// keeps *nonton* and *prabowo* whole.
const BOUND_FORMS: [Affix; 5] = [
    Affix::new(AffixKind::Prefix, "pasca-"),
    Affix::new(AffixKind::Prefix, "pra-"),
    Affix::new(AffixKind::Prefix, "anti-"),
    Affix::new(AffixKind::Prefix, "antar-"),
    Affix::new(AffixKind::Prefix, "non-"),
];

/// Whether `affix` is a bound form joined to a word (*pascaperang*), which keeps the
/// word's meaning and its place in a multi-word term (*antarkapal perang*).
pub(crate) fn is_bound_form(affix: &Affix) -> bool {
    BOUND_FORMS.contains(affix)
}

/// The first syllable reduplicated with e (dwipurwa).
const DWIPURWA: Affix = Affix::new(AffixKind::Prefix, "Ce-");

/// The active prefix a headline leaves out (Sahkan → mengesahkan).
pub(crate) const ZERO_TO_MEN: Affix = Affix::new(AffixKind::Voice, "∅→meN-");

/// The passive prefix exchanged for the active one.
pub(crate) const DI_TO_MEN: Affix = Affix::new(AffixKind::Voice, "di-→meN-");

/// The most prefixes one word stacks (ke-se-per-sepuluh-nya).
const MAX_PREFIXES: usize = 3;

/// Prefix–suffix pairs Indonesian does not form (Sastrawi's disallowed confixes);
/// analyses that would need them are not proposed.
fn disallowed(prefix: Affix, suffix: Affix) -> bool {
    matches!(
        (prefix.form, suffix.form),
        ("ber-", "-i")
            | ("di-", "-an")
            | ("ke-", "-i")
            | ("ke-", "-kan")
            | ("meN-", "-an")
            | ("se-", "-i")
            | ("se-", "-kan")
            | ("ter-", "-an")
    )
}

/// The confix a prefix forms with `-an`, if any.
fn confix_with_an(prefix: Affix) -> Option<Affix> {
    match prefix.form {
        "ke-" => Some(KE_AN),
        "peN-" => Some(PEN_AN),
        "per-" => Some(PER_AN),
        "ber-" => Some(BER_AN),
        _ => None,
    }
}

/// Appends every derivational analysis of `stem`, a word with the inflectional
/// affixes `outer` already removed.
pub(crate) fn derive(stem: &str, outer: &[Affix], out: &mut Vec<Analysis>) {
    if let Some(root) = stem.strip_prefix("ketidak").and_then(|s| s.strip_suffix("an")).filter(|r| r.len() >= 3) {
        push(out, outer, &[KETIDAK_AN], root);
        let mut negated = outer.to_vec();
        negated.push(KETIDAK_AN);
        prefixes(root, None, &negated, &mut Vec::new(), out);
    }
    let mut bases: Vec<(&str, Option<Affix>)> = vec![(stem, None)];
    for (suffix, affix) in [("kan", KAN), ("an", AN), ("i", I), ("isasi", ISASI), ("isme", ISME), ("is", IS)] {
        if let Some(rest) = stem.strip_suffix(suffix)
            && rest.len() >= 3
            && !rest.ends_with('-')
        {
            bases.push((rest, Some(affix)));
        }
    }
    for (base, suffix) in bases {
        if let Some(suffix) = suffix {
            push(out, outer, &[suffix], base);
        }
        prefixes(base, suffix, outer, &mut Vec::new(), out);
    }
    infixes(stem, outer, out);
    dwipurwa(stem, outer, out);
    for bound in BOUND_FORMS {
        if let Some(word) = stem.strip_prefix(bound.form.trim_end_matches('-')).filter(|w| w.len() >= 5) {
            push(out, outer, &[bound], word);
        }
    }
    // Headlines drop meN- (Sahkan, Tetapkan): a suffixed stem with no prefix reads as
    // its active verb.
    if (stem.ends_with("kan") || stem.ends_with('i')) && stem.len() >= 5 && !starts_with_a_prefix(stem) {
        for active in prefix::active_forms(stem) {
            push(out, outer, &[ZERO_TO_MEN], &active);
        }
    }
}

/// The active verbs a bare root stands for where context makes it a verb (a headline's
/// *Imbau*, a quote's attribution *tegas Menlu*): `imbau` → `mengimbau`; with
/// `with_kan`, also the -kan verb reporting speech takes (`tegas` → `menegaskan`).
pub(crate) fn bare_root_actives(root: &str, with_kan: bool) -> Vec<Analysis> {
    let mut out = Vec::new();
    if root.len() < 4 || root.contains('-') {
        return out;
    }
    // Speech is reported with the -kan verb (ungkap → mengungkapkan, said), so it
    // comes first there.
    let mut stems = vec![root.to_owned()];
    if with_kan {
        stems.insert(0, format!("{root}kan"));
    }
    for stem in stems {
        for active in prefix::active_forms(&stem) {
            push(&mut out, &[], &[ZERO_TO_MEN], &active);
        }
    }
    out
}

/// Whether a word begins like a prefixed one (then it is no bare stem).
fn starts_with_a_prefix(word: &str) -> bool {
    ["me", "di", "ber", "ter", "pe", "ke", "se"].iter().any(|p| word.starts_with(p))
}

/// Removes prefixes layer by layer from `base`; `inner` holds those removed so far.
fn prefixes(base: &str, suffix: Option<Affix>, outer: &[Affix], removed: &mut Vec<Affix>, out: &mut Vec<Analysis>) {
    if removed.len() == MAX_PREFIXES {
        return;
    }
    let mut layers = Vec::new();
    prefix::strip_one(base, &mut layers);
    for (rest, prefix) in layers {
        if removed.contains(&prefix) || !stacks(removed, prefix) {
            continue;
        }
        if removed.is_empty()
            && let Some(suffix) = suffix
            && disallowed(prefix, suffix)
        {
            continue;
        }
        removed.push(prefix);
        let affixes = layer_names(removed, suffix);
        push(out, outer, &affixes, &rest);
        if removed.len() == 1 && prefix == DI && suffix.is_none() {
            for active in prefix::active_forms(&rest) {
                push(out, outer, &[DI_TO_MEN], &active);
            }
        }
        // An infix inside a prefixed word: kesinambungan → sinambung → sambung.
        if rest.len() >= 6 {
            let mut with_prefixes = outer.to_vec();
            with_prefixes.extend_from_slice(&affixes);
            infixes(&rest, &with_prefixes, out);
        }
        prefixes(&rest, suffix, outer, removed, out);
        removed.pop();
    }
}

/// Whether `next` may sit inside the prefixes already removed (outermost first).
/// meN-, di- and peN- are always outermost among derivational prefixes; ke- and se-
/// may stack over per- and ber-.
fn stacks(removed: &[Affix], next: Affix) -> bool {
    let Some(&previous) = removed.last() else { return true };
    match next.form {
        "meN-" | "di-" => false,
        "peN-" => matches!(previous.form, "ber-" | "ke-"),
        "ke-" => false,
        "se-" => matches!(previous.form, "ke-" | "ber-" | "per-"),
        "ter-" => matches!(previous.form, "ke-" | "ber-"),
        "ber-" => matches!(previous.form, "meN-" | "di-" | "ke-" | "peN-" | "per-"),
        "per-" => matches!(previous.form, "meN-" | "di-" | "ter-" | "ke-" | "se-" | "ber-" | "peN-"),
        _ => false,
    }
}

/// The affix names for prefixes `removed` (outermost first) and `suffix`: a suffix
/// `-an` with an outermost ke-/peN-/per-/ber- forms a confix in that prefix's place.
fn layer_names(removed: &[Affix], suffix: Option<Affix>) -> Vec<Affix> {
    let mut names = removed.to_vec();
    match suffix {
        Some(AN) => match removed.first().and_then(|&p| confix_with_an(p)) {
            Some(confix) => names[0] = confix,
            None => names.push(AN),
        },
        Some(s) => names.push(s),
        None => {}
    }
    names
}

/// Infixes, on otherwise unaffixed words: gemetar → getar, telunjuk → tunjuk,
/// gerigi → gigi, kinerja → kerja.
fn infixes(stem: &str, outer: &[Affix], out: &mut Vec<Analysis>) {
    let b = stem.as_bytes();
    if b.len() < 5 || is_vowel(b[0]) || !b[0].is_ascii_alphabetic() {
        return;
    }
    for infix in INFIXES {
        let inner = &infix.form[1..3];
        if &stem[1..3] == inner {
            let root = format!("{}{}", &stem[..1], &stem[3..]);
            push(out, outer, &[infix], &root);
        }
    }
}

/// Reduplicated first syllable: rerata → rata, lelembut → lembut.
fn dwipurwa(stem: &str, outer: &[Affix], out: &mut Vec<Analysis>) {
    let b = stem.as_bytes();
    if b.len() >= 6 && b[1] == b'e' && b[0] == b[2] && !is_vowel(b[0]) {
        push(out, outer, &[DWIPURWA], &stem[2..]);
    }
}

fn push(out: &mut Vec<Analysis>, outer: &[Affix], layers: &[Affix], lemma: &str) {
    if lemma.len() < 2 || !lemma.bytes().any(is_vowel) {
        return;
    }
    let mut affixes = outer.to_vec();
    affixes.extend_from_slice(layers);
    let analysis = Analysis { lemma: lemma.to_owned(), affixes };
    if !out.contains(&analysis) {
        out.push(analysis);
    }
}
