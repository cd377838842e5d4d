//! `brevity eval ner PATH`: micro P/R/F1 over exact PER/LOC/ORG spans (MISC ignored) on a
//! CoNLL JSONL file (`tokens`, `tags_conllpp` or `tags`, `doc`, `sent`).
//!
//! Each document is rebuilt as plain text (tokens joined by spaces, sentences by newlines)
//! and goes through the product's own fact extraction, so the figure covers tokenization,
//! sentence splitting, tagging and entity merging. Mentions map back to the tokens they
//! overlap.

use std::collections::BTreeMap;
use std::time::Instant;

use brevity::{Options, Summarizer};
use serde_json::Value;

use crate::Failure;

const TYPES: [&str; 3] = ["PER", "LOC", "ORG"];

/// A document: sentences of (tokens, tags).
type Doc = Vec<(Vec<String>, Vec<String>)>;

/// Sentences of one document by number, before sorting.
type Numbered = Vec<(u64, Vec<String>, Vec<String>)>;

fn read(path: &str) -> Result<Vec<Doc>, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::input(format!("cannot read {path}: {e}")))?;
    let mut docs: BTreeMap<String, Numbered> = BTreeMap::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: Value =
            serde_json::from_str(line).map_err(|e| Failure::input(format!("{path}:{}: not JSON: {e}", n + 1)))?;
        let strings = |key: &str| -> Option<Vec<String>> {
            v.get(key)?.as_array()?.iter().map(|t| t.as_str().map(str::to_string)).collect()
        };
        let tokens = strings("tokens").ok_or_else(|| Failure::input(format!("{path}:{}: no `tokens`", n + 1)))?;
        let tags = strings("tags_conllpp").or_else(|| strings("tags")).filter(|t| t.len() == tokens.len()).ok_or_else(
            || Failure::input(format!("{path}:{}: no `tags_conllpp`/`tags` of the tokens' length", n + 1)),
        )?;
        let doc = v.get("doc").and_then(Value::as_str).unwrap_or("").to_string();
        let sent = v.get("sent").and_then(Value::as_u64).unwrap_or(n as u64);
        docs.entry(doc).or_default().push((sent, tokens, tags));
    }
    Ok(docs
        .into_values()
        .map(|mut d| {
            d.sort_by_key(|s| s.0);
            d.into_iter().map(|(_, t, g)| (t, g)).collect()
        })
        .collect())
}

/// Gold spans `(first token, end token, type)` over the document's token list.
fn gold_spans(tags: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let ty = tags[i].strip_prefix("B-").or_else(|| tags[i].strip_prefix("I-"));
        let Some(t) = ty.and_then(|t| TYPES.iter().position(|x| *x == t)) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < tags.len() && tags[j] == format!("I-{}", TYPES[t]) {
            j += 1;
        }
        out.push((i, j, t));
        i = j;
    }
    out
}

/// `brevity eval ner PATH`.
pub fn run(path: &str) -> Result<(), Failure> {
    let docs = read(path)?;
    if docs.is_empty() {
        return Err(Failure::input(format!("{path}: no sentences (lines {{\"tokens\", \"tags\"}})")));
    }
    let options = Options::from_json(r#"{"facts": ["people", "places", "organizations"], "language": "en"}"#)
        .map_err(|e| Failure::usage(e.to_string()))?;
    let summarizer = Summarizer::new(options).map_err(|e| Failure::usage(e.to_string()))?;
    let (mut tp, mut np, mut ng) = ([0usize; 3], [0usize; 3], [0usize; 3]);
    let mut tokens_seen = 0;
    let started = Instant::now();
    for doc in &docs {
        // Plain text: tokens joined by spaces, sentences by newlines; token byte ranges kept.
        let mut text = String::new();
        let mut ranges = Vec::new();
        let mut tags: Vec<&str> = Vec::new();
        for (s, (tokens, t)) in doc.iter().enumerate() {
            if s > 0 {
                text.push('\n');
            }
            for (k, tok) in tokens.iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                }
                ranges.push((text.len(), text.len() + tok.len()));
                text.push_str(tok);
            }
            tags.extend(t.iter().map(String::as_str));
            // Keep spans from running into the next sentence.
            tags.push("O");
            ranges.push((text.len(), text.len()));
        }
        tokens_seen += tags.len() - doc.len();
        let gold = gold_spans(&tags);
        let facts = summarizer.facts(&text);
        let mut pred = Vec::new();
        for (t, list) in [&facts.people, &facts.places, &facts.organizations].into_iter().enumerate() {
            for m in list.iter().flat_map(|e| &e.mentions) {
                let first = ranges.iter().position(|&(a, b)| b > m.span.start && a < m.span.end);
                let last = ranges.iter().rposition(|&(a, b)| b > m.span.start && a < m.span.end);
                if let (Some(a), Some(b)) = (first, last) {
                    pred.push((a, b + 1, t));
                }
            }
        }
        pred.sort_unstable();
        pred.dedup();
        for &(_, _, t) in &gold {
            ng[t] += 1;
        }
        for p in &pred {
            np[p.2] += 1;
            if gold.contains(p) {
                tp[p.2] += 1;
            }
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let prf = |tp: usize, np: usize, ng: usize| {
        let p = tp as f64 / np.max(1) as f64;
        let r = tp as f64 / ng.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    };
    say!("{path}: {} documents, {tokens_seen} tokens, {elapsed:.2} s", docs.len());
    say!("| type | P | R | F1 | gold | predicted |");
    say!("|---|---|---|---|---|---|");
    for t in 0..3 {
        let (p, r, f) = prf(tp[t], np[t], ng[t]);
        say!("| {} | {:.4} | {:.4} | {:.4} | {} | {} |", TYPES[t], p, r, f, ng[t], np[t]);
    }
    let (p, r, f) = prf(tp.iter().sum(), np.iter().sum(), ng.iter().sum());
    say!("| micro | {:.4} | {:.4} | {:.4} | {} | {} |", p, r, f, ng.iter().sum::<usize>(), np.iter().sum::<usize>());
    Ok(())
}
