//! Summary-level selection: the summary is chosen as a whole, among a few candidates.
//!
//! The scorer rates sentences one by one, and the greedy pass of [`super::select`] takes
//! the best that do not repeat each other. Three sentences that each score well can still
//! make a poor summary together (two say nearly the same, or all three are short and miss
//! the article's other half). So for a budget of `n` sentences (2 to [`MAX_SENTENCES`]),
//! the candidates are the greedy summary and every set of `n` of the `n + extra` best-scored
//! prose sentences that passes the trigram rule; each candidate gets a few features of the
//! whole (its sentences' margins and ranks, position, how many of them are the text's lead,
//! length, how much its sentences overlap, how well its terms cover the text's) and a
//! linear score, and the best candidate
//! is the summary (the greedy one on a tie). At most `C(8, 5) = 56` candidates of at most 5
//! sentences: constant work on top of one pass over the text's term vectors.
//!
//! The weights are `src/data/model/rerank.txt`, written by `scripts/train/scorer.py`
//! (`scripts/train/rerank.py` computes the same features): ridge regression of each
//! candidate's ROUGE-1 F1 against the reference, on the 3-sentence candidates of the
//! training articles, built from out-of-fold sentence scores. Held out (docs/summary-quality.md,
//! "Measured"): `cnndm_lower_dev` ROUGE-1 41.49 → 42.01 (41.56 → 41.92 once tabloid
//! captions were left out of summaries). The `lead` feature (the share of a candidate's
//! sentences among the text's first `n` prose sentences) raised the two-fold held-out R-1
//! of every collection, most those whose references retell the lead: SummEval 41.65 →
//! 41.98, Newsroom 24.26 → 24.74 (`cnndm_lower_dev` 42.06 → 42.08).
//! ```text
//! extra 3                 candidates come from the n + 3 best-scored sentences
//! mean_rank -0.0012       one `name weight` line a feature, in the order of `NAMES`
//! ```
//! Only `+ - * /` and `sqrt`: the same choice in every runtime.

use std::sync::OnceLock;

/// The longest summary chosen as a whole; longer ones (and word budgets) keep the greedy
/// selection, where the candidates would be too many.
pub const MAX_SENTENCES: usize = 5;

/// The features of a candidate summary, in the order of the weights file.
pub const NAMES: [&str; 13] = [
    "mean_rank",
    "greedy",
    "first",
    "mean_position",
    "last_position",
    "words_ratio",
    "max_overlap",
    "mean_overlap",
    "coverage",
    "mean_centroid",
    "mean_margin",
    "min_margin",
    "lead",
];

/// A parsed weights file.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    /// Candidates come from the `n + extra` best-scored sentences.
    pub extra: usize,
    /// One weight a feature of [`NAMES`].
    pub w: [f32; 13],
}

static SHIPPED: OnceLock<Option<Weights>> = OnceLock::new();

/// The weights compiled into Brevity; `None` if the file does not parse (the tests catch
/// it), and the greedy selection stays.
pub fn shipped() -> Option<&'static Weights> {
    SHIPPED.get_or_init(|| Weights::parse(crate::data_file!("model/rerank.txt")).ok()).as_ref()
}

impl Weights {
    /// Parses the text format above; `Err` says what is wrong (plain messages: this runs
    /// in the download, where formatting code costs bytes).
    pub fn parse(text: &str) -> Result<Weights, &'static str> {
        let mut extra = None;
        let mut w = [0.0f32; 13];
        let mut next = 0;
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let (key, value) = line.split_once(' ').ok_or("a line is not `name value`")?;
            let value = crate::decimal::parse_f32(value.trim()).ok_or("a value is not a decimal")?;
            if key == "extra" {
                // More would let the candidates grow past C(8, 5).
                if !(value == 0.0 || value == 1.0 || value == 2.0 || value == 3.0) {
                    return Err("extra is not 0, 1, 2 or 3");
                }
                extra = Some(value as usize);
                continue;
            }
            if NAMES.get(next) != Some(&key) {
                return Err("the features are not those of NAMES, in order");
            }
            w[next] = value;
            next += 1;
        }
        if next != NAMES.len() {
            return Err("a weight is missing");
        }
        Ok(Weights { extra: extra.ok_or("no `extra` line")?, w })
    }
}

/// The margin a score was squashed from (`score::num::squash` inverted), so that a
/// summary's features add margins as the trees give them, focus included.
fn margin(score: f32) -> f32 {
    let u = 2.0 * score - 1.0;
    if u.abs() < 1.0 {
        u / (1.0 - u.abs())
    } else {
        0.0
    }
}

