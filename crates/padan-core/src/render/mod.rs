//! Renderers: pure functions from a glossed text to output. The binary picks one and
//! writes what it returns.

mod inline;
mod json;
mod terms;

pub use inline::{GLOSS_CLOSE, GLOSS_OPEN, InlineStyle, render_inline};
pub use json::{JSON_VERSION, render_json, render_json_line};
pub use terms::{TermCount, render_term_list, term_counts};

use crate::annotation::Annotation;
use crate::glossary::Glossary;

/// A text and its annotations: everything a renderer needs.
#[derive(Clone, Copy, Debug)]
pub struct Glossed<'a> {
    /// How the text is named in output (a path, or `-` for standard input).
    pub source: &'a str,
    /// The text exactly as given.
    pub text: &'a str,
    /// The glossary the annotations refer to.
    pub glossary: &'a Glossary,
    /// The annotations, in text order, without overlaps.
    pub annotations: &'a [Annotation],
}

/// The renderings shown for an annotation: its chosen sense's English.
pub(crate) fn gloss_of<'a>(glossed: &Glossed<'a>, annotation: &Annotation) -> &'a [String] {
    glossed.glossary.entry(annotation.entry).gloss(annotation.sense_index())
}
