//! `brevity`: the command line. Same JSON shape and UTF-16 offsets as the JS API.
//!
//! ```text
//! brevity summarize|split|facts [--json | --jsonl] [--sentences N | --ratio R | --max-words W]
//!                               [--language L] [--focus TEXT] [--facts KINDS] [--] [FILE|-]
//! brevity eval sbd|rouge|ner [PATH]
//! brevity bench [PATH...]
//! ```
//! Exit codes: 0 ok, 1 bad input, 2 bad usage. A reader that closes the pipe early
//! (`| head -1`) ends any command quietly, with exit 0.

/// `println!` that a closed pipe (`brevity eval sbd | head -1`) does not turn into a panic:
/// it returns [`Failure::output`] from the enclosing function, a quiet stop.
macro_rules! say {
    ($($arg:tt)*) => {
        std::io::Write::write_fmt(&mut std::io::stdout(), format_args!("{}\n", format_args!($($arg)*)))
            .map_err($crate::Failure::output)?
    };
}

mod bench;
mod eval;
mod eval_ner;
mod eval_sbd;
mod features;
mod json;

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use brevity::{
    markup, sentences_texts_from, sentences_to_utf16, Facts, Length, Options, SentenceKind, Summarizer, Summary,
};
use serde_json::{json, Map, Value};

const USAGE: &str = "usage:
  brevity summarize|split|facts [--json | --jsonl] [--sentences N | --ratio R | --max-words W]
                                [--language CODE] [--focus TEXT] [--facts all|none|KIND,KIND] [--] [FILE|-]
  brevity eval sbd|rouge|ner [PATH]   (PATH defaults to the evaluation data's file)
  brevity bench [--runs N] [--json] [--only NAME] [--standard] [--memory] [PATH...]
  brevity --help | --version";

/// A failure with its exit code: 1 bad input, 2 bad usage.
pub struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    /// Bad usage (exit 2).
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure { code: 2, message: message.into() }
    }
    /// Bad input (exit 1).
    pub fn input(message: impl Into<String>) -> Failure {
        Failure { code: 1, message: message.into() }
    }
    /// Output that could not be written (exit 1), or a quiet stop (exit 0) when the reader
    /// closed the pipe (`brevity split a.txt | head -1`): that is no failure.
    pub fn output(e: io::Error) -> Failure {
        let code = if e.kind() == io::ErrorKind::BrokenPipe { 0 } else { 1 };
        Failure { code, message: format!("cannot write output: {e}") }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { code: 0, .. }) => ExitCode::SUCCESS,
        Err(f) => {
            // `let _`: a closed standard error (`2>&1 | head -1`) is no reason to panic.
            let mut err = io::stderr().lock();
            let _ = writeln!(err, "brevity: {}", f.message);
            if f.code == 2 {
                let _ = writeln!(err, "{USAGE}");
            }
            ExitCode::from(f.code)
        }
    }
}

/// The usage on standard output (`--help`); a closed pipe (`| head -2`) is no failure.
fn usage() {
    let _ = writeln!(io::stdout(), "{USAGE}");
}

fn run(args: &[String]) -> Result<(), Failure> {
    let Some(command) = args.first() else {
        return Err(Failure::usage("no command given"));
    };
    let rest = &args[1..];
    match command.as_str() {
        "summarize" | "split" | "facts" => text_command(command, rest),
        // `brevity eval --help`, `brevity bench -h`: the usage, which covers every command.
        _ if rest.iter().any(|a| a == "--help" || a == "-h") => {
            usage();
            Ok(())
        }
        "eval" => eval::run(rest),
        "features" => features::run(rest),
        "bench" => bench::run(rest),
        "--help" | "-h" | "help" => {
            usage();
            Ok(())
        }
        "--version" | "-V" => {
            let _ = writeln!(io::stdout(), "brevity {}", brevity::VERSION);
            Ok(())
        }
        other => Err(Failure::usage(format!("unknown command `{other}`"))),
    }
}

