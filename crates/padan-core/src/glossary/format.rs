//! Normal form: the one way a glossary file is written, so diffs show content changes
//! only. The `[glossary]` table first, entries sorted by term (case-insensitively),
//! keys in schema order, empty keys left out, one blank line between tables.

use super::load::GlossaryFile;
use super::model::{CaseRule, Entry, Morphology};
use std::fmt::Write;

/// The sort key of an entry in normal form.
pub(crate) fn sort_key(entry: &Entry) -> (String, &str) {
    (entry.term.to_lowercase(), entry.term.as_str())
}

/// `file` written in normal form.
///
/// ```
/// let text = "[[entry]]\nen = [\"peace\"]\nterm = \"perdamaian\"\n";
/// let file = padan_core::GlossaryFile::parse("umum.toml", text).unwrap();
/// assert_eq!(
///     padan_core::format_glossary(&file),
///     "[glossary]\nname = \"umum\"\n\n[[entry]]\nterm = \"perdamaian\"\nen = [\"peace\"]\n",
/// );
/// ```
pub fn format_glossary(file: &GlossaryFile) -> String {
    let mut out = String::with_capacity(file.entries.len() * 120);
    let info = &file.info;
    out.push_str("[glossary]\n");
    key_string(&mut out, "name", Some(&info.name));
    key_string(&mut out, "description", info.description.as_deref());
    key_string(&mut out, "source", info.source.as_deref());
    if info.priority != 0 {
        let _ = writeln!(out, "priority = {}", info.priority);
    }
    let mut entries: Vec<&Entry> = file.entries.iter().collect();
    entries.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
    for entry in entries {
        out.push_str("\n[[entry]]\n");
        key_string(&mut out, "term", Some(&entry.term));
        key_list(&mut out, "en", &entry.en);
        key_string(&mut out, "pos", entry.pos.map(|p| p.as_str()));
        key_list(&mut out, "domain", &entry.domain);
        key_list(&mut out, "variants", &entry.variants);
        key_list(&mut out, "abbr", &entry.abbr);
        key_string(&mut out, "note", entry.note.as_deref());
        key_list(&mut out, "avoid", &entry.avoid);
        key_string(
            &mut out,
            "case",
            entry.case.map(|c| match c {
                CaseRule::Sensitive => "sensitive",
                CaseRule::Insensitive => "insensitive",
            }),
        );
        key_string(
            &mut out,
            "morphology",
            entry.morphology.map(|m| match m {
                Morphology::None => "none",
                Morphology::Inflection => "inflection",
                Morphology::Full => "full",
            }),
        );
        if entry.overrides {
            out.push_str("overrides = true\n");
        }
        for sense in &entry.senses {
            out.push_str("\n[[entry.sense]]\n");
            key_list(&mut out, "en", &sense.en);
            key_list(&mut out, "cues", &sense.cues);
            key_string(&mut out, "note", sense.note.as_deref());
        }
    }
    out
}

fn key_string(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        let _ = writeln!(out, "{key} = {}", quote(value));
    }
}

fn key_list(out: &mut String, key: &str, values: &[String]) {
    if values.is_empty() {
        return;
    }
    let _ = write!(out, "{key} = [");
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&quote(v));
    }
    out.push_str("]\n");
}

/// A TOML basic string.
fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_is_stable_and_round_trips() {
        let text = r#"
[glossary]
description = "Tes"
name = "tes"

[[entry]]
term = "zona"
en = ["zone"]

[[entry]]
abbr = ["KTT"]
term = "Konferensi Tingkat Tinggi"
en = ["summit", "say \"hi\""]
pos = "noun"

[[entry.sense]]
en = ["peak"]
cues = ["gunung"]
"#;
        let file = GlossaryFile::parse("tes.toml", text).expect("valid");
        let formatted = format_glossary(&file);
        assert!(formatted.find("Konferensi").expect("kept") < formatted.find("zona").expect("kept"));
        let again = GlossaryFile::parse("tes.toml", &formatted).expect("formatted text parses");
        assert_eq!(format_glossary(&again), formatted);
        assert_eq!(again.entries.len(), 2);
    }
}
