//! The tokenizer: words with byte spans, and what separates them.
//!
//! A word is a run of letters and digits, joined across inner hyphens (`besar-besaran`,
//! `G-20`, `Covid-19`, `KTT-nya`) and inner apostrophes (`Jum'at`). Numbers keep their
//! separators (`1.000`, `3,5`). Everything else is a gap; the matcher only needs to know
//! whether a gap is plain space (a term may run across it), a line break (it may too), a
//! paragraph break or punctuation (it may not).

use crate::span::Span;
use crate::text::BOM;

/// What separates a word from the word before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// The word starts the text (only a byte-order mark or space before it).
    Start,
    /// Spaces or tabs only.
    Space,
    /// Whitespace with one line break in it.
    LineBreak,
    /// Whitespace with two or more line breaks: a new paragraph.
    Paragraph,
    /// A comma, with or without space around it (`mikro, kecil, dan menengah`).
    Comma,
    /// A hyphen between two capitalised names (`Rusia-Ukraina`) or after a bound form
    /// (`pasca-serangan`): terms may run across it (`Timor-Leste`, `Non-Blok`).
    Hyphen,
    /// A slash between two words, with no space around it (`ATR/BPN`, `K/L`): terms
    /// may run across it, as they are written with it.
    Slash,
    /// Quotation marks on one line, with or without space (`mekanisme "snapback"`):
    /// news quotes loanwords inside terms, so terms may run across them.
    Quote,
    /// Anything else: punctuation, brackets, symbols, quotes beside other punctuation.
    Punctuation,
}

impl Gap {
    /// Whether a multi-word term may continue across this gap.
    pub fn joins_terms(self) -> bool {
        matches!(self, Gap::Space | Gap::LineBreak | Gap::Hyphen | Gap::Slash | Gap::Quote)
    }
}

/// The written shape of a word, as far as matching cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// All letters lower case (`perdamaian`).
    Lower,
    /// First letter upper case, the rest lower (`Presiden`).
    Capitalized,
    /// All letters upper case, at least two of them (`KTT`, `G-20`, `NATO`).
    Upper,
    /// Any other mix of cases (`McDonald`, `iPhone`, `DKI-Jakarta`).
    Mixed,
    /// Digits (and separators) only: `2021`, `1.000`, `3,5`.
    Number,
    /// A Roman numeral in capitals (`XX`, `IV`): a number, not an acronym.
    RomanNumeral,
}

/// One word of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the word is.
    pub span: Span,
    /// How it is written.
    pub shape: Shape,
    /// What separates it from the previous word.
    pub gap: Gap,
    /// Paragraph number, counting from 0; it increases at every [`Gap::Paragraph`].
    pub paragraph: u32,
}

impl Token {
    /// Whether the word is a number or a Roman numeral rather than a word of language.
    pub fn is_numeric(&self) -> bool {
        matches!(self.shape, Shape::Number | Shape::RomanNumeral)
    }
}

/// Splits `text` into words. Offsets are bytes into `text`.
///
/// ```
/// let text = "KTT G-20 di Bali, negara-negara…";
/// let words: Vec<&str> = padan_core::tokenize(text).iter().map(|t| t.span.of(text)).collect();
/// assert_eq!(words, ["KTT", "G-20", "di", "Bali", "negara-negara"]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut chars = text.char_indices().peekable();
    let mut gap_start = 0;
    let mut paragraph = 0u32;
    while let Some(&(start, c)) = chars.peek() {
        if !c.is_alphanumeric() {
            chars.next();
            continue;
        }
        let end = word_end(text, start);
        while chars.peek().is_some_and(|&(i, _)| i < end) {
            chars.next();
        }
        let gap = classify_gap(&text[gap_start..start], tokens.is_empty());
        if gap == Gap::Paragraph {
            paragraph += 1;
        }
        let word = &text[start..end];
        match name_compound_parts(word) {
            // Names joined by a hyphen (Rusia-Ukraina, ASEAN-GCC) are each a word, joined
            // by a hyphen gap that terms run across (Timor-Leste, al-Qaeda).
            Some(parts) => {
                let mut at = start;
                for (k, part) in parts.enumerate() {
                    let span = Span { start: at, end: at + part.len() };
                    tokens.push(Token {
                        span,
                        shape: shape_of(part),
                        gap: if k == 0 { gap } else { Gap::Hyphen },
                        paragraph,
                    });
                    at = span.end + 1;
                }
            }
            None => tokens.push(Token { span: Span { start, end }, shape: shape_of(word), gap, paragraph }),
        }
        gap_start = end;
    }
    tokens
}

