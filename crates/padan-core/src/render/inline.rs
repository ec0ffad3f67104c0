//! Inline output: the text as written, each glossed term followed by its gloss in
//! `⟦…⟧`. Deleting every `⟦…⟧` gives back the input byte for byte. A gloss names the
//! headword when the text shows another form of it, marks a derived match, and starts
//! with `≈` when it corrects a misspelling or a misnomer; a name glossed as itself gets
//! no gloss in the text (the term list still counts it).

use super::{Glossed, gloss_label};

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

/// The text with inline glosses.
pub fn render_inline(glossed: &Glossed<'_>, style: InlineStyle<'_>) -> String {
    let text = glossed.text;
    let mut out = String::with_capacity(text.len() + glossed.annotations.len() * 24);
    let mut at = 0;
    for a in glossed.annotations {
        let Some(label) = gloss_label(glossed, a) else { continue };
        out.push_str(&text[at..a.span.end]);
        at = a.span.end;
        out.push_str(style.before);
        out.push_str(GLOSS_OPEN);
        out.push_str(&label);
        out.push_str(GLOSS_CLOSE);
        out.push_str(style.after);
    }
    out.push_str(&text[at..]);
    out
}
