//! The JSON contract (version 1): one object with the source, the glossaries used and
//! the annotations. Fields may be added; none is renamed or removed without bumping
//! the version.

use super::{Glossed, gloss_of};
use crate::annotation::{Annotation, MatchKind};
use serde::Serialize;

/// The version of the JSON contract this renderer writes.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    source: &'a str,
    glossaries: Vec<GlossaryRef<'a>>,
    annotations: Vec<JsonAnnotation<'a>>,
}

#[derive(Serialize)]
struct GlossaryRef<'a> {
    name: &'a str,
    entries: usize,
}

#[derive(Serialize)]
struct JsonAnnotation<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    term: &'a str,
    gloss: &'a [String],
    #[serde(rename = "match")]
    kind: &'static str,
    score: f64,
    explain: Explain<'a>,
    glossary: &'a str,
    pos: Option<&'static str>,
    note: Option<&'a str>,
}

#[derive(Serialize, Default)]
struct Explain<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lemma: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    affixes: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    defined_at: Option<[usize; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    edit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    distance: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sense: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cues: Option<&'a [String]>,
}

fn explain(annotation: &Annotation) -> Explain<'_> {
    let mut e = Explain::default();
    match &annotation.kind {
        MatchKind::Exact => {}
        MatchKind::Variant { form } => e.form = Some(form),
        MatchKind::Abbreviation { form, defined_at } => {
            e.form = Some(form);
            e.defined_at = defined_at.map(|s| [s.start, s.end]);
        }
        MatchKind::Inflected { lemma, affixes } | MatchKind::Derived { lemma, affixes } => {
            e.lemma = Some(lemma);
            e.affixes = Some(affixes.iter().map(|a| a.form).collect());
        }
        MatchKind::Fuzzy { form, edit, distance } => {
            e.form = Some(form);
            e.edit = Some(edit);
            e.distance = *distance;
        }
    }
    if let Some(sense) = &annotation.sense {
        e.sense = Some(sense.index);
        e.cues = Some(&sense.cues);
    }
    e
}

/// The JSON document for a glossed text, pretty-printed, ending in a newline.
pub fn render_json(glossed: &Glossed<'_>) -> String {
    render(glossed, true)
}

/// The same document on one line, ending in a newline (for JSON Lines: one article
/// per line).
pub fn render_json_line(glossed: &Glossed<'_>) -> String {
    render(glossed, false)
}

fn render(glossed: &Glossed<'_>, pretty: bool) -> String {
    let glossary = glossed.glossary;
    let output = Output {
        version: JSON_VERSION,
        source: glossed.source,
        glossaries: glossary.files().iter().map(|f| GlossaryRef { name: &f.name, entries: f.entries }).collect(),
        annotations: glossed
            .annotations
            .iter()
            .map(|a| {
                let entry = glossary.entry(a.entry);
                JsonAnnotation {
                    start: a.span.start,
                    end: a.span.end,
                    text: a.span.of(glossed.text),
                    term: &entry.term,
                    gloss: gloss_of(glossed, a),
                    kind: a.kind.name(),
                    // Two decimals: scores are rankings, not measurements.
                    score: (f64::from(a.score) * 100.0).round() / 100.0,
                    explain: explain(a),
                    glossary: &glossary.file_of(a.entry).name,
                    pos: entry.pos.map(|p| p.as_str()),
                    note: entry.note.as_deref(),
                }
            })
            .collect(),
    };
    let written = if pretty { serde_json::to_string_pretty(&output) } else { serde_json::to_string(&output) };
    let mut out = written.unwrap_or_default();
    out.push('\n');
    out
}
