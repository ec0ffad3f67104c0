//! padan-core: find the terms of an Indonesian–English glossary in Indonesian text,
//! whatever shape morphology has given them, and explain each match.
//!
//! The pipeline: bytes → [`decode`] → [`tokenize`] → [`Analyzer`] → [`Matcher`] →
//! [`Annotation`]s → renderers ([`render_inline`], [`render_markdown`], [`render_html`],
//! [`render_json`]).
//!
//! ```
//! use padan_core::{Glossary, GlossaryFile, Matcher, MatchKind};
//!
//! let mut glossary = Glossary::new();
//! glossary.add(GlossaryFile::parse("politik.toml", r#"
//! [[entry]]
//! term = "presiden"
//! en = ["president"]
//!
//! [[entry]]
//! term = "Konferensi Tingkat Tinggi"
//! en = ["summit"]
//! abbr = ["KTT"]
//! "#)?);
//!
//! let matcher = Matcher::builder().build(&glossary);
//! let text = "Presidennya hadir di KTT itu.";
//! let found = matcher.annotate(text);
//!
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].span.of(text), "Presidennya");
//! assert!(matches!(&found[0].kind, MatchKind::Inflected { lemma, .. } if lemma == "presiden"));
//! assert_eq!(glossary.entry(found[1].entry).en, ["summit"]);
//! # Ok::<(), padan_core::GlossaryError>(())
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr, missing_docs)]

mod abbreviated_forms;
mod acronyms;
mod annotation;
mod document;
mod error;
mod fold;
mod fuzzy;
mod glossary;
mod index;
mod matcher;
mod morphology;
mod proper_names;
mod render;
mod senses;
mod span;
mod suggest;
mod text;
mod token;

pub use annotation::{Annotation, MatchKind, SenseChoice};
pub use error::{GlossaryError, InputError, Location};
pub use fold::{fold, is_all_capitals};
pub use fuzzy::{FuzzyMode, SpellChecker};
pub use glossary::{
    CaseRule, Entry, EntryId, ExchangeFormat, Finding, FormKind, Glossary, GlossaryFile, GlossaryInfo, ImportedRow,
    LintRule, LintSource, Morphology, Pos, Sense, export_entries, format_glossary, import_rows, lint,
};
pub use matcher::{Matcher, MatcherBuilder};
pub use morphology::{Affix, AffixKind, Analysis, AnalysisKind, Analyzer, Lexicon};
pub use render::{
    GLOSS_CLOSE, GLOSS_OPEN, Glossed, InlineStyle, JSON_VERSION, TermCount, render_html, render_inline, render_json,
    render_json_line, render_markdown, render_term_list, term_counts,
};
pub use span::{LineColumn, LineIndex, Span};
pub use suggest::{Suggestion, SuggestionKind};
pub use text::{BOM, decode};
pub use token::{Gap, Shape, Token, tokenize};
