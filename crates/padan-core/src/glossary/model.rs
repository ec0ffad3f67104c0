//! The glossary model: entries as the matcher and renderers see them, after loading
//! and validation. See `glossaries/README.md` for the file format (schema v1).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// Part of speech of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pos {
    /// A noun (`perdamaian`).
    Noun,
    /// A verb, listed in its meN- form (`mengutuk`).
    Verb,
    /// An adjective (`demokratis`).
    Adj,
    /// An adverb or adverbial phrase (`secara damai`).
    Adv,
    /// A fixed phrase that is none of the above.
    Phrase,
    /// A proper name: person, place, institution, event.
    Name,
}

impl Pos {
    /// The name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Pos::Noun => "noun",
            Pos::Verb => "verb",
            Pos::Adj => "adj",
            Pos::Adv => "adv",
            Pos::Phrase => "phrase",
            Pos::Name => "name",
        }
    }
}

impl std::str::FromStr for Pos {
    type Err = String;

    /// Parses `noun`, `verb`, `adj` (or `adjective`), `adv` (or `adverb`), `phrase`,
    /// `name`.
    fn from_str(s: &str) -> Result<Pos, String> {
        Ok(match s {
            "noun" => Pos::Noun,
            "verb" => Pos::Verb,
            "adj" | "adjective" => Pos::Adj,
            "adv" | "adverb" => Pos::Adv,
            "phrase" => Pos::Phrase,
            "name" => Pos::Name,
            _ => return Err(format!("unknown part of speech '{s}' (noun, verb, adj, adv, phrase or name)")),
        })
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How an entry's forms compare with the text's case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CaseRule {
    /// Only as written (`Barat`, the West, not `barat`, west).
    Sensitive,
    /// In any case.
    Insensitive,
}

/// Which morphological forms of an entry may match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Morphology {
    /// Only the forms as listed.
    None,
    /// Clitics, particles and reduplication (meaning unchanged).
    Inflection,
    /// Also derivational affixes and voice pairs.
    Full,
}

/// One further sense of an entry, chosen when its cues are near.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sense {
    /// English renderings of this sense, preferred first.
    pub en: Vec<String>,
    /// Words or phrases that select this sense when they occur in the same paragraph.
    pub cues: Vec<String>,
    /// A remark on this sense.
    pub note: Option<String>,
}

/// One concept of a glossary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The Indonesian headword.
    pub term: String,
    /// English renderings, preferred first (never empty).
    pub en: Vec<String>,
    /// Part of speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos: Option<Pos>,
    /// Subject areas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domain: Vec<String>,
    /// Other spellings of the term.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// Abbreviations and acronyms that stand for the term.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub abbr: Vec<String>,
    /// A remark for the translator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Renderings a QA check should flag.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
    /// An explicit case rule; `None` applies the default (all capitals match only in
    /// capitals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<CaseRule>,
    /// An explicit morphology setting, if the file gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub morphology: Option<Morphology>,
    /// Whether this entry deliberately replaces an entry with the same term loaded
    /// earlier.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overrides: bool,
    /// Further senses; the entry's own `en` is the default sense.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub senses: Vec<Sense>,
    /// Index of the glossary file this entry came from (see [`crate::Glossary::files`]).
    pub file: usize,
    /// 1-based line of the entry's `term` in its file, for messages.
    pub line: usize,
}

impl Entry {
    /// The morphology that applies: the explicit setting, else `inflection` for names
    /// and `full` for everything else.
    pub fn morphology(&self) -> Morphology {
        self.morphology.unwrap_or(if self.pos == Some(Pos::Name) { Morphology::Inflection } else { Morphology::Full })
    }

    /// Every form that stands for the entry in text: the term, then its variants, then
    /// its abbreviations.
    pub fn forms(&self) -> impl Iterator<Item = (FormKind, &str)> {
        std::iter::once((FormKind::Term, self.term.as_str()))
            .chain(self.variants.iter().map(|v| (FormKind::Variant, v.as_str())))
            .chain(self.abbr.iter().map(|a| (FormKind::Abbreviation, a.as_str())))
    }

    /// The renderings of sense `sense` (0 is the entry's own `en`).
    pub fn gloss(&self, sense: usize) -> &[String] {
        match sense.checked_sub(1).and_then(|i| self.senses.get(i)) {
            Some(s) => &s.en,
            None => &self.en,
        }
    }
}

/// Which of an entry's forms a piece of text matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FormKind {
    /// The headword.
    Term,
    /// One of the variant spellings.
    Variant,
    /// One of the abbreviations.
    Abbreviation,
}

/// What a loaded glossary file says about itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryInfo {
    /// The glossary's name (the `[glossary]` name, else the file stem).
    pub name: String,
    /// What it covers.
    pub description: Option<String>,
    /// Where its renderings come from.
    pub source: Option<String>,
    /// Precedence on a clash with another file; higher wins.
    pub priority: i64,
    /// The file as the user named it.
    pub path: PathBuf,
    /// Number of entries.
    pub entries: usize,
}
