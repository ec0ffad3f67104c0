//! Derivational prefixes and their allomorphs, one layer at a time.
//!
//! The nasal prefixes meN- and peN- take the shape of the root's first sound and
//! often replace it (`pukul` → `memukul`, `tengah` → `menengahi`, `kirim` → `mengirim`,
//! `serang` → `menyerang`); undoing them means proposing every root that could have
//! produced the surface form. Rules follow Sastrawi's published confix-stripping rule
//! set (MIT), with the loanword cases (`mengkritik`, `mentransfer`, `mempromosikan`)
//! and the `menge-`/`penge-` forms for one-syllable roots.

use super::affix::{Affix, AffixKind};

pub(crate) const MEN: Affix = Affix::new(AffixKind::Prefix, "meN-");
pub(crate) const PEN: Affix = Affix::new(AffixKind::Prefix, "peN-");
pub(crate) const DI: Affix = Affix::new(AffixKind::Prefix, "di-");
pub(crate) const KE: Affix = Affix::new(AffixKind::Prefix, "ke-");
pub(crate) const SE: Affix = Affix::new(AffixKind::Prefix, "se-");
pub(crate) const BER: Affix = Affix::new(AffixKind::Prefix, "ber-");
pub(crate) const TER: Affix = Affix::new(AffixKind::Prefix, "ter-");
pub(crate) const PER: Affix = Affix::new(AffixKind::Prefix, "per-");

pub(crate) fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn starts_with_vowel(s: &str) -> bool {
    s.bytes().next().is_some_and(is_vowel)
}

fn starts_with_consonant(s: &str) -> bool {
    s.bytes().next().is_some_and(|c| c.is_ascii_alphabetic() && !is_vowel(c))
}

/// A root of one syllable (`bom`, `cat`, `tik`, `lap`): the roots that take `menge-`.
pub(crate) fn is_monosyllabic(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut groups = 0;
    let mut in_vowel = false;
    for &b in bytes {
        let v = is_vowel(b);
        if v && !in_vowel {
            groups += 1;
        }
        in_vowel = v;
    }
    groups == 1 && bytes.len() <= 4
}

/// `C` + `er` at the start (`kerja`, `ternak`, `serta`): the roots before which `ber-`,
/// `ter-` and `per-` drop their `r`.
fn consonant_then_er(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4 && !is_vowel(b[0]) && b[0].is_ascii_alphabetic() && &b[1..3] == b"er"
}

/// Every way to remove one prefix from `word`: (what remains, the prefix).
pub(crate) fn strip_one(word: &str, out: &mut Vec<(String, Affix)>) {
    let mut push = |stem: String, affix: Affix| {
        if stem.len() >= 2
            && stem.bytes().any(is_vowel)
            && !stem.starts_with('-')
            && !out.contains(&(stem.clone(), affix))
        {
            out.push((stem, affix));
        }
    };
    if let Some(rest) = word.strip_prefix("me") {
        nasal(rest, MEN, &mut push);
    }
    if let Some(rest) = word.strip_prefix("pe") {
        nasal(rest, PEN, &mut push);
        // Non-nasal pe-, an allomorph of per-: pekerja, petani, peserta.
        if starts_with_consonant(rest) && !rest.starts_with(['m', 'n', 'r', 'w', 'y', 'l']) {
            push(rest.to_owned(), PER);
        }
    }
    if let Some(rest) = word.strip_prefix("di") {
        push(rest.to_owned(), DI);
    }
    if let Some(rest) = word.strip_prefix("ke") {
        push(rest.to_owned(), KE);
    }
    if let Some(rest) = word.strip_prefix("se") {
        push(rest.to_owned(), SE);
    }
    for (long, short, affix) in [("ber", "be", BER), ("ter", "te", TER), ("per", "pe", PER)] {
        if let Some(rest) = word.strip_prefix(long) {
            push(rest.to_owned(), affix);
            // berV- could be ber- + V… or be- + rV…: beradu → adu, berambut → rambut.
            if starts_with_vowel(rest) {
                push(format!("r{rest}"), affix);
            }
        }
        // be-/te-/pe- before a syllable with -er-: bekerja, beternak, teterbang.
        if let Some(rest) = word.strip_prefix(short)
            && consonant_then_er(rest)
            && !rest.starts_with('r')
        {
            push(rest.to_owned(), affix);
        }
    }
    // bel-/pel- occur only with ajar (belajar, pelajar).
    for (prefix, affix) in [("belajar", BER), ("pelajar", PER)] {
        if let Some(rest) = word.strip_prefix(prefix) {
            push(format!("ajar{rest}"), affix);
        }
    }
}