/// What one selection needs to know of the text.
#[derive(Debug)]
pub struct Input<'a> {
    /// Score of every sentence.
    pub scores: &'a [f32],
    /// Words of every sentence.
    pub words: &'a [usize],
    /// The prose sentences, in document order.
    pub eligible: &'a [usize],
    /// Every sentence's TF-IDF vector (term id, weight), sorted by term id.
    pub rows: &'a [Vec<(u32, f32)>],
    /// The eligible sentences by score, best first (ties: earlier first).
    pub order: &'a [usize],
}

/// The summary of `n` sentences chosen as a whole, in document order, or `None` when it
/// does not apply (`n` outside 2..=[`MAX_SENTENCES`], or no more prose than `n`).
/// `greedy` is the greedy selection (document order); `repeats(a, b)` says whether two
/// sentences repeat each other by the trigram rule.
pub fn choose(
    input: &Input<'_>,
    n: usize,
    greedy: &[usize],
    weights: &Weights,
    repeats: &mut dyn FnMut(usize, usize) -> bool,
) -> Option<Vec<usize>> {
    let prose = input.eligible.len();
    if !(2..=MAX_SENTENCES).contains(&n) || prose <= n || greedy.len() != n || input.rows.len() != input.scores.len() {
        return None;
    }
    // The text's term vector: the sum of its prose sentences' vectors.
    let mut centroid: Vec<f32> = Vec::new();
    for &i in input.eligible {
        for &(t, w) in &input.rows[i] {
            let t = t as usize;
            if t >= centroid.len() {
                centroid.resize(t + 1, 0.0);
            }
            centroid[t] += w;
        }
    }
    let norm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt();
    // The members: the pool (the n + extra best, in document order), then the greedy
    // summary's sentences that are not in it. Candidates are sets of members.
    let mut members: Vec<usize> = input.order[..(n + weights.extra).min(prose)].to_vec();
    crate::sort::sort(&mut members);
    let pool = members.len();
    for &g in greedy {
        if !members.contains(&g) {
            members.push(g);
        }
    }
    let m = members.len();
    let facts: Vec<[f32; 6]> = members
        .iter()
        .map(|&i| {
            let to_text = input.rows[i].iter().map(|&(t, w)| w * centroid[t as usize]).sum::<f32>();
            let at = input.eligible.iter().position(|&e| e == i).unwrap_or(0);
            [
                at as f32 / prose as f32,
                input.order.iter().position(|&o| o == i).unwrap_or(0) as f32,
                input.words[i] as f32,
                margin(input.scores[i]),
                if norm > 0.0 { to_text / norm } else { 0.0 },
                if at < n { 1.0 } else { 0.0 },
            ]
        })
        .collect();
    let mut pairs = vec![(0.0f32, false); m * m];
    for a in 0..m {
        for b in a + 1..m {
            let pair =
                (crate::score::dot(&input.rows[members[a]], &input.rows[members[b]]), repeats(members[a], members[b]));
            pairs[a * m + b] = pair;
            pairs[b * m + a] = pair;
        }
    }
    let mean_words = input.eligible.iter().map(|&i| input.words[i]).sum::<usize>() as f32 / prose as f32;
    let whole = Whole { facts, pairs, m, mean_words, first: members.iter().position(|&i| i == input.eligible[0]) };

    let mut greedy_slots: Vec<usize> = greedy.iter().filter_map(|g| members.iter().position(|i| i == g)).collect();
    crate::sort::sort(&mut greedy_slots);
    let mut best = greedy_slots.clone();
    let mut best_value = whole.value(&greedy_slots, true, &weights.w);
    // Every n-set of the pool, in lexicographic order.
    let mut set: Vec<usize> = (0..n).collect();
    loop {
        let clean = (0..n).all(|x| (x + 1..n).all(|y| !whole.pairs[set[x] * m + set[y]].1));
        if clean && set != greedy_slots {
            let v = whole.value(&set, false, &weights.w);
            if v > best_value {
                best_value = v;
                best.clone_from(&set);
            }
        }
        // The next combination: bump the last index that can still move.
        let Some(x) = (0..n).rev().find(|&x| set[x] < pool - n + x) else { break };
        set[x] += 1;
        for y in x + 1..n {
            set[y] = set[y - 1] + 1;
        }
    }
    let mut chosen: Vec<usize> = best.iter().map(|&s| members[s]).collect();
    crate::sort::sort(&mut chosen);
    Some(chosen)
}

/// What a candidate's features are computed from, per member of the pool.
struct Whole {
    /// Position share, rank by score, words, margin, cosine with the text, and 1 for one
    /// of the text's first `n` prose sentences (the lead of a summary that size).
    facts: Vec<[f32; 6]>,
    /// Per pair of members (`a * m + b`): cosine, and whether they repeat each other.
    pairs: Vec<(f32, bool)>,
    m: usize,
    mean_words: f32,
    /// The member that is the first prose sentence, if any.
    first: Option<usize>,
}

