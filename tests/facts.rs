//! Dates, numbers, quotes and key phrases on mixed-case news prose.
//!
//! `tests/data/facts.jsonl` holds short articles written for these tests, each annotated by
//! hand with what a reader would list: `dates` (`[text, ISO value or null]`), `numbers`
//! (`[text, value, unit or null]`), `quotes` (`[text, speaker or null]`) and
//! `keyphrases_any` (phrases of which at least half belong in the top ten). Found items are
//! matched to annotated ones by their exact text, so precision (nothing extra) is checked as
//! well as recall (nothing missed); then values, units and speakers are compared.
#![allow(clippy::disallowed_methods)] // clippy.toml bans std lower-casing for the download; tests may use it

use std::collections::BTreeMap;

use brevity::{FactKinds, Facts, Options, Summarizer};
use serde_json::Value;

struct Case {
    id: String,
    text: String,
    dates: Vec<(String, Option<String>)>,
    numbers: Vec<(String, f64, Option<String>)>,
    quotes: Vec<(String, Option<String>)>,
    keyphrases_any: Vec<String>,
}

fn opt_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn cases() -> Vec<Case> {
    include_str!("data/facts.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("facts.jsonl is JSON");
            let list = |k: &str| v[k].as_array().cloned().unwrap_or_default();
            Case {
                id: v["id"].as_str().unwrap().to_string(),
                text: v["text"].as_str().unwrap().to_string(),
                dates: list("dates").iter().map(|d| (d[0].as_str().unwrap().to_string(), opt_str(&d[1]))).collect(),
                numbers: list("numbers")
                    .iter()
                    .map(|n| (n[0].as_str().unwrap().to_string(), n[1].as_f64().unwrap(), opt_str(&n[2])))
                    .collect(),
                quotes: list("quotes").iter().map(|q| (q[0].as_str().unwrap().to_string(), opt_str(&q[1]))).collect(),
                keyphrases_any: list("keyphrases_any").iter().map(|k| k.as_str().unwrap().to_string()).collect(),
            }
        })
        .collect()
}

fn facts(text: &str) -> Facts<'_> {
    let kinds = FactKinds { people: false, places: false, organizations: false, ..FactKinds::ALL };
    let mut options = Options::default();
    options.facts = kinds;
    Summarizer::new(options).unwrap().facts(text)
}

/// Detection counts and the share of matched items whose value (or speaker) is right.
#[derive(Default)]
struct Tally {
    found: usize,
    expected: usize,
    matched: usize,
    right: usize,
    misses: Vec<String>,
}

impl Tally {
    /// Matches found items (text, what) to expected ones by text; `same` compares what.
    fn add<T: std::fmt::Debug>(
        &mut self,
        id: &str,
        found: &[(String, T)],
        expected: &[(String, T)],
        same: impl Fn(&T, &T) -> bool,
    ) {
        self.found += found.len();
        self.expected += expected.len();
        let mut left: Vec<&(String, T)> = expected.iter().collect();
        for f in found {
            match left.iter().position(|e| e.0 == f.0) {
                Some(k) => {
                    let e = left.remove(k);
                    self.matched += 1;
                    if same(&f.1, &e.1) {
                        self.right += 1;
                    } else {
                        self.misses.push(format!("{id}: {:?} is {:?}, expected {:?}", f.0, f.1, e.1));
                    }
                }
                None => self.misses.push(format!("{id}: extra {:?} ({:?})", f.0, f.1)),
            }
        }
        for e in left {
            self.misses.push(format!("{id}: missed {:?} ({:?})", e.0, e.1));
        }
    }

    fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.matched as f64 / self.found as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.matched as f64 / self.expected as f64
        }
    }
    fn accuracy(&self) -> f64 {
        if self.matched == 0 {
            1.0
        } else {
            self.right as f64 / self.matched as f64
        }
    }
}

