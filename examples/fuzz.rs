//! The long fuzz run: millions of seeded hostile texts and options through split,
//! summarize and facts, with every invariant of `tests/support/check.rs` checked.
//!
//! ```text
//! nice cargo run --profile fuzz --example fuzz -- --runs 5000000 --seed 1
//! ```
//! The `fuzz` profile is optimized but keeps overflow checks and debug assertions, and
//! unwinds, so one failing input is written to `target/fuzz-failures/` and the run goes on.
//! Prints the number of inputs, bytes and failures; exits 1 if any input failed.

#[path = "../tests/support/check.rs"]
mod check;
#[path = "../tests/support/gen.rs"]
mod gen;

use std::panic::{self, AssertUnwindSafe};

fn main() {
    let mut runs: u64 = 100_000;
    let mut seed: u64 = 1;
    let mut max_pieces: usize = 2_000;
    let mut seconds: u64 = u64::MAX;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().and_then(|v| v.parse().ok());
        match (a.as_str(), v) {
            ("--runs", Some(v)) => runs = v,
            ("--seed", Some(v)) => seed = v,
            ("--max-pieces", Some(v)) => max_pieces = v as usize,
            ("--seconds", Some(v)) => seconds = v,
            _ => {
                eprintln!("usage: fuzz [--runs N] [--seed S] [--max-pieces P] [--seconds T]");
                std::process::exit(2);
            }
        }
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    // Panics are caught and reported with their input below; keep the default hook quiet.
    panic::set_hook(Box::new(|_| {}));
    let (mut bytes, mut failures, mut option_errors) = (0u64, 0u64, 0u64);
    let started = std::time::Instant::now();
    let mut done = 0;
    for n in 0..runs {
        // A wall-clock bound (checked every 1 000 inputs) ends a run early but cleanly.
        if n % 1000 == 0 && started.elapsed().as_secs() >= seconds {
            break;
        }
        done = n + 1;
        let mut rng = gen::Rng::new(seed.wrapping_mul(0x1_0000_0001) ^ n.wrapping_mul(0x9E37_79B9));
        let text = gen::text_of_at_most(&mut rng, max_pieces);
        let json = gen::options(&mut rng);
        bytes += text.len() as u64;
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            let options = check::options(&json)?;
            if options.is_none() {
                return Ok(false);
            }
            let options = options.unwrap_or_default();
            // Every 8th input gets the cross-checks with split and facts, every 16th a second run.
            if n % 8 == 0 { check::all(&text, &options, n % 16 == 0) } else { check::quick(&text, &options) }
                .map(|()| true)
        }));
        let error = match outcome {
            Ok(Ok(true)) => None,
            Ok(Ok(false)) => {
                option_errors += 1;
                // Bad options are errors; run the text with the defaults instead.
                panic::catch_unwind(|| check::quick(&text, &Default::default()))
                    .unwrap_or_else(|p| Err(panic_message(&p)))
                    .err()
            }
            Ok(Err(e)) => Some(e),
            Err(p) => Some(panic_message(&p)),
        };
        if let Some(e) = error {
            failures += 1;
            let _ = std::fs::create_dir_all(&dir);
            let path = dir.join(format!("seed{seed}-run{n}.txt"));
            let _ = std::fs::write(&path, format!("{e}\noptions: {json}\ntext: {text:?}\n"));
            eprintln!("FAIL run {n}: {e} ({})", path.display());
        }
        if (n + 1) % 100_000 == 0 {
            eprintln!("{} inputs, {} failures", n + 1, failures);
        }
    }
    println!(
        "fuzz seed {seed}, at most {max_pieces} pieces: {done} inputs, {bytes} bytes, {option_errors} option sets rejected, {failures} failures"
    );
    std::process::exit(i32::from(failures > 0));
}

fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
    format!("panic: {}", msg.unwrap_or_default())
}
