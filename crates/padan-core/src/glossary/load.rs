//! Reading one glossary file: strict TOML parsing and validation.
//!
//! Unknown keys, wrong types and missing renderings are errors that name the file, line
//! and column and say what to do. A file with any error loads nothing.

use super::model::{CaseRule, Entry, GlossaryInfo, Morphology, Pos, Sense};
use crate::error::{GlossaryError, Location};
use crate::span::LineIndex;
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The keys an entry may have, in normal-form order.
pub(crate) const ENTRY_KEYS: &[&str] =
    &["term", "en", "pos", "domain", "variants", "abbr", "note", "avoid", "case", "morphology", "overrides", "sense"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    glossary: Option<RawHeader>,
    #[serde(default)]
    entry: Vec<Spanned<RawEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    name: Option<String>,
    description: Option<String>,
    source: Option<String>,
    #[serde(default)]
    priority: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    term: Option<Spanned<String>>,
    en: Option<Spanned<Vec<Spanned<String>>>>,
    pos: Option<Pos>,
    #[serde(default)]
    domain: Vec<Spanned<String>>,
    #[serde(default)]
    variants: Vec<Spanned<String>>,
    #[serde(default)]
    abbr: Vec<Spanned<String>>,
    note: Option<String>,
    #[serde(default)]
    avoid: Vec<Spanned<String>>,
    case: Option<CaseRule>,
    morphology: Option<Morphology>,
    #[serde(default)]
    overrides: bool,
    #[serde(default)]
    sense: Vec<Spanned<RawSense>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSense {
    #[serde(default)]
    en: Vec<Spanned<String>>,
    #[serde(default)]
    cues: Vec<Spanned<String>>,
    note: Option<String>,
}

/// A glossary file, loaded and validated. It serializes (with serde) so that a build
/// can validate glossaries once and ship them pre-parsed.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct GlossaryFile {
    /// What the file says about itself.
    pub info: GlossaryInfo,
    /// Its entries, in file order (their `file` index is 0 until added to a
    /// [`crate::Glossary`]).
    pub entries: Vec<Entry>,
}

impl GlossaryFile {
    /// Parses and validates the text of a glossary file. `path` names the file in
    /// messages and gives the default name (its stem).
    ///
    /// ```
    /// let file = padan_core::GlossaryFile::parse(
    ///     "diplomasi.toml",
    ///     "[[entry]]\nterm = \"gencatan senjata\"\nen = [\"ceasefire\", \"truce\"]\n",
    /// ).unwrap();
    /// assert_eq!(file.info.name, "diplomasi");
    /// assert_eq!(file.entries[0].en, ["ceasefire", "truce"]);
    ///
    /// let err = padan_core::GlossaryFile::parse("x.toml", "[[entry]]\nterm = \"KTT\"\n").unwrap_err();
    /// assert_eq!(err.to_string(), "x.toml:2:8: entry 'KTT' has no `en` (every entry needs at least one English rendering)");
    /// ```
    pub fn parse(path: impl AsRef<Path>, text: &str) -> Result<GlossaryFile, GlossaryError> {
        let path = path.as_ref();
        let cx = Context { path, lines: LineIndex::new(text) };
        let raw: RawFile = toml::from_str(text).map_err(|e| cx.toml_error(&e))?;
        let header = raw.glossary;
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let mut entries = Vec::with_capacity(raw.entry.len());
        for entry in raw.entry {
            entries.push(cx.entry(entry)?);
        }
        let (name, description, source, priority) = match header {
            Some(h) => (h.name.unwrap_or(stem), h.description, h.source, h.priority),
            None => (stem, None, None, 0),
        };
        Ok(GlossaryFile {
            info: GlossaryInfo {
                name,
                description,
                source,
                priority,
                path: path.to_path_buf(),
                entries: entries.len(),
            },
            entries,
        })
    }
}

struct Context<'a> {
    path: &'a Path,
    lines: LineIndex<'a>,
}

