//! Overlaps resolve longest first, then by trust, then by the least stripping, then
//! by glossary precedence: "susunan Kabinet Merah Putih" is glossed as the cabinet's
//! name, not as "susunan kabinet" plus two stray words.

use super::Matcher;
use super::candidates::Candidate;
use crate::annotation::{Annotation, MatchKind};
use crate::document::Document;
use crate::glossary::FormKind;
use crate::morphology::AnalysisKind;
use crate::span::Span;

impl Matcher<'_> {
    /// Chooses non-overlapping candidates and turns them into annotations, in text
    /// order; marks the words they cover.
    pub(super) fn select(
        &self,
        doc: &Document<'_>,
        mut candidates: Vec<Candidate<'_>>,
        covered: &mut [bool],
    ) -> Vec<Annotation> {
        candidates.sort_by(|a, b| {
            (b.last - b.first)
                .cmp(&(a.last - a.first))
                .then(b.preferred.cmp(&a.preferred))
                .then(a.trust().cmp(&b.trust()))
                .then(a.cost().cmp(&b.cost()))
                .then(self.glossary.precedence(a.target.entry).cmp(&self.glossary.precedence(b.target.entry)))
                .then(a.first.cmp(&b.first))
        });
        let mut chosen = Vec::new();
        for c in candidates {
            if covered[c.first..=c.last].iter().any(|&x| x) {
                continue;
            }
            covered[c.first..=c.last].fill(true);
            chosen.push(self.annotation(doc, c));
        }
        chosen.sort_by_key(|a| a.span.start);
        chosen
    }

    fn annotation(&self, doc: &Document<'_>, c: Candidate<'_>) -> Annotation {
        let span = Span { start: doc.tokens[c.first].span.start, end: doc.tokens[c.last].span.end };
        let written = c.target.written.to_string();
        let (kind, score) = match (c.analysis, c.target.form_kind) {
            (None, FormKind::Term) => (MatchKind::Exact, 1.0),
            (None, FormKind::Variant) => (MatchKind::Variant { form: written }, 0.98),
            (None, FormKind::Abbreviation) => (MatchKind::Abbreviation { form: written, defined_at: None }, 0.97),
            (Some(a), _) if a.kind() == AnalysisKind::Inflected => {
                (MatchKind::Inflected { lemma: written, affixes: a.affixes }, 0.95)
            }
            (Some(a), _) => {
                let score = 0.9 - 0.05 * a.depth() as f32;
                (MatchKind::Derived { lemma: written, affixes: a.affixes }, score.max(0.6))
            }
        };
        Annotation { span, entry: c.target.entry, kind, score, sense: None }
    }
}
