//! The compiled glossary index: a trie of folded words, so a multi-word term is found
//! by walking the text's words once, with per-word cost independent of glossary size.

use crate::fold::{fold, is_all_capitals};
use crate::glossary::{CaseRule, EntryId, FormKind, Glossary};
use std::collections::HashMap;

/// Something a path through the trie stands for.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub entry: EntryId,
    pub form_kind: FormKind,
    /// The form as the glossary writes it (space-separated words).
    pub written: Box<str>,
    /// Whether the text must show the form in the same case.
    pub case_sensitive: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Node {
    pub children: HashMap<Box<str>, u32, FoldHasher>,
    pub targets: Vec<Target>,
    /// The node this one hangs from, and the word on that edge (for fuzzy matching).
    pub parent: u32,
    pub word: Box<str>,
}

/// Hash maps on the hot path use foldhash: fast on short keys, and no one chooses
/// the keys to attack it (they come from the glossary).
pub(crate) type FoldHasher = foldhash::fast::RandomState;

/// Every form of every entry, by folded word sequence.
#[derive(Debug)]
pub(crate) struct Index {
    nodes: Vec<Node>,
}

pub(crate) const ROOT: u32 = 0;

impl Index {
    pub fn build(glossary: &Glossary) -> Index {
        let mut index = Index { nodes: vec![Node::default()] };
        for (id, entry) in glossary.entries().iter().enumerate() {
            for (form_kind, form) in entry.forms() {
                let case_sensitive = match entry.case {
                    Some(rule) if form_kind == FormKind::Term => rule == CaseRule::Sensitive,
                    Some(CaseRule::Sensitive) => true,
                    _ => is_all_capitals(form),
                };
                for written in spellings(form) {
                    let target = Target { entry: id, form_kind, written: written.as_str().into(), case_sensitive };
                    // A slash separates words (ATR/BPN), as the tokenizer reads it.
                    index.insert(&fold(&written).replace('/', " "), target);
                }
            }
        }
        // Forms with an abbreviation swapped in or out, where no entry has that form.
        for (id, form) in crate::abbreviated_forms::swapped_forms(glossary) {
            for written in spellings(&form) {
                let folded = fold(&written);
                if index.lookup(&folded).is_some_and(|node| !index.targets(node).is_empty()) {
                    continue;
                }
                let target = Target {
                    entry: id,
                    form_kind: FormKind::Variant,
                    written: written.as_str().into(),
                    case_sensitive: false,
                };
                index.insert(&folded, target);
            }
        }
        for node in &mut index.nodes {
            // A form that matches only as written is the more specific reading of text
            // that shows it so (`AS` before `as`), then glossary precedence decides.
            node.targets.sort_by_key(|t| (!t.case_sensitive, glossary.precedence(t.entry)));
        }
        index
    }

    fn insert(&mut self, folded: &str, target: Target) {
        let mut node = ROOT;
        for word in edge_keys(folded) {
            let word = word.as_str();
            node = match self.nodes[node as usize].children.get(word) {
                Some(&child) => child,
                None => {
                    let child = self.nodes.len() as u32;
                    self.nodes.push(Node { parent: node, word: word.into(), ..Node::default() });
                    self.nodes[node as usize].children.insert(word.into(), child);
                    child
                }
            };
        }
        let targets = &mut self.nodes[node as usize].targets;
        if !targets.iter().any(|t| t.entry == target.entry && t.written == target.written) {
            targets.push(target);
        }
    }

    /// The node a folded form leads to, if the trie has that path.
    fn lookup(&self, folded: &str) -> Option<u32> {
        edge_keys(folded).iter().try_fold(ROOT, |node, word| self.child(node, word))
    }

    /// The child of `node` along `word` (folded).
    #[inline]
    pub fn child(&self, node: u32, word: &str) -> Option<u32> {
        self.nodes[node as usize].children.get(word).copied()
    }

    pub fn targets(&self, node: u32) -> &[Target] {
        &self.nodes[node as usize].targets
    }

    pub fn node(&self, node: u32) -> &Node {
        &self.nodes[node as usize]
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }
}

/// The trie keys of a folded form's words. A word after a comma is keyed with the
/// comma in front (`korupsi, kolusi` → `korupsi`, `,kolusi`), so a term written with
/// commas matches text with them and only such text.
fn edge_keys(folded: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut comma = false;
    for word in folded.split(' ') {
        let bare = word.trim_end_matches(',');
        keys.push(if comma { format!(",{bare}") } else { bare.to_owned() });
        comma = bare.len() != word.len();
    }
    keys
}

/// The spellings under which a form is indexed: as written, with hyphens read as
/// spaces (`Bangsa-Bangsa` → `Bangsa Bangsa`), and with a doubled word joined by a
/// hyphen (`Bangsa Bangsa` → `Bangsa-Bangsa`).
fn spellings(form: &str) -> Vec<String> {
    let mut out = vec![form.to_owned()];
    if form.contains('-') && form.split(['-', ' ']).all(|w| !w.is_empty()) {
        out.push(form.replace('-', " "));
    }
    let words: Vec<&str> = form.split(' ').collect();
    if words.windows(2).any(|w| w[0].eq_ignore_ascii_case(w[1])) {
        let mut joined = String::with_capacity(form.len());
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                joined.push(if w.eq_ignore_ascii_case(words[i - 1]) { '-' } else { ' ' });
            }
            joined.push_str(w);
        }
        out.push(joined);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spellings;

    #[test]
    fn commas_become_part_of_the_next_key() {
        assert_eq!(super::edge_keys("korupsi, kolusi, dan nepotisme"), ["korupsi", ",kolusi", ",dan", "nepotisme"]);
    }

    #[test]
    fn hyphen_and_space_spellings() {
        assert_eq!(
            spellings("Perserikatan Bangsa-Bangsa"),
            ["Perserikatan Bangsa-Bangsa", "Perserikatan Bangsa Bangsa"]
        );
        assert_eq!(spellings("Negara Negara Berkembang"), ["Negara Negara Berkembang", "Negara-Negara Berkembang"]);
        assert_eq!(spellings("G-20"), ["G-20", "G 20"]);
        assert_eq!(spellings("perdamaian"), ["perdamaian"]);
    }
}
