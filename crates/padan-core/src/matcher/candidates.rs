//! Candidates: every way the words from one position on can stand for a glossary
//! form — along the index trie word by word, with the last word (and, for voice pairs
//! and reduplication, the first word) in an inflected or derived form.

use super::Matcher;
use crate::document::{AnalysisCache, Document};
use crate::glossary::{FormKind, Morphology, Pos};
use crate::index::{ROOT, Target};
use crate::morphology::{AffixKind, Analysis, AnalysisKind, bare_root_actives, is_bound_form};
use crate::token::{Gap, Shape};

/// A possible annotation, before overlaps are resolved.
#[derive(Clone, Debug)]
pub(super) struct Candidate<'i> {
    pub first: usize,
    pub last: usize,
    pub target: &'i Target,
    /// The affixes removed, from the first word and the last, when not as written.
    pub analysis: Option<Analysis>,
    /// Whether the context asks for this reading over the word as written (the
    /// attribution *tegas Menlu* is *menegaskan*, not the adjective *tegas*).
    pub preferred: bool,
}

impl Candidate<'_> {
    /// Rank in the order of trust: exact, variant, abbreviation, inflected, derived.
    pub fn trust(&self) -> u8 {
        match (&self.analysis, self.target.form_kind) {
            (None, FormKind::Term) => 0,
            (None, FormKind::Variant) => 1,
            (None, FormKind::Abbreviation) => 2,
            (Some(a), _) if a.kind() == AnalysisKind::Inflected => 3,
            (Some(_), _) => 4,
        }
    }

    /// Affix cost of the reading (0 as written).
    pub fn cost(&self) -> usize {
        self.analysis.as_ref().map_or(0, Analysis::cost)
    }
}

/// A walk state: a trie node reached, with the analysis of the first word if it was
/// not read as written.
#[derive(Clone, Copy)]
struct State<'a> {
    node: u32,
    lead: Option<&'a Analysis>,
}

/// Whether an analysis only strips a suffix from a prefixed word: such a suffix makes
/// a different word (*menunjukkan*, show, is not *menunjuk*, appoint; *mengemukakan*,
/// put forward, is not *mengemuka*, surface; *pengamatan*, observation, is not
/// *pengamat*, observer), so the reading is not offered.
fn suffix_on_a_verb(a: &Analysis) -> bool {
    let derivational: Vec<_> = a.affixes.iter().filter(|x| !x.kind.is_inflectional()).collect();
    !derivational.is_empty()
        && derivational.iter().all(|x| x.kind == AffixKind::Suffix)
        && ["me", "di", "ber", "ter", "pe"].iter().any(|p| a.lemma.starts_with(p))
}

/// Whether a first word's analysis may begin a multi-word term: a voice pair
/// (`diambil alih` → `mengambil alih`), plural reduplication (`jet-jet tempur`) or a
/// bound form joined to it (`antarkapal perang` → `kapal perang`).
fn may_lead(a: &Analysis) -> bool {
    a.affixes.len() == 1
        && (a.affixes[0].kind == AffixKind::Voice || a.affixes[0].form == "R-R" || is_bound_form(&a.affixes[0]))
}

