//! The tagger's weights and decoding: a linear-chain model over BIO labels, decoded by
//! Viterbi with illegal transitions ("O" → "I-PER") blocked.
//!
//! File format (little endian), written by `examples/train_ner.rs`:
//! `b"BNER"`, version `1`, hash bits `u8`, label count `u8`, per-label weight scale `f32`
//! ×L, start weights `f32` ×L, transition weights `f32` ×L×L, entry count `u32`, then the
//! entries' keys (`bucket * L + label`, ascending) as LEB128 deltas, then their weights as
//! `i8` (weight = q × scale of its label).

/// The labels, in index order. MISC is learned (it keeps nationalities and events out of
/// the other classes) but never reported.
pub const LABELS: [&str; 9] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

/// Number of labels.
pub const L: usize = LABELS.len();

/// Whether label `cur` may follow label `prev` (`None`: sentence start).
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true; // O and B-X may follow anything
    }
    // I-X only after B-X or I-X.
    prev.is_some_and(|p| p != 0 && p.div_ceil(2) == cur / 2)
}

/// A trained model, parsed from its file.
#[derive(Debug, Clone)]
pub struct Model {
    /// Hash bits of the feature table.
    pub bits: u32,
    scales: [f32; L],
    start: [f32; L],
    trans: [f32; L * L],
    keys: Vec<u32>,
    rows: Vec<[i8; L]>,
    /// Which buckets have a row, one bit each, and the number of rows before each 64-bucket
    /// word: finds a row in O(1) where a binary search over `keys` cost a quarter of the
    /// whole pipeline's time (issue 8; 48 KB for 2^18 buckets).
    present: Vec<u64>,
    ranks: Vec<u32>,
}

fn read_f32s<const N: usize>(b: &[u8], at: &mut usize) -> Option<[f32; N]> {
    let mut out = [0f32; N];
    for v in &mut out {
        let bytes = b.get(*at..*at + 4)?;
        *v = f32::from_le_bytes(bytes.try_into().ok()?);
        *at += 4;
    }
    Some(out)
}

