//! One small stable sort for the whole crate.
//!
//! The standard library's sorts are fast, but every call site instantiates its own copy of
//! driftsort or ipnsort (a dozen functions each): measured, 238 functions and 60 KB of the
//! wasm for 18 call sites. Here the merge sort itself is compiled once, over indices with a
//! `dyn` comparator, and each call site adds only a short permutation loop. The sorts in
//! Brevity are over sentences, breaks, mentions and candidates: `O(n log n)` with an
//! indirect comparison is plenty.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their order (stable).
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let perm = {
        let v: &[T] = v;
        order(v.len(), &mut |a, b| cmp(&v[a], &v[b]))
    };
    apply(v, perm);
}

/// Sorts `v` by a key, stable.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order, stable.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The stable sorted order of `0..n` under `cmp`: a bottom-up merge sort, compiled once.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    // Short runs by insertion first: most of Brevity's sorts see nearly sorted input.
    const RUN: usize = 16;
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && cmp(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    if n <= RUN {
        return a; // one run: no merge buffer (most sorts are of a sentence's few items)
    }
    let mut b = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // `<=` keeps the left element first on ties: stable.
                if cmp(a[i], a[j]) != Ordering::Greater {
                    b[k] = a[i];
                    i += 1;
                } else {
                    b[k] = a[j];
                    j += 1;
                }
                k += 1;
            }
            b[k..k + mid - i].copy_from_slice(&a[i..mid]);
            k += mid - i;
            b[k..k + end - j].copy_from_slice(&a[j..end]);
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearranges `v` so that `v[i]` becomes the old `v[perm[i]]`, in place, by following cycles.
/// A place done is marked in `perm` itself (`perm[j] == j`): no list of its own.
fn apply<T>(v: &mut [T], mut perm: Vec<usize>) {
    for start in 0..v.len() {
        let mut j = start;
        loop {
            let next = perm[j];
            perm[j] = j;
            if next == start {
                break;
            }
            v.swap(j, next);
            j = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // A fixed pseudo-random sequence with many ties, of every length up to 300.
        let mut x: u32 = 12345;
        for n in 0..300 {
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((x >> 16) % 7, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "n = {n}");
        }
    }

    #[test]
    fn sorts_descending_with_a_comparator() {
        let mut v = vec![0.5f32, 2.0, -1.0, 2.0, 0.0];
        sort_by(&mut v, |a, b| b.total_cmp(a));
        assert_eq!(v, [2.0, 2.0, 0.5, 0.0, -1.0]);
        let mut w = vec![3, 1, 2];
        sort(&mut w);
        assert_eq!(w, [1, 2, 3]);
    }
}