impl Matcher<'_> {
    /// Every candidate starting at word `first`, the best per end word.
    pub(super) fn candidates_from<'s>(
        &'s self,
        doc: &Document<'_>,
        cache: &mut AnalysisCache<'_>,
        first: usize,
        out: &mut Vec<Candidate<'s>>,
    ) {
        let morphology = self.settings.morphology > Morphology::None;
        let first_analyses =
            if morphology && !doc.tokens[first].is_numeric() { cache.get(doc.folded(first)) } else { cache.none() };
        if morphology {
            self.bare_verb_candidates(doc, first, out);
        }
        let root = [State { node: ROOT, lead: None }];
        let mut states: Vec<State<'_>> = Vec::new();
        let mut comma_key = String::new();
        let mut last = first;
        loop {
            // A name runs on over an acronym in brackets inside it (Dewan Keamanan (DK)
            // PBB); the acronym is no word of the name.
            let over_bracket = last > first && doc.bracketed_inside(last);
            if over_bracket {
                last += 1;
            }
            let after_comma = last > first && doc.tokens[last].gap == Gap::Comma;
            if last > first && !over_bracket && !after_comma && !doc.tokens[last].gap.joins_terms() {
                break;
            }
            // No term runs from the headline into the dateline below it (…Bukan Lagi
            // DKI / JAKARTA - …).
            if doc.in_headline(first) && !doc.in_headline(last) && doc.tokens[last].shape == Shape::Upper {
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
            let parents: &[State<'_>] = if last == first { &root } else { &states };
            let last_analyses = if morphology && !after_comma && !doc.tokens[last].is_numeric() {
                if last == first { first_analyses.clone() } else { cache.get(doc.folded(last)) }
            } else {
                cache.none()
            };
            let mut next: Vec<State<'_>> = Vec::new();
            for &State { node: parent, lead } in parents {
                // The last word read through its analyses (only where the first word,
                // if this is not it, was read as written).
                if lead.is_none() {
                    for analysis in last_analyses.iter().filter(|a| !suffix_on_a_verb(a)) {
                        if let Some(child) = self.index.child(parent, &analysis.lemma)
                            && let Some(target) = self.first_allowed(doc, first, last, child, Some(analysis))
                        {
                            if !self.has_regular_rival(&last_analyses, analysis, cache) {
                                out.push(Candidate {
                                    first,
                                    last,
                                    target,
                                    analysis: Some(analysis.clone()),
                                    preferred: false,
                                });
                            }
                            break;
                        }
                        // A cheaper analysis that reaches a known root explains the word:
                        // a costlier one that happens to reach a glossary term is a false
                        // reading (berencana is rencana + ber-, not bencana + -er-).
                        if self.analyzer.lexicon().contains(&analysis.lemma) {
                            break;
                        }
                    }
                }
                // The word as written.
                if let Some(child) = self.index.child(parent, word) {
                    if let Some(target) = self.first_allowed(doc, first, last, child, lead) {
                        out.push(Candidate { first, last, target, analysis: lead.cloned(), preferred: false });
                    }
                    next.push(State { node: child, lead });
                }
            }
            // A first word read through a voice pair or reduplication may begin a
            // longer term.
            if last == first {
                for analysis in first_analyses.iter().filter(|a| may_lead(a)) {
                    if let Some(child) = self.index.child(ROOT, &analysis.lemma) {
                        next.push(State { node: child, lead: Some(analysis) });
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            states = next;
            last += 1;
            if last == doc.len() {
                break;
            }
        }
    }

    /// A bare root read as its active verb where the context makes it one: in a
    /// headline (*Kemlu Imbau WNI* → *mengimbau*), after a pronoun agent (*akan kami
    /// kawal* → *mengawal*) and as the verb of an attribution after a quote (*"…," tegas
    /// Menlu* → *menegaskan*), which outranks the word as written.
    fn bare_verb_candidates<'s>(&'s self, doc: &Document<'_>, first: usize, out: &mut Vec<Candidate<'s>>) {
        let Some(attribution) = verb_position(doc, first) else { return };
        let word = doc.folded(first);
        // An attribution often takes -nya (bebernya, ungkapnya: he revealed).
        let root = match word.strip_suffix("nya") {
            Some(root) if attribution && !self.analyzer.lexicon().contains(word) => root,
            _ => word,
        };
        if !self.analyzer.lexicon().contains(root) || crate::glossary::stop_words().contains(root) {
            return;
        }
        for analysis in bare_root_actives(root, attribution) {
            if let Some(child) = self.index.child(ROOT, &analysis.lemma)
                && let Some(target) = self.first_allowed(doc, first, first, child, Some(&analysis))
                && self.glossary.entry(target.entry).pos == Some(Pos::Verb)
            {
                out.push(Candidate { first, last: first, target, analysis: Some(analysis), preferred: attribution });
                return;
            }
        }
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
    fn first_allowed<'s>(
        &'s self,
        doc: &Document<'_>,
        first: usize,
        last: usize,
        node: u32,
        analysis: Option<&Analysis>,
    ) -> Option<&'s Target> {
        let needed = match analysis.map(Analysis::kind) {
            None => Morphology::None,
            Some(AnalysisKind::Inflected) => Morphology::Inflection,
            Some(AnalysisKind::Derived) => Morphology::Full,
        };
        // A voice pair is the same verb (dialami is mengalami): a verb kept to its
        // inflections still has its passive and its headline form.
        let voice_only = analysis.is_some_and(|a| {
            a.affixes.iter().any(|x| x.kind == AffixKind::Voice)
                && a.affixes.iter().all(|x| x.kind == AffixKind::Voice || x.kind.is_inflectional())
        });
        self.index.targets(node).iter().find(|t| {
            let entry = self.glossary.entry(t.entry);
            let needed = if voice_only && entry.pos == Some(Pos::Verb) { Morphology::Inflection } else { needed };
            needed <= entry.morphology().min(self.settings.morphology)
                && case_allows(t, doc, first, last, analysis.is_some())
                && (t.form_kind != FormKind::Abbreviation || analysis.is_none_or(takes_abbreviation))
        })
    }
}

/// Whether an abbreviation may carry the affixes `analysis` removed: a verb's
/// (*di-PHK*, *mem-PHK-kan*) and bound forms (*nonASN*), not a noun's or an
/// adjective's — *Permenhub* is a regulation (Peraturan Menteri Perhubungan), not
/// per- + *Menhub*.
fn takes_abbreviation(analysis: &Analysis) -> bool {
    analysis
        .affixes
        .iter()
        .filter(|a| !a.kind.is_inflectional())
        .all(|a| matches!(a.form, "di-" | "meN-" | "di-→meN-" | "-kan" | "-i") || is_bound_form(a))
}

/// Whether word `i` stands where a bare root is a verb: `Some(true)` as the verb of an
/// attribution after a quote (`"…," tegas Menlu`), `Some(false)` in a headline (the
/// text's first line, or any sentence in title case).
fn verb_position(doc: &Document<'_>, i: usize) -> Option<bool> {
    let token = &doc.tokens[i];
    match token.shape {
        Shape::Lower if i > 0 => {
            let before = &doc.text[doc.tokens[i - 1].span.end..token.span.start];
            if before.contains(',') && before.contains(['"', '\u{201d}']) {
                Some(true)
            } else {
                ((doc.in_headline(i) && has_object(doc, i)) || after_pronoun_agent(doc, i)).then_some(false)
            }
        }
        Shape::Capitalized if (doc.in_title_case_sentence(i) || doc.in_headline(i)) && has_object(doc, i) => {
            Some(false)
        }
        _ => None,
    }
}

/// Whether word `i` is the verb of a passive with a pronoun agent, which takes the
/// bare root: *akan kami kawal* (we will oversee), *nanti kita kaji*, *yang saya
/// sampaikan*. The pronoun must follow a word that only comes before a verb, so that
/// *kami pihak keluarga* (we, the family) stays a noun.
fn after_pronoun_agent(doc: &Document<'_>, i: usize) -> bool {
    const AGENTS: &[&str] = &["kami", "kita", "saya", "aku", "engkau", "kau", "mereka"];
    const BEFORE_VERB: &[&str] = &[
        "akan", "sudah", "telah", "tidak", "tak", "belum", "sedang", "masih", "harus", "bisa", "dapat", "perlu",
        "ingin", "mau", "pasti", "segera", "terus", "yang", "nanti", "baru", "lalu", "kemudian", "pernah",
    ];
    i >= 2
        && [i, i - 1].iter().all(|&k| doc.tokens[k].gap == Gap::Space)
        && AGENTS.contains(&doc.folded(i - 1))
        && BEFORE_VERB.contains(&doc.folded(i - 2))
}

/// Whether a word follows word `i` in its clause, as the object a headline verb takes
/// (*Kemlu Imbau WNI*); a headline's last word is rather a state (*Plate Bungkam*).
fn has_object(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|next| next.gap == Gap::Space && !next.is_numeric())
}

/// Whether the words `first..=last` show a case-sensitive form as written. An analysed
/// word need only contain its form (`KTT-nya` shows `KTT`).
fn case_allows(target: &Target, doc: &Document<'_>, first: usize, last: usize, analysed: bool) -> bool {
    if !target.case_sensitive {
        return true;
    }
    let mut words = target.written.split([' ', '/']);
    (first..=last).all(|i| {
        let Some(form) = words.next() else { return false };
        let surface = doc.surface(i);
        if analysed { surface.contains(form) } else { surface == form }
    })
}
