//! `brevity features [FILE|-]` (not in the usage text: a tool for `scripts/train/scorer.py`):
//! reads JSONL lines `{"id", "text"}` and writes, per line, `{"id", "names", "sentences":
//! [{"text", "kind", "x"}]}` with the scorer's feature row `x` of each sentence; with
//! `--buckets N`, also `"g"`: the hashed word 1-/2-gram buckets of each prose sentence; with
//! `--vectors`, also `"v"`: each prose sentence's TF-IDF vector as `[term id, weight]` pairs,
//! and `"w"`: its words as `src/select.rs` cuts them for trigrams (for
//! `scripts/train/scorer.py`'s summary reranker).

use std::io::{self, Write};

use brevity::{score::features::NAMES, score::ngrams, Options, SentenceKind, Summarizer};
use serde_json::{json, Value};
use unicode_segmentation::UnicodeSegmentation;

use crate::Failure;

/// `brevity features [--language CODE] [FILE|-]`.
pub fn run(args: &[String]) -> Result<(), Failure> {
    let mut file = None;
    let mut buckets = 0usize;
    let mut with_vectors = false;
    let mut options = serde_json::Map::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => {}
            "--vectors" => with_vectors = true,
            "--buckets" => {
                let v = it.next().ok_or_else(|| Failure::usage("--buckets needs a value"))?;
                buckets = v.parse().map_err(|_| Failure::usage(format!("--buckets takes a number, got `{v}`")))?;
            }
            "--language" => {
                let v = it.next().ok_or_else(|| Failure::usage("--language needs a value"))?;
                options.insert("language".into(), json!(v));
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(Failure::usage(format!("unknown option `{flag}`")));
            }
            path => file = Some(path.to_string()),
        }
    }
    let options = Options::from_json(&Value::Object(options).to_string()).map_err(|e| Failure::usage(e.to_string()))?;
    let summarizer = Summarizer::new(options).map_err(|e| Failure::usage(e.to_string()))?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    crate::each_jsonl_text(file.as_deref(), |item, text| {
        let (sentences, rows, vectors) = summarizer.sentence_features(text);
        let sentences: Vec<Value> = sentences
            .iter()
            .zip(&rows)
            .zip(&vectors)
            .map(|((s, x), terms)| {
                let mut v = json!({"text": s.text, "kind": s.kind, "x": x.to_vec()});
                if buckets > 0 && s.kind == SentenceKind::Prose {
                    let words: Vec<&str> = s.text.unicode_words().collect();
                    v["g"] = json!(ngrams::buckets(&words, buckets));
                }
                if with_vectors && s.kind == SentenceKind::Prose {
                    v["v"] = json!(terms);
                    v["w"] = json!(s.text.unicode_words().collect::<Vec<_>>());
                }
                v
            })
            .collect();
        let record =
            json!({"id": item.get("id").cloned().unwrap_or(Value::Null), "names": NAMES, "sentences": sentences});
        writeln!(out, "{record}").map_err(Failure::output)
    })?;
    out.flush().map_err(Failure::output)
}
