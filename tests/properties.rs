//! Properties of sentence splitting on arbitrary text: spans are lossless (in order, not
//! overlapping, on char boundaries, trimmed, only whitespace between them), splitting never
//! panics and gives the same answer twice, and the pathological inputs of the issue
//! ("....." × 100 000, 1 MB without spaces, 100 000 lines of "A.", deeply nested quotes)
//! come out sane. No timings here: speed is measured by the benchmarks.

#![cfg(not(target_arch = "wasm32"))]

use brevity::{Lang, Options, Sentence, Summarizer};
use proptest::prelude::*;

fn splitter(lang: Option<Lang>) -> Summarizer {
    let mut options = Options::default();
    options.language = lang;
    Summarizer::new(options).expect("valid options")
}

/// What may lie between sentences: white space, and a byte-order mark.
fn blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Every lossless-split invariant, with a message naming the broken one.
fn check_lossless(text: &str, sentences: &[Sentence]) -> Result<(), String> {
    let mut prev_end = 0;
    for (i, s) in sentences.iter().enumerate() {
        let (start, end) = (s.span.start, s.span.end);
        if start < prev_end || end <= start || end > text.len() {
            return Err(format!("sentence {i}: span {start}..{end} out of order or empty (previous end {prev_end})"));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!("sentence {i}: span {start}..{end} not on char boundaries"));
        }
        let slice = &text[start..end];
        if slice != s.text {
            return Err(format!("sentence {i}: text {:?} is not the span's text {slice:?}", s.text));
        }
        if slice.trim() != slice {
            return Err(format!("sentence {i}: {slice:?} is not trimmed"));
        }
        let gap = &text[prev_end..start];
        if !gap.chars().all(blank) {
            return Err(format!("sentence {i}: gap {gap:?} before it is not whitespace"));
        }
        prev_end = end;
    }
    if !text[prev_end..].chars().all(blank) {
        return Err(format!("text after the last sentence is not whitespace: {:?}", &text[prev_end..]));
    }
    if sentences.is_empty() && !text.chars().all(blank) {
        return Err("a text with visible characters gave no sentence".into());
    }
    Ok(())
}

fn languages() -> impl Strategy<Value = Option<Lang>> {
    prop::sample::select(vec![
        None,
        Some(Lang::Und),
        Some(Lang::En),
        Some(Lang::De),
        Some(Lang::Ru),
        Some(Lang::El),
        Some(Lang::Hy),
        Some(Lang::Ar),
        Some(Lang::Ja),
        Some(Lang::Kk),
    ])
}

/// Text built from the pieces the passes react to: marks, quotes, brackets, bullets, list
/// markers, abbreviations, line breaks, format characters, and words of several scripts.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "…",
        "...",
        " . . . ",
        "?!",
        "。",
        "！",
        "؟",
        "۔",
        "।",
        "։",
        ":",
        ";",
        "،",
        "．",
        "።",
        "။",
        " ",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\u{a0}",
        "\u{3000}",
        "\u{202a}",
        "\u{200b}",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "„",
        "«",
        "»",
        "‹",
        "›",
        "(",
        ")",
        "[",
        "]",
        "「",
        "」",
        "《",
        "》",
        "•",
        "⁃",
        "-",
        "—",
        "1.",
        "2)",
        "a.",
        "b)",
        "Dr.",
        "U.S.",
        "a.m.",
        "No.",
        "e.g.",
        "Jr.",
        "Yahoo!",
        "3.5",
        "date",
        "2023-05-01",
        "http://x.y/z.",
        "a@b.c",
        "The",
        "word",
        "lower",
        "Upper",
        "I",
        "X",
        "л.н.",
        "Слово",
        "слово",
        "λέξη",
        "Բառ",
        "كلمة",
        "単語",
        "é",
        "\u{301}",
        "🦀",
        "\u{feff}",
        "\r\n",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Markup pieces (tags, broken tags, comments, scripts, references) among words, marks and
