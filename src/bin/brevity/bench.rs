//! `brevity bench [--runs N] [--json] [--only NAME] [--standard] [--memory] [PATH…]`: per input, milliseconds per
//! document and MB/s for each stage (medians over repeated runs), and the peak heap the
//! full pipeline allocated (counted by this binary's global allocator).
//!
//! Stages: `split`; `summarize` (split, score, select; no facts); `facts` (split, facts);
//! `full` (`summarize` with every fact). Each includes the UTF-16 offset conversion both
//! doors (JS and `--json`) do. A PATH ending in `.jsonl` is a batch: every line's `"text"`
//! is a document and one run covers them all. `--standard` adds the benchmark set of
//! `benches/common/inputs.rs` (news, novels, pathological inputs, from `BREVITY_EVAL_DIR`);
//! `--memory` about 10 MB of novels; `--only NAME` keeps the inputs whose name contains NAME.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use brevity::{sentences_to_utf16, FactKinds, Options, Summarizer};
use serde_json::{json, Value};

use crate::Failure;

#[path = "../../../benches/common/inputs.rs"]
#[allow(dead_code)]
mod inputs;

/// Counts live heap bytes and their high-water mark, so `bench` can report peak memory.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counters only
// observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes the closure allocated above what was live when it started, at the worst moment.
fn peak_during(f: impl FnOnce()) -> usize {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed) - base
}

struct Doc {
    name: String,
    texts: Vec<String>,
}

impl Doc {
    fn bytes(&self) -> usize {
        self.texts.iter().map(String::len).sum()
    }
}

struct Stages {
    split: Summarizer,
    summarize: Summarizer,
    full: Summarizer,
}

const STAGES: [&str; 4] = ["split", "summarize", "facts", "full"];

impl Stages {
    fn new() -> Stages {
        let mut options = Options::default();
        options.facts = FactKinds::NONE;
        Stages {
            split: Summarizer::default(),
            summarize: Summarizer::new(options).expect("valid options"),
            full: Summarizer::default(),
        }
    }

