//! Case folding and the normal form of words used as index keys.
//!
//! Folding lower-cases, writes every hyphen as `-` and every apostrophe as `'`, so
//! `Bangsa‑Bangsa`, `bangsa-bangsa` and `BANGSA-BANGSA` share one key.

/// Appends the folded form of `word` to `out`.
pub fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '\u{2010}' | '\u{2011}' => out.push('-'),
            '\u{2019}' | '\u{2018}' | '`' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The folded form of `word`.
///
/// ```
/// assert_eq!(padan_core::fold("Bangsa\u{2011}Bangsa"), "bangsa-bangsa");
/// ```
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// Whether a term or abbreviation is written entirely in capitals (at least two
/// letters, digits and hyphens allowed: `AS`, `KTT`, `G-20`), and so by default
/// matches only in capitals.
pub fn is_all_capitals(form: &str) -> bool {
    let mut letters = 0;
    for c in form.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters += usize::from(c.is_uppercase());
    }
    letters >= 1 && form.chars().count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("KTT"), "ktt");
        assert_eq!(fold("Jum’at"), "jum'at");
        assert_eq!(fold("ÉLYSÉE"), "élysée");
    }

    #[test]
    fn capitals() {
        for form in ["AS", "KTT", "G-20", "NATO", "DK PBB", "UUD 1945"] {
            assert!(is_all_capitals(form), "{form}");
        }
        for form in ["Polri", "as", "A", "Kemenlu", "20", "e-KTP"] {
            assert!(!is_all_capitals(form), "{form}");
        }
    }
}