fn run() -> BTreeMap<&'static str, Tally> {
    let mut t: BTreeMap<&'static str, Tally> = BTreeMap::new();
    for c in cases() {
        let f = facts(&c.text);
        // Every fact is exactly its span and starts in its sentence.
        let sentences = brevity::split(&c.text);
        let starts_in = |sentence: usize, start: usize| {
            let s = sentences[sentence].span;
            s.start <= start && start < s.end
        };
        for d in &f.dates {
            assert_eq!(&c.text[d.at.span.range()], d.text, "{}", c.id);
            assert!(starts_in(d.at.sentence, d.at.span.start), "{}: {:?}", c.id, d.text);
        }
        for n in &f.numbers {
            assert_eq!(&c.text[n.at.span.range()], n.text, "{}", c.id);
            assert!(starts_in(n.at.sentence, n.at.span.start), "{}: {:?}", c.id, n.text);
        }
        for q in &f.quotes {
            assert_eq!(&c.text[q.at.span.range()], q.text, "{}", c.id);
            assert!(starts_in(q.at.sentence, q.at.span.start), "{}: {:?}", c.id, q.text);
        }
        let dates: Vec<(String, Option<String>)> =
            f.dates.iter().map(|d| (d.text.to_string(), d.value.clone())).collect();
        t.entry("dates").or_default().add(&c.id, &dates, &c.dates, |a, b| a == b);
        let numbers: Vec<(String, (f64, Option<String>))> =
            f.numbers.iter().map(|n| (n.text.to_string(), (n.value, n.unit.map(str::to_string)))).collect();
        let expected: Vec<(String, (f64, Option<String>))> =
            c.numbers.iter().map(|(t, v, u)| (t.clone(), (*v, u.clone()))).collect();
        t.entry("numbers")
            .or_default()
            .add(&c.id, &numbers, &expected, |a, b| (a.0 - b.0).abs() <= 1e-9 * b.0.abs().max(1.0) && a.1 == b.1);
        let quotes: Vec<(String, Option<String>)> =
            f.quotes.iter().map(|q| (q.text.to_string(), q.speaker.map(str::to_string))).collect();
        t.entry("quotes").or_default().add(&c.id, &quotes, &c.quotes, |a, b| a == b);
        // Key phrases: at least half of the listed ones in the top ten.
        if !c.keyphrases_any.is_empty() {
            let got: Vec<String> = f.keyphrases.iter().map(|k| k.text.to_lowercase()).collect();
            let hits = c.keyphrases_any.iter().filter(|k| got.iter().any(|g| g == &k.to_lowercase())).count();
            assert!(
                2 * hits >= c.keyphrases_any.len(),
                "{}: key phrases {got:?}, expected some of {:?}",
                c.id,
                c.keyphrases_any
            );
        }
    }
    t
}

#[test]
fn dates_numbers_quotes_match_the_annotations() {
    let t = run();
    let mut report = String::new();
    for (kind, tally) in &t {
        report += &format!(
            "{kind:8} precision {:.2} recall {:.2} value/speaker {:.2} ({} found, {} expected)\n",
            tally.precision(),
            tally.recall(),
            tally.accuracy(),
            tally.found,
            tally.expected
        );
    }
    for tally in t.values() {
        for m in &tally.misses {
            report += &format!("  {m}\n");
        }
    }
    println!("{report}");
    for (kind, tally) in &t {
        assert!(tally.precision() >= 0.9, "{kind} precision below 0.9\n{report}");
        assert!(tally.recall() >= 0.9, "{kind} recall below 0.9\n{report}");
        assert!(tally.accuracy() >= 0.85, "{kind} values below 0.85\n{report}");
    }
}

