//! The matcher: finds glossary terms in a text and returns one annotation per span.
//!
//! Candidates come from walking the index trie word by word: forms as written,
//! variants and abbreviations, inflected and derived forms of a term's last word (and
//! voice pairs or reduplication of its first). Overlaps resolve longest first, then by
//! trust, then by glossary precedence. Then fuzzy matching for what nothing explains,
//! and document-level passes: acronyms the text defines, senses chosen by cues.

mod candidates;
mod select;

use crate::acronyms;
use crate::annotation::{Annotation, MatchKind};
use crate::document::{AnalysisCache, Document};
use crate::fuzzy::{
    DeletionIndex, FuzzyMode, KnownWords, Limits, PhraseAnchors, SpellChecker, misnamed_phrases, misspelt_at,
};
use crate::glossary::{Glossary, Morphology};
use crate::index::Index;
use crate::morphology::Analyzer;
use crate::senses;
use crate::span::Span;
use std::sync::Arc;

/// Builds a [`Matcher`]. Every setting has a default that suits news text.
#[derive(Clone, Debug)]
pub struct MatcherBuilder {
    morphology: Morphology,
    fuzzy: FuzzyMode,
    spell: Option<Arc<SpellChecker>>,
    text_acronyms: bool,
    senses: bool,
}

impl Default for MatcherBuilder {
    fn default() -> MatcherBuilder {
        MatcherBuilder {
            morphology: Morphology::Full,
            fuzzy: FuzzyMode::Normal,
            spell: None,
            text_acronyms: true,
            senses: true,
        }
    }
}

impl MatcherBuilder {
    /// The most morphology any entry may use (entries can ask for less). `None` matches
    /// forms only as listed.
    pub fn morphology(&mut self, morphology: Morphology) -> &mut MatcherBuilder {
        self.morphology = morphology;
        self
    }

    /// How much fuzzy matching to do for misspelt and misnamed terms. `Normal` by
    /// default.
    pub fn fuzzy(&mut self, mode: FuzzyMode) -> &mut MatcherBuilder {
        self.fuzzy = mode;
        self
    }

    /// A Hunspell dictionary whose words are never fuzzy-matched to a different term
    /// (in addition to the built-in lexicon and the glossary).
    pub fn spell_checker(&mut self, spell: Arc<SpellChecker>) -> &mut MatcherBuilder {
        self.spell = Some(spell);
        self
    }

    /// Whether acronyms the text defines ("Komisi Pemberantasan Korupsi (KPK)") are
    /// bound to their entry from there on. On by default.
    pub fn text_acronyms(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.text_acronyms = yes;
        self
    }

    /// Whether senses are chosen by cues (else every entry gets its default sense).
    /// On by default.
    pub fn senses(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.senses = yes;
        self
    }

    /// Compiles `glossary` into a matcher.
    pub fn build<'g>(&self, glossary: &'g Glossary) -> Matcher<'g> {
        let index = Index::build(glossary);
        let analyzer = Analyzer::new();
        let fuzzy = self.fuzzy.limits().map(|limits| FuzzyStage {
            limits,
            deletions: DeletionIndex::build(&index),
            anchors: if limits.misnamed { PhraseAnchors::build(&index, &analyzer) } else { PhraseAnchors::default() },
        });
        Matcher { glossary, index, analyzer, fuzzy, settings: self.clone() }
    }
}

/// Finds glossary terms in text. Immutable once built, `Send + Sync`, cheap to share
/// across threads.
///
/// ```
/// use padan_core::{Glossary, GlossaryFile, Matcher};
/// let mut glossary = Glossary::new();
/// glossary.add(GlossaryFile::parse("diplomasi.toml", r#"
/// [[entry]]
/// term = "hubungan bilateral"
/// en = ["bilateral relations"]
/// "#).unwrap());
/// let matcher = Matcher::builder().build(&glossary);
/// let text = "memperkuat hubungan\nbilateralnya";
/// let found = matcher.annotate(text);
/// assert_eq!(found[0].span.of(text), "hubungan\nbilateralnya");
/// assert_eq!(found[0].kind.name(), "inflected");
/// ```
#[derive(Debug)]
pub struct Matcher<'g> {
    glossary: &'g Glossary,
    index: Index,
    analyzer: Analyzer,
    fuzzy: Option<FuzzyStage>,
    settings: MatcherBuilder,
}

/// What the fuzzy stage needs, built once with the matcher.
#[derive(Debug)]
struct FuzzyStage {
    limits: Limits,
    deletions: DeletionIndex,
    anchors: PhraseAnchors,
}

impl<'g> Matcher<'g> {
    /// A builder with the default settings.
    pub fn builder() -> MatcherBuilder {
        MatcherBuilder::default()
    }

