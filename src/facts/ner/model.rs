//! The tagger's weights and decoding: a linear-chain model over BIO labels, decoded by
//! Viterbi with illegal transitions ("O" → "I-PER") blocked.
//!
//! File format (little endian), written by `examples/train_ner.rs`:
//! `b"BNER"`, version `2`, hash bits `u8`, label count `u8`, per-label weight scale `f32`
//! ×L, start weights `f32` ×L, transition weights `f32` ×L×L, row count `u32`, the weight
//! values in use (count − 1 as `u8`, then each as `i8`, ascending), then the rows (buckets
//! with a weight, ascending) range-coded (see `Contexts` below): each row's gap to the bucket
//! before it, its label set, and for each label in the set the index of its `i8` weight q
//! (weight = q × scale of its label).

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
    /// `trans` with the illegal transitions −∞ ([`blocked`]), made once for every unit the
    /// model tags.
    legal: [f32; L * L],
    keys: Vec<u32>,
    rows: Vec<[i8; L]>,
    /// Which buckets have a row, one bit each, and the number of rows before each 64-bucket
    /// word: finds a row in O(1) where a binary search over `keys` cost a quarter of the
    /// whole pipeline's time (issue 8; 48 KB for 2^18 buckets). Side by side, so a look-up
    /// checks one bound, not two.
    present: Vec<(u64, u32)>,
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
        if b.get(..5)? != b"BNER\x02" || usize::from(*b.get(6)?) != L {
            return None;
        }
        let bits = u32::from(*b.get(5)?);
        if bits > 26 {
            return None;
        }
        let mut at = 7;
        let scales = read_f32s::<L>(b, &mut at)?;
        let start = read_f32s::<L>(b, &mut at)?;
        let trans = read_f32s::<{ L * L }>(b, &mut at)?;
        let n = u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize;
        let count = usize::from(*b.get(at + 4)?) + 1;
        let values = b.get(at + 5..at + 5 + count)?;
        let index_bits = index_bits(count);
        let stream = b.get(at + 5 + count..)?;
        let mut d = Decoder::new(stream);
        let mut c = Contexts::new();
        // A row takes at least a bit: a count beyond that is a damaged file.
        if n > stream.len() * 8 {
            return None;
        }
        let mut keys: Vec<u32> = Vec::with_capacity(n);
        let mut rows: Vec<[i8; L]> = Vec::with_capacity(n);
        for _ in 0..n {
            if d.at > stream.len() {
                return None; // cut short
            }
            let gap = d.gap(&mut c)?;
            let key = match keys.last() {
                Some(&prev) => prev.checked_add(gap)?.checked_add(1)?,
                None => gap,
            };
            let mask = d.tree(&mut c.mask, L as u32);
            if key >> bits != 0 || mask == 0 {
                return None;
            }
            let mut row = [0i8; L];
            let alone = usize::from(mask.count_ones() == 1);
            for (l, w) in row.iter_mut().enumerate() {
                if mask >> l & 1 != 0 {
                    *w = *values.get(d.tree(&mut c.weight[l + L * alone], index_bits) as usize)? as i8;
                }
            }
            keys.push(key);
            rows.push(row);
        }
        if d.at > stream.len() {
            return None; // cut short
        }
        let mut present = vec![(0u64, 0u32); (1usize << bits).div_ceil(64)];
        for &k in &keys {
            present[k as usize / 64].0 |= 1 << (k % 64);
        }
        let mut before = 0u32;
        for (word, rank) in &mut present {
            *rank = before;
            before += word.count_ones();
        }
        Some(Model { bits, scales, start, trans, legal: blocked(&trans), keys, rows, present })
    }

    /// The model as a file (what [`write()`] gives for the weights it was made from).
    pub fn to_bytes(&self) -> Vec<u8> {
        encode(self.bits, &self.scales, &self.start, &self.trans, &self.keys, &self.rows)
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
        let (word, rank) = *self.present.get(f as usize / 64)?;
        let bit = 1u64 << (f % 64);
        if word & bit == 0 {
            return None;
        }
        self.rows.get(rank as usize + (word & (bit - 1)).count_ones() as usize)
    }

    /// The index of bucket `f`'s row, or [`u32::MAX`] if the model has none (see
    /// [`Model::add_row`]).
    pub fn row_index(&self, f: u32) -> u32 {
        let Some(&(word, rank)) = self.present.get(f as usize / 64) else { return u32::MAX };
        let bit = 1u64 << (f % 64);
        if word & bit == 0 {
            return u32::MAX;
        }
        rank + (word & (bit - 1)).count_ones()
    }

    /// Adds the weights of row `r` ([`Model::row_index`]) to `q`; nothing for [`u32::MAX`].
    pub fn add_row(&self, r: u32, q: &mut [i32; L]) {
        if let Some(row) = self.rows.get(r as usize) {
            for (acc, &w) in q.iter_mut().zip(row) {
                *acc += i32::from(w);
            }
        }
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
        let mut sums = std::mem::take(&mut scratch.sums);
        self.sums_into(features, ends, base, &mut sums);
        self.tag_sums(&sums, scratch, labels);
        scratch.sums = sums;
    }

    /// The summed weights of each token (see [`Model::tag_into`]) into `out` (cleared first).
    pub fn sums_into(&self, features: &[u32], ends: &[usize], base: &[[i32; L]], out: &mut Vec<[i32; L]>) {
        out.clear();
        let mut start = 0;
        for (i, &end) in ends.iter().enumerate() {
            let mut q = base.get(i).copied().unwrap_or([0; L]);
            self.add(&features[start..end], &mut q);
            out.push(q);
            start = end;
        }
    }

    /// The best labels of a unit from its tokens' [`Model::sums_into`].
    pub fn tag_sums(&self, sums: &[[i32; L]], scratch: &mut Scratch, labels: &mut Vec<u8>) {
        scratch.em.clear();
        scratch.em.extend(sums.iter().map(|q| self.scale(q)));
        viterbi_into(&scratch.em, &self.start, &self.legal, &mut scratch.score, labels);
    }
}

