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
        Some("rouge") => Err(Failure::usage("`eval rouge` is not built yet")),
        Some(other) => Err(Failure::usage(format!("unknown evaluation `{other}` (expected sbd, rouge or ner)"))),
        None => Err(Failure::usage("eval needs a kind: sbd, rouge or ner")),
    }
}
