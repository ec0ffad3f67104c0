//! Exchange formats translators' tools read and write: OmegaT's tab-separated glossary
//! (`term<TAB>translation<TAB>comment`), CSV with a header (spreadsheets, memoQ), and
//! TBX (TermBase eXchange, ISO 30042) for CAT tools such as Trados and memoQ.

use super::model::{Entry, Pos};
use crate::error::{GlossaryError, Location};
use std::fmt::Write;
use std::path::Path;

/// An exchange format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExchangeFormat {
    /// OmegaT glossary: `term<TAB>English<TAB>comment`, one line per term, variant and
    /// abbreviation (OmegaT has no other place for them), renderings joined with `; `.
    OmegaT,
    /// CSV with the header `term,en,pos,domain,variants,abbr,note`; lists joined with `; `.
    Csv,
    /// TBX-Basic XML (export only).
    Tbx,
}

/// The entries written in `format`.
pub fn export_entries<'e>(entries: impl IntoIterator<Item = &'e Entry>, format: ExchangeFormat) -> String {
    let mut out = String::new();
    match format {
        ExchangeFormat::OmegaT => {
            for e in entries {
                let english = tab_free(&e.en.join("; "));
                let note = tab_free(e.note.as_deref().unwrap_or(""));
                let _ = writeln!(out, "{}\t{english}\t{note}", tab_free(&e.term));
                for (label, forms) in [("variant of", &e.variants), ("abbreviation of", &e.abbr)] {
                    for form in forms {
                        let _ = writeln!(out, "{}\t{english}\t{label} {}", tab_free(form), tab_free(&e.term));
                    }
                }
            }
        }
        ExchangeFormat::Csv => {
            out.push_str("term,en,pos,domain,variants,abbr,note\n");
            for e in entries {
                let fields = [
                    e.term.clone(),
                    e.en.join("; "),
                    e.pos.map(|p| p.as_str().to_owned()).unwrap_or_default(),
                    e.domain.join("; "),
                    e.variants.join("; "),
                    e.abbr.join("; "),
                    e.note.clone().unwrap_or_default(),
                ];
                let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                let _ = writeln!(out, "{}", row.join(","));
            }
        }
        ExchangeFormat::Tbx => {
            out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n  <tbxHeader><fileDesc><sourceDesc><p>Exported by padan</p></sourceDesc></fileDesc></tbxHeader>\n  <text><body>\n");
            for (i, e) in entries.into_iter().enumerate() {
                let _ = writeln!(out, "    <conceptEntry id=\"c{}\">", i + 1);
                for d in &e.domain {
                    let _ = writeln!(out, "      <descrip type=\"subjectField\">{}</descrip>", xml(d));
                }
                out.push_str("      <langSec xml:lang=\"id\">\n");
                term_section(&mut out, &e.term, e.pos, None, e.note.as_deref());
                for v in &e.variants {
                    term_section(&mut out, v, e.pos, Some("variant"), None);
                }
                for a in &e.abbr {
                    term_section(&mut out, a, e.pos, Some("abbreviation"), None);
                }
                out.push_str("      </langSec>\n      <langSec xml:lang=\"en\">\n");
                for (k, rendering) in e.en.iter().enumerate() {
                    term_section(
                        &mut out,
                        rendering,
                        e.pos,
                        if k == 0 { Some("preferredTerm-admn-sts") } else { None },
                        None,
                    );
                }
                for rendering in &e.avoid {
                    term_section(&mut out, rendering, e.pos, Some("deprecatedTerm-admn-sts"), None);
                }
                out.push_str("      </langSec>\n    </conceptEntry>\n");
            }
            out.push_str("  </body></text>\n</tbx>\n");
        }
    }
    out
}

fn term_section(out: &mut String, term: &str, pos: Option<Pos>, status: Option<&str>, note: Option<&str>) {
    let _ = writeln!(out, "        <termSec><term>{}</term>", xml(term));
    if let Some(pos) = pos {
        let _ = writeln!(out, "          <termNote type=\"partOfSpeech\">{}</termNote>", tbx_pos(pos));
    }
    match status {
        Some("variant") => out.push_str("          <termNote type=\"termType\">variant</termNote>\n"),
        Some("abbreviation") => out.push_str("          <termNote type=\"termType\">abbreviation</termNote>\n"),
        Some(s) => {
            let _ = writeln!(out, "          <termNote type=\"administrativeStatus\">{s}</termNote>");
        }
        None => {}
    }
    if let Some(note) = note {
        let _ = writeln!(out, "          <note>{}</note>", xml(note));
    }
    out.push_str("        </termSec>\n");
}

fn tbx_pos(pos: Pos) -> &'static str {
    match pos {
        Pos::Noun => "noun",
        Pos::Verb => "verb",
        Pos::Adj => "adjective",
        Pos::Adv => "adverb",
        Pos::Name => "properNoun",
        Pos::Phrase => "other",
    }
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn tab_free(s: &str) -> String {
    s.replace(['\t', '\n'], " ")
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

/// One row read from an exchange file: enough to make an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedRow {
    /// 1-based line in the file.
    pub line: usize,
    /// The Indonesian term.
    pub term: String,
    /// English renderings.
    pub en: Vec<String>,
    /// Part of speech, if the file gave one.
    pub pos: Option<Pos>,
    /// Domains.
    pub domain: Vec<String>,
    /// Variant spellings.
    pub variants: Vec<String>,
    /// Abbreviations.
    pub abbr: Vec<String>,
    /// A note.
    pub note: Option<String>,
}