/// The parts of a hyphenated word that joins capitalised names (`Rusia-Ukraina`,
/// `ASEAN-GCC`, `Al-Qaeda`), if it is one: every part starts with a capital, has two
/// letters or more, joins with a plain hyphen, and the parts are not one word repeated
/// (`Bangsa-Bangsa` is a reduplication and stays whole). A bound form and a word
/// (`pasca-serangan`) split the same way, and so do `se-` and a name (`se-Jawa`).
fn name_compound_parts(word: &str) -> Option<std::str::Split<'_, char>> {
    if !word.contains('-') || word.contains(['\u{2010}', '\u{2011}']) {
        return None;
    }
    let mut parts = word.split('-');
    let first = parts.next()?;
    let names = word.split('-').all(|p| p.chars().count() >= 2 && p.starts_with(char::is_uppercase));
    let repeated = parts.all(|p| p.eq_ignore_ascii_case(first));
    // A bound form written with a hyphen (pasca-serangan, anti-korupsi) joins two
    // words as well.
    let bound = word.split('-').count() == 2
        && BOUND_FORMS.iter().any(|b| first.eq_ignore_ascii_case(b))
        && word[first.len() + 1..].chars().count() >= 3;
    // se- before a name (se-Sumatera Barat, se-ASEAN) is "all of": the name stays a name.
    let all_of = first == "se" && word[3..].starts_with(char::is_uppercase) && word.split('-').count() == 2;
    (names && !repeated || bound || all_of).then(|| word.split('-'))
}

/// Forms written before a word with a hyphen that are words of their own for a
/// glossary (pasca-, pra-, anti-, pro-, non-, antar-, eks-).
const BOUND_FORMS: &[&str] = &["pasca", "pra", "anti", "pro", "non", "antar", "eks"];

/// The end of the word starting at `start` (which is alphanumeric).
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut letters = false;
    let mut prev_digit = false;
    let mut iter = text[start..].char_indices().peekable();
    while let Some((_, c)) = iter.next() {
        if c.is_alphanumeric() {
            letters |= c.is_alphabetic();
            prev_digit = c.is_ascii_digit();
            end += c.len_utf8();
            continue;
        }
        let next = iter.peek().map(|&(_, n)| n);
        let joins = match c {
            // Inner hyphens join compounds and reduplications.
            '-' | '\u{2010}' | '\u{2011}' => next.is_some_and(char::is_alphanumeric),
            // Inner apostrophes join loans like Jum'at, Qur'an.
            '\'' | '\u{2019}' => letters && next.is_some_and(char::is_alphabetic),
            // Thousands and decimal separators between digits.
            ',' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()),
            '.' => {
                (prev_digit && next.is_some_and(|n| n.is_ascii_digit()))
                    // A site's name (Suara.com, CNNIndonesia.com, tempo.co) is one word.
                    || (letters && !prev_digit && domain_follows(&text[end + 1..]))
            }
            _ => false,
        };
        if !joins {
            break;
        }
        prev_digit = false;
        end += c.len_utf8();
    }
    end
}

/// Whether `rest` (just after a dot) is a top-level domain ending the word.
fn domain_follows(rest: &str) -> bool {
    ["com", "co.id", "co", "id", "net", "org", "go.id", "or.id", "ac.id"]
        .iter()
        .any(|tld| rest.strip_prefix(tld).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric())))
}

/// Quotation marks, straight and curly.
const QUOTES: [char; 6] = ['"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}'];

fn classify_gap(gap: &str, at_start: bool) -> Gap {
    if gap == "/" && !at_start {
        return Gap::Slash;
    }
    if !at_start && gap.contains(QUOTES) && gap.chars().all(|c| c == ' ' || QUOTES.contains(&c)) {
        return Gap::Quote;
    }
    let mut newlines = 0u32;
    let mut commas = 0u32;
    let mut other = false;
    for c in gap.chars() {
        match c {
            '\n' => newlines += 1,
            ',' => commas += 1,
            c if c.is_whitespace() || c == BOM => {}
            _ => other = true,
        }
    }
    // A blank line makes a paragraph whatever punctuation surrounds it ("… itu.\n\n").
    match (at_start, newlines, commas, other) {
        (true, ..) => Gap::Start,
        (false, 2.., _, _) => Gap::Paragraph,
        (false, _, _, true) | (false, _, 2.., _) => Gap::Punctuation,
        (false, 0, 1, false) => Gap::Comma,
        (false, _, 1, false) => Gap::Punctuation,
        (false, 0, 0, false) => Gap::Space,
        (false, _, 0, false) => Gap::LineBreak,
    }
}