/// multi-byte chars.
fn html_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<div class=\"a>b\">",
        "<br>",
        "<br/>",
        "<a href='x'>",
        "</a>",
        "<b>",
        "<img alt=\"é🦀\">",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "<!DOCTYPE html>",
        "<p",
        "<",
        ">",
        "</",
        "&",
        "&amp;",
        "&quot;",
        "&ldquo;",
        "&rdquo;",
        "&#8217;",
        "&#x2014;",
        "&nbsp;",
        "&hellip;",
        "&#;",
        "&#x;",
        ";",
        "\"",
        "'",
        "The",
        "word",
        "Dr.",
        "U.S.",
        ".",
        "?",
        " ",
        "\n",
        "\n\n",
        "é",
        "單",
        "🦀",
        "\u{301}",
        "3.5",
        "Ana Ruiz",
    ]);
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    // 400 cases a run in CI; PROPTEST_CASES=100000 for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_unicode_splits_losslessly(text in any::<String>(), lang in languages()) {
        let s = splitter(lang);
        let first = s.split(&text);
        prop_assert!(check_lossless(&text, &first).is_ok(), "{:?}", check_lossless(&text, &first));
        let second = s.split(&text);
        prop_assert_eq!(first, second);
    }

    /// Blanking markup keeps every length (bytes, chars' UTF-16 units) and the pipeline's
    /// items, read back from the original, are its exact slices.
    #[test]
    fn html_is_read_with_its_offsets_kept(text in html_text()) {
        let Some((view, references)) = brevity::markup::text_of(&text) else { return Ok(()) };
        prop_assert_eq!(view.len(), text.len());
        prop_assert_eq!(view.encode_utf16().count(), text.encode_utf16().count());
        let summary = brevity::summarize(&view).texts_from(&view, &text, &references);
        for s in &summary.sentences {
            prop_assert_eq!(text.get(s.span.range()), Some(s.text));
        }
        for q in &summary.facts.quotes {
            prop_assert_eq!(text.get(q.at.span.range()), Some(q.text));
        }
    }

    #[test]
    fn tricky_text_splits_losslessly(text in tricky_text(), lang in languages()) {
        let s = splitter(lang);
        let first = s.split(&text);
        if let Err(e) = check_lossless(&text, &first) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
        prop_assert_eq!(first, s.split(&text));
    }
}

/// The pathological inputs: each splits losslessly and into a sane number of sentences.
#[test]
fn pathological_inputs_are_sane() {
    let en = splitter(Some(Lang::En));
    let auto = splitter(None);

    let dots = ".".repeat(500_000);
    for s in [&en, &auto] {
        let out = s.split(&dots);
        check_lossless(&dots, &out).unwrap();
        assert_eq!(out.len(), 1, "a run of periods is one unit");
    }

    // 1 MB of letters with no space or punctuation: one sentence.
    let letters: String = "abcdefghijklmnopqrstuvwxyzéж".chars().cycle().take(1_000_000).collect();
    let out = en.split(&letters);
    check_lossless(&letters, &out).unwrap();
    assert_eq!(out.len(), 1);

    // 100 000 lines of "A.": one sentence a line.
    let lines = "A.\n".repeat(100_000);
    let out = en.split(&lines);
    check_lossless(&lines, &out).unwrap();
    assert_eq!(out.len(), 100_000);
    assert!(out.iter().all(|s| s.text == "A."));

    // Deeply nested quotes and brackets around two sentences.
    let nested = format!("{}Stay. Go.{}", "“(«„[\"".repeat(20_000), "\"]“»)”".repeat(20_000));
    let out = en.split(&nested);
    check_lossless(&nested, &out).unwrap();
    assert!(!out.is_empty() && out.len() <= 2, "{} sentences", out.len());

    // Unbalanced openers never swallow what follows.
    let open = format!("{} First one. Second one. Third one.", "(".repeat(100_000));
    let out = en.split(&open);
    check_lossless(&open, &out).unwrap();
    assert_eq!(out.len(), 3);

    // Spaced ellipses and a wall of "!?".
    for text in [". ".repeat(200_000), "!?".repeat(300_000), "A. ".repeat(100_000)] {
        let out = en.split(&text);
        check_lossless(&text, &out).unwrap();
    }
}