impl Model {
    /// Parses a model file; `None` if it is not one (wrong magic, version or length).
    pub fn parse(b: &[u8]) -> Option<Model> {
        if b.get(..5)? != b"BNER\x01" || usize::from(*b.get(6)?) != L {
            return None;
        }
        let bits = u32::from(*b.get(5)?);
        let mut at = 7;
        let scales = read_f32s::<L>(b, &mut at)?;
        let start = read_f32s::<L>(b, &mut at)?;
        let trans = read_f32s::<{ L * L }>(b, &mut at)?;
        let n = u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize;
        at += 4;
        let mut flat = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            let mut delta = 0u32;
            let mut shift = 0;
            loop {
                let byte = *b.get(at)?;
                at += 1;
                delta |= u32::from(byte & 0x7f) << shift;
                shift += 7;
                if byte & 0x80 == 0 {
                    break;
                }
            }
            key += delta;
            flat.push(key);
        }
        let weights = b.get(at..at + n)?;
        let mut keys: Vec<u32> = Vec::new();
        let mut rows: Vec<[i8; L]> = Vec::new();
        for (&k, &w) in flat.iter().zip(weights) {
            let (bucket, label) = (k / L as u32, k as usize % L);
            if keys.last() != Some(&bucket) {
                keys.push(bucket);
                rows.push([0; L]);
            }
            if let Some(row) = rows.last_mut() {
                row[label] = w as i8;
            }
        }
        if bits > 26 || keys.last().is_some_and(|&k| k >> bits != 0) {
            return None;
        }
        let mut present = vec![0u64; (1usize << bits).div_ceil(64)];
        for &k in &keys {
            present[k as usize / 64] |= 1 << (k % 64);
        }
        let mut ranks = Vec::with_capacity(present.len());
        let mut before = 0u32;
        for word in &present {
            ranks.push(before);
            before += word.count_ones();
        }
        Some(Model { bits, scales, start, trans, keys, rows, present, ranks })
    }

    /// Which `bucket * L + label` entries the model holds (for retraining after pruning).
    pub fn entries_mask(&self) -> Vec<bool> {
        let mut mask = vec![false; (1usize << self.bits) * L];
        for (k, row) in self.keys.iter().zip(&self.rows) {
            for (l, &q) in row.iter().enumerate() {
                if q != 0 {
                    mask[*k as usize * L + l] = true;
                }
            }
        }
        mask
    }

    /// The weights of bucket `f`, if the model has any.
    fn row(&self, f: u32) -> Option<&[i8; L]> {
        let word = *self.present.get(f as usize / 64)?;
        let bit = 1u64 << (f % 64);
        if word & bit == 0 {
            return None;
        }
        self.rows.get(self.ranks[f as usize / 64] as usize + (word & (bit - 1)).count_ones() as usize)
    }

    /// The summed quantized weights of some feature buckets (see [`Model::tag_into`]).
    pub fn sum(&self, features: &[u32]) -> [i32; L] {
        let mut q = [0i32; L];
        self.add(features, &mut q);
        q
    }

    fn add(&self, features: &[u32], q: &mut [i32; L]) {
        for f in features {
            if let Some(row) = self.row(*f) {
                for (acc, &w) in q.iter_mut().zip(row) {
                    *acc += i32::from(w);
                }
            }
        }
    }

    fn scale(&self, q: &[i32; L]) -> [f32; L] {
        let mut out = [0f32; L];
        for l in 0..L {
            out[l] = q[l] as f32 * self.scales[l];
        }
        out
    }

    /// The label scores of a token from its feature buckets.
    pub fn emissions(&self, features: &[u32]) -> [f32; L] {
        self.scale(&self.sum(features))
    }

    /// The best label sequence of a sentence, one label index per token.
    pub fn tag(&self, features: &[Vec<u32>]) -> Vec<usize> {
        let em: Vec<[f32; L]> = features.iter().map(|f| self.emissions(f)).collect();
        viterbi(&em, &self.start, &self.trans)
    }

    /// Like [`Model::tag`], for features laid out flat (`features[ends[i - 1]..ends[i]]` are
    /// token `i`'s) and with buffers kept between calls: labels go to `labels`. Token `i`'s
    /// sums start from `base[i]`, the [`Model::sum`] of features left out of `features`
    /// (integer sums: the order they are added in changes nothing).
    pub fn tag_into(
        &self,
        features: &[u32],
        ends: &[usize],
        base: &[[i32; L]],
        scratch: &mut Scratch,
        labels: &mut Vec<u8>,
    ) {
        scratch.em.clear();
        let mut start = 0;
        for (i, &end) in ends.iter().enumerate() {
            let mut q = base.get(i).copied().unwrap_or([0; L]);
            self.add(&features[start..end], &mut q);
            scratch.em.push(self.scale(&q));
            start = end;
        }
        viterbi_into(&scratch.em, &self.start, &self.trans, &mut scratch.score, &mut scratch.back, labels);
    }
}

/// Buffers for [`Model::tag_into`], reused from one unit to the next.
#[derive(Debug, Default)]
pub struct Scratch {
    em: Vec<[f32; L]>,
    score: Vec<[f32; L]>,
    back: Vec<[u8; L]>,
}

/// The best label sequence under emissions `em`, start weights and transition weights
/// (`trans[prev * L + cur]`), with illegal transitions blocked.
pub fn viterbi(em: &[[f32; L]], start: &[f32; L], trans: &[f32; L * L]) -> Vec<usize> {
    let mut labels = Vec::new();
    viterbi_into(em, start, trans, &mut Vec::new(), &mut Vec::new(), &mut labels);
    labels.into_iter().map(usize::from).collect()
}