/// The roots behind a nasal prefix, given what follows `me`/`pe`.
fn nasal(rest: &str, affix: Affix, push: &mut impl FnMut(String, Affix)) {
    if let Some(after) = rest.strip_prefix("ng") {
        // menge-/penge- with one-syllable roots: mengebom, pengeboman.
        if let Some(root) = after.strip_prefix('e')
            && is_monosyllabic(root)
        {
            push(root.to_owned(), affix);
        }
        if starts_with_vowel(after) {
            // meng+V: a vowel-initial root (mengambil), a k-initial one (mengirim),
            // or one that itself starts with ng (menganga).
            push(after.to_owned(), affix);
            push(format!("k{after}"), affix);
            push(rest.to_owned(), affix);
        } else if after.starts_with(['g', 'h', 'k', 'q', 'x']) {
            // meng+g/h/k/q/kh: the root keeps its consonant (menggali, mengkritik).
            push(after.to_owned(), affix);
        } else {
            // me+ng…: a root that itself starts with ng (menganga).
            push(rest.to_owned(), affix);
        }
        return;
    }
    if let Some(after) = rest.strip_prefix("ny") {
        // meny+V: an s-initial root (menyerang), or a ny-initial one (menyanyi).
        if starts_with_vowel(after) {
            push(format!("s{after}"), affix);
        }
        push(rest.to_owned(), affix);
        return;
    }
    if let Some(after) = rest.strip_prefix('n') {
        if starts_with_vowel(after) {
            // men+V: a t-initial root (menengahi), or an n-initial one (menanti).
            push(format!("t{after}"), affix);
            push(rest.to_owned(), affix);
        } else if after.starts_with(['c', 'd', 'j', 'z', 's', 't']) {
            // men+c/d/j/z, and loans that keep s/t (mensyaratkan, mentransfer).
            push(after.to_owned(), affix);
        }
        return;
    }
    if let Some(after) = rest.strip_prefix('m') {
        if starts_with_vowel(after) {
            // mem+V: a p-initial root (memukul), or an m-initial one (memakan).
            push(format!("p{after}"), affix);
            push(rest.to_owned(), affix);
        } else if after.starts_with(['b', 'f', 'v', 'p']) {
            // mem+b/f/v, and p kept by loans and by per- (mempromosikan, memperkuat).
            push(after.to_owned(), affix);
        }
        return;
    }
    // me- before l, r, w, y: melipat, meringkas, mewarnai, meyakinkan. pe- there is
    // as much per- as peN- (pelabuhan beside berlabuh), so both are proposed.
    if rest.starts_with(['l', 'r', 'w', 'y']) {
        push(rest.to_owned(), affix);
        if affix == PEN {
            push(rest.to_owned(), PER);
        }
    }
}