fn shape_of(word: &str) -> Shape {
    let mut upper = 0;
    let mut lower = 0;
    let mut first_upper = false;
    for (i, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            first_upper |= i == 0;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    match (upper, lower) {
        (0, 0) => Shape::Number,
        (0, _) => Shape::Lower,
        (_, 0) if is_roman_numeral(word) => Shape::RomanNumeral,
        (1, 0) if word.chars().count() == 1 => Shape::Capitalized,
        (_, 0) => Shape::Upper,
        (1, _) if first_upper => Shape::Capitalized,
        _ => Shape::Mixed,
    }
}

/// Roman numerals as news writes them in names (`Kongres XX`, `Komisi III`).
/// Single letters are left alone: `I`, `V`, `X` and `C` are more often initials.
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2
        && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
        && !matches!(word, "DI" | "MM" | "CC" | "DC" | "MC")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.of(text)).collect()
    }

    macro_rules! t {
        ($text:expr, [$($word:expr),* $(,)?]) => {
            assert_eq!(words($text), vec![$($word),*] as Vec<&str>, "{:?}", $text);
        };
    }

    #[test]
    fn words_and_punctuation() {
        t!("Putin mengumumkan, secara terbuka.", ["Putin", "mengumumkan", "secara", "terbuka"]);
        t!("“Kami menunggu Anda”", ["Kami", "menunggu", "Anda"]);
        t!("'perang'", ["perang"]);
        t!("(KPK)", ["KPK"]);
        t!("", []);
        t!(" \n ", []);
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        t!("besar-besaran", ["besar-besaran"]);
        t!("negara-negara", ["negara-negara"]);
        t!("KTT G-20", ["KTT", "G-20"]);
        t!("Covid-zero dan Covid-19", ["Covid-zero", "dan", "Covid-19"]);
        t!("KTT-nya", ["KTT-nya"]);
        t!("tembak-menembak", ["tembak-menembak"]);
        t!("anti- dan pro-", ["anti", "dan", "pro"]);
        t!("2020–2021", ["2020", "2021"]);
    }

    #[test]
    fn names_joined_by_a_hyphen_are_separate_words() {
        t!("perang Rusia-Ukraina", ["perang", "Rusia", "Ukraina"]);
        t!("ASEAN-GCC", ["ASEAN", "GCC"]);
        t!("Bangsa-Bangsa", ["Bangsa-Bangsa"]);
        t!("G-20 dan Covid-19", ["G-20", "dan", "Covid-19"]);
        t!("AS-nya", ["AS-nya"]);
        t!("Jet-jet", ["Jet-jet"]);
        t!("pasca-serangan dan anti-korupsi", ["pasca", "serangan", "dan", "anti", "korupsi"]);
        t!("se-Sumatera Barat dan se-ASEAN", ["se", "Sumatera", "Barat", "dan", "se", "ASEAN"]);
        t!("se-ekor dan Se-Jawa", ["se-ekor", "dan", "Se", "Jawa"]);
        t!("non-blok", ["non", "blok"]);
        t!("proaktif", ["proaktif"]);
        let gaps: Vec<Gap> = tokenize("Timor-Leste").iter().map(|t| t.gap).collect();
        assert_eq!(gaps, [Gap::Start, Gap::Hyphen]);
    }

    #[test]
    fn apostrophes_inside_words_only() {
        t!("Jum'at", ["Jum'at"]);
        t!("Qur’an", ["Qur’an"]);
        t!("'Ukraina'", ["Ukraina"]);
    }

    #[test]
    fn numbers_keep_their_separators() {
        t!("Rp1.000,50 naik", ["Rp1.000,50", "naik"]);
        t!("1.000 orang, 3,5 persen.", ["1.000", "orang", "3,5", "persen"]);
        t!("tahun 2021.", ["tahun", "2021"]);
        t!("Jakarta, Suara.com - Menteri", ["Jakarta", "Suara.com", "Menteri"]);
        t!("dikutip dari kompas.id dan tempo.co.", ["dikutip", "dari", "kompas.id", "dan", "tempo.co"]);
        t!("kata Suara. Comel", ["kata", "Suara", "Comel"]);
    }

    #[test]
    fn shapes() {
        let text = "perang Presiden KTT G-20 XX 2021 iPhone I";
        let shapes: Vec<Shape> = tokenize(text).iter().map(|t| t.shape).collect();
        use Shape::*;
        assert_eq!(shapes, [Lower, Capitalized, Upper, Upper, RomanNumeral, Number, Mixed, Capitalized]);
    }

    #[test]
    fn gaps_and_paragraphs() {
        let text = "\u{feff}satu dua\r\ntiga\r\n\r\nempat, lima (enam).\n\n“Tujuh";
        let tokens = tokenize(text);
        let gaps: Vec<Gap> = tokens.iter().map(|t| t.gap).collect();
        assert_eq!(
            gaps,
            [Gap::Start, Gap::Space, Gap::LineBreak, Gap::Paragraph, Gap::Comma, Gap::Punctuation, Gap::Paragraph]
        );
        let paragraphs: Vec<u32> = tokens.iter().map(|t| t.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 0, 1, 1, 1, 2], "a blank line after a full stop still starts a paragraph");
        assert_eq!(tokens[0].span.of(text), "satu", "the BOM is not part of the word");
    }

    #[test]
    fn quotation_marks_on_a_line_join_words() {
        let gaps: Vec<Gap> =
            tokenize("mekanisme \"snapback\" di, \u{201c}ya\u{201d}. Lalu").iter().map(|t| t.gap).collect();
        assert_eq!(gaps, [Gap::Start, Gap::Quote, Gap::Quote, Gap::Punctuation, Gap::Punctuation]);
    }

    #[test]
    fn a_slash_between_words_joins_them() {
        let gaps: Vec<Gap> = tokenize("ATR/BPN dan K / L").iter().map(|t| t.gap).collect();
        assert_eq!(gaps, [Gap::Start, Gap::Slash, Gap::Space, Gap::Space, Gap::Punctuation]);
    }
}