#[derive(Default)]
struct TextArgs {
    help: bool,
    json: bool,
    jsonl: bool,
    options: Map<String, Value>,
    /// The option flags given, in order (`--sentences`, `--facts`…), each once.
    flags: Vec<&'static str>,
    file: Option<String>,
}

fn number(flag: &str, value: &str) -> Result<Value, Failure> {
    value
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| json!(v))
        .ok_or_else(|| Failure::usage(format!("{flag} takes a number, got `{value}`")))
}

/// The flags that take a value, with their key in the JS API's options.
const VALUE_FLAGS: [(&str, &str); 6] = [
    ("--sentences", "sentences"),
    ("--ratio", "ratio"),
    ("--max-words", "maxWords"),
    ("--language", "language"),
    ("--focus", "focus"),
    ("--facts", "facts"),
];

fn parse_text_args(given: &[String]) -> Result<TextArgs, Failure> {
    let mut out = TextArgs::default();
    // "--sentences=2" is "--sentences 2"; after "--", every argument is a file name.
    let end = given.iter().position(|a| a == "--").unwrap_or(given.len());
    let args: Vec<String> = given[..end]
        .iter()
        .flat_map(|a| match a.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => vec![flag.to_string(), value.to_string()],
            _ => vec![a.clone()],
        })
        .collect();
    fn file(out: &mut TextArgs, file: &str) -> Result<(), Failure> {
        if out.file.is_some() {
            return Err(Failure::usage(format!("one input only; `{file}` is a second one")));
        }
        out.file = Some(file.to_string());
        Ok(())
    }
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if let Some(&(flag, key)) = VALUE_FLAGS.iter().find(|(flag, _)| flag == arg) {
            // "--sentences 2 --sentences 3" is a mistake in a script, not a wish for 3.
            if out.flags.contains(&flag) {
                return Err(Failure::usage(format!("{flag} given twice; give it once")));
            }
            out.flags.push(flag);
            let v = it.next().ok_or_else(|| Failure::usage(format!("{flag} needs a value")))?;
            let value = match flag {
                "--sentences" | "--ratio" | "--max-words" => number(flag, v)?,
                "--facts" => match v.as_str() {
                    "all" => json!(true),
                    "none" => json!(false),
                    list => json!(list.split(',').map(str::trim).collect::<Vec<_>>()),
                },
                _ => json!(v),
            };
            out.options.insert(key.into(), value);
            continue;
        }
        match arg.as_str() {
            "--json" => out.json = true,
            "--jsonl" => out.jsonl = true,
            "-" => file(&mut out, "-")?,
            "--help" | "-h" => out.help = true,
            flag if flag.starts_with('-') => return Err(Failure::usage(format!("unknown option `{flag}`"))),
            name => file(&mut out, name)?,
        }
    }
    for name in given.get(end + 1..).unwrap_or_default() {
        file(&mut out, name)?;
    }
    if out.json && out.jsonl {
        return Err(Failure::usage(
            "--json and --jsonl exclude each other: --jsonl already prints JSON, a line per input line",
        ));
    }
    Ok(out)
}

/// Refuses the options `command` would ignore: `split` gives sentences only (`--language`
/// applies); `facts` gives facts only (`--language` and `--facts` apply).
fn check_applies(command: &str, flags: &[&str]) -> Result<(), Failure> {
    let applies: &[&str] = match command {
        "split" => &["--language"],
        "facts" => &["--language", "--facts"],
        _ => return Ok(()),
    };
    match flags.iter().find(|f| !applies.contains(f)) {
        Some(flag) => {
            let only = match applies {
                [one] => format!("its only option is {one}"),
                _ => format!("its options are {}", applies.join(" and ")),
            };
            Err(Failure::usage(format!("{command} takes no {flag}; {only}")))
        }
        None => Ok(()),
    }
}

