//! Centrality: TextRank-style power iteration over the sentence-similarity graph.

use super::Vectors;

/// Above this many sentences the quadratic graph gives way to similarity with the
/// document centroid, which is linear.
const GRAPH_LIMIT: usize = 300;

/// Centrality of each sentence in `nodes`, scaled so the most central is 1; others 0.
pub(super) fn rank(v: &Vectors, nodes: &[usize]) -> Vec<f32> {
    let mut out = vec![0.0; v.rows.len()];
    let n = nodes.len();
    if n == 0 {
        return out;
    }
    let scores = if n <= GRAPH_LIMIT { textrank(v, nodes) } else { centroid(v, nodes) };
    let max = scores.iter().copied().fold(0.0, f32::max);
    for (k, &i) in nodes.iter().enumerate() {
        out[i] = if max > 0.0 { scores[k] / max } else { 0.0 };
    }
    out
}

fn textrank(v: &Vectors, nodes: &[usize]) -> Vec<f32> {
    let n = nodes.len();
    let mut w = vec![0.0f32; n * n];
    for a in 0..n {
        for b in a + 1..n {
            let s = v.cosine(nodes[a], nodes[b]);
            w[a * n + b] = s;
            w[b * n + a] = s;
        }
    }
    let out_sum: Vec<f32> = (0..n).map(|a| w[a * n..(a + 1) * n].iter().sum()).collect();
    let d = 0.85;
    let mut r = vec![1.0 / n as f32; n];
    for _ in 0..50 {
        let mut next = vec![(1.0 - d) / n as f32; n];
        for a in 0..n {
            if out_sum[a] == 0.0 {
                continue;
            }
            let share = d * r[a] / out_sum[a];
            for b in 0..n {
                next[b] += share * w[a * n + b];
            }
        }
        let delta: f32 = next.iter().zip(&r).map(|(x, y)| (x - y).abs()).sum();
        r = next;
        if delta < 1e-5 {
            break;
        }
    }
    r
}

fn centroid(v: &Vectors, nodes: &[usize]) -> Vec<f32> {
    let mut c = vec![0.0f32; v.idf.len()];
    for &i in nodes {
        for &(t, w) in &v.rows[i] {
            c[t as usize] += w;
        }
    }
    // Each row looks its terms up in the dense centroid: a merge with the centroid as a sparse
    // vector walked the whole vocabulary per sentence, which grows with the text (War and
    // Peace, issue 8). The same sum in the same order: a term whose weight is not positive
    // was left out of the sparse centroid, so it is skipped here too.
    nodes
        .iter()
        .map(|&i| v.rows[i].iter().filter(|&&(t, _)| c[t as usize] > 0.0).fold(0.0, |s, &(t, w)| s + w * c[t as usize]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centroid_similarity_is_each_rows_dot_with_the_summed_rows() {
        let rows = vec![vec![(0, 0.6), (2, 0.8)], vec![(1, 1.0)], vec![(0, 0.8), (1, 0.6)], vec![(3, 1.0)], vec![]];
        let v = Vectors { rows, idf: vec![1.0; 4], ids: Vec::new() };
        // Row 3 is not a node: its term is not in the centroid.
        let nodes = [0, 1, 2, 4];
        let (c0, c1, c2) = (0.6f32 + 0.8, 1.0f32 + 0.6, 0.8f32);
        let summed = [(0, c0), (1, c1), (2, c2)];
        let dot = |i: usize| super::super::dot(&v.rows[i], &summed);
        assert_eq!(centroid(&v, &nodes), [dot(0), dot(1), dot(2), 0.0]);
        assert_eq!(centroid(&v, &nodes), [0.6 * c0 + 0.8 * c2, c1, 0.8 * c0 + 0.6 * c1, 0.0]);
    }
}
