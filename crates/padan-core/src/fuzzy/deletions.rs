//! The deletion index: every glossary word, and every string one deletion away from
//! it, keyed together with the trie node it hangs from. A query looks up itself and
//! its own one- and two-deletion strings, so candidates within edit distance 2 are
//! found with a fixed number of lookups, whatever the glossary's size (the symmetric
//! delete scheme); each candidate is then verified with strsim.

use crate::index::Index;
use std::hash::{BuildHasher, Hash, Hasher};

/// Glossary words shorter than this are never fuzzy targets.
pub(crate) const MIN_INDEXED_CHARS: usize = 5;

#[derive(Debug)]
pub(crate) struct DeletionIndex {
    /// (hash of parent node and key, child node), sorted.
    keys: Vec<(u64, u32)>,
    hasher: foldhash::fast::FixedState,
}

impl DeletionIndex {
    pub fn build(index: &Index) -> DeletionIndex {
        let hasher = foldhash::fast::FixedState::with_seed(0x0070_6164_616e);
        let mut keys = Vec::new();
        let mut buffer = String::new();
        for (id, node) in index.nodes().iter().enumerate().skip(1) {
            let word: &str = &node.word;
            if word.starts_with(',') || word.chars().count() < MIN_INDEXED_CHARS {
                continue;
            }
            let child = id as u32;
            keys.push((key(&hasher, node.parent, word), child));
            for_each_deletion(word, &mut buffer, |deleted| keys.push((key(&hasher, node.parent, deleted), child)));
        }
        keys.sort_unstable();
        keys.dedup();
        DeletionIndex { keys, hasher }
    }

    /// Children of `parent` whose word may be within `max_distance` edits of `query`
    /// (unverified: hash collisions and distance-3 pairs are possible), into `out`.
    pub fn candidates(&self, parent: u32, query: &str, max_distance: usize, scratch: &mut Scratch, out: &mut Vec<u32>) {
        out.clear();
        let Scratch { first, second } = scratch;
        let mut lookup = |s: &str| {
            let k = key(&self.hasher, parent, s);
            let from = self.keys.partition_point(|&(h, _)| h < k);
            out.extend(self.keys[from..].iter().take_while(|&&(h, _)| h == k).map(|&(_, c)| c));
        };
        lookup(query);
        for (i, c) in query.char_indices() {
            first.clear();
            first.push_str(&query[..i]);
            first.push_str(&query[i + c.len_utf8()..]);
            lookup(first);
            if max_distance >= 2 {
                for_each_deletion(first, second, &mut lookup);
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// Buffers reused across look-ups.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    first: String,
    second: String,
}

fn key(hasher: &foldhash::fast::FixedState, parent: u32, s: &str) -> u64 {
    let mut h = hasher.build_hasher();
    parent.hash(&mut h);
    s.hash(&mut h);
    h.finish()
}

fn for_each_deletion(word: &str, buffer: &mut String, mut f: impl FnMut(&str)) {
    for (i, c) in word.char_indices() {
        buffer.clear();
        buffer.push_str(&word[..i]);
        buffer.push_str(&word[i + c.len_utf8()..]);
        f(buffer);
    }
}
