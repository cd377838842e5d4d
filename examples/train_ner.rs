//! Trains the entity tagger's model, `src/data/en/ner.model`.
//!
//! ```text
//! nice cargo run --release --example train_ner -- \
//!     [--train ../shared/eval/ner_train.jsonl] [--dev ../shared/eval/ner_dev.jsonl] \
//!     [--out src/data/en/ner.model] [--epochs 8] [--bits 18] [--min-q 17] \
//!     [--folds 2] [--retrain yes] [--steps Q,Q] [--min-count 1] [--levels 15] [--seed 0]
//! ```
//! Steps: features of every training document; first-pass labels for the second pass from
//! `--folds` models that did not see the document; one model trained on first- and
//! second-pass examples; entries with |quantized weight| < `--min-q` pruned; the model
//! retrained on the entries kept (`--retrain`), its weights rounded to `--levels` steps a
//! side (127: plain int8) and written as int8 with per-label scales. `NER_ERRORS=FILE` with `--dev` writes the dev misses and false alarms.
//! An averaged structured perceptron (Collins 2002) over the features of
//! `brevity::facts::ner::features`, the same code the product runs. Deterministic: the
//! sentence order of each epoch comes from a fixed-seed generator, so the same data gives
//! the same bytes. With `--dev` it prints the dev F1 of the written (pruned, quantized)
//! model on the given tokens, to compare feature sets; the figure to quote is
//! `brevity eval ner`, which runs the whole product on raw text.

use std::collections::BTreeMap;

use brevity::facts::ner::{features, model, spans};
use model::{viterbi, Model, L, LABELS};
use serde_json::Value;

/// Documents of (tokens, labels) sentences.
type Docs = Vec<Vec<(Vec<String>, Vec<usize>)>>;

/// Numbered sentences of one document, before sorting.
type Numbered = Vec<(u64, Vec<String>, Vec<usize>)>;

/// Mixed into the shuffling seed (`--seed N`, default 0): other seeds show how far the
/// training order alone moves dev F1 (a few tenths), to tell a setting's gain from it.
static SEED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

struct Sentence {
    feats: Vec<Vec<u32>>,
    gold: Vec<usize>,
}

/// Reads a CoNLL JSONL file into documents of (tokens, labels) sentences.
fn read(path: &str, tag_field: &str) -> Docs {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut docs: BTreeMap<String, Numbered> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("JSON line");
        let tokens: Vec<String> =
            v["tokens"].as_array().expect("tokens").iter().map(|t| t.as_str().unwrap_or("").to_string()).collect();
        let tags = v.get(tag_field).or_else(|| v.get("tags")).and_then(Value::as_array).expect("tags");
        let labels: Vec<usize> =
            tags.iter().map(|t| LABELS.iter().position(|l| Some(*l) == t.as_str()).unwrap_or(0)).collect();
        let doc = v["doc"].as_str().unwrap_or("").to_string();
        docs.entry(doc).or_default().push((v["sent"].as_u64().unwrap_or(0), tokens, labels));
    }
    docs.into_values()
        .map(|mut d| {
            d.sort_by_key(|s| s.0);
            d.into_iter().map(|(_, t, l)| (t, l)).collect()
        })
        .collect()
}

/// Features of every document; `priors[d]` are first-pass labels of document `d`.
fn featurize(docs: &Docs, bits: u32, priors: Option<&[Vec<Vec<usize>>]>) -> Vec<Vec<Sentence>> {
    docs.iter()
        .enumerate()
        .map(|(d, doc)| {
            let words: Vec<Vec<&str>> = doc.iter().map(|(t, _)| t.iter().map(String::as_str).collect()).collect();
            let feats = features::document(&words, bits, priors.map(|p| p[d].as_slice()));
            feats.into_iter().zip(doc).map(|(feats, (_, gold))| Sentence { feats, gold: gold.clone() }).collect()
        })
        .collect()
}