/// Buffers for [`Model::tag_into`], reused from one unit to the next.
#[derive(Debug, Default)]
pub struct Scratch {
    sums: Vec<[i32; L]>,
    em: Vec<[f32; L]>,
    score: Vec<[f32; L]>,
}

/// The best label sequence under emissions `em`, start weights and transition weights
/// (`trans[prev * L + cur]`), with illegal transitions blocked.
pub fn viterbi(em: &[[f32; L]], start: &[f32; L], trans: &[f32; L * L]) -> Vec<usize> {
    let mut labels = Vec::new();
    viterbi_into(em, start, &blocked(trans), &mut Vec::new(), &mut labels);
    labels.into_iter().map(usize::from).collect()
}

/// Transition weights with the illegal transitions as −∞: never better than a legal one,
/// as when they were skipped.
fn blocked(trans: &[f32; L * L]) -> [f32; L * L] {
    let mut t = [f32::NEG_INFINITY; L * L];
    for prev in 0..L {
        for cur in 0..L {
            if allowed(Some(prev), cur) {
                t[prev * L + cur] = trans[prev * L + cur];
            }
        }
    }
    t
}

/// [`viterbi`] with its buffers given and the transitions [`blocked`]; the labels go to
/// `out` (cleared first).
///
/// The forward pass keeps only each label's best score; the back-pointers of the one path
/// taken are found again on the way back, from the scores kept (the same sums and the same
/// first-best rule, so the same labels). Tracking the best previous label of all nine
/// labels at every token was most of the decoding's instructions (issue 8).
fn viterbi_into(em: &[[f32; L]], start: &[f32; L], t: &[f32; L * L], score: &mut Vec<[f32; L]>, out: &mut Vec<u8>) {
    out.clear();
    let n = em.len();
    if n == 0 {
        return;
    }
    score.clear();
    score.reserve(n);
    let mut row = [f32::NEG_INFINITY; L];
    for l in 0..L {
        if allowed(None, l) {
            row[l] = start[l] + em[0][l];
        }
    }
    score.push(row);
    for e in &em[1..] {
        let before = row;
        for cur in 0..L {
            // I-X follows only B-X or I-X: the other seven are −∞ and never the best.
            let from = if cur != 0 && cur % 2 == 0 { cur - 1..cur + 1 } else { 0..L };
            let mut best = f32::NEG_INFINITY;
            for prev in from {
                let s = before[prev] + t[prev * L + cur];
                if s > best {
                    best = s;
                }
            }
            row[cur] = best + e[cur];
        }
        score.push(row);
    }
    let mut last = 0;
    for l in 0..L {
        if row[l] > row[last] {
            last = l;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last as u8;
    for i in (1..n).rev() {
        let cur = usize::from(out[i]);
        // (A label is below L: said once here, not checked at each of the nine reads.)
        assert!(cur < L);
        let before = &score[i - 1];
        let from = if cur != 0 && cur % 2 == 0 { cur - 1..cur + 1 } else { 0..L };
        let mut best = (f32::NEG_INFINITY, 0);
        for prev in from {
            let s = before[prev] + t[prev * L + cur];
            if s > best.0 {
                best = (s, prev);
            }
        }
        out[i - 1] = best.1 as u8;
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
    let mut keys: Vec<u32> = Vec::new();
    let mut rows: Vec<[i8; L]> = Vec::new();
    for (k, q) in entries {
        let bucket = k / L as u32;
        if keys.last() != Some(&bucket) {
            keys.push(bucket);
            rows.push([0; L]);
        }
        if let Some(row) = rows.last_mut() {
            row[k as usize % L] = q;
        }
    }
    encode(bits, &scales, start, trans, &keys, &rows)
}

/// The file of a model's parts (see the module docs); rows without a weight are left out.
fn encode(
    bits: u32,
    scales: &[f32; L],
    start: &[f32; L],
    trans: &[f32; L * L],
    keys: &[u32],
    rows: &[[i8; L]],
) -> Vec<u8> {
    let mut out = b"BNER\x02".to_vec();
    out.push(bits as u8);
    out.push(L as u8);
    for v in scales.iter().chain(start).chain(trans) {
        out.extend(v.to_le_bytes());
    }
    let kept: Vec<(u32, &[i8; L])> =
        keys.iter().zip(rows).filter(|(_, row)| row.iter().any(|&w| w != 0)).map(|(&k, row)| (k, row)).collect();
    out.extend((kept.len() as u32).to_le_bytes());
    // The weight values in use, ascending (31 with `--levels 15`): indices into them cost
    // less to code than the bytes themselves.
    let mut values: Vec<i8> = kept.iter().flat_map(|(_, row)| row.iter().copied().filter(|&w| w != 0)).collect();
    values.sort_unstable();
    values.dedup();
    if values.is_empty() {
        values.push(1);
    }
    out.push((values.len() - 1) as u8);
    out.extend(values.iter().map(|&v| v as u8));
    let index_bits = index_bits(values.len());
    let mut c = Contexts::new();
    let mut e = Encoder::new();
    let mut prev: Option<u32> = None;
    for (key, row) in kept {
        e.gap(&mut c, prev.map_or(key, |p| key - p - 1));
        prev = Some(key);
        let mask = row.iter().enumerate().filter(|(_, &w)| w != 0).fold(0, |m, (l, _)| m | 1 << l);
        e.tree(&mut c.mask, L as u32, mask);
        let alone = usize::from(mask.count_ones() == 1);
        for (l, &w) in row.iter().enumerate() {
            if w != 0 {
                let index = values.binary_search(&w).unwrap_or(0) as u32;
                e.tree(&mut c.weight[l + L * alone], index_bits, index);
            }
        }
    }
    out.extend(e.finish());
    out
}

/// The coding contexts of the entry stream: each an adaptive probability (LZMA's range
/// coder, 11-bit probabilities), so the file costs about the entropy of the weights and
/// bucket gaps. Hashed buckets and 31-level weights are close to random bytes, which
/// gzip could only shrink by a quarter (issue 8: 34 KB → 21 KB in the download).
struct Contexts {
    /// Bit length of `gap + 1` (a 5-bit tree), then its bits below the leading one, by
    /// length and position.
    length: [u16; 32],
    gap: [[u16; 20]; 20],
    /// The row's label set (a 9-bit tree).
    mask: [u16; 1 << L],
    /// Each weight's index in the file's table of weight values (a tree of as many bits as
    /// the table needs), by label and by whether the row has that label alone.
    weight: [[u16; 256]; 2 * L],
}

impl Contexts {
    fn new() -> Box<Contexts> {
        Box::new(Contexts {
            length: [1024; 32],
            gap: [[1024; 20]; 20],
            mask: [1024; 1 << L],
            weight: [[1024; 256]; 2 * L],
        })
    }
}

/// Bits of a tree over `count` values (1 to 256).
fn index_bits(count: usize) -> u32 {
    (usize::BITS - (count.max(2) - 1).leading_zeros()).min(8)
}

/// The range decoder.
struct Decoder<'a> {
    bytes: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl Decoder<'_> {
    fn new(bytes: &[u8]) -> Decoder<'_> {
        let mut d = Decoder { bytes, at: 0, range: u32::MAX, code: 0 };
        for _ in 0..5 {
            d.code = d.code << 8 | d.next();
        }
        d
    }

    fn next(&mut self) -> u32 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        u32::from(b)
    }

    fn bit(&mut self, p: &mut u16) -> u32 {
        let bound = (self.range >> 11) * u32::from(*p);
        let bit = if self.code < bound {
            self.range = bound;
            *p += (2048 - *p) >> 5;
            0
        } else {
            self.code -= bound;
            self.range -= bound;
            *p -= *p >> 5;
            1
        };
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.code = self.code << 8 | self.next();
        }
        bit
    }

    fn tree(&mut self, probs: &mut [u16], bits: u32) -> u32 {
        let mut m = 1u32;
        for _ in 0..bits {
            m = m << 1 | self.bit(&mut probs[m as usize]);
        }
        m - (1 << bits)
    }

    fn gap(&mut self, c: &mut Contexts) -> Option<u32> {
        let n = self.tree(&mut c.length, 5) as usize;
        if n == 0 || n > 20 {
            return None;
        }
        let mut v = 1u32;
        for k in 0..n - 1 {
            v = v << 1 | self.bit(&mut c.gap[n - 1][k]);
        }
        Some(v - 1)
    }
}