/// The active (meN-) forms of a stem, for voice pairs: `kutuk` → `mengutuk`,
/// `perkuat` → `memperkuat`, `tengahi` → `menengahi`. Where the nasal may or may not
/// replace the first consonant (native words drop it, loans keep it), both forms are
/// proposed; the glossary decides.
pub(crate) fn active_forms(stem: &str) -> Vec<String> {
    let b = stem.as_bytes();
    let Some(&first) = b.first() else { return Vec::new() };
    let rest = &stem[1..];
    let mut out = Vec::with_capacity(2);
    // menge- goes with one-syllable roots, suffixed or not (sah → mengesahkan).
    let root = stem.strip_suffix("kan").or_else(|| stem.strip_suffix('i')).unwrap_or(stem);
    if is_monosyllabic(stem) || is_monosyllabic(root) {
        out.push(format!("menge{stem}"));
    }
    match first {
        c if is_vowel(c) => out.push(format!("meng{stem}")),
        b'k' => {
            out.push(format!("meng{rest}"));
            out.push(format!("meng{stem}"));
        }
        b'g' | b'h' | b'q' => out.push(format!("meng{stem}")),
        b'p' => {
            if stem.starts_with("pr") {
                out.push(format!("mem{stem}"));
            } else if stem.starts_with("per") {
                // per- stems keep their p (memperkuat); roots that merely begin with
                // per drop it (diperiksa → memeriksa, diperintahkan → memerintahkan).
                out.push(format!("mem{stem}"));
                out.push(format!("mem{rest}"));
            } else {
                out.push(format!("mem{rest}"));
                out.push(format!("mem{stem}"));
            }
        }
        b'b' | b'f' | b'v' => out.push(format!("mem{stem}")),
        b't' => {
            out.push(format!("men{rest}"));
            out.push(format!("men{stem}"));
        }
        b's' if !stem.starts_with("sy") => {
            out.push(format!("meny{rest}"));
            out.push(format!("men{stem}"));
        }
        b's' | b'c' | b'd' | b'j' | b'z' => out.push(format!("men{stem}")),
        b'l' | b'm' | b'n' | b'r' | b'w' | b'y' => out.push(format!("me{stem}")),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(word: &str) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        strip_one(word, &mut out);
        out.into_iter().map(|(s, a)| (s, a.form)).collect()
    }

    macro_rules! t {
        ($word:expr => $stem:expr, $affix:expr) => {
            let found = stripped($word);
            assert!(
                found.iter().any(|(s, a)| s == $stem && *a == $affix),
                "{} should give {} {}; got {:?}",
                $word,
                $stem,
                $affix,
                found
            );
        };
    }

    #[test]
    fn nasal_recoding() {
        t!("menengahi" => "tengahi", "meN-");
        t!("menanti" => "nanti", "meN-");
        t!("memukul" => "pukul", "meN-");
        t!("memakan" => "makan", "meN-");
        t!("mengirim" => "kirim", "meN-");
        t!("mengambil" => "ambil", "meN-");
        t!("menyerang" => "serang", "meN-");
        t!("menyanyi" => "nyanyi", "meN-");
        t!("mengebom" => "bom", "meN-");
        t!("pengebom" => "bom", "peN-");
        t!("menganga" => "nganga", "meN-");
    }

    #[test]
    fn loans_keep_their_first_consonant() {
        t!("mengkritik" => "kritik", "meN-");
        t!("mentransfer" => "transfer", "meN-");
        t!("mensyaratkan" => "syaratkan", "meN-");
        t!("mempromosikan" => "promosikan", "meN-");
        t!("memperkuat" => "perkuat", "meN-");
    }

    #[test]
    fn ber_ter_per_allomorphs() {
        t!("beradu" => "adu", "ber-");
        t!("berambut" => "rambut", "ber-");
        t!("bekerja" => "kerja", "ber-");
        t!("belajar" => "ajar", "ber-");
        t!("teterbang" => "terbang", "ter-");
        t!("teraup" => "raup", "ter-");
        t!("pekerja" => "kerja", "per-");
        t!("pelajar" => "ajar", "per-");
        t!("petani" => "tani", "per-");
    }

    #[test]
    fn active_forms_of_stems() {
        for (stem, active) in [
            ("kutuk", "mengutuk"),
            ("perkuat", "memperkuat"),
            ("periksa", "memeriksa"),
            ("perintahkan", "memerintahkan"),
            ("tengahi", "menengahi"),
            ("lemahkan", "melemahkan"),
            ("serang", "menyerang"),
            ("pukul", "memukul"),
            ("bom", "mengebom"),
            ("ambil", "mengambil"),
            ("kritik", "mengkritik"),
            ("cari", "mencari"),
            ("bangun", "membangun"),
            ("sahkan", "mengesahkan"),
        ] {
            assert!(active_forms(stem).contains(&active.to_owned()), "{stem} → {active}: {:?}", active_forms(stem));
        }
    }
}
