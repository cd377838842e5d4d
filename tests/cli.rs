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

/// The JS API gets a file's byte-order mark as U+FEFF, one UTF-16 unit, in its string: the
/// CLI reads it as part of the text too, so `--json` gives JS's offsets. (A JSONL file's
/// mark is no part of any text.)
#[test]
fn a_byte_order_mark_counts_in_the_offsets_as_in_js() {
    let text = "\u{feff}Hello there. Second one.";
    let units: Vec<u16> = text.encode_utf16().collect();
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&brevity(&["split", "--json", "-"], text.as_bytes()))).expect("JSON output");
    let sentences = json.as_array().expect("sentences");
    assert_eq!(sentences[1]["start"], 14, "{json}");
    for s in sentences {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&units[a..b]).unwrap(), s["text"].as_str().unwrap());
    }
    // Whether U+FEFF opens the first sentence is the splitter's call; the words are the same.
    let out = stdout(&brevity(&["split", "-"], text.as_bytes()));
    assert_eq!(out.trim_start_matches('\u{feff}'), "Hello there.\nSecond one.\n");
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

/// A file in this test binary's scratch directory.
fn scratch(name: &str, content: &str) -> std::path::PathBuf {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, content).expect("scratch file written");
    path
}

/// Standard error, which must be one line (the usage may follow on a usage error).
fn message(out: &Output, code: i32) -> String {
    assert_eq!(out.status.code(), Some(code), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(err.starts_with("brevity: "), "{err}");
    err.lines().next().unwrap_or("").to_string()
}

const GOLDEN: &str =
    "{\"id\":\"g1\",\"lang\":\"en\",\"text\":\"Hi there. Bye.\",\"sentences\":[\"Hi there.\",\"Bye.\"]}\n";

/// `| head -1` with the reader gone before the first line: every mode stops quietly, exit 0,
/// whether it writes a report (`eval`, `bench`) or a usage error to standard error
/// (`2>&1 | head -1`, exit 2 as ever, and no panic).
#[test]
fn a_closed_pipe_ends_every_mode_quietly() {
    let golden = scratch("pipe_golden.jsonl", &GOLDEN.repeat(200));
    let article = scratch("pipe_article.txt", ARTICLE);
    let golden = golden.to_str().unwrap();
    let article = article.to_str().unwrap();
    let runs: [(&[&str], bool); 5] = [
        (&["eval", "sbd", golden], false),
        (&["bench", "--runs", "1", article], false),
        (&["split", article], false),
        (&["--help"], false),
        (&["summarize", "--bogus"], true),
    ];
    for (args, on_stderr) in runs {
        let mut child = Command::new(env!("CARGO_BIN_EXE_brevity"))
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("brevity runs");
        // Close the one end at once: the program is still starting.
        let watched = if on_stderr { child.stderr.take().map(drop) } else { child.stdout.take().map(drop) };
        assert!(watched.is_some());
        let out = child.wait_with_output().expect("brevity ends");
        let expected = if on_stderr { Some(2) } else { Some(0) };
        assert_eq!(out.status.code(), expected, "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let (other, name) = if on_stderr { (&out.stdout, "stdout") } else { (&out.stderr, "stderr") };
        assert!(other.is_empty(), "{args:?} {name}: {}", String::from_utf8_lossy(other));
    }
}

#[test]
fn eval_rouge_checks_its_file_before_python() {
    let no_summary = scratch("rouge_no_summary.jsonl", "{\"id\":\"a\",\"text\":\"Hi there. Bye.\"}\n\n");
    let err = message(&brevity(&["eval", "rouge", no_summary.to_str().unwrap()], b""), 1);
    assert!(
        err.ends_with("line 1: needs a field \"summary\", an array of strings (the reference summary's sentences)"),
        "{err}"
    );
    let text = scratch("rouge_text.txt", ARTICLE);
    let err = message(&brevity(&["eval", "rouge", text.to_str().unwrap()], b""), 1);
    assert!(err.contains("line 1: not JSON"), "{err}");
    let no_text =
        scratch("rouge_no_text.jsonl", "{\"id\":\"a\",\"text\":\"A.\",\"summary\":[\"A.\"]}\n{\"id\":\"b\"}\n");
    let err = message(&brevity(&["eval", "rouge", no_text.to_str().unwrap()], b""), 1);
    assert!(err.ends_with("line 2: needs a string field \"text\""), "{err}");
}

#[test]
fn the_facts_flag_error_names_the_cli_values() {
    let err = message(&brevity(&["facts", "--facts", "true", "-"], ARTICLE.as_bytes()), 2);
    assert!(err.contains("\"true\" (expected all, none, or a list of: people,"), "{err}");
}

#[test]
fn eval_and_bench_arguments_are_checked() {
    let golden = scratch("args_golden.jsonl", GOLDEN);
    let golden = golden.to_str().unwrap();
    let err = message(&brevity(&["eval", "sbd", golden, "extra"], b""), 2);
    assert!(err.contains("`extra` is a second one"), "{err}");
    let err = message(&brevity(&["eval", "ner", golden, "extra"], b""), 2);
    assert!(err.contains("`extra` is a second one"), "{err}");
    let empty = scratch("args_empty.jsonl", "\n");
    let err = message(&brevity(&["eval", "sbd", empty.to_str().unwrap()], b""), 1);
    assert!(err.contains("no cases"), "{err}");
    let err = message(&brevity(&["eval", "sbd", golden, "--lang", "xx"], b""), 1);
    assert!(err.contains("no cases of language `xx`"), "{err}");
    let out = stdout(&brevity(&["eval", "sbd", "--lang=en", "--", golden], b""));
    assert!(out.contains("all, whitespace collapsed: 1/1"), "{out}");
    let article = scratch("args_article.txt", ARTICLE);
    let err = message(&brevity(&["bench", "--runs", "1", "--only", "nope", article.to_str().unwrap()], b""), 2);
    assert!(err.ends_with("--only `nope` matches no input; the inputs are: args_article.txt"), "{err}");
    let usage = stdout(&brevity(&["--help"], b""));
    assert!(usage.contains("brevity eval sbd|rouge|ner [PATH]"), "{usage}");
}

#[test]
fn a_plain_summary_that_is_empty_says_why() {
    let cases: [(&[&str], &str, &str); 3] = [
        (&["summarize", "--max-words", "2", "-"], ARTICLE, "brevity: no sentence fits in 2 words\n"),
        (&["summarize", "-"], "Bridge Approved\n", "brevity: no prose sentence to summarize\n"),
        (&["summarize", "-"], "", "brevity: empty text\n"),
    ];
    for (args, input, note) in cases {
        let out = brevity(args, input.as_bytes());
        assert_eq!((stdout(&out).as_str(), String::from_utf8_lossy(&out.stderr).as_ref()), ("", note), "{args:?}");
        // The JSON outputs say it with an empty `summary`, and nothing else.
        let json_args = [&args[..1], &["--json"], &args[1..]].concat();
        let out = brevity(&json_args, input.as_bytes());
        assert!(stdout(&out).contains("\"summary\":[]"), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn plain_facts_print_the_numbers_of_json() {
    let text = b"Profits jumped 76% to $1.13bn, up from 1 year ago, at 0.35 per share.";
    let plain = stdout(&brevity(&["facts", "-"], text));
    let json = stdout(&brevity(&["facts", "--json", "-"], text));
    // Parsed, `76` and `76.0` differ (an integer and a float), as do f32 and f64 digits.
    let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).expect("JSON");
    assert_eq!(parse(&plain), parse(&json));
    assert!(plain.contains("\"value\": 76,") && !plain.contains(".0,"), "{plain}");
}

#[test]
fn double_dash_ends_the_options() {
    let dashed = scratch("-dashed.txt", "First one here. Second one here.");
    let dir = dashed.parent().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_brevity")).args(args).current_dir(dir).output().expect("brevity runs")
    };
    assert_eq!(stdout(&run(&["split", "--", "-dashed.txt"])), "First one here.\nSecond one here.\n");
    assert_eq!(message(&run(&["split", "-dashed.txt"]), 2), "brevity: unknown option `-dashed.txt`");
    let err = message(&run(&["split", "--", "-dashed.txt", "--json"]), 2);
    assert!(err.contains("`--json` is a second one"), "{err}");
}

#[test]
fn repeated_conflicting_and_idle_options_are_refused() {
    let cases: [(&[&str], &str); 6] = [
        (&["summarize", "--sentences", "2", "--sentences", "3", "-"], "brevity: --sentences given twice; give it once"),
        (&["summarize", "--language=en", "--language", "fr", "-"], "brevity: --language given twice; give it once"),
        (
            &["summarize", "--json", "--jsonl", "-"],
            "brevity: --json and --jsonl exclude each other: --jsonl already prints JSON, a line per input line",
        ),
        (
            &["split", "--facts", "quotes", "--sentences", "2", "-"],
            "brevity: split takes no --facts; its only option is --language",
        ),
        (&["split", "--focus", "bridge", "-"], "brevity: split takes no --focus; its only option is --language"),
        (
            &["facts", "--max-words", "9", "-"],
            "brevity: facts takes no --max-words; its options are --language and --facts",
        ),
    ];
    for (args, want) in cases {
        assert_eq!(message(&brevity(args, ARTICLE.as_bytes()), 2), want, "{args:?}");
    }
    // What does apply still works.
    stdout(&brevity(&["facts", "--language", "en", "--facts", "people", "-"], ARTICLE.as_bytes()));
    stdout(&brevity(&["split", "--language", "en", "--json", "-"], ARTICLE.as_bytes()));
}
