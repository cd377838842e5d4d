//! Sentence boundaries, data-driven: the hand-made cases in `tests/data/segment.jsonl` (one
//! phenomenon each, named by id), and the golden-rule file of `../shared/eval` when present.
//! Native only: the cases are read from files.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use brevity::{Lang, Options, Summarizer};
use serde_json::Value;

/// The sentences of `text` split with `lang` as the language option.
fn split(text: &str, lang: &str) -> Vec<String> {
    let mut options = Options::default();
    options.language = Some(Lang::from_code(lang).unwrap_or_else(|| panic!("unknown language code {lang:?}")));
    let summarizer = Summarizer::new(options).expect("valid options");
    summarizer.split(text).iter().map(|s| s.text.trim().to_string()).collect()
}

struct Case {
    id: String,
    lang: String,
    text: String,
    sentences: Vec<String>,
    set: String,
}

fn read_cases(path: &Path) -> Vec<Case> {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, line)| {
            let v: Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{} line {}: {e}", path.display(), n + 1));
            let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            Case {
                id: s("id"),
                lang: s("lang"),
                text: s("text"),
                sentences: v["sentences"]
                    .as_array()
                    .unwrap_or_else(|| panic!("{}: case {} has no sentences", path.display(), s("id")))
                    .iter()
                    .map(|x| x.as_str().unwrap_or("").to_string())
                    .collect(),
                set: s("set"),
            }
        })
        .collect()
}

#[test]
fn hand_made_cases() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/segment.jsonl");
    let cases = read_cases(&path);
    assert!(cases.len() >= 50, "expected the full case file, found {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let got = split(&case.text, &case.lang);
        if got != case.sentences {
            failures.push(format!(
                "[{}] ({})\n  text:     {:?}\n  expected: {:?}\n  got:      {:?}",
                case.id, case.lang, case.text, case.sentences, got
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// `BREVITY_EVAL_DIR`, else `../shared/eval` beside the repository (or beside a worktree's
/// parent folder).
fn eval_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("BREVITY_EVAL_DIR") {
        return Some(dir.into());
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    [repo.join("../shared/eval"), repo.join("../../shared/eval")].into_iter().find(|p| p.is_dir())
}

#[test]
fn golden_rules_from_the_evaluation_set() {
    let Some(path) = eval_dir().map(|d| d.join("golden_rules.jsonl")).filter(|p| p.is_file()) else {
        eprintln!("note: golden_rules.jsonl not found (set BREVITY_EVAL_DIR); skipping the golden-rule check");
        return;
    };
    let cases = read_cases(&path);
    let mut exact = 0;
    let (mut en_golden, mut en_golden_exact) = (0, 0);
    let mut failing = Vec::new();
    let mut per_lang: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for case in &cases {
        let ok = split(&case.text, &case.lang) == case.sentences;
        exact += usize::from(ok);
        let entry = per_lang.entry(case.lang.as_str()).or_default();
        entry.0 += 1;
        entry.1 += usize::from(ok);
        if case.lang == "en" && case.set == "golden" {
            en_golden += 1;
            en_golden_exact += usize::from(ok);
        }
        if !ok {
            failing.push(case.id.as_str());
        }
    }
    eprintln!(
        "golden rules: {exact}/{} exact; English golden {en_golden_exact}/{en_golden}; failing: {failing:?}",
        cases.len()
    );
    assert_eq!(cases.len(), 316, "the golden-rule file changed");
    assert!(exact >= 314, "golden rules: {exact}/316 exact, expected at least 314; failing: {failing:?}");
    assert_eq!(en_golden_exact, 48, "English golden rules: {en_golden_exact}/48; failing: {failing:?}");
    for (lang, (n, ok)) in per_lang {
        assert!(ok * 10 >= n * 9, "{lang}: {ok}/{n} exact, below 90 %; failing: {failing:?}");
    }
}