impl Context<'_> {
    fn error(&self, offset: usize, message: impl Into<String>) -> GlossaryError {
        let at = self.lines.line_column(offset);
        GlossaryError {
            location: Location { file: PathBuf::from(self.path), line: at.line, column: at.column },
            message: message.into(),
        }
    }

    fn toml_error(&self, e: &toml::de::Error) -> GlossaryError {
        let offset = e.span().map_or(0, |s| s.start);
        self.error(offset, explain_toml_message(e.message()))
    }

    fn entry(&self, spanned: Spanned<RawEntry>) -> Result<Entry, GlossaryError> {
        let entry_start = spanned.span().start;
        let raw = spanned.into_inner();
        let term = raw.term.ok_or_else(|| {
            self.error(entry_start, "entry has no `term` (every entry needs its Indonesian headword)")
        })?;
        let term_span = term.span();
        let term = term.into_inner();
        let named = |what: &str| format!("entry '{term}' {what}");
        self.check_form(&term, term_span.clone(), "entry has an empty `term` (write the Indonesian headword)")?;

        let en = match raw.en {
            Some(en) if !en.get_ref().is_empty() => {
                self.strings(en.into_inner(), &named("has an empty rendering in `en`"))?
            }
            Some(en) => {
                return Err(self.error(
                    en.span().start,
                    named("has an empty `en` (every entry needs at least one English rendering)"),
                ));
            }
            None => {
                return Err(self
                    .error(term_span.start, named("has no `en` (every entry needs at least one English rendering)")));
            }
        };
        let variants = self.forms(raw.variants, &named("has an empty variant"))?;
        let abbr = self.forms(raw.abbr, &named("has an empty abbreviation"))?;
        let mut senses = Vec::with_capacity(raw.sense.len());
        for sense in raw.sense {
            let start = sense.span().start;
            let sense = sense.into_inner();
            if sense.en.is_empty() {
                return Err(
                    self.error(start, named("has a sense without `en` (give the English renderings of that sense)"))
                );
            }
            if sense.cues.is_empty() {
                return Err(self.error(start, named("has a sense without `cues` (list the words that select it)")));
            }
            senses.push(Sense {
                en: self.strings(sense.en, &named("has an empty rendering in a sense"))?,
                cues: self.forms(sense.cues, &named("has an empty cue"))?,
                note: sense.note,
            });
        }
        Ok(Entry {
            en,
            pos: raw.pos,
            domain: self.strings(raw.domain, &named("has an empty domain"))?,
            variants,
            abbr,
            note: raw.note.filter(|n| !n.trim().is_empty()),
            avoid: self.strings(raw.avoid, &named("has an empty `avoid` rendering"))?,
            case: raw.case,
            morphology: raw.morphology,
            overrides: raw.overrides,
            senses,
            file: 0,
            line: self.lines.line_column(term_span.start).line,
            term,
        })
    }

    /// Strings that must not be blank.
    fn strings(&self, items: Vec<Spanned<String>>, what: &str) -> Result<Vec<String>, GlossaryError> {
        items
            .into_iter()
            .map(|s| {
                if s.get_ref().trim().is_empty() {
                    Err(self.error(s.span().start, format!("{what} (remove it or fill it in)")))
                } else {
                    Ok(s.into_inner())
                }
            })
            .collect()
    }

    /// Forms that are matched against text: not blank, no stray spaces.
    fn forms(&self, items: Vec<Spanned<String>>, what: &str) -> Result<Vec<String>, GlossaryError> {
        let mut out = Vec::with_capacity(items.len());
        for s in items {
            self.check_form(s.get_ref(), s.span(), &format!("{what} (remove it or fill it in)"))?;
            out.push(s.into_inner());
        }
        Ok(out)
    }

    fn check_form(&self, form: &str, span: Range<usize>, empty: &str) -> Result<(), GlossaryError> {
        if form.trim().is_empty() {
            return Err(self.error(span.start, empty));
        }
        if form.trim() != form || form.contains("  ") || form.contains(['\n', '\t']) {
            return Err(self.error(
                span.start,
                format!("'{form}' has extra white space (write words separated by single spaces)"),
            ));
        }
        Ok(())
    }
}

/// Rewrites serde's terse messages into ones that say what to do.
fn explain_toml_message(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or_default();
        let known: &[&str] = if rest.contains("`glossary`") {
            &["glossary", "entry"]
        } else if rest.contains("`description`") {
            &["name", "description", "source", "priority"]
        } else if rest.contains("`cues`") {
            &["en", "cues", "note"]
        } else {
            ENTRY_KEYS
        };
        let suggestion =
            known.iter().map(|k| (strsim::damerau_levenshtein(field, k), *k)).filter(|&(d, _)| d <= 2).min();
        return match suggestion {
            Some((_, key)) => format!("unknown key `{field}` (did you mean `{key}`?)"),
            None => format!("unknown key `{field}` (allowed here: {})", known.join(", ")),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or_default();
        let allowed = rest.split_once("expected ").map_or("", |(_, e)| e);
        return format!("unknown value `{value}` (expected {allowed})");
    }
    if message.contains("invalid type") {
        return format!("{message} (check the value's type against glossaries/README.md)");
    }
    format!("{message} (fix the TOML syntax here)")
}
