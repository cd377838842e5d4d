//! Selection: a length budget, redundancy removal, document order.

use crate::options::Length;
use crate::score::Vectors;

/// Above this cosine similarity to a chosen sentence, a candidate repeats it.
const REDUNDANT: f32 = 0.6;
/// How many chosen sentences a candidate is compared with.
const REDUNDANCY_WINDOW: usize = 32;

/// Picks summary sentences: best score first, skipping near-repeats, until the budget is
/// spent; returns indices in document order. `eligible` are the candidates (prose).
pub fn select(scores: &[f32], words: &[usize], eligible: &[usize], vectors: &Vectors, length: Length) -> Vec<usize> {
    let mut order: Vec<usize> = eligible.to_vec();
    // Stable tie-break on position keeps the output deterministic.
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let (max_sentences, max_words) = match length {
        Length::Sentences(n) => (n, usize::MAX),
        Length::Ratio(r) => (((eligible.len() as f32 * r).ceil() as usize).max(1), usize::MAX),
        Length::MaxWords(w) => (usize::MAX, w),
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken = vec![false; scores.len()];
    let mut used_words: usize = 0;
    for pass in 0..2 {
        for &i in &order {
            if chosen.len() >= max_sentences {
                break;
            }
            if taken[i] || used_words.saturating_add(words[i]) > max_words {
                continue;
            }
            // First pass skips repeats; the second fills the budget if too few were left.
            // Long summaries (a ratio of a book) check only the last few, to stay linear.
            let recent = &chosen[chosen.len().saturating_sub(REDUNDANCY_WINDOW)..];
            if pass == 0 && recent.iter().any(|&j| vectors.cosine(i, j) > REDUNDANT) {
                continue;
            }
            chosen.push(i);
            taken[i] = true;
            used_words += words[i];
        }
    }
    chosen.sort_unstable();
    chosen
}
