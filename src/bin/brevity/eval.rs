//! `brevity eval sbd|rouge|ner PATH`.

use crate::Failure;

/// `brevity eval KIND PATH`.
pub fn run(args: &[String]) -> Result<(), Failure> {
    match args.first().map(String::as_str) {
        Some("ner") => match args.get(1) {
            Some(path) => crate::eval_ner::run(path),
            None => {
                Err(Failure::usage("eval ner needs a PATH (a CoNLL JSONL file such as ../shared/eval/ner_dev.jsonl)"))
            }
        },
        Some("sbd") => crate::eval_sbd::run(&args[1..]),
        Some("rouge") => Err(Failure::usage("`eval rouge` is not built yet")),
        Some(other) => Err(Failure::usage(format!("unknown evaluation `{other}` (expected sbd, rouge or ner)"))),
        None => Err(Failure::usage("eval needs a kind: sbd, rouge or ner")),
    }
}