impl Whole {
    /// The features of the candidate made of the members `set` ([`NAMES`]).
    fn features(&self, set: &[usize], greedy: bool) -> [f32; 13] {
        let k = set.len() as f32;
        let (mut sum_cos, mut max_cos, mut pairs) = (0.0f32, 0.0f32, 0usize);
        for (x, &a) in set.iter().enumerate() {
            for &b in &set[x + 1..] {
                let c = self.pairs[a * self.m + b].0;
                sum_cos += c;
                max_cos = if pairs == 0 || c > max_cos { c } else { max_cos };
                pairs += 1;
            }
        }
        let (mut position, mut last, mut rank, mut words, mut margin, mut min_margin, mut to_text, mut lead) =
            (0.0f32, 0.0f32, 0.0f32, 0.0f32, 0.0f32, f32::INFINITY, 0.0f32, 0.0f32);
        for &s in set {
            let [p, r, w, g, t, l] = self.facts[s];
            lead += l;
            position += p;
            last = last.max(p);
            rank += r;
            words += w;
            margin += g;
            min_margin = min_margin.min(g);
            to_text += t;
        }
        let norm2 = k + 2.0 * sum_cos;
        [
            rank / k - (k - 1.0) / 2.0,
            if greedy { 1.0 } else { 0.0 },
            if self.first.is_some_and(|f| set.contains(&f)) { 1.0 } else { 0.0 },
            position / k,
            last,
            if self.mean_words > 0.0 { words / k / self.mean_words } else { 0.0 },
            max_cos,
            if pairs > 0 { sum_cos / pairs as f32 } else { 0.0 },
            if norm2 > 0.0 { to_text / norm2.sqrt() } else { 0.0 },
            to_text / k,
            margin / k,
            min_margin,
            lead / k,
        ]
    }