/// The same relative dates resolve with an anchor and stay null without one.
#[test]
fn relative_dates_need_an_anchor() {
    let body = "The minister resigned on Friday. Talks failed yesterday and resume next week.";
    let without = facts(body);
    assert_eq!(without.dates.len(), 3);
    assert!(without.dates.iter().all(|d| d.value.is_none()), "{:?}", without.dates);
    let anchored = format!("Updated 3 May 2023\n{body}");
    let with = facts(&anchored);
    let values: Vec<Option<&str>> = with.dates.iter().skip(1).map(|d| d.value.as_deref()).collect();
    // 2023-05-03 was a Wednesday in ISO week 18.
    assert_eq!(values, [Some("2023-04-28"), Some("2023-05-02"), Some("2023-W19")]);
}

/// Key phrases are phrases: never a lone stop word, number, month or verb of saying.
#[test]
fn key_phrases_hold_no_junk() {
    for c in cases() {
        let f = facts(&c.text);
        assert!(f.keyphrases.len() <= 10, "{}", c.id);
        for k in &f.keyphrases {
            let lower = k.text.to_lowercase();
            assert!(lower.chars().any(char::is_alphabetic), "{}: {:?}", c.id, k.text);
            for junk in ["the", "said", "says", "was", "will", "would", "monday", "friday", "march", "one", "two"] {
                assert_ne!(lower, junk, "{}", c.id);
            }
            assert!((0.0..=1.0).contains(&k.score), "{}: {:?}", c.id, k.score);
            for m in &k.mentions {
                assert_eq!(
                    c.text[m.span.range()].to_lowercase().split_whitespace().count(),
                    lower.split_whitespace().count()
                );
            }
        }
    }
}

/// In German, French and Spanish, key phrases group inflected forms by the language's
/// stemmer and never open or close on an article, pronoun or auxiliary.
#[test]
fn key_phrases_in_other_languages_are_stemmed_and_cut_at_function_words() {
    for (text, word, forms) in [
        (
            "Die Stadt baut eine neue Brücke über den Rhein. Die neuen Brücken sollen 2027 fertig sein. \
             Der Bau der Brücke kostet 40 Millionen Euro. Die alte Brücke wird abgerissen, sagte Anna Weber.",
            "brücke",
            3,
        ),
        (
            "Le gouvernement a présenté mardi son budget. Les syndicats critiquent le gouvernement. \
             Selon les syndicats, les gouvernements avaient promis davantage.",
            "gouvernement",
            3,
        ),
        (
            "Las elecciones se celebrarán en mayo. El partido pidió que la elección sea limpia. \
             Tras las elecciones, el nuevo gobierno tendrá que aprobar los presupuestos.",
            "elecciones",
            3,
        ),
    ] {
        let f = facts(text);
        let top = f.keyphrases.first().unwrap_or_else(|| panic!("no key phrase: {text}"));
        assert!(
            top.text.to_lowercase().contains(word),
            "{:?}",
            f.keyphrases.iter().map(|k| &k.text).collect::<Vec<_>>()
        );
        assert!(top.mentions.len() >= forms, "{}: {} mentions", top.text, top.mentions.len());
        for k in &f.keyphrases {
            let lower = k.text.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            for edge in [words[0], words[words.len() - 1]] {
                let function =
                    ["die", "der", "den", "eine", "wird", "le", "les", "la", "son", "las", "el", "los", "que"];
                assert!(!function.contains(&edge), "{:?}", k.text);
            }
        }
    }
}

/// A speaker named by surname is linked to the person entity's full name; a description is
/// left as written.
#[test]
fn speakers_link_to_people() {
    let text = "Gary Locke will be confirmed as manager on Friday. \"I would be over the moon,\" said Locke. \
                \"The board has been patient,\" a club spokeswoman said.";
    let f = brevity::facts(text);
    let speakers: Vec<Option<&str>> = f.quotes.iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [Some("Gary Locke"), Some("a club spokeswoman")], "{:?}", f.quotes);
    // A title or a party kept before the name is not part of the person.
    let text = "House Speaker Mike Johnson said the House would \"work its own will\" on the bill. \
                Labour MP Jean Corston said: \"We need clarity on this.\" Ms Corston left.";
    let f = brevity::facts(text);
    let speakers: Vec<Option<&str>> = f.quotes.iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [Some("Mike Johnson"), Some("Jean Corston")], "{:?}", f.quotes);
}

