//! Inline output: the text as written, each glossed term followed by its gloss in
//! `⟦…⟧`. Deleting every `⟦…⟧` gives back the input byte for byte. A gloss names the
//! headword when the text shows another form of it, marks a derived match, and starts
//! with `≈` when it corrects a misspelling or a misnomer.

use super::{Glossed, gloss_of};
use crate::annotation::MatchKind;
use crate::fold::fold;

/// Opens an inserted gloss. Chosen because news text never contains it.
pub const GLOSS_OPEN: &str = "⟦";
/// Closes an inserted gloss.
pub const GLOSS_CLOSE: &str = "⟧";

/// Text to put around each inserted gloss (e.g. terminal colour codes). The default
/// adds nothing.
#[derive(Clone, Copy, Debug, Default)]
pub struct InlineStyle<'s> {
    /// Written before the opening marker.
    pub before: &'s str,
    /// Written after the closing marker.
    pub after: &'s str,
}

/// How many renderings an inline gloss shows; the term list and JSON show them all.
const SHOWN_RENDERINGS: usize = 3;

/// The text with inline glosses.
pub fn render_inline(glossed: &Glossed<'_>, style: InlineStyle<'_>) -> String {
    let text = glossed.text;
    let mut out = String::with_capacity(text.len() + glossed.annotations.len() * 24);
    let mut at = 0;
    for a in glossed.annotations {
        out.push_str(&text[at..a.span.end]);
        at = a.span.end;
        let entry = glossed.glossary.entry(a.entry);
        out.push_str(style.before);
        out.push_str(GLOSS_OPEN);
        // Name the headword whenever the text shows another form of it, so the
        // translator sees what was recognised.
        let shown_differs = fold(a.span.of(text)) != fold(&entry.term);
        if matches!(a.kind, MatchKind::Fuzzy { .. }) {
            // A correction, not a reading: say so before anything else.
            out.push_str("≈ ");
        }
        if shown_differs {
            out.push_str(&entry.term);
            out.push_str(": ");
        }
        let gloss = gloss_of(glossed, a);
        for (i, rendering) in gloss.iter().take(SHOWN_RENDERINGS).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(rendering);
        }
        if matches!(a.kind, MatchKind::Derived { .. }) {
            out.push_str(" (derived)");
        }
        out.push_str(GLOSS_CLOSE);
        out.push_str(style.after);
    }
    out.push_str(&text[at..]);
    out
}
