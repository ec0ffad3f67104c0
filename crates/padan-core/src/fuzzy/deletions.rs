//! The deletion index: every glossary word, and every string one deletion away from
//! it, keyed together with the trie node it hangs from. A query looks up itself and
//! its own one- and two-deletion strings, so candidates within edit distance 2 are
//! found with a fixed number of lookups, whatever the glossary's size (the symmetric
//! delete scheme); each candidate is then verified with strsim.

use crate::index::Index;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};

/// Glossary words shorter than this are never fuzzy targets.
pub(crate) const MIN_INDEXED_CHARS: usize = 5;

#[derive(Debug)]
pub(crate) struct DeletionIndex {
    /// Child nodes, grouped by the hash of (parent node, key).
    children: Vec<u32>,
    /// Hash of (parent node, key) → the range of `children` holding its nodes: one
    /// probe per look-up, whatever the index's size (a binary search over millions of
    /// keys costs a cache miss per step).
    groups: HashMap<u64, (u32, u32), BuildHasherDefault<IdentityHasher>>,
    hasher: foldhash::fast::FixedState,
}

/// The keys are hashes already: use them as they are.
#[derive(Default)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
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
        let mut groups: HashMap<u64, (u32, u32), BuildHasherDefault<IdentityHasher>> =
            HashMap::with_capacity_and_hasher(keys.len(), BuildHasherDefault::default());
        for (i, &(k, _)) in keys.iter().enumerate() {
            groups.entry(k).and_modify(|(_, len)| *len += 1).or_insert((i as u32, 1));
        }
        DeletionIndex { children: keys.into_iter().map(|(_, c)| c).collect(), groups, hasher }
    }

    /// Children of `parent` whose word may be within `max_distance` edits of `query`
    /// (unverified: hash collisions and distance-3 pairs are possible), into `out`.
    pub fn candidates(&self, parent: u32, query: &str, max_distance: usize, scratch: &mut Scratch, out: &mut Vec<u32>) {
        out.clear();
        let Scratch { first, second } = scratch;
        let mut lookup = |s: &str| {
            if let Some(&(from, len)) = self.groups.get(&key(&self.hasher, parent, s)) {
                out.extend_from_slice(&self.children[from as usize..(from + len) as usize]);
            }
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
