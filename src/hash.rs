//! The hash maps and sets of Brevity's own code, with a fast seeded hasher instead of the
//! standard SipHash.
//!
//! Most keys are short words, looked up a few times per word of the text; SipHash spent
//! ~10 % of the full pipeline on a 727-word article hashing them (callgrind, issue 8).
//! [`Fold`] reads 8 bytes per step (one multiply each) and starts from a seed that the
//! standard `RandomState` draws once per process, so bucket positions still differ from run to run
//! and no result may depend on the order of a map.

use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

/// A hash map with the fast, seeded hasher.
pub(crate) type Map<K, V> = std::collections::HashMap<K, V, Seeded>;

/// A hash set with the fast, seeded hasher.
pub(crate) type Set<K> = std::collections::HashSet<K, Seeded>;

const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// A map sized for `n` keys, so that filling it does not rehash it at every doubling.
pub(crate) fn map_with_capacity<K, V>(n: usize) -> Map<K, V> {
    Map::with_capacity_and_hasher(n, Seeded::default())
}

/// About how many distinct words a text of `words` words has, generously (Heaps' law):
/// the articles of `news_dev.jsonl` have at most 15 √n distinct tokens (99 %; 10 √n at the
/// median), War and Peace 23 √n. For sizing a document's word maps once: growing them by
/// doubling, each time rehashing every key, was 2.5 % of a news article's pipeline (issue 8).
pub(crate) fn distinct_words(words: usize) -> usize {
    words.min(16 * (words as f64).sqrt() as usize + 16)
}

/// Builds [`Fold`] hashers from the process's seed.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Seeded(u64);

impl Default for Seeded {
    fn default() -> Seeded {
        // Drawn once: a `RandomState` per map cost more than its look-ups on short texts.
        static SEED: OnceLock<u64> = OnceLock::new();
        Seeded(*SEED.get_or_init(|| std::hash::RandomState::new().hash_one(K)))
    }
}

impl BuildHasher for Seeded {
    type Hasher = Fold;
    fn build_hasher(&self) -> Fold {
        Fold(self.0)
    }
}

/// Multiply-rotate over 8-byte words, mixed at the end so every bit of the state reaches
/// the low bits (the bucket) and the high bits (the table's tags).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fold(u64);

impl Fold {
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(K).rotate_left(26);
    }
}

impl Hasher for Fold {
    fn write(&mut self, bytes: &[u8]) {
        // Whole 8-byte words, then the last 1-8 bytes read in at most two overlapping
        // loads (no byte loop: most keys are words of 3-10 letters).
        let n = bytes.len();
        self.0 = self.0.wrapping_add(n as u64);
        let word = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or_default());
        let half = |i: usize| u64::from(u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap_or_default()));
        if n > 8 {
            let mut i = 0;
            while i + 8 < n {
                self.add(word(i));
                i += 8;
            }
            self.add(word(n - 8));
        } else if n >= 4 {
            self.add(half(0) | half(n - 4) << 32);
        } else if n > 0 {
            self.add(u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i) | 0x100);
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        let h = (self.0 ^ (self.0 >> 32)).wrapping_mul(K);
        h ^ (h >> 29)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_word_estimates_cover_a_news_article_and_never_exceed_the_words() {
        assert_eq!((distinct_words(0), distinct_words(1), distinct_words(200)), (0, 1, 200));
        // A 700-word article has up to 15 √n distinct tokens (about 400).
        assert!(distinct_words(900) >= 15 * 30);
        assert!(distinct_words(600_000) < 20_000);
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        let s = Seeded::default();
        assert_eq!(s.hash_one("Macron"), s.hash_one("Macron"));
        // Keys that differ in one byte, in length only, or in where a part ends.
        assert_ne!(s.hash_one("Macron"), s.hash_one("Macros"));
        assert_ne!(s.hash_one("abcdefgh"), s.hash_one("abcdefgh\0"));
        assert_ne!(s.hash_one(("ab", "c")), s.hash_one(("a", "bc")));
        // The bucket bits of a thousand words: few collisions among 1,024 buckets.
        let mut seen = Set::default();
        for n in 0..1000 {
            seen.insert(s.hash_one(format!("word{n}")) & 1023);
        }
        assert!(seen.len() > 550, "{} distinct buckets", seen.len());
    }
}
