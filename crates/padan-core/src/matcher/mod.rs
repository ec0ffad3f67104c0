//! The matcher: finds glossary terms in a text and returns one annotation per span.
//!
//! Candidates come from walking the index trie word by word: forms as written,
//! variants and abbreviations, inflected and derived forms of a term's last word (and
//! voice pairs or reduplication of its first). Overlaps resolve longest first, then by
//! trust, then by glossary precedence; glossary words inside proper names are dropped.
//! Then fuzzy matching for what nothing explains, and document-level passes: acronyms
//! the text defines, senses chosen by cues.

mod candidates;
mod fuzzy_pass;
mod select;

use crate::acronyms;
use crate::annotation::Annotation;
use crate::document::{AnalysisCache, Document};
use crate::fuzzy::{DeletionIndex, FuzzyMode, Limits, PhraseAnchors, SpellChecker};
use crate::glossary::{Glossary, Morphology};
use crate::index::Index;
use crate::morphology::Analyzer;
use crate::proper_names;
use crate::senses;
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
        // The fuzzy stage's two indexes are independent: build them side by side.
        let fuzzy = self.fuzzy.limits().map(|limits| {
            let (deletions, anchors) = std::thread::scope(|scope| {
                let anchors = scope.spawn(|| {
                    if limits.misnamed { PhraseAnchors::build(&index, &analyzer) } else { PhraseAnchors::default() }
                });
                let deletions = DeletionIndex::build(&index);
                (deletions, anchors.join().unwrap_or_default())
            });
            FuzzyStage { limits, deletions, anchors }
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
        proper_names::drop_inside_names(&doc, self.glossary, &mut cache, &mut annotations);
        if let Some(stage) = &self.fuzzy {
            annotations = self.fuzzy_pass(stage, &doc, &mut cache, annotations);
        }
        if self.settings.text_acronyms {
            acronyms::bind_defined(&doc, self.glossary, &mut annotations);
        }
        if self.settings.senses {
            senses::choose(&doc, self.glossary, &mut cache, &mut annotations);
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
}
