//! The command line as a developer scripts it: help and flags the usual ways, plain output of
//! one sentence a line, JSONL as `JSON.stringify` writes it, byte-order marks, closed pipes.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn brevity(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_brevity"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("brevity runs");
    // A usage error may end it before it reads its input: a closed pipe then is no failure.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(input) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "input written");
    }
    child.wait_with_output().expect("brevity ends")
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "exit {:?}: {}", out.status.code(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

const ARTICLE: &str = "The council approved the new bridge on Monday after a long debate about its cost and its \
    design. Work will start in the spring and should take two years, the mayor said at a press conference. \
    Residents have waited a decade for a second crossing over the river. The old bridge will stay open to \
    pedestrians and cyclists while the new one is built.";

#[test]
fn help_and_flags_with_equals() {
    for args in
        [&["--help"][..], &["summarize", "--help"], &["split", "-h"], &["bench", "--help"], &["eval", "rouge", "-h"]]
    {
        let out = stdout(&brevity(args, b""));
        assert!(out.starts_with("usage:"), "{args:?}: {out}");
    }
    let out = stdout(&brevity(&["summarize", "--sentences=2", "-"], ARTICLE.as_bytes()));
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn a_hard_wrapped_text_still_gives_one_sentence_a_line() {
    let mut wrapped = String::new();
    let mut width = 0;
    for word in ARTICLE.split_whitespace() {
        if width + word.len() > 60 {
            wrapped.push('\n');
            width = 0;
        } else if width > 0 {
            wrapped.push(' ');
        }
        wrapped.push_str(word);
        width += word.len() + 1;
    }
    let summary = stdout(&brevity(&["summarize", "--sentences", "3", "-"], wrapped.as_bytes()));
    assert_eq!(summary.lines().count(), 3, "{summary}");
    let split = stdout(&brevity(&["split", "-"], wrapped.as_bytes()));
    assert_eq!(split.lines().count(), 4, "{split}");
    assert!(split.lines().all(|l| l.ends_with('.')), "{split}");
}

#[test]
fn jsonl_with_lone_surrogates_as_json_stringify_writes_them() {
    // JSON.stringify("A b.\ud800 more.") keeps the lone surrogate as an escape; a pair and an
    // escaped backslash before "u" stay what they are.
    let line = br#"{"id":"q","text":"A b.\ud800 more. And \ud83d\ude00 ok. Lit \\ud800 x."}"#;
    let out = stdout(&brevity(&["split", "--jsonl", "-"], line));
    let texts: Vec<&str> = out.split("\"text\":\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    assert_eq!(texts, ["A b.\u{fffd} more.", "And 😀 ok.", r"Lit \\ud800 x."]);
}

#[test]
fn a_byte_order_mark_is_no_part_of_the_text() {
    let out = stdout(&brevity(&["split", "-"], "\u{feff}Hello there. Second one.".as_bytes()));
    assert_eq!(out, "Hello there.\nSecond one.\n");
    let out =
        stdout(&brevity(&["split", "--jsonl", "-"], "\u{feff}{\"id\":1,\"text\":\"Hi there. Yes.\"}\n".as_bytes()));
    assert!(out.starts_with("{\"id\":1,"), "{out}");
}

#[test]
fn option_errors_name_the_flags() {
    let out = brevity(&["summarize", "--max-words", "2.5", "-"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("brevity: invalid option `--max-words`: 2.5"), "{err}");
    assert!(!err.contains("maxWords") && !err.contains("invalid options:"), "{err}");
}

#[test]
fn a_reader_that_stops_early_is_no_failure() {
    let long = ARTICLE.repeat(2000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_brevity"))
        .args(["split", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("brevity runs");
    child.stdin.take().expect("stdin").write_all(long.as_bytes()).expect("input written");
    // Read nothing and close the pipe, as `| head -0` would.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("brevity ends");
    assert!(out.status.success(), "exit {:?}", out.status.code());
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn plain_facts_keep_the_js_key_order() {
    let out = stdout(&brevity(&["facts", "-"], b"Ana Ruiz met Ben Ode in Lyon on 3 May 2024."));
    let keys: Vec<&str> =
        out.lines().filter(|l| l.starts_with("  \"")).map(|l| l.trim().split('"').nth(1).unwrap()).collect();
    assert_eq!(keys, ["people", "places", "organizations", "dates", "numbers", "quotes", "keyphrases"], "{out}");
}

#[test]
fn a_malformed_escape_before_a_multibyte_char_is_bad_input_not_a_panic() {
    for line in ["{\"id\":1,\"text\":\"x \\u00€ y\"}\n", "{\"id\":1,\"text\":\"x \\é y \\ud800\"}\n"] {
        let out = brevity(&["split", "--jsonl", "-"], line.as_bytes());
        assert_eq!(out.status.code(), Some(1), "{line}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("brevity: line 1: not JSON:"), "{err}");
    }
}

/// An HTML file is read as its text: the plain output prints each sentence's words without
/// its tags; the JSON gives the original's slices at UTF-16 offsets, as the JS API does.
#[test]
fn an_html_file_is_read_as_its_text() {
    let html =
        "<!doctype html><html><head><title>Bridge</title><script>var s = \"Not. A sentence.\";</script></head>\n\
        <body><p>The council approved the <a href=\"/b\">new bridge</a> on Monday, said Mayor <b>Ana</b> Ruiz.</p>\n\
        <p>Work will start in the spring &mdash; and cost &pound;12&nbsp;million.</p><p>Residents called it \
        &ldquo;long overdue&rdquo;.</p></body></html>";
    let out = stdout(&brevity(&["summarize", "-"], html.as_bytes()));
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "The council approved the new bridge on Monday, said Mayor Ana Ruiz.",
            "Work will start in the spring - and cost &pound;12 million.",
            "Residents called it \"long overdue\".",
        ]
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&brevity(&["summarize", "--json", "-"], html.as_bytes()))).unwrap();
    let units: Vec<u16> = html.encode_utf16().collect();
    let slice = |item: &serde_json::Value| {
        let (a, b) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
        String::from_utf16(&units[a..b]).unwrap()
    };
    for s in json["sentences"].as_array().unwrap() {
        assert_eq!(slice(s), s["text"].as_str().unwrap());
        assert!(!s["text"].as_str().unwrap().contains("Not. A sentence"));
    }
    let quote = &json["facts"]["quotes"][0];
    assert_eq!((quote["text"].as_str(), slice(quote).as_str()), (Some("long overdue"), "long overdue"));
    let people: Vec<&str> =
        json["facts"]["people"].as_array().unwrap().iter().map(|e| e["text"].as_str().unwrap()).collect();
    assert_eq!(people, ["Ana Ruiz"]);
}
