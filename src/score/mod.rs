//! Sentence scoring: features per sentence, combined into one score in `[0, 1]`.

pub mod caseless;
mod centrality;
pub mod kind;

use std::collections::HashMap;

use crate::types::{SentenceKind, Why};

/// Sparse term-frequency vectors of the sentences over one document vocabulary.
#[derive(Debug, Default)]
pub struct Vectors {
    /// Per sentence: (term id, weight) sorted by term id, L2-normalised TF-IDF.
    pub rows: Vec<Vec<(u32, f32)>>,
    /// Inverse document frequency per term id (sentences as documents).
    pub idf: Vec<f32>,
}

impl Vectors {
    /// Builds TF-IDF vectors from each sentence's terms.
    pub fn new(terms: &[Vec<String>]) -> Vectors {
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let mut counts: Vec<Vec<(u32, f32)>> = Vec::with_capacity(terms.len());
        for sentence in terms {
            let mut row: Vec<(u32, f32)> = Vec::new();
            for t in sentence {
                let next = ids.len() as u32;
                let id = *ids.entry(t.as_str()).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                }
                row.push((id, 1.0));
            }
            row.sort_unstable_by_key(|&(id, _)| id);
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
        let idf: Vec<f32> = df.iter().map(|&d| (n / d as f32).ln() + 1.0).collect();
        for row in &mut counts {
            for (id, w) in row.iter_mut() {
                *w = (1.0 + w.ln()) * idf[*id as usize];
            }
            let norm = row.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (_, w) in row.iter_mut() {
                    *w /= norm;
                }
            }
        }
        Vectors { rows: counts, idf }
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

/// What the scorer needs to know of each sentence.
#[derive(Debug)]
pub struct Features<'a> {
    /// Kind of each sentence.
    pub kinds: &'a [SentenceKind],
    /// Words in each sentence.
    pub words: &'a [usize],
    /// Whether each sentence starts a paragraph.
    pub paragraph_start: &'a [bool],
    /// Term vectors.
    pub vectors: &'a Vectors,
    /// Focus terms as a normalised vector, if the caller gave a focus.
    pub focus: Option<&'a [(u32, f32)]>,
}

/// Scores every sentence; returns (score in `[0, 1]`, why) per sentence. Non-prose scores 0.
pub fn score(f: &Features<'_>) -> Vec<(f32, Why)> {
    let n = f.kinds.len();
    let prose: Vec<usize> = (0..n).filter(|&i| f.kinds[i] == SentenceKind::Prose).collect();
    let centrality = centrality::rank(f.vectors, &prose);
    // Overlap with the opening: news puts its point first.
    let lead: Vec<usize> = prose.iter().copied().take(3).collect();
    let mut out = vec![(0.0, Why::default()); n];
    for (rank, &i) in prose.iter().enumerate() {
        let position = 1.0 / (1.0 + rank as f32 / 2.0) + if f.paragraph_start[i] { 0.1 } else { 0.0 };
        let terms = lead.iter().filter(|&&j| j != i).map(|&j| f.vectors.cosine(i, j)).fold(0.0, f32::max);
        let w = f.words[i] as f32;
        let length = if w < 5.0 {
            -0.5
        } else if w < 10.0 {
            -0.15
        } else if w > 60.0 {
            -0.2
        } else {
            0.0
        };
        let focus = f.focus.map_or(0.0, |q| dot(&f.vectors.rows[i], q));
        let why = Why {
            position: 0.45 * position,
            centrality: 0.35 * centrality[i],
            terms: 0.2 * terms,
            length: 0.2 * length,
            facts: 0.0,
            focus: 1.0 * focus,
        };
        let raw = why.position + why.centrality + why.terms + why.length + why.facts + why.focus;
        out[i] = (raw, why);
    }
    let max = out.iter().map(|s| s.0).fold(0.0, f32::max);
    let min = prose.iter().map(|&i| out[i].0).fold(f32::INFINITY, f32::min).min(0.0);
    for &i in &prose {
        let s = &mut out[i].0;
        *s = if max > min { ((*s - min) / (max - min)).clamp(0.0, 1.0) } else { 1.0 };
    }
    out
}