    /// The candidate's linear score.
    fn value(&self, set: &[usize], greedy: bool, w: &[f32; 13]) -> f32 {
        self.features(set, greedy).iter().zip(w).map(|(x, w)| x * w).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Weights with one feature each at `value`, every other at 0.
    fn only(pairs: &[(&str, f32)]) -> Weights {
        let mut w = [0.0; 13];
        for &(name, value) in pairs {
            w[NAMES.iter().position(|&n| n == name).unwrap()] = value;
        }
        Weights { extra: 3, w }
    }

    /// Sentences as term-count vectors over a tiny vocabulary, normalised (as TF-IDF rows are).
    fn rows(sentences: &[&[u32]]) -> Vec<Vec<(u32, f32)>> {
        sentences
            .iter()
            .map(|terms| {
                let norm = (terms.len() as f32).sqrt();
                terms.iter().map(|&t| (t, 1.0 / norm)).collect()
            })
            .collect()
    }

    fn order_of(scores: &[f32], eligible: &[usize]) -> Vec<usize> {
        let mut order = eligible.to_vec();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        order
    }

    // Sentences 0 and 1 say the same (same terms, no shared trigram); 2 and 3 say other things.
    const SCORES: [f32; 5] = [0.8, 0.75, 0.6, 0.55, 0.2];
    const WORDS: [usize; 5] = [12, 12, 10, 9, 8];
    const TERMS: [&[u32]; 5] = [&[1, 2, 3], &[1, 2, 3], &[4, 5, 6], &[7, 8], &[9]];

    fn run(
        weights: &Weights,
        n: usize,
        eligible: &[usize],
        repeats: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Option<Vec<usize>> {
        let rows = rows(&TERMS);
        let order = order_of(&SCORES, eligible);
        let mut greedy: Vec<usize> = order[..n.min(order.len())].to_vec();
        greedy.sort_unstable();
        let input = Input { scores: &SCORES, words: &WORDS, eligible, rows: &rows, order: &order };
        choose(&input, n, &greedy, weights, repeats)
    }

    #[test]
    fn the_shipped_weights_parse() {
        let w = shipped().expect("src/data/model/rerank.txt parses");
        assert!(w.extra <= 3);
        assert!(w.w.iter().any(|&x| x != 0.0));
    }

    #[test]
    fn a_summary_whose_sentences_say_the_same_loses_to_one_that_covers_more() {
        // Greedy takes 0 and 1, the two best; they overlap fully.
        let w = only(&[("mean_margin", 1.0), ("max_overlap", -10.0)]);
        assert_eq!(run(&w, 2, &[0, 1, 2, 3, 4], &mut |_, _| false), Some(vec![0, 2]));
        // Weights that only like the greedy summary keep it.
        let keep = only(&[("greedy", 1.0)]);
        assert_eq!(run(&keep, 2, &[0, 1, 2, 3, 4], &mut |_, _| false), Some(vec![0, 1]));
        // Nothing but margins: the best-scored sentences, as greedy takes them.
        let margins = only(&[("mean_margin", 1.0)]);
        assert_eq!(run(&margins, 3, &[0, 1, 2, 3, 4], &mut |_, _| false), Some(vec![0, 1, 2]));
    }

    #[test]
    fn a_candidate_with_a_repeat_is_never_chosen() {
        // 0 and 2 repeat each other by the trigram rule: the reranker may not pair them.
        let w = only(&[("mean_margin", 1.0), ("max_overlap", -10.0)]);
        let got = run(&w, 2, &[0, 1, 2, 3, 4], &mut |a, b| (a.min(b), a.max(b)) == (0, 2)).unwrap();
        assert_ne!(got, [0, 2]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn it_keeps_the_budget_and_stays_out_of_what_it_cannot_decide() {
        let w = shipped().unwrap();
        for n in 2..=MAX_SENTENCES - 1 {
            let got = run(w, n, &[0, 1, 2, 3, 4], &mut |_, _| false).unwrap();
            assert_eq!(got.len(), n);
            assert!(got.windows(2).all(|p| p[0] < p[1]), "document order: {got:?}");
        }
        // One sentence, more than five, or no more prose than the budget: the greedy choice stays.
        assert_eq!(run(w, 1, &[0, 1, 2, 3, 4], &mut |_, _| false), None);
        assert_eq!(run(w, 6, &[0, 1, 2, 3, 4], &mut |_, _| false), None);
        assert_eq!(run(w, 3, &[0, 2, 4], &mut |_, _| false), None);
        // Only prose is chosen.
        let got = run(w, 2, &[1, 2, 3, 4], &mut |_, _| false).unwrap();
        assert!(!got.contains(&0), "{got:?}");
    }

    #[test]
    fn a_sentence_a_focus_lifts_is_chosen() {
        // The focus adds up to 6 to a margin (`score::FOCUS_WEIGHT`): sentence 4 goes from
        // the worst score to the best.
        let mut scores = SCORES;
        scores[4] = crate::score::num::squash(6.0 - 1.5);
        let rows = rows(&TERMS);
        let eligible = [0, 1, 2, 3, 4];
        let order = order_of(&scores, &eligible);
        let mut greedy: Vec<usize> = order[..3].to_vec();
        greedy.sort_unstable();
        let input = Input { scores: &scores, words: &WORDS, eligible: &eligible, rows: &rows, order: &order };
        let got = choose(&input, 3, &greedy, shipped().unwrap(), &mut |_, _| false).unwrap();
        assert!(got.contains(&4), "{got:?}");
    }

    #[test]
    fn the_lead_share_counts_the_first_n_prose_sentences() {
        // Sentences 3 and 4 score best; the lead (0 and 1, the first two prose sentences
        // for a budget of two) wins only when the weights value it.
        let scores = [0.3, 0.35, 0.2, 0.9, 0.8];
        let rows = rows(&TERMS);
        let eligible = [0, 1, 2, 3, 4];
        let order = order_of(&scores, &eligible);
        let greedy = [3, 4];
        let input = Input { scores: &scores, words: &WORDS, eligible: &eligible, rows: &rows, order: &order };
        let pick = |w: &Weights| choose(&input, 2, &greedy, w, &mut |_, _| false).unwrap();
        assert_eq!(pick(&only(&[("mean_margin", 1.0)])), [3, 4]);
        assert_eq!(pick(&only(&[("lead", 1.0)])), [0, 1]);
        // Without sentence 0 among the prose, the lead is 1 and 2.
        let eligible = [1, 2, 3, 4];
        let order = order_of(&scores, &eligible);
        let input = Input { scores: &scores, words: &WORDS, eligible: &eligible, rows: &rows, order: &order };
        let got = choose(&input, 2, &greedy, &only(&[("lead", 1.0)]), &mut |_, _| false).unwrap();
        assert_eq!(got, [1, 2]);
    }

    #[test]
    fn margins_come_back_from_scores() {
        for m in [-8.0f32, -1.5, -0.25, 0.0, 0.4, 3.0] {
            let s = crate::score::num::squash(m);
            assert!((margin(s) - m).abs() < 1e-3 * (1.0 + m.abs()), "{m}: {}", margin(s));
        }
    }

    #[test]
    fn a_bad_weights_file_is_refused() {
        let good: String = std::iter::once("extra 3".to_string())
            .chain(NAMES.iter().map(|n| format!("{n} 0.5")))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(Weights::parse(&good).map(|w| w.w), Ok([0.5; 13]));
        assert!(Weights::parse(&good.replace("extra 3", "extra 4")).is_err());
        assert!(Weights::parse(&good.replace("extra 3\n", "")).is_err());
        assert!(Weights::parse(&good.replace("coverage", "reach")).is_err());
        assert!(Weights::parse(&good.replace("min_margin 0.5", "")).is_err());
        assert!(Weights::parse(&good.replace("first 0.5", "first half")).is_err());
    }
}
