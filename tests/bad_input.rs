//! Bad input, each with the behaviour it must get. "Sensible" is spelled out in every
//! assertion; on top of it every result passes the invariants of `support/check.rs`
//! (spans exact and on char boundaries, summary within budget, facts inside their
//! sentences, same result twice). No timing here: linear time is shown by the benches.

#[path = "support/check.rs"]
mod check;

use brevity::Options;

/// Runs every invariant with the default options and returns the summary's sentence texts.
fn sentences(text: &str) -> Vec<&str> {
    check::all(text, &Options::default(), true).unwrap_or_else(|e| panic!("{e}\ntext: {:?}", short(text)));
    brevity::split(text).into_iter().map(|s| s.text).collect()
}

fn short(text: &str) -> String {
    text.chars().take(200).collect()
}

// Fuzz regressions: each input below once broke an invariant.

/// An abbreviation after a multi-byte space (U+3000 IDEOGRAPHIC SPACE) made the
/// abbreviation check slice inside the space and panic.
#[test]
fn abbreviation_after_ideographic_space() {
    let text = "東京\u{3000}Inc. The market opened. Prices\u{A0}Dr. Smith said so.";
    let got = sentences(text);
    assert_eq!(
        got.concat().chars().filter(|c| !c.is_whitespace()).count(),
        text.chars().filter(|c| !c.is_whitespace()).count()
    );
}

/// A letterless sentence ("```") was tagged together with the next one, and an
/// organization "`\r\n\r\nInc." spanned both sentences.
#[test]
fn entity_does_not_cross_a_letterless_sentence() {
    let text = "```rust\nfn main() {}\n```\r\n\r\nInc. Z\u{331} <p> the United Nations met.";
    sentences(text);
    let f = brevity::facts(text);
    for e in f.people.iter().chain(&f.places).chain(&f.organizations) {
        assert!(!e.text.contains('`'), "{:?} took a piece of the code block", e.text);
    }
}