    fn run(&self, stage: &str, text: &str) {
        match stage {
            "split" => {
                black_box(sentences_to_utf16(&self.split.split(text), text));
            }
            "summarize" => {
                black_box(self.summarize.summarize(text).to_utf16(text));
            }
            "facts" => {
                black_box(self.full.facts(text).to_utf16(text));
            }
            _ => {
                black_box(self.full.summarize(text).to_utf16(text));
            }
        }
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// The CPU time this thread has run, in seconds (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`,
/// 64-bit Linux), or `None` elsewhere. Unlike wall time it leaves out the time slices other
/// processes take on a loaded machine, which fall on one side of a native/wasm ratio or the
/// other. (`/proc/thread-self/schedstat` lags: it is brought up to date only at the
/// scheduler's ticks, and a 0.06 ms run read as 0.)
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_secs() -> Option<f64> {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec of the C layout on 64-bit Linux.
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    ok.then(|| t.sec as f64 + t.nsec as f64 / 1e9)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_secs() -> Option<f64> {
    None
}

/// Seconds per run of `stage` over every text of `doc`, wall and CPU time (`None` where the
/// system does not tell): the medians of `runs` runs (or, with `runs` 0, as many as fit in
/// about a second, between 5 and 1,000).
fn time_stage(stages: &Stages, stage: &str, doc: &Doc, runs: usize) -> (f64, Option<f64>, usize) {
    let once = || {
        let cpu = thread_cpu_secs();
        let t = Instant::now();
        for text in &doc.texts {
            stages.run(stage, text);
        }
        let wall = t.elapsed().as_secs_f64();
        (wall, cpu.and_then(|c| Some(thread_cpu_secs()? - c)))
    };
    let first = once().0; // also warms caches and the word lists
    let runs = if runs > 0 { runs } else { ((1.0 / first.max(1e-9)) as usize).clamp(5, 1000) };
    let times: Vec<(f64, Option<f64>)> = (0..runs).map(|_| once()).collect();
    let cpu: Option<Vec<f64>> = times.iter().map(|t| t.1).collect();
    (median(times.iter().map(|t| t.0).collect()), cpu.map(median), runs)
}

fn read_doc(path: &str) -> Result<Doc, Failure> {
    let text = crate::read_input(Some(path))?;
    let name = std::path::Path::new(path).file_name().map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
    if !path.ends_with(".jsonl") {
        return Ok(Doc { name, texts: vec![text] });
    }
    let mut texts = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let item: Value =
            serde_json::from_str(line).map_err(|e| Failure::input(format!("{path} line {}: not JSON: {e}", n + 1)))?;
        let text = item["text"]
            .as_str()
            .ok_or_else(|| Failure::input(format!("{path} line {}: needs a string field \"text\"", n + 1)))?;
        texts.push(text.to_string());
    }
    Ok(Doc { name, texts })
}

/// `brevity bench …`.
pub fn run(args: &[String]) -> Result<(), Failure> {
    let mut runs = 0;
    let mut as_json = false;
    let mut only = String::new();
    let mut docs = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--" => {
                for path in it.by_ref() {
                    docs.push(read_doc(path)?);
                }
            }
            "--runs" => {
                let v = it.next().ok_or_else(|| Failure::usage("--runs needs a value"))?;
                runs =
                    v.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(|| {
                        Failure::usage(format!("--runs takes a whole number of at least 1, got `{v}`"))
                    })?;
            }
            "--json" => as_json = true,
            "--only" => only = it.next().cloned().ok_or_else(|| Failure::usage("--only needs a value"))?,
            "--standard" => {
                for input in inputs::standard() {
                    docs.push(Doc { name: input.name, texts: vec![input.text] });
                }
            }
            "--memory" => {
                if let Some(input) = inputs::ten_megabytes() {
                    docs.push(Doc { name: input.name, texts: vec![input.text] });
                }
            }
            flag if flag.starts_with('-') => return Err(Failure::usage(format!("unknown option `{flag}`"))),
            path => docs.push(read_doc(path)?),
        }
    }
    if docs.is_empty() {
        return Err(Failure::usage("bench needs a PATH, --standard or --memory"));
    }
    let names: Vec<String> = docs.iter().map(|d| d.name.clone()).collect();
    docs.retain(|d| d.name.contains(&only));
    if docs.is_empty() {
        return Err(Failure::usage(format!("--only `{only}` matches no input; the inputs are: {}", names.join(", "))));
    }
    let stages = Stages::new();
    let mut rows = Vec::new();
    if !as_json {
        say!(
            "{:<22} {:>10} {:>5} | {:>22} {:>22} {:>22} {:>22} | {:>9} {:>6}",
            "input",
            "bytes",
            "docs",
            "split ms/doc MB/s",
            "summarize ms/doc MB/s",
            "facts ms/doc MB/s",
            "full ms/doc MB/s",
            "peak MB",
            "×input"
        );
    }
    for doc in &docs {
        let bytes = doc.bytes();
        let mut stage_rows = serde_json::Map::new();
        let mut cells = Vec::new();
        for stage in STAGES {
            let (secs, cpu, n) = time_stage(&stages, stage, doc, runs);
            let per_doc = |s: f64| s * 1e3 / doc.texts.len().max(1) as f64;
            let ms_per_doc = per_doc(secs);
            let mb_per_s = bytes as f64 / 1e6 / secs.max(1e-12);
            cells.push(format!("{ms_per_doc:>12.4} {mb_per_s:>9.2}"));
            stage_rows.insert(
                stage.into(),
                json!({ "ms_per_doc": ms_per_doc, "cpu_ms_per_doc": cpu.map(per_doc), "mb_per_s": mb_per_s, "runs": n }),
            );
        }
        // Peak heap of one full run on the largest document of the input.
        let largest = doc.texts.iter().max_by_key(|t| t.len()).map_or("", String::as_str);
        let peak = peak_during(|| stages.run("full", largest));
        let ratio = peak as f64 / largest.len().max(1) as f64;
        if as_json {
            rows.push(json!({
                "input": doc.name, "bytes": bytes, "docs": doc.texts.len(),
                "stages": stage_rows, "peak_bytes": peak, "peak_ratio": ratio,
            }));
        } else {
            say!(
                "{:<22} {:>10} {:>5} | {} | {:>9.2} {:>6.2}",
                doc.name,
                bytes,
                doc.texts.len(),
                cells.join(" "),
                peak as f64 / 1e6,
                ratio
            );
        }
    }
    if as_json {
        say!("{}", Value::Array(rows));
    }
    Ok(())
}
