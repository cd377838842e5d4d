//! Sentence scoring: features per sentence ([`features`]), combined by a small learned
//! model ([`model`]) into one score in `[0, 1]`, with the part each feature contributed.

pub mod caseless;
mod centrality;
pub mod features;
pub mod kind;
pub mod model;
pub mod ngrams;
pub(crate) mod num;

use crate::hash::Map;

use crate::types::{SentenceKind, Why};
use features::{Group, Row, GROUPS};

/// Sparse term-frequency vectors of the sentences over one document vocabulary.
#[derive(Debug, Default)]
pub struct Vectors {
    /// Per sentence: (term id, weight) sorted by term id, L2-normalised TF-IDF.
    pub rows: Vec<Vec<(u32, f32)>>,
    /// Inverse document frequency per term id (sentences as documents).
    pub idf: Vec<f32>,
    /// Per sentence: its terms as ids, in text order, repeats kept.
    pub ids: Vec<Vec<u32>>,
}

impl Vectors {
    /// Builds TF-IDF vectors from each sentence's terms.
    pub fn new(terms: &[Vec<String>]) -> Vectors {
        let mut ids: Map<&str, u32> = Map::default();
        let sentence_ids: Vec<Vec<u32>> = terms
            .iter()
            .map(|sentence| {
                sentence
                    .iter()
                    .map(|t| {
                        let next = ids.len() as u32;
                        *ids.entry(t.as_str()).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        Vectors::from_ids(sentence_ids, ids.len())
    }

    /// Builds TF-IDF vectors from each sentence's term ids, below `n_terms`, numbered in
    /// order of first use (as [`crate::tokens::Tokenizer::term_ids`] gives them).
    pub fn from_ids(sentence_ids: Vec<Vec<u32>>, n_terms: usize) -> Vectors {
        let terms = &sentence_ids;
        let mut df: Vec<u32> = vec![0; n_terms];
        let mut counts: Vec<Vec<(u32, f32)>> = Vec::with_capacity(terms.len());
        for sentence in terms {
            let mut row: Vec<(u32, f32)> = sentence.iter().map(|&id| (id, 1.0)).collect();
            crate::sort::sort_by_key(&mut row, |&(id, _)| id);
            row.dedup_by(|b, a| {
                if a.0 == b.0 {
                    a.1 += b.1;
                    true
                } else {
                    false
                }
            });
            for &(id, _) in &row {
                df[id as usize] += 1;
            }
            counts.push(row);
        }
        let n = terms.len().max(1) as f32;
        let idf: Vec<f32> = df.iter().map(|&d| num::ln(n / d as f32) + 1.0).collect();
        for row in &mut counts {
            for (id, w) in row.iter_mut() {
                *w = (1.0 + num::ln(*w)) * idf[*id as usize];
            }
            let norm = row.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (_, w) in row.iter_mut() {
                    *w /= norm;
                }
            }
        }
        Vectors { rows: counts, idf, ids: sentence_ids }
    }

    /// Cosine similarity of sentences `a` and `b` (rows are normalised).
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.rows[a], &self.rows[b])
    }
}

/// Dot product of two sorted sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// What the scorer needs to know of a text.
#[derive(Debug)]
pub struct Document<'a> {
    /// Text of each sentence.
    pub texts: &'a [&'a str],
    /// Kind of each sentence.
    pub kinds: &'a [SentenceKind],
    /// Whether each sentence starts a paragraph.
    pub paragraph_start: &'a [bool],
    /// Term vectors of the sentences (and, after them, of the focus).
    pub vectors: &'a Vectors,
    /// Each sentence's terms as ids (`vectors.ids`).
    pub term_ids: &'a [Vec<u32>],
    /// Each sentence's words (UAX #29 words with a letter or digit).
    pub words: &'a crate::tokens::SentenceWords<'a>,
    /// Whether the text is lower-cased ([`caseless::is_caseless`]).
    pub caseless: bool,
    /// The distinct term ids of the focus, if the caller gave one.
    pub focus: Option<&'a [u32]>,
}

/// How far a focus moves a sentence, in margin units, when the sentence has every focus
/// term (a share of them gets that share): more than the lead sentence's usual margin
/// over the rest, so the sentences about the focus win over position.
const FOCUS_WEIGHT: f32 = 6.0;

/// The feature rows of every sentence (zero for sentences that are not prose).
pub fn feature_rows(doc: &Document<'_>) -> Vec<Row> {
    features::compute(doc)
}

/// Scores every sentence; returns (score in `[0, 1]`, why) per sentence. Sentences that are
/// not prose score 0 with an empty `why`.
///
/// The model gives a margin, the sum of a base and one part per feature; the score squashes
/// it into `[0, 1]` (`num::squash`) and `why` scales the parts so that
/// `why.base + position + centrality + terms + length + facts + quote + focus == score`.
pub fn score(doc: &Document<'_>) -> Vec<(f32, Why)> {
    let rows = features::compute(doc);
    let model = model::shipped();
    let base = model.base();
    let base_score = num::squash(base);
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            if doc.kinds[i] != SentenceKind::Prose {
                return (0.0, Why::default());
            }
            let (mut margin, parts) = model.predict(row);
            let focus = doc.focus.filter(|q| !q.is_empty()).map_or(0.0, |q| {
                let have = q.iter().filter(|t| doc.term_ids[i].contains(t)).count();
                FOCUS_WEIGHT * have as f32 / q.len() as f32
            });
            margin += focus;
            let score = num::squash(margin);
            // Parts are in margin units; scale them onto the score so they add up to it.
            let scale = if (margin - base).abs() > 1e-4 {
                (score - base_score) / (margin - base)
            } else {
                num::squash_slope(margin)
            };
            let mut why = Why { base: base_score, focus: focus * scale, ..Why::default() };
            for (part, group) in parts.iter().zip(GROUPS) {
                let slot = match group {
                    Group::Position => &mut why.position,
                    Group::Centrality => &mut why.centrality,
                    Group::Terms => &mut why.terms,
                    Group::Length => &mut why.length,
                    Group::Facts => &mut why.facts,
                    Group::Quote => &mut why.quote,
                };
                *slot += part * scale;
            }
            (score, why)
        })
        .collect()
}