/// Reads a whole file (or standard input for `-` / none) as UTF-8.
pub fn read_input(file: Option<&str>) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ()),
    }
    .map_err(|e| Failure::input(format!("cannot read {}: {e}", file.unwrap_or("standard input"))))?;
    // A byte-order mark stays: the JS API gets it as U+FEFF in its string (Node's
    // `readFileSync(path, "utf8")` keeps it), and `--json` gives the same offsets as JS.
    String::from_utf8(bytes).map_err(|e| {
        Failure::input(format!(
            "{} is not UTF-8 text (invalid byte at offset {}); convert it first, e.g. with iconv",
            file.unwrap_or("standard input"),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// The result of `command` on `text` as JSON, in the JS API's shape (UTF-16 offsets),
/// printed byte for byte as `JSON.stringify` prints the JS API's result.
/// HTML is read as its text (`brevity::markup`), each item's text still taken from `text`.
pub fn result_json(summarizer: &Summarizer, command: &str, text: &str) -> String {
    let Some((view, refs)) = markup::text_of(text) else {
        return match command {
            "summarize" => json::to_string(&summarizer.summarize(text).to_utf16(text)),
            "split" => json::to_string(&sentences_to_utf16(&summarizer.split(text), text)),
            _ => json::to_string(&summarizer.facts(text).to_utf16(text)),
        };
    };
    let view = view.as_str();
    match command {
        "summarize" => {
            let mut names = Vec::new();
            let mut s = summarizer.summarize(view).texts_from(view, text, &refs);
            s.facts = with_html_names(s.facts, view, text, &mut names);
            json::to_string(&s.to_utf16(text))
        }
        "split" => {
            json::to_string(&sentences_to_utf16(&sentences_texts_from(summarizer.split(view), view, text, &refs), text))
        }
        _ => {
            let mut names = Vec::new();
            let facts = with_html_names(summarizer.facts(view).texts_from(view, text, &refs), view, text, &mut names);
            json::to_string(&facts.to_utf16(text))
        }
    }
}

/// `facts` of HTML read as its text (taken back from `original` by `texts_from`) with each
/// entity's and each quotation speaker's name as the JS API gives it: its words in `view`
/// one space apart, where that differs from its slice of `view` (`Joe</b> Biden` is "Joe
/// Biden"). `names` holds the names made.
fn with_html_names<'t>(
    mut facts: Facts<'t>,
    view: &str,
    original: &str,
    names: &'t mut Vec<Option<String>>,
) -> Facts<'t> {
    let entities = facts.people.iter().chain(&facts.places).chain(&facts.organizations).map(|e| Some(e.text));
    let speakers = facts.quotes.iter().map(|q| q.speaker);
    *names = entities
        .chain(speakers)
        .map(|name| {
            let name = name?;
            let at = (name.as_ptr() as usize).wrapping_sub(original.as_ptr() as usize);
            let seen = view.get(at..at.checked_add(name.len())?)?;
            let shown = markup::one_spaced(seen);
            (shown != seen).then_some(shown)
        })
        .collect();
    let names: &'t [Option<String>] = names;
    let entities = facts.people.iter_mut().chain(&mut facts.places).chain(&mut facts.organizations);
    let mut names = names.iter();
    for e in entities {
        if let Some(Some(name)) = names.next() {
            e.text = name;
        }
    }
    for q in &mut facts.quotes {
        if let (Some(Some(name)), Some(speaker)) = (names.next(), &mut q.speaker) {
            *speaker = name;
        }
    }
    facts
}

fn text_command(command: &str, args: &[String]) -> Result<(), Failure> {
    let args = parse_text_args(args)?;
    if args.help {
        usage();
        return Ok(());
    }
    check_applies(command, &args.flags)?;
    let options =
        Options::from_json(&Value::Object(args.options).to_string()).map_err(|e| Failure::usage(cli_message(&e)))?;
    let summarizer = Summarizer::new(options).map_err(|e| Failure::usage(cli_message(&e)))?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.jsonl {
        return jsonl(&summarizer, command, args.file.as_deref(), &mut out);
    }
    let text = read_input(args.file.as_deref())?;
    let written = if args.json {
        writeln!(out, "{}", result_json(&summarizer, command, &text))
    } else {
        plain(&summarizer, command, &text, &mut out)
    };
    written.and_then(|()| out.flush()).map_err(Failure::output)
}

/// An options error in the command line's own words: its flags (`--max-words`), not the JS
/// API's keys (`maxWords`), and without the "invalid options:" wrapper of JSON errors.
fn cli_message(e: &brevity::Error) -> String {
    let message = e.to_string();
    let message = message.strip_prefix("invalid options: ").unwrap_or(&message);
    // One option is named per message, after "invalid option `".
    let message = message.replacen("option `", "option `--", 1).replace("maxWords", "max-words");
    // `--facts` takes `all` and `none` where the JS API takes `true` and `false`.
    message.replace("(expected true, false, or a list of", "(expected all, none, or a list of")
}

/// Calls `f` with every line of a JSONL input (a file, or standard input for `-` / none) that
/// holds `{"id", "text"}`: the parsed line and its text. Blank lines are skipped; a line that
/// is not JSON or has no string `text` is bad input, named by its number.
pub fn each_jsonl_text(
    file: Option<&str>,
    mut f: impl FnMut(&Value, &str) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let reader: Box<dyn BufRead> = match file {
        None | Some("-") => Box::new(io::BufReader::new(io::stdin())),
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path).map_err(|e| Failure::input(format!("cannot read {path}: {e}")))?,
        )),
    };
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Failure::input(format!("line {}: {e}", n + 1)))?;
        let line = if n == 0 { line.trim_start_matches('\u{feff}') } else { &line };
        if line.trim().is_empty() {
            continue;
        }
        let item: Value = serde_json::from_str(&mend_lone_surrogates(line))
            .map_err(|e| Failure::input(format!("line {}: not JSON: {e}", n + 1)))?;
        let text = item
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| Failure::input(format!("line {}: needs a string field \"text\"", n + 1)))?;
        f(&item, text)?;
    }
    Ok(())
}

