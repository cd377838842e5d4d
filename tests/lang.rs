//! Language detection on the evaluation texts (read at run time from `BREVITY_EVAL_DIR`,
//! else `../shared/eval`; skipped with a note when absent).
//!
//! The sentence-boundary suite labels every case with its language; its texts are short
//! (one to three sentences), which is where detection is hardest. The trigram detector
//! this one replaced named 295 of its 474 cases (62 %); many "da" cases are English text.

use std::path::PathBuf;

use brevity::Lang;

fn eval_dir() -> PathBuf {
    std::env::var_os("BREVITY_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"))
}

fn items(file: &str) -> Option<Vec<serde_json::Value>> {
    let path = eval_dir().join(file);
    let Ok(all) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} not found; skipped", path.display());
        return None;
    };
    Some(all.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("JSON line")).collect())
}

#[test]
fn sentence_boundary_cases_name_their_language() {
    let (mut right, mut all) = (0, 0);
    let mut unique_script_misses = Vec::new();
    for file in ["golden_rules.jsonl", "golden_rules_clean.jsonl"] {
        let Some(items) = items(file) else { return };
        for item in items {
            let (Some(lang), Some(text)) = (item["lang"].as_str(), item["text"].as_str()) else { continue };
            let got = Lang::detect(text);
            all += 1;
            if got.code() == lang {
                right += 1;
            } else if matches!(lang, "el" | "hy" | "ja" | "zh" | "am" | "my" | "ar" | "fa" | "ur") {
                // A script of its own (or letters of its own) leaves no excuse.
                unique_script_misses.push(format!("{}: {lang} detected as {got}", item["id"]));
            }
        }
    }
    assert!(unique_script_misses.is_empty(), "{unique_script_misses:#?}");
    let share = right as f64 / all as f64;
    assert!(share >= 0.72, "{right} of {all} ({:.1} %) detected right", share * 100.0);
}

#[test]
fn news_articles_are_english() {
    let Some(items) = items("news_dev.jsonl") else { return };
    let wrong: Vec<String> = items
        .iter()
        .filter(|item| Lang::detect(item["text"].as_str().unwrap_or_default()) != Lang::En)
        .map(|item| item["id"].to_string())
        .collect();
    assert!(wrong.is_empty(), "not detected as English: {wrong:?}");
}
