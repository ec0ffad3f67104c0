//! Markdown output: the article with each glossed term in bold and its gloss after it
//! in italics, then a table of the terms. Everything from the article or the glossary
//! is escaped, so the page shows the text as written and nothing in it becomes markup.

use super::{Glossed, gloss_label, term_counts};
use crate::text::BOM;
use std::fmt::Write;

/// The article as Markdown, followed by the term table unless `term_list` is false.
pub fn render_markdown(glossed: &Glossed<'_>, term_list: bool) -> String {
    let text = glossed.text.strip_prefix(BOM).unwrap_or(glossed.text);
    let offset = glossed.text.len() - text.len();
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for a in glossed.annotations {
        let (start, end) = (a.span.start - offset, a.span.end - offset);
        escape_into(&text[at..start], at == 0 || text[..at].ends_with('\n'), &mut out);
        out.push_str("**");
        escape_into(&text[start..end], false, &mut out);
        out.push_str("**");
        if let Some(label) = gloss_label(glossed, a) {
            out.push_str(" *(");
            escape_into(&label, false, &mut out);
            out.push_str(")*");
        }
        at = end;
    }
    escape_into(&text[at..], at == 0 || text[..at].ends_with('\n'), &mut out);
    if term_list && !glossed.annotations.is_empty() {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        term_table(glossed, &mut out);
    }
    out
}

fn term_table(glossed: &Glossed<'_>, out: &mut String) {
    let rows = term_counts(glossed);
    let _ = write!(
        out,
        "\n## Terms\n\n{} entries, {} occurrences.\n\n| Indonesian | English | Count | Note |\n|---|---|---:|---|\n",
        rows.len(),
        glossed.annotations.len()
    );
    for row in rows {
        let note = glossed.glossary.entry(row.entry).note.as_deref().unwrap_or("");
        out.push_str("| ");
        escape_into(row.term, false, out);
        out.push_str(" | ");
        escape_into(&row.gloss.join("; "), false, out);
        let _ = write!(out, " | {} | ", row.count);
        escape_into(&note.replace(['\n', '\r'], " "), false, out);
        out.push_str(" |\n");
    }
}

/// Appends `text` with every character Markdown could read as markup escaped;
/// `line_start` says whether `text` begins a line (where `#`, `>`, `-`, `+`, `=` and
/// `1.` would start a block).
fn escape_into(text: &str, line_start: bool, out: &mut String) {
    let mut at_line_start = line_start;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if at_line_start && c != ' ' && c != '\t' {
            at_line_start = false;
            if matches!(c, '#' | '-' | '+' | '=') {
                out.push('\\');
            } else if c.is_ascii_digit() {
                // "1. " or "1) " at the start of a line is an ordered list.
                let digits = text[i..].bytes().take_while(u8::is_ascii_digit).count();
                out.push_str(&text[i..i + digits]);
                for _ in 1..digits {
                    chars.next();
                }
                if let Some(&(_, next)) = chars.peek()
                    && matches!(next, '.' | ')')
                {
                    out.push('\\');
                }
                continue;
            }
        }
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // A line break inside a paragraph stays one (two spaces make it hard).
            '\n' => {
                let blank_line_follows =
                    text[i + 1..].starts_with(['\n', '\r']) || text[..i].trim_end_matches('\r').ends_with('\n');
                let crlf = out.ends_with('\r');
                if crlf {
                    out.pop();
                }
                if !blank_line_follows && i + 1 < text.len() && !out.ends_with("  ") {
                    out.push_str("  ");
                }
                out.push_str(if crlf { "\r\n" } else { "\n" });
                at_line_start = true;
            }
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape_into;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        escape_into(text, true, &mut out);
        out
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escaped("a *b* _c_ [d](e) <f> `g` | h & i"), r"a \*b\* \_c\_ \[d\](e) \<f\> \`g\` \| h \& i");
        assert_eq!(
            escaped("# judul\n- butir\n2024. tahun\n> kutip"),
            "\\# judul  \n\\- butir  \n2024\\. tahun  \n\\> kutip"
        );
        assert_eq!(escaped("judul\n\nisi\r\nbaris"), "judul\n\nisi  \r\nbaris", "hard breaks inside paragraphs only");
        assert_eq!(escaped("Rp1.000 naik 3,5%"), "Rp1.000 naik 3,5%");
    }
}
