//! `brevity eval sbd|rouge|ner PATH`.

use crate::Failure;

/// `brevity eval KIND PATH`.
pub fn run(args: &[String]) -> Result<(), Failure> {
    match args.first().map(String::as_str) {
        Some("ner") => match args.get(1) {
            Some(path) => crate::eval_ner::run(path),
            None => crate::eval_ner::run(&crate::eval_sbd::eval_dir().join("ner_dev.jsonl").to_string_lossy()),
        },
        Some("sbd") => crate::eval_sbd::run(&args[1..]),
        Some("rouge") => rouge(&args[1..]),
        Some(other) => Err(Failure::usage(format!("unknown evaluation `{other}` (expected sbd, rouge or ner)"))),
        None => Err(Failure::usage("eval needs a kind: sbd, rouge or ner")),
    }
}

/// `brevity eval rouge PATH [--half all|train|test] [--sentences N]`: ROUGE needs Google's
/// `rouge-score` (Python) to match published figures, so this runs
/// `scripts/eval/rouge.py` of the source tree with this very binary.
fn rouge(args: &[String]) -> Result<(), Failure> {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/eval/rouge.py");
    if !script.exists() {
        return Err(Failure::usage(format!("eval rouge needs the source tree's {}", script.display())));
    }
    let me = std::env::current_exe().map_err(|e| Failure::input(format!("cannot find this program: {e}")))?;
    let status = std::process::Command::new("python3")
        .arg(&script)
        .args(args)
        .arg("--bin")
        .arg(me)
        .status()
        .map_err(|e| Failure::input(format!("cannot run python3 {}: {e}", script.display())))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::input(format!("{} failed ({status})", script.display())))
    }
}
