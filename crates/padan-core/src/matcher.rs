//! The matcher: finds glossary terms in a text and returns one annotation per span.
//!
//! Stages run in order of trust: exact forms, variants and abbreviations along the
//! index trie; then inflected and derived forms of a term's last word; then
//! document-level passes (acronyms the text defines, senses chosen by cues). Overlaps
//! resolve leftmost-longest, then by trust, then by glossary precedence.

use crate::acronyms;
use crate::annotation::{Annotation, MatchKind};
use crate::document::{AnalysisCache, Document};
use crate::glossary::{FormKind, Glossary, Morphology};
use crate::index::{Index, ROOT, Target};
use crate::morphology::{Analysis, AnalysisKind, Analyzer};
use crate::senses;
use crate::span::Span;

/// Builds a [`Matcher`]. Every setting has a default that suits news text.
#[derive(Clone, Debug)]
pub struct MatcherBuilder {
    morphology: Morphology,
    text_acronyms: bool,
    senses: bool,
}

impl Default for MatcherBuilder {
    fn default() -> MatcherBuilder {
        MatcherBuilder { morphology: Morphology::Full, text_acronyms: true, senses: true }
    }
}

impl MatcherBuilder {
    /// The most morphology any entry may use (entries can ask for less). `None` matches
    /// forms only as listed.
    pub fn morphology(&mut self, morphology: Morphology) -> &mut MatcherBuilder {
        self.morphology = morphology;
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
        Matcher { glossary, index: Index::build(glossary), analyzer: Analyzer::new(), settings: self.clone() }
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
    settings: MatcherBuilder,
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
        let mut i = 0;
        while i < doc.len() {
            match self.best_at(&doc, &mut cache, i) {
                Some(candidate) => {
                    i = candidate.last + 1;
                    annotations.push(self.annotation(&doc, candidate));
                }
                None => i += 1,
            }
        }
        if self.settings.text_acronyms {
            acronyms::bind_defined(&doc, &mut annotations);
        }
        if self.settings.senses {
            senses::choose(&doc, self.glossary, &self.analyzer, &mut annotations);
        }
        annotations
    }

    /// The best candidate starting at word `first`: longest, then most trusted, then
    /// least stripped, then by glossary precedence.
    fn best_at<'s, 'd>(
        &'s self,
        doc: &'d Document<'_>,
        cache: &mut AnalysisCache<'d>,
        first: usize,
    ) -> Option<Candidate<'s>> {
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
        loop {
            if last > first && !doc.tokens[last].gap.joins_terms() {
                break;
            }
            let word = doc.folded(last);
            if self.settings.morphology > Morphology::None && !doc.tokens[last].is_numeric() {
                for analysis in cache.get(word) {
                    let Some(child) = self.index.child(node, &analysis.lemma) else { continue };
                    if let Some(target) = self.first_allowed(doc, first, last, child, Some(analysis)) {
                        consider(Candidate { first, last, target, analysis: Some(analysis.clone()) });
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
