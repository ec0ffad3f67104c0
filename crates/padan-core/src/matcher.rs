//! The matcher: finds glossary terms in a text and returns one annotation per span.
//!
//! Stages run in order of trust: exact forms, variants and abbreviations along the
//! index trie; then inflected and derived forms of a term's last word; then
//! document-level passes (acronyms the text defines, senses chosen by cues). Overlaps
//! resolve leftmost-longest, then by trust, then by glossary precedence.

use crate::acronyms;
use crate::annotation::{Annotation, MatchKind};
use crate::document::{AnalysisCache, Document};
use crate::fuzzy::{
    DeletionIndex, FuzzyMode, KnownWords, Limits, PhraseAnchors, SpellChecker, misnamed_phrases, misspelt_at,
};
use crate::glossary::{FormKind, Glossary, Morphology};
use crate::index::{Index, ROOT, Target};
use crate::morphology::{Analysis, AnalysisKind, Analyzer};
use crate::senses;
use crate::span::Span;
use crate::token::Gap;
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
            anchors: if limits.misnamed {
                PhraseAnchors::build(&index, analyzer.lexicon())
            } else {
                PhraseAnchors::default()
            },
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

/// A possible annotation, before overlaps are resolved.
struct Candidate<'i> {
    first: usize,
    last: usize,
    target: &'i Target,
    analysis: Option<Analysis>,
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
        let mut annotations = Vec::new();
        let mut covered = vec![false; doc.len()];
        let mut i = 0;
        while i < doc.len() {
            match self.best_at(&doc, &mut cache, i) {
                Some(candidate) => {
                    covered[candidate.first..=candidate.last].fill(true);
                    i = candidate.last + 1;
                    annotations.push(self.annotation(&doc, candidate));
                }
                None => i += 1,
            }
        }
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

    /// The best candidate starting at word `first`: longest, then most trusted, then
    /// least stripped, then by glossary precedence.
    fn best_at<'s>(&'s self, doc: &Document<'_>, cache: &mut AnalysisCache<'_>, first: usize) -> Option<Candidate<'s>> {
        let mut best: Option<(Candidate<'s>, (u8, usize))> = None;
        let mut consider = |c: Candidate<'s>| {
            let rank = (trust(&c), c.analysis.as_ref().map_or(0, |a| a.affixes.len()));
            let better = match &best {
                None => true,
                Some((b, b_rank)) => c.last > b.last || (c.last == b.last && rank < *b_rank),
            };
            if better {
                best = Some((c, rank));
            }
        };
        let mut node = ROOT;
        let mut last = first;
        let mut comma_key = String::new();
        loop {
            let after_comma = last > first && doc.tokens[last].gap == Gap::Comma;
            if last > first && !after_comma && !doc.tokens[last].gap.joins_terms() {
                break;
            }
            let word = if after_comma {
                comma_key.clear();
                comma_key.push(',');
                comma_key.push_str(doc.folded(last));
                comma_key.as_str()
            } else {
                doc.folded(last)
            };
            if self.settings.morphology > Morphology::None && !after_comma && !doc.tokens[last].is_numeric() {
                let analyses = cache.get(doc.folded(last));
                for analysis in analyses.iter() {
                    if let Some(child) = self.index.child(node, &analysis.lemma)
                        && let Some(target) = self.first_allowed(doc, first, last, child, Some(analysis))
                    {
                        if !self.has_regular_rival(&analyses, analysis, cache) {
                            consider(Candidate { first, last, target, analysis: Some(analysis.clone()) });
                        }
                        break;
                    }
                    // A cheaper analysis that reaches a known root explains the word: a
                    // costlier one that happens to reach a glossary term is a false
                    // reading (berencana is rencana + ber-, not bencana + -er-).
                    if self.analyzer.lexicon().contains(&analysis.lemma) {
                        break;
                    }
                }
            }
            let Some(child) = self.index.child(node, word) else { break };
            if let Some(target) = self.first_allowed(doc, first, last, child, None) {
                consider(Candidate { first, last, target, analysis: None });
            }
            node = child;
            last += 1;
            if last == doc.len() {
                break;
            }
        }
        best.map(|(c, _)| c)
    }

    /// Whether a derived reading has a rival about as cheap that reaches a known root
    /// the reading does not contain: *pengawasan* is peN-…-an + *awas* (supervision),
    /// not peN- + *kawasan* (area). Voice pairs and readings through their own root
    /// (*dikutuk* → *mengutuk* ⊃ *kutuk*) have no such rival.
    fn has_regular_rival(&self, analyses: &[Analysis], chosen: &Analysis, cache: &mut AnalysisCache<'_>) -> bool {
        if chosen.kind() != AnalysisKind::Derived {
            return false;
        }
        let lexicon = self.analyzer.lexicon();
        let mut rivals = analyses
            .iter()
            .filter(|b| b.cost() <= chosen.cost() + 1 && b.lemma != chosen.lemma && lexicon.contains(&b.lemma))
            .peekable();
        if rivals.peek().is_none() {
            return false;
        }
        let inner = cache.get(&chosen.lemma);
        rivals.any(|r| !inner.iter().any(|i| i.lemma == r.lemma))
    }

    /// The highest-precedence target at `node` that the words `first..=last` may
    /// stand for (case rule, morphology allowed).
    fn first_allowed(
        &self,
        doc: &Document<'_>,
        first: usize,
        last: usize,
        node: u32,
        analysis: Option<&Analysis>,
    ) -> Option<&Target> {
        self.index.targets(node).iter().find(|t| {
            let allowed = match analysis.map(Analysis::kind) {
                None => Morphology::None,
                Some(AnalysisKind::Inflected) => Morphology::Inflection,
                Some(AnalysisKind::Derived) => Morphology::Full,
            };
            let entry = self.glossary.entry(t.entry);
            allowed <= entry.morphology().min(self.settings.morphology)
                && case_allows(t, doc, first, last, analysis.is_some())
        })
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

/// Whether `a` overlaps `span` without lying wholly inside it.
fn overlaps_partly(a: Span, span: Span) -> bool {
    a.start < span.end && span.start < a.end && (a.start < span.start || a.end > span.end)
}

/// Text with every run of white space written as one space, for messages.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Rank in the order of trust: exact, variant, abbreviation, inflected, derived.
fn trust(c: &Candidate<'_>) -> u8 {
    match (&c.analysis, c.target.form_kind) {
        (None, FormKind::Term) => 0,
        (None, FormKind::Variant) => 1,
        (None, FormKind::Abbreviation) => 2,
        (Some(a), _) if a.kind() == AnalysisKind::Inflected => 3,
        (Some(_), _) => 4,
    }
}

/// Whether the words `first..=last` show a case-sensitive form as written. The last
/// word of an analysed match need only contain it (`KTT-nya` shows `KTT`).
fn case_allows(target: &Target, doc: &Document<'_>, first: usize, last: usize, analysed: bool) -> bool {
    if !target.case_sensitive {
        return true;
    }
    let mut words = target.written.split(' ');
    (first..=last).all(|i| {
        let Some(form) = words.next() else { return false };
        let surface = doc.surface(i);
        if analysed && i == last { surface.contains(form) } else { surface == form }
    })
}
