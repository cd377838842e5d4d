//! Throughput of each stage over real texts and pathological inputs.
//!
//! ```text
//! cargo bench --bench pipeline                 # everything (about 10 minutes on 2 cores)
//! cargo bench --bench pipeline -- news         # only the news inputs
//! cargo bench --bench pipeline -- 'summarize/' # one group
//! ```
//! Groups: `split` (segmentation), `summarize` (segmentation, scoring and selection, no
//! facts), `facts` (segmentation and facts), `pipeline` (everything `summarize(text)`
//! does). Inputs (see `common/inputs.rs`): a ~700-word news article and ~10,000 words of
//! news from `../shared/eval/news_dev.jsonl`, the novels of `../shared/eval/scale/`
//! (1.2–3.3 MB), and "....." × 100,000, 1 MB without a space, 1 MB of digits. Texts are
//! read at run time; missing ones are skipped with a note. Criterion reports medians and
//! throughput in bytes per second.

#![allow(missing_docs, dead_code)]

#[path = "common/inputs.rs"]
mod inputs;

use std::hint::black_box;
use std::time::Duration;

use brevity::{FactKinds, Options, Summarizer};
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, SamplingMode, Throughput};

use inputs::BenchInput;

fn no_facts() -> Summarizer {
    let mut options = Options::default();
    options.facts = FactKinds::NONE;
    Summarizer::new(options).expect("valid options")
}

/// Small inputs get 50 samples; megabyte inputs 10 samples of one run each (flat sampling:
/// facts on a novel take seconds), so a full run stays within minutes.
fn configure(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, input: &BenchInput) {
    if input.text.len() > 200_000 {
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(4));
    } else {
        group
            .sampling_mode(SamplingMode::Auto)
            .sample_size(50)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
    }
    group.throughput(Throughput::Bytes(input.text.len() as u64));
}

fn benches(c: &mut Criterion) {
    let mut all = inputs::news();
    all.extend(inputs::novels());
    all.extend(inputs::pathological());
    let default = Summarizer::default();
    let no_facts = no_facts();

    let mut group = c.benchmark_group("split");
    for input in &all {
        configure(&mut group, input);
        group.bench_function(&input.name, |b| b.iter(|| default.split(black_box(&input.text))));
    }
    group.finish();

    let mut group = c.benchmark_group("summarize");
    for input in &all {
        configure(&mut group, input);
        group.bench_function(&input.name, |b| b.iter(|| no_facts.summarize(black_box(&input.text))));
    }
    group.finish();

    let mut group = c.benchmark_group("facts");
    for input in &all {
        configure(&mut group, input);
        group.bench_function(&input.name, |b| b.iter(|| default.facts(black_box(&input.text))));
    }
    group.finish();

    let mut group = c.benchmark_group("pipeline");
    for input in &all {
        configure(&mut group, input);
        group.bench_function(&input.name, |b| b.iter(|| brevity::summarize(black_box(&input.text))));
    }
    group.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
