//! HTML output: one self-contained page (styles inline, no scripts, nothing fetched
//! from the network) with each glossed term marked and its gloss beside it, the
//! entry's note on hover, and a table of the terms. Everything from the article or the
//! glossary is escaped.

use super::{Glossed, gloss_label, term_counts};
use crate::annotation::Annotation;
use crate::text::BOM;
use std::fmt::Write;

const STYLE: &str = "body{font:16px/1.6 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}\
mark{background:#fff3b0;padding:0 .1em}\
mark.derived,mark.inflected{background:#e6f0ff}\
mark.fuzzy{background:#ffd9c2}\
.gloss{font:.8em/1.2 system-ui,sans-serif;color:#555;margin-left:.25em}\
.gloss::before{content:'('}.gloss::after{content:')'}\
table{border-collapse:collapse;font:.9em system-ui,sans-serif;margin-top:1rem}\
th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}\
td.count{text-align:right}";

/// One page for the articles: each in its own section (headed by its name when there
/// are several), followed by its term table unless `term_list` is false.
pub fn render_html(articles: &[Glossed<'_>], term_list: bool) -> String {
    let mut out = String::new();
    let title = match articles {
        [one] => format!("padan: {}", one.source),
        _ => format!("padan: {} articles", articles.len()),
    };
    out.push_str("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    escape_into(&title, &mut out);
    let _ = write!(out, "</title>\n<style>{STYLE}</style>\n</head>\n<body>\n");
    for glossed in articles {
        out.push_str("<section>\n");
        if articles.len() > 1 {
            out.push_str("<h2>");
            escape_into(glossed.source, &mut out);
            out.push_str("</h2>\n");
        }
        article(glossed, &mut out);
        if term_list && !glossed.annotations.is_empty() {
            term_table(glossed, &mut out);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The text in paragraphs (a blank line separates them, a single line break stays a
/// line break), with every annotation marked.
fn article(glossed: &Glossed<'_>, out: &mut String) {
    let text = glossed.text;
    let start = if text.starts_with(BOM) { BOM.len_utf8() } else { 0 };
    out.push_str("<article>\n<p>");
    let mut at = start;
    for a in glossed.annotations {
        text_into(&text[at..a.span.start], out);
        term_into(glossed, a, out);
        at = a.span.end;
    }
    text_into(text[at..].trim_end(), out);
    out.push_str("</p>\n</article>\n");
}

fn term_into(glossed: &Glossed<'_>, a: &Annotation, out: &mut String) {
    let entry = glossed.glossary.entry(a.entry);
    let _ = write!(out, "<mark class=\"{}\"", a.kind.name());
    if let Some(note) = &entry.note {
        out.push_str(" title=\"");
        escape_into(note, out);
        out.push('"');
    }
    out.push('>');
    text_into(a.span.of(glossed.text), out);
    out.push_str("</mark>");
    if let Some(label) = gloss_label(glossed, a) {
        out.push_str("<span class=\"gloss\">");
        escape_into(&label, out);
        out.push_str("</span>");
    }
}

/// Article text: escaped, with paragraph and line breaks made explicit.
fn text_into(text: &str, out: &mut String) {
    let text = text.replace("\r\n", "\n");
    let mut paragraphs = text.split("\n\n").peekable();
    while let Some(paragraph) = paragraphs.next() {
        let mut lines = paragraph.split('\n').peekable();
        while let Some(line) = lines.next() {
            escape_into(line, out);
            if lines.peek().is_some() {
                out.push_str("<br>\n");
            }
        }
        if paragraphs.peek().is_some() {
            out.push_str("</p>\n<p>");
        }
    }
}

fn term_table(glossed: &Glossed<'_>, out: &mut String) {
    let rows = term_counts(glossed);
    let _ = write!(
        out,
        "<table>\n<caption>{} entries, {} occurrences</caption>\n\
         <thead><tr><th>Indonesian</th><th>English</th><th>Count</th><th>Note</th></tr></thead>\n<tbody>\n",
        rows.len(),
        glossed.annotations.len()
    );
    for row in rows {
        out.push_str("<tr><td>");
        escape_into(row.term, out);
        out.push_str("</td><td>");
        escape_into(&row.gloss.join("; "), out);
        let _ = write!(out, "</td><td class=\"count\">{}</td><td>", row.count);
        escape_into(glossed.glossary.entry(row.entry).note.as_deref().unwrap_or(""), out);
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Appends `text` with the characters HTML reads as markup replaced by references.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::render_html;
    use crate::render::Glossed;
    use crate::{Glossary, GlossaryFile, Matcher};

    fn page(text: &str) -> String {
        let mut glossary = Glossary::new();
        glossary.add(
            GlossaryFile::parse(
                "t.toml",
                "[[entry]]\nterm = \"gencatan senjata\"\nen = [\"ceasefire\"]\nnote = \"Not 'truce' <here>.\"\n",
            )
            .expect("loads"),
        );
        let annotations = Matcher::builder().build(&glossary).annotate(text);
        render_html(&[Glossed { source: "<a&b>.txt", text, glossary: &glossary, annotations: &annotations }], true)
    }

    #[test]
    fn everything_from_the_article_and_glossary_is_escaped() {
        let html = page("<script>alert('x')</script> & gencatan senjata");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "), "{html}");
        assert!(html.contains("<title>padan: &lt;a&amp;b&gt;.txt</title>"), "{html}");
        assert!(html.contains("title=\"Not &#39;truce&#39; &lt;here&gt;.\""), "{html}");
        assert!(!html.contains("<script"), "{html}");
    }

    #[test]
    fn the_page_is_self_contained() {
        let html = page("gencatan senjata disepakati");
        for reference in ["src=", "href=", "http:", "https:", "@import", "url("] {
            assert!(!html.contains(reference), "{reference} in {html}");
        }
    }

    #[test]
    fn paragraphs_and_line_breaks_are_kept() {
        let html = page("Judul\r\n\r\nbaris satu\nbaris dua\n");
        assert!(html.contains("<p>Judul</p>\n<p>baris satu<br>\nbaris dua</p>"), "{html}");
    }
}
