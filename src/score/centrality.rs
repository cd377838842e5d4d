//! Centrality: TextRank-style power iteration over the sentence-similarity graph.

use super::{dot, Vectors};

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
    let sparse: Vec<(u32, f32)> = c.iter().enumerate().filter(|(_, &w)| w > 0.0).map(|(t, &w)| (t as u32, w)).collect();
    nodes.iter().map(|&i| dot(&v.rows[i], &sparse)).collect()
}
