//! `brevity eval sbd|rouge|ner [PATH]`; PATH defaults to the evaluation data's file.

use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Failure;

/// `brevity eval KIND [PATH]`.
pub fn run(args: &[String]) -> Result<(), Failure> {
    match args.first().map(String::as_str) {
        Some("ner") => {
            let path = one_path(&args[1..], &[], &[])?.0;
            let path = path.unwrap_or_else(|| crate::eval_sbd::eval_dir().join("ner_dev.jsonl"));
            crate::eval_ner::run(&path.to_string_lossy())
        }
        Some("sbd") => crate::eval_sbd::run(&args[1..]),
        Some("rouge") => rouge(&args[1..]),
        Some(other) => Err(Failure::usage(format!("unknown evaluation `{other}` (expected sbd, rouge or ner)"))),
        None => Err(Failure::usage("eval needs a kind: sbd, rouge or ner")),
    }
}

/// The one PATH among `args` (`None` when none is given) and the flags given: those of
/// `flags`, and those of `with_value` each followed by its value (`--lang en`, `--lang=en`).
/// After `--`, every argument is a PATH. A second PATH (`eval sbd a.jsonl extra`) and any
/// other flag are usage errors.
pub fn one_path(
    args: &[String],
    flags: &[&str],
    with_value: &[&str],
) -> Result<(Option<PathBuf>, Vec<String>), Failure> {
    let mut path: Option<PathBuf> = None;
    let mut given = Vec::new();
    let mut set_path = |p: &str| match &path {
        Some(first) => {
            Err(Failure::usage(format!("one PATH only; `{p}` is a second one (the first is `{}`)", first.display())))
        }
        None => {
            path = Some(PathBuf::from(p));
            Ok(())
        }
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        if arg == "--" {
            for p in it.by_ref() {
                set_path(p)?;
            }
        } else if with_value.contains(&flag) {
            let v = match inline {
                Some(v) => v,
                None => it.next().cloned().ok_or_else(|| Failure::usage(format!("{flag} needs a value")))?,
            };
            given.push(flag.to_string());
            given.push(v);
        } else if flags.contains(&arg.as_str()) {
            given.push(arg.clone());
        } else if arg.starts_with('-') && arg != "-" {
            return Err(Failure::usage(format!("unknown option `{arg}`")));
        } else {
            set_path(arg)?;
        }
    }
    Ok((path, given))
}

/// `brevity eval rouge [PATH] [--half all|train|test] [--sentences N] …`: ROUGE needs
/// Google's `rouge-score` (Python) to match published figures, so this runs
/// `scripts/eval/rouge.py` of the source tree with this very binary, after checking that
/// PATH holds `{"id", "text", "summary"}` lines (the script would stop with a traceback).
fn rouge(args: &[String]) -> Result<(), Failure> {
    const FLAGS: [&str; 2] = ["--markdown", "--baselines"];
    const WITH_VALUE: [&str; 5] = ["--half", "--sentences", "--limit", "--bin", "--sample"];
    let (path, given) = one_path(args, &FLAGS, &WITH_VALUE)?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/eval/rouge.py");
    if !script.exists() {
        return Err(Failure::usage(format!("eval rouge needs the source tree's {}", script.display())));
    }
    let path = rouge_file(path.unwrap_or_else(|| "cnndm_lower_dev.jsonl".into()))?;
    check_rouge_file(&path)?;
    let me = std::env::current_exe().map_err(|e| Failure::input(format!("cannot find this program: {e}")))?;
    let mut child = std::process::Command::new("python3")
        .arg(&script)
        .arg(&path)
        .args(&given)
        .arg("--bin")
        .arg(me)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Failure::input(format!("cannot run python3 {}: {e}", script.display())))?;
    // The script's report passes through here, so that a reader who stops early (`| head -1`)
    // ends it quietly, as every other command ends, rather than with Python's traceback.
    let copied = copy_lines(child.stdout.take().expect("piped"), &mut io::stdout());
    if let Err(e) = copied {
        let _ = child.kill();
        let _ = child.wait();
        return Err(Failure::output(e));
    }
    let status = child.wait().map_err(|e| Failure::input(format!("python3 {}: {e}", script.display())))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::input(format!("{} failed ({status})", script.display())))
    }
}

/// Copies `from` to `to` a line at a time (the script prints its progress as it goes).
fn copy_lines(from: impl Read, to: &mut impl Write) -> io::Result<()> {
    let mut reader = io::BufReader::new(from);
    let mut line = Vec::new();
    while reader.read_until(b'\n', &mut line)? > 0 {
        to.write_all(&line)?;
        to.flush()?;
        line.clear();
    }
    Ok(())
}

/// `name` as `scripts/eval/rouge.py` resolves it: a path, else a file of the evaluation
/// data (`news_dev` is `news_dev.jsonl`).
fn rouge_file(name: PathBuf) -> Result<PathBuf, Failure> {
    if name.exists() {
        return Ok(name);
    }
    let dir = crate::eval_sbd::eval_dir();
    let mut path = dir.join(&name);
    if !path.exists() && name.extension().map_or(true, |e| e != "jsonl") {
        path.as_mut_os_string().push(".jsonl");
    }
    if path.exists() {
        Ok(path)
    } else {
        Err(Failure::input(format!("no evaluation file `{}` (looked in {})", name.display(), dir.display())))
    }
}

/// Every non-blank line of `path` is a JSON object with an `id`, a string `text` and
/// `summary`, an array of strings (the reference summary's sentences).
fn check_rouge_file(path: &Path) -> Result<(), Failure> {
    let raw = std::fs::read(path).map_err(|e| Failure::input(format!("cannot read {}: {e}", path.display())))?;
    let raw = String::from_utf8_lossy(&raw);
    let at = |n: usize| format!("{}: line {}", path.display(), n + 1);
    let mut articles = 0;
    for (n, line) in raw.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let item: Value =
            serde_json::from_str(line).map_err(|e| Failure::input(format!("{}: not JSON: {e}", at(n))))?;
        if !item.is_object() {
            return Err(Failure::input(format!("{}: needs an object {{\"id\", \"text\", \"summary\"}}", at(n))));
        }
        if item.get("id").map_or(true, Value::is_null) {
            return Err(Failure::input(format!("{}: needs a field \"id\"", at(n))));
        }
        if !item.get("text").is_some_and(Value::is_string) {
            return Err(Failure::input(format!("{}: needs a string field \"text\"", at(n))));
        }
        let summary = item.get("summary").and_then(Value::as_array);
        if !summary.is_some_and(|s| s.iter().all(Value::is_string)) {
            return Err(Failure::input(format!(
                "{}: needs a field \"summary\", an array of strings (the reference summary's sentences)",
                at(n)
            )));
        }
        articles += 1;
    }
    if articles == 0 {
        return Err(Failure::input(format!("{}: no articles", path.display())));
    }
    Ok(())
}