/// Micro P/R/F1 over PER/LOC/ORG spans.
fn score(gold: &[Vec<usize>], pred: &[Vec<usize>]) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for (g, p) in gold.iter().zip(pred) {
        let gs = spans(g);
        let ps = spans(p);
        ng += gs.len();
        np += ps.len();
        tp += ps.iter().filter(|s| gs.contains(s)).count();
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

/// Float weights of a model: per (bucket, label), start, transitions.
struct Weights {
    w: Vec<f32>,
    start: [f32; L],
    trans: [f32; L * L],
}

/// Trains an averaged structured perceptron. With `keep`, only the (bucket, label)
/// entries it marks may take weight (retraining after pruning).
fn train(sentences: &[&Sentence], bits: u32, epochs: usize, keep: Option<&[bool]>) -> Weights {
    let size = (1usize << bits) * L;
    let kept = |k: usize| keep.map_or(true, |m| m[k]);
    let mut w = vec![0f32; size];
    let mut u = vec![0f32; size]; // sum of c * update, for averaging
    let (mut start, mut ustart) = ([0f32; L], [0f32; L]);
    let (mut trans, mut utrans) = ([0f32; L * L], [0f32; L * L]);
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut seed = 0x2545_f491_4f6c_dd1du64 ^ SEED.load(std::sync::atomic::Ordering::Relaxed);
    for epoch in 0..epochs {
        // Fisher–Yates with xorshift64: a fixed order per epoch.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut errors = 0;
        for &k in &order {
            let s = sentences[k];
            let em: Vec<[f32; L]> = s
                .feats
                .iter()
                .map(|f| {
                    let mut e = [0f32; L];
                    for &b in f {
                        let row = &w[b as usize * L..b as usize * L + L];
                        for l in 0..L {
                            e[l] += row[l];
                        }
                    }
                    e
                })
                .collect();
            let pred = viterbi(&em, &start, &trans);
            if pred != s.gold {
                errors += 1;
                for (i, (&g, &p)) in s.gold.iter().zip(&pred).enumerate() {
                    if g != p {
                        for &b in &s.feats[i] {
                            let b = b as usize * L;
                            if kept(b + g) {
                                w[b + g] += 1.0;
                                u[b + g] += c;
                            }
                            if kept(b + p) {
                                w[b + p] -= 1.0;
                                u[b + p] -= c;
                            }
                        }
                    }
                    let (gp, pp) = if i == 0 { (None, None) } else { (Some(s.gold[i - 1]), Some(pred[i - 1])) };
                    if (gp, g) != (pp, p) {
                        match (gp, pp) {
                            (Some(gp), Some(pp)) => {
                                trans[gp * L + g] += 1.0;
                                utrans[gp * L + g] += c;
                                trans[pp * L + p] -= 1.0;
                                utrans[pp * L + p] -= c;
                            }
                            _ => {
                                start[g] += 1.0;
                                ustart[g] += c;
                                start[p] -= 1.0;
                                ustart[p] -= c;
                            }
                        }
                    }
                }
            }
            c += 1.0;
        }
        eprintln!("epoch {}: {} sentences wrong", epoch + 1, errors);
    }
    let avg = |w: &mut [f32], u: &[f32]| {
        for (x, y) in w.iter_mut().zip(u) {
            *x -= y / c;
        }
    };
    avg(&mut w, &u);
    avg(&mut start, &ustart);
    avg(&mut trans, &utrans);

    Weights { w, start, trans }
}

/// Rounds each weight to one of `levels` steps a side of its label's largest |weight|, which
/// keeps its value (so the written scale stays, and the steps land on int8 values): fewer
/// distinct weight bytes for gzip to code, a precision the tagger does not need. At
/// `--levels 15` the gzipped model is 16% smaller at the same pruning level, which pays
/// for pruning at |q| >= 17 instead of 18 (docs/facts.md, "Entities").
fn snap(w: &mut [f32], levels: u32) {
    let mut scales = [0f32; L];
    for (k, &x) in w.iter().enumerate() {
        scales[k % L] = scales[k % L].max(x.abs());
    }
    for (k, x) in w.iter_mut().enumerate() {
        let step = scales[k % L] / levels as f32;
        if step > 0.0 {
            *x = (*x / step).round() * step;
        }
    }
}

/// Tags a sentence with float weights.
fn tag_float(m: &Weights, feats: &[Vec<u32>]) -> Vec<usize> {
    let em: Vec<[f32; L]> = feats
        .iter()
        .map(|f| {
            let mut e = [0f32; L];
            for &b in f {
                for (l, x) in e.iter_mut().enumerate() {
                    *x += m.w[b as usize * L + l];
                }
            }
            e
        })
        .collect();
    viterbi(&em, &m.start, &m.trans)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str, default: &str| -> String {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned().unwrap_or_else(|| default.into())
    };
    // The evaluation data beside the repository (`<repo>/../shared/eval`, or one level up
    // from a worktree), unless BREVITY_EVAL_DIR says otherwise.
    let eval_dir = std::env::var("BREVITY_EVAL_DIR").unwrap_or_else(|_| {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let found = [repo.join("../shared/eval"), repo.join("../../shared/eval")].into_iter().find(|p| p.is_dir());
        found.unwrap_or_else(|| repo.join("../shared/eval")).to_string_lossy().into_owned()
    });
    let train_path = arg("--train", &format!("{eval_dir}/ner_train.jsonl"));
    let dev_path = arg("--dev", "");
    let out_path = arg("--out", "src/data/en/ner.model");
    let epochs: usize = arg("--epochs", "8").parse().expect("--epochs N");
    let bits: u32 = arg("--bits", "18").parse().expect("--bits N");
    let min_q: i32 = arg("--min-q", "17").parse().expect("--min-q N");
    let levels: u32 = arg("--levels", "15").parse().expect("--levels M");
    SEED.store(arg("--seed", "0").parse().expect("--seed N"), std::sync::atomic::Ordering::Relaxed);

    let raw = read(&train_path, "tags");
    // The product cuts raw text with its own tokenizer; it should give CoNLL's tokens back
    // from their space-joined text (training and inference see the same units).
    let (mut same, mut total) = (0usize, 0usize);
    for (tokens, _) in raw.iter().flatten() {
        let text = tokens.join(" ");
        let cut: Vec<&str> = brevity::facts::ner::tokenize::tokens(&text).iter().map(|s| &text[s.range()]).collect();
        total += 1;
        same += usize::from(cut.len() == tokens.len() && cut.iter().zip(tokens).all(|(a, b)| a == b));
    }
    eprintln!("tokenizer: {same} of {total} training sentences come back token for token");
    let plain = featurize(&raw, bits, None);
    // Second-pass examples: first-pass labels from a model that did not see the document
    // (`--folds` folds of documents, by index modulo the fold count), as the product's
    // first pass has not seen the text.
    let folds: usize = arg("--folds", "2").parse().expect("--folds N");
    let mut priors: Vec<Vec<Vec<usize>>> = vec![Vec::new(); raw.len()];
    for fold in 0..folds {
        let train_half: Vec<&Sentence> = plain
            .iter()
            .enumerate()
            .filter(|(d, _)| d % folds != fold)
            .flat_map(|(_, s)| s)
            .filter(|s| !s.gold.is_empty())
            .collect();
        let m = train(&train_half, bits, epochs, None);
        for (d, doc) in plain.iter().enumerate().filter(|(d, _)| d % folds == fold) {
            priors[d] = doc.iter().map(|s| tag_float(&m, &s.feats)).collect();
        }
    }
    let second = featurize(&raw, bits, Some(&priors));
    let sentences: Vec<&Sentence> = plain.iter().chain(&second).flatten().filter(|s| !s.gold.is_empty()).collect();
    eprintln!(
        "{} training sentences, {} tokens",
        sentences.len(),
        sentences.iter().map(|s| s.gold.len()).sum::<usize>()
    );

    let Weights { mut w, start, trans } = train(&sentences, bits, epochs, None);
    // Buckets seen in fewer than `--min-count` training tokens are dropped: their weights
    // rest on too little evidence to pay for their bytes.
    let min_count: u32 = arg("--min-count", "1").parse().expect("--min-count N");
    let mut seen = vec![0u32; 1 << bits];
    for s in &sentences {
        for f in s.feats.iter().flatten() {
            seen[*f as usize] += 1;
        }
    }
    for (b, &n) in seen.iter().enumerate() {
        if n < min_count {
            w[b * L..b * L + L].fill(0.0);
        }
    }
    // Prune, then retrain on the entries kept so that they take up the weight of the
    // pruned ones (dev F1 at the same size: see docs/facts.md).
    let bytes = if arg("--retrain", "yes") == "yes" {
        // Optionally prune in steps (`--steps 8,14`): each retrained model is pruned again.
        let steps: Vec<i32> =
            arg("--steps", &min_q.to_string()).split(',').map(|q| q.parse().expect("--steps Q,Q")).collect();
        let (mut w, mut start, mut trans) = (w, start, trans);
        let mut keep: Option<Vec<bool>> = None;
        for q in steps {
            let pruned = model::write(bits, &w, &start, &trans, q);
            let m = Model::parse(&pruned).expect("the written model parses");
            let mask = m.entries_mask();
            let mask = match &keep {
                Some(k) => mask.iter().zip(k).map(|(a, b)| *a && *b).collect(),
                None => mask,
            };
            Weights { w, start, trans } = train(&sentences, bits, epochs, Some(&mask));
            keep = Some(mask);
        }
        snap(&mut w, levels);
        model::write(bits, &w, &start, &trans, 1)
    } else {
        snap(&mut w, levels);
        model::write(bits, &w, &start, &trans, min_q)
    };
    std::fs::write(&out_path, &bytes).unwrap_or_else(|e| panic!("cannot write {out_path}: {e}"));
    eprintln!("wrote {out_path}: {} bytes", bytes.len());

    if !dev_path.is_empty() {
        let m = Model::parse(&bytes).expect("the written model parses");
        let dev_raw = read(&dev_path, "tags_conllpp");
        let dev_plain = featurize(&dev_raw, bits, None);
        let first: Vec<Vec<Vec<usize>>> =
            dev_plain.iter().map(|doc| doc.iter().map(|s| m.tag(&s.feats)).collect()).collect();
        let dev = featurize(&dev_raw, bits, Some(&first));
        let gold: Vec<Vec<usize>> = dev.iter().flatten().map(|s| s.gold.clone()).collect();
        let pred: Vec<Vec<usize>> = dev.iter().flatten().map(|s| m.tag(&s.feats)).collect();
        if let Ok(path) = std::env::var("NER_ERRORS") {
            // Misses and false alarms, one a line, for reading.
            let words: Vec<Vec<String>> = read(&dev_path, "tags_conllpp").into_iter().flatten().map(|s| s.0).collect();
            let mut lines = String::new();
            for ((g, p), w) in gold.iter().zip(&pred).zip(&words) {
                let (gs, ps) = (spans(g), spans(p));
                for s in gs.iter().filter(|s| !ps.contains(s)) {
                    lines += &format!("MISS {:?} {}\t| {}\n", s.2, w[s.0..s.1].join(" "), w.join(" "));
                }
                for s in ps.iter().filter(|s| !gs.contains(s)) {
                    lines += &format!("FALSE {:?} {}\t| {}\n", s.2, w[s.0..s.1].join(" "), w.join(" "));
                }
            }
            std::fs::write(path, lines).expect("write errors");
        }
        let (p, r, f) = score(&gold, &pred);
        println!("dev (tokens as given): P {:.2} R {:.2} F1 {:.2}", p * 100.0, r * 100.0, f * 100.0);
    }
}
