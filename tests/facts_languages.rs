//! Dates, numbers, entities, quote speakers and key phrases in German, French, Spanish,
//! Italian, Portuguese and Dutch.
//!
//! `tests/data/facts_languages.jsonl` holds short news items written for these tests, each
//! annotated by hand with what a reader would list, misses included: `dates` (`[text, ISO
//! value]`), `numbers` (`[text, value, unit]`), `people`, `places`, `organizations` (a name
//! may list alternatives as `"Verdi|Gewerkschaft Verdi"`), `optional` (names that may be
//! listed or not, such as a news agency) and `never` (junk: a sentence's first word, a
//! dateline in capitals, a common noun, a month). Found items are matched to annotated ones
//! by their exact text, so precision (nothing extra) is checked as well as recall.
#![allow(clippy::disallowed_methods)] // clippy.toml bans std lower-casing for the download; tests may use it

use std::collections::BTreeMap;

use brevity::{Lang, Options, Summarizer};
use serde_json::Value;

#[path = "support/tally.rs"]
mod tally;
use tally::Tally;

fn cases() -> Vec<Value> {
    include_str!("data/facts_languages.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("facts_languages.jsonl is JSON"))
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default()
}

/// Runs every case; returns the tallies and a line for each miss.
fn run() -> (BTreeMap<&'static str, Tally>, Vec<String>) {
    let mut t: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for case in cases() {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        // The language is detected, as for a user's paste.
        let summary = Summarizer::new(Options::default()).unwrap().summarize(text);
        assert_eq!(summary.language, Lang::from_code(case["lang"].as_str().unwrap()).unwrap(), "{id}");
        let f = &summary.facts;

        tally::dates(id, text, f, &case["dates"], t.entry("dates").or_default(), &mut misses);
        tally::numbers(id, text, f, &case["numbers"], t.entry("numbers").or_default(), &mut misses);

        let optional = strings(&case["optional"]);
        let never = strings(&case["never"]);
        let tally = t.entry("entities").or_default();
        for (kind, entities) in [("people", &f.people), ("places", &f.places), ("organizations", &f.organizations)] {
            let mut left = strings(&case[kind]);
            tally.expected += left.len();
            for e in entities.iter() {
                assert!(!never.iter().any(|n| n == e.text), "{id}: junk {kind} {:?}", e.text);
                if optional.iter().any(|o| o == e.text) {
                    continue;
                }
                tally.found += 1;
                match left.iter().position(|g| g.split('|').any(|a| a == e.text)) {
                    Some(k) => {
                        left.remove(k);
                        tally.matched += 1;
                        tally.right += 1;
                    }
                    None => misses.push(format!("{id}: extra {kind} {:?}", e.text)),
                }
            }
            misses.extend(left.iter().map(|g| format!("{id}: missed {kind} {g:?}")));
        }
    }
    (t, misses)
}

/// Measured when these cases were written, against the English rules on the same texts
/// (the code before): dates P 1.00 R 1.00 (before 0.31 / 0.12: only bare years, and "3" of
/// "3 mai"), numbers P 0.97 R 0.97 with every value right (before 0.32 / 0.31, values
/// 0.45: "1.250 millones" was 1.25), entities P 0.95 R 0.71 (before 0.40 / 0.47: German
/// nouns as names, cities as organizations). The floors sit a little below.
#[test]
fn other_languages_match_the_annotations() {
    let (t, misses) = run();
    let mut report = String::new();
    for (kind, tally) in &t {
        report += &format!(
            "{kind:9} precision {:.2} recall {:.2} value {:.2} ({} found, {} expected)\n",
            tally.precision(),
            tally.recall(),
            tally.accuracy(),
            tally.found,
            tally.expected
        );
    }
    for m in &misses {
        report += &format!("  {m}\n");
    }
    println!("{report}");
    let floors = [("dates", 0.95, 0.95, 0.95), ("numbers", 0.9, 0.9, 1.0), ("entities", 0.9, 0.65, 1.0)];
    for (kind, p, r, v) in floors {
        let tally = &t[kind];
        assert!(tally.expected >= 20, "{kind}: the annotated set shrank\n{report}");
        assert!(tally.precision() >= p, "{kind} precision below {p}\n{report}");
        assert!(tally.recall() >= r, "{kind} recall below {r}\n{report}");
        assert!(tally.accuracy() >= v, "{kind} values below {v}\n{report}");
    }
}

/// English numerals keep their separators: "3.000" stays three, "1,2" is no number.
#[test]
fn english_keeps_its_separators() {
    let f = brevity::facts("The firm paid $3.000 for 1,200 tickets and a 1,2 share.");
    let got: Vec<(&str, f64)> = f.numbers.iter().map(|n| (n.text, n.value)).collect();
    assert_eq!(got, [("$3.000", 3.0), ("1,200 tickets", 1200.0)]);
}

/// Key phrases in the six languages. `tests/data/keyphrases_languages.jsonl` holds news
/// items written for this test, each with the phrases a reader would list (`keyphrases`:
/// every one must be found) and the verb-heavy junk the English rules gave on it
/// (`keyphrases_never`:
/// "Monate dauern sollen", "d'enseignants ont salué l'annonce", "Renfe contratará"); the
/// cases above list the junk the English rules gave on them (`keyphrases_never`). A German
/// phrase ends in a capitalized noun ("Land deutlich beschleunigen" was one).
#[test]
fn key_phrases_are_noun_phrases_in_other_languages() {
    let own: Vec<Value> = include_str!("data/keyphrases_languages.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("keyphrases_languages.jsonl is JSON"))
        .collect();
    let mut problems = Vec::new();
    let (mut wanted, mut found) = (0, 0);
    for case in own.iter().chain(&cases()) {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let summary = Summarizer::new(Options::default()).unwrap().summarize(text);
        assert_eq!(summary.language, Lang::from_code(case["lang"].as_str().unwrap()).unwrap(), "{id}");
        let got: Vec<&str> = summary.facts.keyphrases.iter().map(|k| k.text.as_str()).collect();
        for k in &summary.facts.keyphrases {
            for m in &k.mentions {
                assert!(text.get(m.span.range()).is_some(), "{id}: {:?}", k.text);
            }
        }
        for w in strings(&case["keyphrases"]) {
            wanted += 1;
            if got.contains(&w.as_str()) {
                found += 1;
            } else {
                problems.push(format!("{id}: missed {w:?} in {got:?}"));
            }
        }
        for junk in strings(&case["keyphrases_never"]) {
            if got.contains(&junk.as_str()) {
                problems.push(format!("{id}: junk {junk:?} in {got:?}"));
            }
        }
        if case["lang"] == "de" {
            for k in &got {
                let last = k.rsplit(' ').next().unwrap_or(k);
                if !last.starts_with(char::is_uppercase) {
                    problems.push(format!("{id}: {k:?} ends in a lower-case word"));
                }
            }
        }
    }
    assert!(wanted >= 20, "the annotated set shrank");
    assert!(problems.is_empty(), "{found}/{wanted} wanted phrases found\n{}", problems.join("\n"));
}

/// Quote speakers in the six languages. `tests/data/quotes_languages.jsonl` holds news items
/// written for this test, each with every quote a reader would list (`quotes`: the text
/// inside the marks and its speaker, alternatives as `"Lutz|Richard Lutz"`, `null` for a
/// quoted title, a slogan or a name for something, which must stay without one). The
/// attributions vary: verb first after the quote (`« … », a déclaré la Première ministre
/// …`, `"…", dijo el ministro de …, …,`), subject first, before the quote (`Lutz sagte:
/// „…“`), "according to" (`selon`, `según`, `secondo`, `segundo`, `volgens`, `laut`, `so`,
/// `aldus`), pronouns (`a-t-elle ajouté`, `sagte sie`, `Selon lui`) and verbs without a
/// subject (`aseguró`, `ha aggiunto`, `acrescentou`). Measured when written: 66 of 69
/// speakers right, the 10 unattributed quotes without one (the English rules before: no
/// speaker at all). The last six items were written after the rules and first measured 16
/// of 21; three general rules they showed missing (a lower-case role before a first name,
/// "Jan" as a first name before a surname rather than a month, a known surname or a name
/// after a role as a pronoun's antecedent) made it 19 of 21.
#[test]
fn quote_speakers_in_other_languages() {
    let cases: Vec<Value> = include_str!("data/quotes_languages.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("quotes_languages.jsonl is JSON"))
        .collect();
    let (mut named, mut right, mut problems) = (0, 0, Vec::new());
    for case in &cases {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let summary = Summarizer::new(Options::default()).unwrap().summarize(text);
        assert_eq!(summary.language, Lang::from_code(case["lang"].as_str().unwrap()).unwrap(), "{id}");
        let mut left: Vec<&Value> = case["quotes"].as_array().unwrap().iter().collect();
        for q in &summary.facts.quotes {
            assert_eq!(&text[q.at.span.range()], q.text, "{id}");
            let Some(k) = left.iter().position(|e| e[0] == q.text) else {
                problems.push(format!("{id}: extra quote {:?} ({:?})", q.text, q.speaker));
                continue;
            };
            let want = left.remove(k)[1].as_str();
            match want {
                // A title or a slogan is nobody's words: a strict check.
                None => assert_eq!(q.speaker, None, "{id}: {:?} is no one's quote", q.text),
                Some(w) => {
                    named += 1;
                    if q.speaker.is_some_and(|s| w.split('|').any(|a| a == s)) {
                        right += 1;
                    } else {
                        problems.push(format!("{id}: {:?} has speaker {:?}, expected {w}", q.text, q.speaker));
                    }
                }
            }
        }
        problems.extend(left.iter().map(|e| format!("{id}: missed quote {}", e[0])));
        named += left.iter().filter(|e| e[1].is_string()).count();
    }
    let report = format!("{right}/{named} speakers right\n{}", problems.join("\n"));
    println!("{report}");
    assert!(named >= 60, "the annotated set shrank\n{report}");
    assert!(!problems.iter().any(|p| p.contains("extra quote") || p.contains("missed quote")), "{report}");
    assert!(right as f64 >= 0.9 * named as f64, "speakers right below 0.9\n{report}");
}
