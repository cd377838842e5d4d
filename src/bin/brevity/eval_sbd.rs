//! `brevity eval sbd [PATH] [--verbose] [--lang CODE] [--detect]`: sentence-boundary accuracy on a
//! golden-rules file (`golden_rules.jsonl` or `golden_rules_clean.jsonl`: one JSON object a
//! line with `id`, `lang`, `text`, `sentences`). Each case is split with its `lang` as the
//! language option and counts when the sentences, each stripped of surrounding whitespace,
//! equal `sentences` exactly. Prints accuracy per language and overall, per set, and the
//! ids of the failing cases (with `--verbose`, what was expected and what came out), plus
//! how many match once runs of whitespace are collapsed (the clean file's expectations are
//! for cleaned text).

use std::collections::BTreeMap;

use brevity::{Options, Summarizer};
use serde_json::Value;

use crate::Failure;

/// Where the evaluation data lives: `BREVITY_EVAL_DIR`, else the first `shared/eval` found
/// beside the working directory or beside the repository (or one level up, for a worktree).
pub fn eval_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("BREVITY_EVAL_DIR") {
        return dir.into();
    }
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates =
        [std::path::PathBuf::from("../shared/eval"), repo.join("../shared/eval"), repo.join("../../shared/eval")];
    candidates.iter().find(|p| p.is_dir()).cloned().unwrap_or_else(|| candidates[1].clone())
}

#[derive(Default)]
struct Tally {
    cases: usize,
    exact: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.cases += 1;
        self.exact += usize::from(ok);
    }

    fn percent(&self) -> f64 {
        if self.cases == 0 {
            0.0
        } else {
            100.0 * self.exact as f64 / self.cases as f64
        }
    }
}

/// `brevity eval sbd …`.
pub fn run(args: &[String]) -> Result<(), Failure> {
    let (path, flags) = crate::eval::one_path(args, &["--verbose", "-v", "--detect"], &["--lang"])?;
    let verbose = flags.iter().any(|f| f == "--verbose" || f == "-v");
    // `--detect`: leave the language to detection instead of the case's `lang`.
    let detect = flags.iter().any(|f| f == "--detect");
    let only = flags.iter().position(|f| f == "--lang").map(|i| flags[i + 1].clone());
    let path = path.unwrap_or_else(|| eval_dir().join("golden_rules.jsonl"));
    let raw =
        std::fs::read_to_string(&path).map_err(|e| Failure::input(format!("cannot read {}: {e}", path.display())))?;

    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_set: BTreeMap<String, Tally> = BTreeMap::new();
    let mut en_golden = Tally::default();
    let mut all = Tally::default();
    // The clean file's expectations assume cleaned text (line breaks inside sentences turned
    // into spaces): count also the cases that match once whitespace runs are collapsed.
    let mut collapsed = Tally::default();
    let mut failing = Vec::new();
    let mut summarizers: BTreeMap<String, Summarizer> = BTreeMap::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value =
            serde_json::from_str(line).map_err(|e| Failure::input(format!("line {}: not JSON: {e}", n + 1)))?;
        let field = |name: &str| case.get(name).and_then(Value::as_str).unwrap_or("");
        let (id, lang, text, set) = (field("id"), field("lang"), field("text"), field("set"));
        if only.as_deref().is_some_and(|o| o != lang) {
            continue;
        }
        let expected: Vec<&str> = case
            .get("sentences")
            .and_then(Value::as_array)
            .ok_or_else(|| Failure::input(format!("line {}: needs an array \"sentences\"", n + 1)))?
            .iter()
            .map(|s| s.as_str().unwrap_or(""))
            .collect();
        let key = if detect { "auto" } else { lang };
        let summarizer = summarizers.entry(key.to_string()).or_insert_with(|| {
            // An unknown code falls back to detection (and language-neutral rules).
            let json = serde_json::json!({ "language": key }).to_string();
            Options::from_json(&json).ok().and_then(|o| Summarizer::new(o).ok()).unwrap_or_default()
        });
        let got: Vec<&str> = summarizer.split(text).iter().map(|s| s.text.trim()).collect();
        let ok = got == expected;
        let squash = |s: &&str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        collapsed.add(got.iter().map(squash).eq(expected.iter().map(squash)));
        by_lang.entry(lang.to_string()).or_default().add(ok);
        by_set.entry(if set.is_empty() { "-".into() } else { set.to_string() }).or_default().add(ok);
        if lang == "en" && set == "golden" {
            en_golden.add(ok);
        }
        all.add(ok);
        if !ok {
            failing.push(id.to_string());
            if verbose {
                say!("FAIL {id} ({lang})\n  text:     {text:?}");
                for s in &expected {
                    say!("  expected: {s:?}");
                }
                for s in &got {
                    say!("  got:      {s:?}");
                }
            }
        }
    }

    if all.cases == 0 {
        let lang = only.map(|l| format!(" of language `{l}`")).unwrap_or_default();
        return Err(Failure::input(format!(
            "{}: no cases{lang} (lines {{\"id\", \"lang\", \"text\", \"sentences\"}})",
            path.display()
        )));
    }
    say!("sentence boundaries: {}{}", path.display(), if detect { " (language detected)" } else { "" });
    say!("{:<8} {:>6} {:>6} {:>8}", "lang", "cases", "exact", "accuracy");
    for (lang, t) in &by_lang {
        say!("{:<8} {:>6} {:>6} {:>7.1}%", lang, t.cases, t.exact, t.percent());
    }
    say!("{:<8} {:>6} {:>6} {:>7.1}%", "all", all.cases, all.exact, all.percent());
    say!("all, whitespace collapsed: {}/{} ({:.1}%)", collapsed.exact, collapsed.cases, collapsed.percent());
    let sets: Vec<String> = by_set.iter().map(|(s, t)| format!("{s} {}/{}", t.exact, t.cases)).collect();
    say!("by set: {}", sets.join(", "));
    if en_golden.cases > 0 {
        say!("English golden rules: {}/{}", en_golden.exact, en_golden.cases);
    }
    if failing.is_empty() {
        say!("failing: none");
    } else {
        say!("failing ({}): {}", failing.len(), failing.join(" "));
    }
    Ok(())
}