/// The range encoder (`write`'s side of [`Decoder`]).
struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Encoder {
    fn new() -> Encoder {
        Encoder { low: 0, range: u32::MAX, cache: 0, pending: 1, out: Vec::new() }
    }

    fn shift(&mut self) {
        if (self.low as u32) < 0xFF00_0000 || self.low >> 32 != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn bit(&mut self, p: &mut u16, bit: u32) {
        let bound = (self.range >> 11) * u32::from(*p);
        if bit == 0 {
            self.range = bound;
            *p += (2048 - *p) >> 5;
        } else {
            self.low += u64::from(bound);
            self.range -= bound;
            *p -= *p >> 5;
        }
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.shift();
        }
    }

    fn tree(&mut self, probs: &mut [u16], bits: u32, value: u32) {
        let mut m = 1u32;
        for k in (0..bits).rev() {
            let bit = value >> k & 1;
            self.bit(&mut probs[m as usize], bit);
            m = m << 1 | bit;
        }
    }

    fn gap(&mut self, c: &mut Contexts, gap: u32) {
        let v = gap + 1;
        let n = 32 - v.leading_zeros();
        self.tree(&mut c.length, 5, n);
        for k in 0..n as usize - 1 {
            self.bit(&mut c.gap[n as usize - 1][k], v >> (n as usize - 2 - k) & 1);
        }
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift();
        }
        self.out
    }
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
    fn viterbi_finds_the_best_legal_path() {
        // Every legal path of four tokens scored by brute force, on made-up weights.
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as f32 / 6553.6 - 5.0
        };
        let mut trans = [0f32; L * L];
        trans.iter_mut().for_each(|t| *t = next());
        let mut start = [0f32; L];
        start.iter_mut().for_each(|t| *t = next());
        for _ in 0..20 {
            let mut em = [[0f32; L]; 4];
            em.iter_mut().flatten().for_each(|e| *e = next());
            let mut best = (f32::NEG_INFINITY, Vec::new());
            for code in 0..L.pow(4) {
                let path: Vec<usize> = (0..4).map(|i| code / L.pow(3 - i as u32) % L).collect();
                if !allowed(None, path[0]) || path.windows(2).any(|w| !allowed(Some(w[0]), w[1])) {
                    continue;
                }
                let mut s = start[path[0]] + em[0][path[0]];
                for i in 1..4 {
                    s += trans[path[i - 1] * L + path[i]] + em[i][path[i]];
                }
                if s > best.0 {
                    best = (s, path);
                }
            }
            assert_eq!(viterbi(&em, &start, &trans), best.1);
        }
    }

    #[test]
    fn shipped_model_reads_and_writes_back_the_same_bytes() {
        let bytes = include_bytes!("../../data/en/ner.model");
        let m = Model::parse(bytes).expect("the shipped model parses");
        assert!(m.keys.len() > 1000);
        assert_eq!(m.to_bytes(), bytes.to_vec());
        // Cut short or bit-flipped, it is refused or read without a panic.
        assert!(Model::parse(&bytes[..bytes.len() / 2]).is_none());
        let mut flipped = bytes.to_vec();
        flipped[bytes.len() / 3] ^= 0x10;
        let _ = Model::parse(&flipped);
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