/// [`viterbi`] with its buffers given; the labels go to `out` (cleared first).
fn viterbi_into(
    em: &[[f32; L]],
    start: &[f32; L],
    trans: &[f32; L * L],
    score: &mut Vec<[f32; L]>,
    back: &mut Vec<[u8; L]>,
    out: &mut Vec<u8>,
) {
    out.clear();
    let n = em.len();
    if n == 0 {
        return;
    }
    // Illegal transitions as −∞: never better than a legal one, as when they were skipped.
    let mut t = [f32::NEG_INFINITY; L * L];
    for prev in 0..L {
        for cur in 0..L {
            if allowed(Some(prev), cur) {
                t[prev * L + cur] = trans[prev * L + cur];
            }
        }
    }
    score.clear();
    score.resize(n, [f32::NEG_INFINITY; L]);
    back.clear();
    back.resize(n, [0u8; L]);
    for l in 0..L {
        if allowed(None, l) {
            score[0][l] = start[l] + em[0][l];
        }
    }
    for i in 1..n {
        let before = score[i - 1];
        for cur in 0..L {
            let mut best = (f32::NEG_INFINITY, 0);
            for (prev, &p) in before.iter().enumerate() {
                let s = p + t[prev * L + cur];
                if s > best.0 {
                    best = (s, prev);
                }
            }
            score[i][cur] = best.0 + em[i][cur];
            back[i][cur] = best.1 as u8;
        }
    }
    let mut last = 0;
    for l in 0..L {
        if score[n - 1][l] > score[n - 1][last] {
            last = l;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last as u8;
    for i in (1..n).rev() {
        out[i - 1] = back[i][usize::from(out[i])];
    }
}

/// Serializes weights (see the module docs). `weights[bucket * L + label]` are the
/// float weights; entries whose quantized value is below `min_q` in magnitude are pruned.
pub fn write(bits: u32, weights: &[f32], start: &[f32; L], trans: &[f32; L * L], min_q: i32) -> Vec<u8> {
    let mut scales = [0f32; L];
    for (k, &w) in weights.iter().enumerate() {
        scales[k % L] = scales[k % L].max(w.abs());
    }
    for s in &mut scales {
        *s = if *s > 0.0 { *s / 127.0 } else { 1.0 };
    }
    let mut entries: Vec<(u32, i8)> = Vec::new();
    for (k, &w) in weights.iter().enumerate() {
        let q = (w / scales[k % L]).round() as i32;
        if q.abs() >= min_q.max(1) {
            entries.push((k as u32, q.clamp(-127, 127) as i8));
        }
    }
    let mut out = b"BNER\x01".to_vec();
    out.push(bits as u8);
    out.push(L as u8);
    for v in scales.iter().chain(start).chain(trans) {
        out.extend(v.to_le_bytes());
    }
    out.extend((entries.len() as u32).to_le_bytes());
    let mut prev = 0u32;
    for &(k, _) in &entries {
        let mut d = k - prev;
        prev = k;
        loop {
            let byte = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
    out.extend(entries.iter().map(|&(_, q)| q as u8));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_never_starts_inside_a_name() {
        let mut em = [[0f32; L]; 2];
        em[0][2] = 5.0; // I-PER first: illegal
        em[1][2] = 5.0;
        let path = viterbi(&em, &[0.0; L], &[0.0; L * L]);
        assert_eq!(path[0] % 2, 1, "{path:?}");
        assert!(allowed(Some(1), 2) && !allowed(Some(0), 2) && !allowed(Some(3), 2));
    }

    #[test]
    fn written_model_parses_back() {
        let mut w = vec![0f32; 4 * L];
        w[L + 1] = 2.0;
        w[3 * L + 5] = -1.0;
        let bytes = write(2, &w, &[0.5; L], &[0.0; L * L], 1);
        let m = Model::parse(&bytes).expect("parses");
        let e = m.emissions(&[1, 3]);
        assert!((e[1] - 2.0).abs() < 0.02 && (e[5] + 1.0).abs() < 0.02);
    }
}
