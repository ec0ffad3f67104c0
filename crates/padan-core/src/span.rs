//! Byte spans into the caller's text.
//!
//! Every position padan reports is a half-open byte range into the input exactly as
//! given; lines and columns are computed only when a message is printed.

use std::fmt;

/// A half-open byte range `start..end` into a text, on character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span over `text`, checked: `start <= end <= text.len()` and both ends on
    /// character boundaries. Returns `None` otherwise.
    pub fn checked(text: &str, start: usize, end: usize) -> Option<Span> {
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end)).then_some(Span { start, end })
    }

    /// The slice of `text` this span covers.
    ///
    /// Spans made by padan over the same text are always valid; a span from elsewhere
    /// that falls off a character boundary yields an empty string rather than a panic.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A 1-based line and column (in characters) of a byte offset, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineColumn {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl LineColumn {
    /// The line and column of byte `offset` in `text` (clamped to the text).
    pub fn of_offset(text: &str, offset: usize) -> LineColumn {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        LineColumn { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
    }
}

/// Line starts of a text, for many [`LineColumn`] look-ups (one binary search each
/// instead of a scan from the start).
#[derive(Clone, Debug)]
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    /// Indexes the line starts of `text`.
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text, starts }
    }

    /// The line and column of byte `offset` (clamped to the text).
    pub fn line_column(&self, offset: usize) -> LineColumn {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        LineColumn { line, column: self.text[start..offset].chars().count() + 1 }
    }
}

impl fmt::Display for LineColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_rejects_reversed_and_mid_character_spans() {
        let text = "Tiongkok—AS";
        assert!(Span::checked(text, 3, 2).is_none());
        assert!(Span::checked(text, 9, 10).is_none(), "inside the em dash");
        assert_eq!(Span::checked(text, 11, 13).map(|s| s.of(text)), Some("AS"));
    }

    #[test]
    fn the_line_index_agrees_with_a_scan() {
        let text = "satu\nduä tiga\n\nempat";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.line_column(offset), LineColumn::of_offset(text, offset), "offset {offset}");
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "satu\nduä tiga";
        assert_eq!(LineColumn::of_offset(text, 0), LineColumn { line: 1, column: 1 });
        let tiga = text.find("tiga").expect("present");
        assert_eq!(LineColumn::of_offset(text, tiga), LineColumn { line: 2, column: 5 });
    }
}
