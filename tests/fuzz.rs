//! A short, bounded fuzz run for CI: seeded hostile texts and options through split,
//! summarize and facts, every invariant of `support/check.rs` checked on every input.
//! The long runs (millions of inputs) use the same generator and checks:
//! `cargo run --profile fuzz --example fuzz -- --runs 5000000 --seed 1`.
//! `BREVITY_FUZZ_RUNS` and `BREVITY_FUZZ_SEED` change the size and seed of this run.

#[path = "support/check.rs"]
mod check;
#[path = "support/gen.rs"]
mod gen;

use brevity::Options;

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn hostile_texts_keep_every_invariant() {
    let runs = env("BREVITY_FUZZ_RUNS", 500);
    let seed = env("BREVITY_FUZZ_SEED", 0xB5E7);
    for n in 0..runs {
        let mut rng = gen::Rng::new(seed ^ n.wrapping_mul(0x9E37_79B9));
        let text = gen::text_of_at_most(&mut rng, 80);
        let options = check::options(&gen::options(&mut rng)).unwrap_or_else(|e| panic!("run {n}: {e}"));
        let options = options.unwrap_or_default();
        if let Err(e) = check::all(&text, &options, n % 8 == 0) {
            panic!("run {n} (seed {seed}): {e}\noptions: {options:?}\ntext: {text:?}");
        }
    }
}

#[test]
fn hostile_options_are_errors_or_valid() {
    let runs = env("BREVITY_FUZZ_RUNS", 600) * 5;
    let mut rng = gen::Rng::new(env("BREVITY_FUZZ_SEED", 0xB5E7));
    let mut parsed = 0;
    for n in 0..runs {
        let json = gen::options(&mut rng);
        match check::options(&json) {
            Ok(Some(_)) => parsed += 1,
            Ok(None) => {}
            Err(e) => panic!("run {n}: {e}"),
        }
    }
    // The generator must reach both sides, or this test checks nothing.
    assert!(parsed > runs / 10 && parsed < runs, "{parsed} of {runs} option sets parsed");
}

/// Each bad option names itself in the error, so a caller can fix it.
#[test]
fn option_errors_name_the_option() {
    let cases = [
        (r#"{"ratio": 2}"#, "ratio"),
        (r#"{"ratio": 0}"#, "ratio"),
        (r#"{"ratio": -0.5}"#, "ratio"),
        (r#"{"sentences": 0}"#, "sentences"),
        (r#"{"sentences": 2.5}"#, "sentences"),
        (r#"{"sentences": -3}"#, "sentences"),
        (r#"{"maxWords": 0}"#, "maxWords"),
        (r#"{"maxWords": 1.5}"#, "maxWords"),
        (r#"{"sentences": "3"}"#, "sentences"),
        (r#"{"language": "xx"}"#, "language"),
        (r#"{"language": 5}"#, "language"),
        (r#"{"facts": ["pets"]}"#, "facts"),
        (r#"{"facts": "people"}"#, "facts"),
        (r#"{"focus": 7}"#, "focus"),
        (r#"{"bogus": 1}"#, "bogus"),
    ];
    for (json, name) in cases {
        let e = serde_json::from_str::<Options>(json).expect_err(json).to_string();
        assert!(e.contains(name), "{json}: error {e:?} does not name `{name}`");
    }
}

/// `sentences: 1e9` means "all of them": every prose sentence is chosen.
#[test]
fn huge_sentence_budget_returns_all_prose() {
    let options: Options = serde_json::from_str(r#"{"sentences": 1e9}"#).unwrap();
    let text = gen::FRAGMENTS.join(" ");
    let s = brevity::Summarizer::new(options.clone()).unwrap().summarize(&text);
    check::summary(&text, &options, &s).unwrap();
    let prose = s.sentences.iter().filter(|x| x.kind == brevity::SentenceKind::Prose).count();
    assert!(prose > 10);
    assert_eq!(s.summary.len(), prose);
}