/// Reads an OmegaT or CSV glossary. Errors name the file and line.
pub fn import_rows(path: &Path, text: &str, format: ExchangeFormat) -> Result<Vec<ImportedRow>, GlossaryError> {
    let error = |line: usize, column: usize, message: String| GlossaryError {
        location: Location { file: path.to_path_buf(), line, column },
        message,
    };
    let mut rows = Vec::new();
    let records: Vec<Record> = match format {
        ExchangeFormat::OmegaT => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|(i, l)| (i + 1, l.split('\t').map(|f| f.trim().to_owned()).collect()))
            .collect(),
        ExchangeFormat::Csv => {
            parse_csv(text).map_err(|(line, message)| error(line, 1, message))?.into_iter().skip(1).collect()
        }
        ExchangeFormat::Tbx => {
            return Err(error(
                1,
                1,
                "padan imports OmegaT and CSV glossaries; export TBX from your tool as CSV".into(),
            ));
        }
    };
    let list = |s: Option<&String>| -> Vec<String> {
        s.map(|s| s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(str::to_owned).collect())
            .unwrap_or_default()
    };
    for (line, fields) in records {
        let term = fields.first().cloned().unwrap_or_default();
        if term.is_empty() {
            return Err(error(line, 1, "row has no term (the first column is the Indonesian term)".into()));
        }
        let en = list(fields.get(1));
        if en.is_empty() {
            // OmegaT rows are plain: the second column starts after the term and a tab.
            // A CSV record's fields may be quoted, so only its line is certain.
            let column = if format == ExchangeFormat::OmegaT { term.chars().count() + 2 } else { 1 };
            return Err(error(line, column, format!("'{term}' has no English (the second column)")));
        }
        let (pos, domain, variants, abbr, note) = match format {
            ExchangeFormat::OmegaT => {
                (None, Vec::new(), Vec::new(), Vec::new(), fields.get(2).filter(|n| !n.is_empty()).cloned())
            }
            _ => {
                let pos = match fields.get(2).map(String::as_str).unwrap_or("") {
                    "" => None,
                    p => Some(p.parse::<Pos>().map_err(|e| error(line, 1, format!("'{term}': {e}")))?),
                };
                (
                    pos,
                    list(fields.get(3)),
                    list(fields.get(4)),
                    list(fields.get(5)),
                    fields.get(6).filter(|n| !n.is_empty()).cloned(),
                )
            }
        };
        rows.push(ImportedRow { line, term, en, pos, domain, variants, abbr, note });
    }
    Ok(rows)
}

/// A CSV record: the line it starts on, and its fields.
type Record = (usize, Vec<String>);

/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks.
/// An error gives the line where the bad record starts.
fn parse_csv(text: &str) -> Result<Vec<Record>, (usize, String)> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => {
                line += usize::from(c == '\n');
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                if fields.iter().any(|f| !f.trim().is_empty()) {
                    records.push((record_line, std::mem::take(&mut fields)));
                }
                fields.clear();
                line += 1;
                record_line = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err((record_line, "a quoted field is never closed (add the closing \")".into()));
    }
    fields.push(field);
    if fields.iter().any(|f| !f.trim().is_empty()) {
        records.push((record_line, fields));
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GlossaryFile;

    fn entries() -> Vec<Entry> {
        GlossaryFile::parse(
            "x.toml",
            "[[entry]]\nterm = \"gencatan senjata\"\nen = [\"ceasefire\", \"truce\"]\npos = \"noun\"\ndomain = [\"military\"]\nvariants = [\"genjatan senjata\"]\nnote = \"Not 'armistice', which ends a war.\"\navoid = [\"armistice\"]\n",
        )
        .expect("valid")
        .entries
    }

    #[test]
    fn omegat_round_trip() {
        let text = export_entries(&entries(), ExchangeFormat::OmegaT);
        assert_eq!(
            text,
            "gencatan senjata\tceasefire; truce\tNot 'armistice', which ends a war.\n\
             genjatan senjata\tceasefire; truce\tvariant of gencatan senjata\n"
        );
        let rows = import_rows(Path::new("g.txt"), &text, ExchangeFormat::OmegaT).expect("reads back");
        assert_eq!(rows[0].en, ["ceasefire", "truce"]);
        assert_eq!(rows[0].note.as_deref(), Some("Not 'armistice', which ends a war."));
        assert_eq!(rows[1].term, "genjatan senjata");
    }

    #[test]
    fn csv_round_trip_with_quotes_and_commas() {
        let text = export_entries(&entries(), ExchangeFormat::Csv);
        assert!(text.contains("\"Not 'armistice', which ends a war.\""), "{text}");
        let rows = import_rows(Path::new("g.csv"), &text, ExchangeFormat::Csv).expect("reads back");
        assert_eq!(rows[0].variants, ["genjatan senjata"]);
        assert_eq!(rows[0].pos, Some(Pos::Noun));
    }

    #[test]
    fn tbx_marks_preferred_and_deprecated_renderings() {
        let text = export_entries(&entries(), ExchangeFormat::Tbx);
        assert!(text.contains("<term>ceasefire</term>\n          <termNote type=\"partOfSpeech\">noun</termNote>\n          <termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>"));
        assert!(text.contains("<term>armistice</term>"));
        assert!(text.contains("deprecatedTerm-admn-sts"));
    }

    #[test]
    fn import_errors_name_the_line() {
        let err =
            import_rows(Path::new("g.txt"), "perang\twar\n\ndamai\n", ExchangeFormat::OmegaT).expect_err("no English");
        assert_eq!(err.to_string(), "g.txt:3:7: 'damai' has no English (the second column)");
        let err =
            import_rows(Path::new("g.csv"), "term,en\n\"perang,war\n", ExchangeFormat::Csv).expect_err("open quote");
        assert!(err.to_string().starts_with("g.csv:2:1: a quoted field is never closed"), "{err}");
    }
}
