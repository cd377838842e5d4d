//! A learned weight per word 1- and 2-gram, hashed into a small table: which words tend
//! to open the sentences that news summaries keep ("said on Tuesday", "police said")
//! and which mark those they drop ("click here", "scroll down"). The mean weight of a
//! sentence's n-grams is one feature of the scorer (FINDINGS: +0.36 ROUGE-1 on top of
//! the other features).
//!
//! `src/data/model/ngrams.txt`, written by `scripts/train/scorer.py`:
//! ```text
//! buckets 4096          table size; a word's bucket is FNV-1a(lower-case word) % buckets
//! scale 0.0123          weight = scale * the integer
//! w 0 -3 12 …           one integer in -127..=127 per bucket, in bucket order
//! ```
//! Integers and one multiplication: the same bits in every runtime.

use std::sync::OnceLock;

/// The parsed table.
#[derive(Debug, Default)]
pub struct Table {
    scale: f32,
    weights: Vec<i8>,
}

static SHIPPED: OnceLock<Table> = OnceLock::new();

/// The table compiled into Brevity (empty if the file does not parse: the tests catch it).
pub fn shipped() -> &'static Table {
    SHIPPED.get_or_init(|| {
        Table::read(include_bytes!(concat!(env!("OUT_DIR"), "/data/model/ngrams.bin"))).unwrap_or_default()
    })
}

impl Table {
    /// Parses the text format above.
    pub fn parse(text: &str) -> Result<Table, String> {
        let mut buckets = 0usize;
        let mut table = Table::default();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
            match key {
                "buckets" => buckets = rest.trim().parse().map_err(|e| format!("buckets: {e}"))?,
                "scale" => {
                    table.scale = crate::decimal::parse_f32(rest.trim()).ok_or("scale: not a decimal")?;
                }
                "w" => {
                    for w in rest.split_whitespace() {
                        table.weights.push(w.parse().map_err(|e| format!("weight `{w}`: {e}"))?);
                    }
                }
                other => return Err(format!("unknown key `{other}`")),
            }
        }
        if table.weights.len() != buckets {
            return Err(format!("{} weights for {buckets} buckets", table.weights.len()));
        }
        Ok(table)
    }
}

impl Table {
    /// Reads the binary form that `build.rs` makes of the text: bucket count (`u32`), scale
    /// (`f32`), one `i8` per bucket, little endian. `None` if it is not one.
    pub fn read(b: &[u8]) -> Option<Table> {
        let buckets = u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize;
        let scale = f32::from_le_bytes(b.get(4..8)?.try_into().ok()?);
        let weights: Vec<i8> = b.get(8..)?.iter().map(|&w| w as i8).collect();
        (weights.len() == buckets).then_some(Table { scale, weights })
    }
}

/// FNV-1a, 32 bits, over the bytes of the lower-cased words with a separator between them.
fn hash(words: &[&str]) -> u32 {
    let mut h: u32 = FNV_START;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            h = separated(h);
        }
        h = extend(h, w);
    }
    h
}

const FNV_START: u32 = 0x811c_9dc5;

/// [`hash`]'s state after the separator that follows a word.
fn separated(h: u32) -> u32 {
    (h ^ 0x20).wrapping_mul(0x0100_0193)
}

/// [`hash`]'s state `h` fed the lower-cased bytes of `w`.
fn extend(mut h: u32, w: &str) -> u32 {
    // ASCII words (most) byte by byte: the same bytes as lower-casing char by char.
    if w.is_ascii() {
        for b in w.bytes() {
            h ^= u32::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(0x0100_0193);
        }
        return h;
    }
    for c in w.chars().flat_map(crate::case::lower_char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= b as u32;
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// The buckets of a sentence's words and word pairs (`buckets` > 0).
pub fn buckets(words: &[&str], buckets: usize) -> Vec<u32> {
    let m = buckets as u32;
    let unigrams = words.iter().map(|w| hash(std::slice::from_ref(w)) % m);
    let bigrams = words.windows(2).map(|p| hash(p) % m);
    unigrams.chain(bigrams).collect()
}

/// The mean weight of the n-grams of `words` (0 without a table or words).
pub fn score(words: &[&str]) -> f32 {
    let table = shipped();
    if table.weights.is_empty() || words.is_empty() {
        return 0.0;
    }
    // Summed as they are hashed: no list of buckets per sentence (issue 8).
    let m = table.weights.len() as u32;
    let weight = |h: u32| i64::from(table.weights[(h % m) as usize]);
    // A pair's hash goes on from its first word's: each word's bytes are hashed twice, not
    // three times.
    let (mut sum, mut before): (i64, Option<u32>) = (0, None);
    for w in words {
        let unigram = extend(FNV_START, w);
        sum += weight(unigram);
        if let Some(h) = before {
            sum += weight(extend(separated(h), w));
        }
        before = Some(unigram);
    }
    let count = 2 * words.len() - 1;
    table.scale * (sum as f32 / count as f32)
}

/// The table size, for `brevity features` (0 without a table).
pub fn table_size() -> usize {
    shipped().weights.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_table_parses() {
        let t = Table::parse(crate::data_file!("model/ngrams.txt")).unwrap();
        assert!(!t.weights.is_empty());
        // The binary form compiled in is the same table, bit for bit.
        let read = Table::read(include_bytes!(concat!(env!("OUT_DIR"), "/data/model/ngrams.bin"))).unwrap();
        assert_eq!((read.scale.to_bits(), &read.weights), (t.scale.to_bits(), &t.weights));
        assert_eq!(shipped().weights, t.weights);
    }

    #[test]
    fn hash_is_fnv1a_of_lower_case_words() {
        // FNV-1a("a") = 0xe40c292c; case does not matter.
        assert_eq!(hash(&["a"]), 0xe40c_292c);
        assert_eq!(hash(&["Police", "said"]), hash(&["police", "said"]));
        assert_ne!(hash(&["police", "said"]), hash(&["policesaid"]));
        assert_eq!(buckets(&["police", "said", "today"], 16).len(), 5);
        // A pair's hash goes on from its first word's.
        assert_eq!(extend(separated(hash(&["Police"])), "said"), hash(&["police", "said"]));
    }
}