fn jsonl(summarizer: &Summarizer, command: &str, file: Option<&str>, out: &mut impl Write) -> Result<(), Failure> {
    each_jsonl_text(file, |item, text| {
        // `{"id": …, <the result's fields>}`, the result's key order kept.
        let id = json::to_string(item.get("id").unwrap_or(&Value::Null));
        let result = result_json(summarizer, command, text);
        let written = match result.strip_prefix('{') {
            Some("}") => writeln!(out, "{{\"id\":{id}}}"),
            Some(fields) => writeln!(out, "{{\"id\":{id},{fields}"),
            None => writeln!(out, "{{\"id\":{id},\"sentences\":{result}}}"),
        };
        written.map_err(Failure::output)
    })?;
    out.flush().map_err(Failure::output)
}

/// `line` with every `\uXXXX` escape of a lone surrogate turned into `\ufffd`: JSON text that
/// `JSON.stringify` writes for a JS string holding one, which serde_json refuses. The JS API
/// reads such a string with U+FFFD in its place, and so does this.
fn mend_lone_surrogates(line: &str) -> std::borrow::Cow<'_, str> {
    fn unit(b: &[u8], i: usize) -> Option<u16> {
        let hex = b.get(i + 2..i + 6)?;
        (b[i] == b'\\' && b[i + 1] == b'u').then(|| u16::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok())?
    }
    let b = line.as_bytes();
    if !b.windows(2).any(|w| w == b"\\u") {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            match unit(b, i) {
                Some(0xD800..=0xDBFF) if unit(b, i + 6).is_some_and(|lo| (0xDC00..=0xDFFF).contains(&lo)) => {
                    out.push_str(&line[i..i + 12]);
                    i += 12;
                }
                Some(0xD800..=0xDFFF) => {
                    out.push_str("\\ufffd");
                    i += 6;
                }
                // Any other escape: the backslash and the char after it ("\\\\" stays one escaped
                // backslash); the rest, hex digits or not, is copied as it comes.
                _ => {
                    let n = 1 + line[i + 1..].chars().next().map_or(0, char::len_utf8);
                    out.push_str(&line[i..i + n]);
                    i += n;
                }
            }
        } else {
            let c = line[i..].chars().next().expect("a char starts here");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out.into()
}

