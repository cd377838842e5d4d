//! The standard benchmark inputs, shared by `benches/pipeline.rs` and `brevity bench
//! --standard` (and rebuilt by the same rules in `scripts/bench/wasm.mjs`).
//!
//! Real texts are read at run time from the evaluation folder (`BREVITY_EVAL_DIR`, else
//! `<repo>/../shared/eval`); they are never copied into the repository. A missing file
//! leaves its input out with a note on standard error instead of failing.

use std::path::PathBuf;

/// One benchmark document.
pub struct BenchInput {
    /// Short name for tables ("news-700w", "war_and_peace", …).
    pub name: String,
    /// Where it came from (an eval file and item id, or how it was generated).
    pub origin: String,
    /// The text.
    pub text: String,
}

/// The evaluation folder: `BREVITY_EVAL_DIR`, else `../shared/eval` beside the repository.
pub fn eval_dir() -> PathBuf {
    match std::env::var_os("BREVITY_EVAL_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"),
    }
}

/// Whitespace-separated words, the rule every benchmark tool uses to pick its texts.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The raw-format news articles of `news_dev.jsonl`, in file order, with their ids.
fn news_articles() -> Option<Vec<(String, String)>> {
    let path = eval_dir().join("news_dev.jsonl");
    let Ok(all) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} not found; news inputs skipped (set BREVITY_EVAL_DIR)", path.display());
        return None;
    };
    let mut out = Vec::new();
    for line in all.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(item) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        // Tokenized and lower-cased items are not what a reader pastes.
        if item["text_format"] != "raw" {
            continue;
        }
        if let (Some(id), Some(text)) = (item["id"].as_str(), item["text"].as_str()) {
            out.push((id.to_string(), text.to_string()));
        }
    }
    Some(out)
}

/// The news inputs: the first raw article of 650–750 words, and the first raw articles
/// joined by blank lines until they reach 10,000 words.
pub fn news() -> Vec<BenchInput> {
    let Some(articles) = news_articles() else { return Vec::new() };
    let mut out = Vec::new();
    if let Some((id, text)) = articles.iter().find(|(_, t)| (650..=750).contains(&words(t))) {
        out.push(BenchInput {
            name: "news-700w".into(),
            origin: format!("news_dev.jsonl {id}, {} words", words(text)),
            text: text.clone(),
        });
    }
    let mut joined = String::new();
    let mut count = 0;
    for (_, text) in &articles {
        if count >= 10_000 {
            break;
        }
        if !joined.is_empty() {
            joined.push_str("\n\n");
        }
        joined.push_str(text);
        count += words(text);
    }
    if count >= 10_000 {
        out.push(BenchInput {
            name: "news-10kw".into(),
            origin: format!("first raw articles of news_dev.jsonl, {count} words"),
            text: joined,
        });
    }
    out
}

/// The novels of `scale/`, smallest first.
pub fn novels() -> Vec<BenchInput> {
    let mut out = Vec::new();
    for name in ["crime_and_punishment", "anna_karenina", "war_and_peace"] {
        let path = eval_dir().join("scale").join(format!("{name}.txt"));
        match std::fs::read_to_string(&path) {
            Ok(text) => out.push(BenchInput { name: name.into(), origin: format!("scale/{name}.txt"), text }),
            Err(_) => eprintln!("note: {} not found; skipped (set BREVITY_EVAL_DIR)", path.display()),
        }
    }
    out
}

/// The first tenth of War and Peace (cut at a paragraph break), for the linear-time check.
pub fn war_and_peace_tenth() -> Option<BenchInput> {
    let text = std::fs::read_to_string(eval_dir().join("scale/war_and_peace.txt")).ok()?;
    let mut tenth = text.len() / 10;
    while !text.is_char_boundary(tenth) {
        tenth += 1;
    }
    let cut = text[tenth..].find("\n\n").map_or(text.len(), |p| tenth + p);
    Some(BenchInput {
        name: "war_and_peace-10%".into(),
        origin: "scale/war_and_peace.txt, first tenth".into(),
        text: text[..cut].to_string(),
    })
}

/// Inputs that break naive scanners: "....." × 100,000; 1 MB without a space; 1 MB of
/// digits.
pub fn pathological() -> Vec<BenchInput> {
    let nospace: String = "Thequickbrownfox,jumpsoverthelazydog.Again!".chars().cycle().take(1_000_000).collect();
    let digits: String = "0123456789".chars().cycle().take(1_000_000).collect();
    // Day names, numbers, caption credits, slashes, quote marks, letterless sentences: each
    // once took quadratic time in a fact finder.
    let runs: String = [
        "Monday ",
        "1,000 ",
        "]\u{a0}10.Photo: AP",
        "ab/cd",
        "”\".",
        "Likes — )“We ",
        ". ' ",
        "😀。ShareAdvertisement",
        "Mr. mil millones Image 1 of 3“",
    ]
    .iter()
    .map(|p| p.repeat(140_000 / p.len()) + "\n\n")
    .collect();
    vec![
        BenchInput { name: "dots".into(), origin: "\".....\" x 100,000".into(), text: ".....".repeat(100_000) },
        BenchInput { name: "nospace-1MB".into(), origin: "1 MB without whitespace".into(), text: nospace },
        BenchInput { name: "digits-1MB".into(), origin: "1 MB of digits".into(), text: digits },
        BenchInput { name: "runs-1MB".into(), origin: "runs of short patterns, 1 MB".into(), text: runs },
    ]
}

/// About 10 MB of prose for the peak-memory check: the novels over and over, cut at
/// 10,000,000 bytes (on a char boundary).
pub fn ten_megabytes() -> Option<BenchInput> {
    let novels = novels();
    if novels.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(10_000_000 + 4_000_000);
    'fill: loop {
        for n in &novels {
            text.push_str(&n.text);
            text.push_str("\n\n");
            if text.len() >= 10_000_000 {
                break 'fill;
            }
        }
    }
    let mut cut = 10_000_000;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    Some(BenchInput { name: "novels-10MB".into(), origin: "the novels repeated, 10,000,000 bytes".into(), text })
}

/// Every standard input: news, novels (and War and Peace's first tenth, to compare ms/MB),
/// pathological.
pub fn standard() -> Vec<BenchInput> {
    let mut all = news();
    all.extend(novels());
    all.extend(war_and_peace_tenth());
    all.extend(pathological());
    all
}