    /// The glossary this matcher was built from.
    pub fn glossary(&self) -> &'g Glossary {
        self.glossary
    }

    /// The analyzer the matcher uses for inflected and derived forms.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Every glossary term in `text`, in text order, without overlaps.
    pub fn annotate(&self, text: &str) -> Vec<Annotation> {
        let doc = Document::new(text);
        let mut cache = AnalysisCache::new(&self.analyzer);
        let mut candidates = Vec::new();
        for first in 0..doc.len() {
            self.candidates_from(&doc, &mut cache, first, &mut candidates);
        }
        let mut covered = vec![false; doc.len()];
        let mut annotations = self.select(&doc, candidates, &mut covered);
        if let Some(stage) = &self.fuzzy {
            self.fuzzy_pass(stage, &doc, &mut cache, &mut annotations, &mut covered);
        }
        if self.settings.text_acronyms {
            acronyms::bind_defined(&doc, self.glossary, &mut annotations);
        }
        if self.settings.senses {
            senses::choose(&doc, self.glossary, &self.analyzer, &mut annotations);
        }
        annotations
    }

    /// What `text` has that the glossary lacks: unglossed acronyms (with the expansion
    /// the text gives), multi-word names and recurring uncommon words, by kind and
    /// then most frequent first.
    pub fn suggest(&self, text: &str) -> Vec<crate::Suggestion> {
        let annotations = self.annotate(text);
        crate::suggest::suggest(&Document::new(text), &annotations, &self.analyzer)
    }

    /// Misnamed names first (they may replace the shorter terms inside them), then
    /// misspellings in what is still uncovered.
    fn fuzzy_pass(
        &self,
        stage: &FuzzyStage,
        doc: &Document<'_>,
        cache: &mut AnalysisCache<'_>,
        annotations: &mut Vec<Annotation>,
        covered: &mut [bool],
    ) {
        let span_of =
            |first: usize, last: usize| Span { start: doc.tokens[first].span.start, end: doc.tokens[last].span.end };
        if stage.limits.misnamed {
            for m in misnamed_phrases(doc, &self.index, &stage.anchors) {
                let span = span_of(m.first, m.last);
                // Longest first: the name replaces terms wholly inside it, never one
                // that reaches outside.
                // It replaces single-word terms inside it, never a multi-word one:
                // that is another name as written.
                let inside = |a: &Annotation| a.span.start >= span.start && a.span.end <= span.end;
                if annotations.iter().any(|a| {
                    overlaps_partly(a.span, span) || (inside(a) && a.span.of(doc.text).contains(char::is_whitespace))
                }) {
                    continue;
                }
                annotations.retain(|a| a.span.end <= span.start || a.span.start >= span.end);
                covered[m.first..=m.last].fill(true);
                let text = span.of(doc.text);
                annotations.push(Annotation {
                    span,
                    entry: m.target.entry,
                    kind: MatchKind::Fuzzy {
                        edit: format!("{} → {}", squeeze(text), m.form),
                        form: m.form,
                        distance: None,
                    },
                    score: 0.6,
                    sense: None,
                });
            }
        }
        let known = KnownWords { index: &self.index, spell: self.settings.spell.as_deref() };
        for i in 0..doc.len() {
            // A misspelt term starts at an uncovered word, or where a shorter term
            // starts that it may swallow (`Dewan` + `Keamanaan` + `PBB`).
            let starts_annotation = covered[i] && annotations.iter().any(|a| a.span.start == doc.tokens[i].span.start);
            if covered[i] && !starts_annotation {
                continue;
            }
            // It may run on over words already glossed (`Kementeriaan` + `Luar Negeri`)
            // and replaces them only when it contains them whole and corrects at least
            // one word nothing else explained.
            let found = misspelt_at(doc, i, &self.index, &stage.deletions, &known, cache, stage.limits);
            let Some(m) = found.into_iter().find(|m| {
                let span = span_of(i, m.last);
                !annotations.iter().any(|a| overlaps_partly(a.span, span)) && covered[i..=m.last].iter().any(|c| !c)
            }) else {
                continue;
            };
            let span = span_of(i, m.last);
            annotations.retain(|a| a.span.end <= span.start || a.span.start >= span.end);
            let form = m.target.written.to_string();
            let distance = m.edits.iter().map(|e| e.distance).sum();
            annotations.push(Annotation {
                span,
                entry: m.target.entry,
                kind: MatchKind::Fuzzy {
                    edit: format!("{} → {form}", squeeze(span.of(doc.text))),
                    form,
                    distance: Some(distance),
                },
                score: m.score,
                sense: None,
            });
            covered[i..=m.last].fill(true);
        }
        annotations.sort_by_key(|a| a.span.start);
    }
}

/// Whether `a` overlaps `span` without lying wholly inside it.
fn overlaps_partly(a: Span, span: Span) -> bool {
    a.start < span.end && span.start < a.end && (a.start < span.start || a.end > span.end)
}

/// Text with every run of white space written as one space, for messages.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