/// A sentence of blanked HTML (`sentence`, a slice of `view`) as a reader sees the page: its
/// words, one space where the page has white space (`&nbsp;` too) or a line or paragraph
/// break, and none
/// where only markup was (`<b>Bold</b>ly`, `overdue&rdquo;.`).
fn shown(sentence: &str, view: &str, original: &str) -> String {
    let start = sentence.as_ptr() as usize - view.as_ptr() as usize;
    let mut out = String::with_capacity(sentence.len());
    let mut gap: Option<usize> = None; // where a run of white space started
    for (i, c) in sentence.char_indices() {
        if c.is_whitespace() {
            gap.get_or_insert(i);
            continue;
        }
        if let Some(g) = gap.take() {
            let (a, b) = (start + g, start + i);
            let page = original.get(a..b).unwrap_or("");
            let spaced = view[a..b].contains('\n')
                || page.contains(char::is_whitespace)
                || ["&nbsp;", "&#160;", "&#xa0;", "&#xA0;"].iter().any(|space| page.contains(space));
            if spaced && !out.is_empty() {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

/// A sentence on one line: its line breaks (a hard-wrapped text's) as single spaces.
fn one_line(sentence: &str) -> std::borrow::Cow<'_, str> {
    if sentence.contains(['\n', '\r']) {
        sentence.split_whitespace().collect::<Vec<_>>().join(" ").into()
    } else {
        sentence.into()
    }
}

/// Why `summary` of `text` has no sentence, in a few words.
fn no_summary_note(summarizer: &Summarizer, summary: &Summary, text: &str) -> String {
    if text.trim().is_empty() {
        return "empty text".into();
    }
    if !summary.sentences.iter().any(|s| s.kind == SentenceKind::Prose) {
        return "no prose sentence to summarize".into();
    }
    match summarizer.options().length {
        Length::MaxWords(n) => format!("no sentence fits in {n} word{}", if n == 1 { "" } else { "s" }),
        _ => "no sentence to summarize".into(),
    }
}

/// One item a line; an HTML page's sentences as their words, without the tags.
fn plain(summarizer: &Summarizer, command: &str, text: &str, out: &mut impl Write) -> io::Result<()> {
    let blanked = markup::text_of(text);
    let (text, original) = (blanked.as_ref().map_or(text, |(view, _)| view.as_str()), text);
    let one_line = |s: &str| -> String {
        match blanked {
            Some(_) => shown(s, text, original),
            None => one_line(s).into_owned(),
        }
    };
    match command {
        "summarize" => {
            let s = summarizer.summarize(text);
            for sentence in s.summary_sentences() {
                writeln!(out, "{}", one_line(sentence.text))?;
            }
            if s.summary.is_empty() {
                // Nothing on standard output would leave a script's user guessing; the JSON
                // outputs say it with an empty `summary` already.
                let _ = writeln!(io::stderr(), "brevity: {}", no_summary_note(summarizer, &s, text));
            }
        }
        "split" => {
            for sentence in summarizer.split(text) {
                writeln!(out, "{}", one_line(sentence.text))?;
            }
        }
        _ => {
            let facts = summarizer.facts(text);
            // Straight from the struct, so the keys keep the JS API's order (a `Value` map sorts them).
            let mut names = Vec::new();
            let facts = match &blanked {
                Some((_, refs)) => with_html_names(facts.texts_from(text, original, refs), text, original, &mut names)
                    .to_utf16(original),
                None => facts.to_utf16(text),
            };
            // With `--json`'s numbers (`76`, not `76.0`): the values are the JS API's.
            writeln!(out, "{}", json::to_string_pretty(&facts))?;
        }
    }
    Ok(())
}
