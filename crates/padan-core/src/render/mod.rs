//! Renderers: pure functions from a glossed text to output. The binary picks one and
//! writes what it returns.

mod html;
mod inline;
mod json;
mod markdown;
mod terms;

pub use html::render_html;
pub use inline::{GLOSS_CLOSE, GLOSS_OPEN, InlineStyle, render_inline};
pub use json::{JSON_VERSION, render_json, render_json_line};
pub use markdown::render_markdown;
pub use terms::{TermCount, render_term_list, term_counts};

use crate::annotation::{Annotation, MatchKind};
use crate::fold::fold;
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

/// How many renderings a gloss in the text shows; the term lists and JSON show them all.
const SHOWN_RENDERINGS: usize = 3;

/// The gloss put beside a term in human output: `≈` first for a correction, the
/// headword when the text shows another form of it (so the translator sees what was
/// recognised), up to three renderings, and `(derived)` for a derived match. `None`
/// when it would only repeat the text (*Jakarta*, *Xi Jinping*): a name glossed as
/// itself is noise to a reader.
pub(crate) fn gloss_label(glossed: &Glossed<'_>, annotation: &Annotation) -> Option<String> {
    let entry = glossed.glossary.entry(annotation.entry);
    let renderings: Vec<&str> =
        gloss_of(glossed, annotation).iter().take(SHOWN_RENDERINGS).map(String::as_str).collect();
    let term = fold(&entry.term);
    let only_the_term = renderings.iter().all(|r| fold(r) == term);
    let mut label = String::new();
    if matches!(annotation.kind, MatchKind::Fuzzy { .. }) {
        label.push_str("≈ ");
    }
    // An abbreviation read in another sense names no headword: its letters stand for
    // that sense's concept (PMK: a finance regulation, not foot-and-mouth disease).
    let other_concept = annotation.sense_index() > 0 && matches!(annotation.kind, MatchKind::Abbreviation { .. });
    if fold(annotation.span.of(glossed.text)) != term && !other_concept {
        label.push_str(&entry.term);
        if !only_the_term {
            label.push_str(": ");
        }
    }
    if !only_the_term {
        label.push_str(&renderings.join(", "));
    }
    if matches!(annotation.kind, MatchKind::Derived { .. }) {
        label.push_str(" (derived)");
    }
    (!label.is_empty()).then_some(label)
}