/// An agency's rights notice and a social media handle are no facts of the story.
#[test]
fn rights_notices_and_handles_are_not_facts() {
    let text = "The Senate passed the bill on Tuesday, Senator Chuck Schumer said.\n\n\
                — Chuck Schumer (@SenSchumer) February 13, 2024\n\n\
                Copyright 2024 The Coastline Press. All rights reserved.";
    let s = brevity::summarize(text);
    let kinds: Vec<_> = s.sentences.iter().map(|x| x.kind).collect();
    assert_eq!(kinds[kinds.len() - 2..], [brevity::SentenceKind::Meta; 2], "{kinds:?}");
    // The tagger reads the handle and the notice's words as organizations; a name found only
    // in the notice is not the story's.
    let orgs: Vec<&str> = s.facts.organizations.iter().map(|e| e.text).collect();
    assert_eq!(orgs, ["Senate"]);
}

/// Texts made of nothing but quote marks, attributions or dates: every fact still lies on
/// its span. (These took quadratic time before the finders bounded their look-back; speed
/// itself is measured in the benchmarks, not here.)
#[test]
fn repetitive_texts_keep_exact_spans() {
    for piece in ["\u{201c}a ", "\"Yes, it is,\" he said. ", "May 1, 2023 and 5 people ", "'a ", "\u{2018}It\u{2019}s "]
    {
        let text = piece.repeat(20_000);
        let f = facts(&text);
        for q in &f.quotes {
            assert_eq!(&text[q.at.span.range()], q.text);
        }
        for d in &f.dates {
            assert_eq!(&text[d.at.span.range()], d.text);
        }
        for n in &f.numbers {
            assert_eq!(&text[n.at.span.range()], n.text);
        }
    }
}

/// A pasted page's debris gives no facts: the photographer and agency of a credit on its
/// own line, a byline's author and job title, a live page's time stamps, the "U" and "S" of "U.S.",
/// and the verbs opening a list's steps.
#[test]
fn page_debris_gives_no_facts() {
    let text = "Governor signs gun bill\n\
                Posted by Tom Haskins, Staff Writer | 2 hours ago\n\n\
                Michigan Gov. Gretchen Whitmer speaks in Lansing on Wednesday.\n\
                Jeff Kowalsky/AFP/Getty Images\n\n\
                15 min ago\n\
                Michigan Gov. Gretchen Whitmer signed a package of gun bills on Wednesday. \
                A U.S. District Court had blocked an earlier law, and U.S. groups sued again.\n\n\
                1 hr 20 min ago\n\
                What the law does\n\n\
                1. Check your licence\n\
                Owners must renew a licence every 5 years.\n\n\
                2. Store guns safely\n\
                Guns must be locked away from children.";
    let s = brevity::summarize(text);
    let people: Vec<&str> = s.facts.people.iter().map(|e| e.text).collect();
    assert_eq!(people, ["Gretchen Whitmer"]);
    let orgs: Vec<&str> = s.facts.organizations.iter().map(|e| e.text).collect();
    assert!(!orgs.iter().any(|o| o.contains("AFP") || o.contains("Getty")), "{orgs:?}");
    let numbers: Vec<&str> = s.facts.numbers.iter().map(|n| n.text).collect();
    assert_eq!(numbers, ["5 years"]);
    let phrases: Vec<&str> = s.facts.keyphrases.iter().map(|k| k.text.as_str()).collect();
    assert!(!phrases.iter().any(|p| p.split(' ').any(|w| w.chars().count() == 1) || *p == "min"), "{phrases:?}");
}
