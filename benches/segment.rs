//! Sentence splitting scales linearly: every pathological input of the segmentation issue
//! at 256 KB, 512 KB and 1 MB. Constant throughput (bytes per second) across the three
//! sizes is what linear time looks like; a quadratic pass would lose half its throughput at
//! each doubling.
//!
//! ```text
//! cargo bench --bench segment            # all inputs (~2 minutes on 2 cores)
//! cargo bench --bench segment -- quotes  # one input
//! ```

#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use brevity::{Lang, Options, Summarizer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// `unit` repeated up to `bytes` (cut on a char boundary).
fn fill(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fn inputs(bytes: usize) -> Vec<(&'static str, String)> {
    let half = bytes / 2;
    vec![
        ("periods", fill(".", bytes)),
        ("no_spaces", fill("abcdefghijklmnopqrstuvwxyzéж", bytes)),
        ("lines_of_A.", fill("A.\n", bytes)),
        ("nested_quotes", format!("{}Stay. Go.{}", fill("“(«„[\"", half), fill("\"]“»)”", half))),
        ("open_brackets", format!("{} First one. Second one.", fill("(", bytes))),
        ("spaced_dots", fill(". ", bytes)),
        ("abbreviations", fill("U.S. Dr. a. 1. • No. 5 p.m. e.g. ", bytes)),
        (
            "prose",
            fill(
                "The council met on Tuesday. \"We will rebuild,\" the mayor said. Dr. Jane O. Smith-Jones agreed.\n",
                bytes,
            ),
        ),
    ]
}

fn split_scaling(c: &mut Criterion) {
    let mut options = Options::default();
    options.language = Some(Lang::En);
    let summarizer = Summarizer::new(options).expect("valid options");
    let mut group = c.benchmark_group("split_scaling");
    group.sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));
    for kb in [256usize, 512, 1024] {
        for (name, text) in inputs(kb * 1024) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{kb}KB")), &text, |b, t| {
                b.iter(|| black_box(summarizer.split(black_box(t))).len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, split_scaling);
criterion_main!(benches);
