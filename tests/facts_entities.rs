//! People, places and organizations on mixed-case news prose.
//!
//! `tests/data/entities.jsonl` holds short articles written for these tests (modern,
//! untokenized, mixed case: not CoNLL's Reuters lines), each annotated by hand with the
//! entities a reader would list: `people`, `places`, `organizations`, `either` (names
//! whose kind is arguable, "the Kremlin"), `merged` (an entity's expected mentions) and
//! `top` (the most salient entity). Precision is checked as well as recall.

use std::collections::BTreeSet;

use brevity::{Entity, FactKinds, Facts, Options, Summarizer};
use serde_json::Value;

struct Case {
    id: String,
    text: String,
    gold: Value,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/entities.jsonl");
    let raw = std::fs::read_to_string(path).expect("tests/data/entities.jsonl");
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let gold: Value = serde_json::from_str(l).expect("a JSON line");
            Case { id: gold["id"].as_str().unwrap().into(), text: gold["text"].as_str().unwrap().into(), gold }
        })
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default()
}

fn lists<'a, 't>(facts: &'a Facts<'t>) -> [(&'static str, &'a [Entity<'t>]); 3] {
    [("people", &facts.people), ("places", &facts.places), ("organizations", &facts.organizations)]
}

#[test]
fn finds_the_annotated_entities_with_high_precision_and_recall() {
    let (mut tp, mut predicted, mut expected) = (0, 0, 0);
    let mut report = Vec::new();
    for case in cases() {
        let facts = brevity::facts(&case.text);
        let either: BTreeSet<String> = strings(&case.gold["either"]).into_iter().collect();
        let mut found_either = BTreeSet::new();
        for (kind, entities) in lists(&facts) {
            let gold: BTreeSet<String> = strings(&case.gold[kind]).into_iter().collect();
            let got: BTreeSet<String> = entities.iter().map(|e| e.text.to_string()).collect();
            for name in &got {
                if either.contains(name) {
                    found_either.insert(name.clone());
                    continue;
                }
                predicted += 1;
                if gold.contains(name) {
                    tp += 1;
                } else {
                    report.push(format!("{}: unexpected {kind} {name:?}", case.id));
                }
            }
            expected += gold.len();
            for name in gold.difference(&got) {
                report.push(format!("{}: missed {kind} {name:?}", case.id));
            }
        }
        for name in either.difference(&found_either) {
            expected += 1;
            report.push(format!("{}: missed {name:?} (any kind)", case.id));
        }
        tp += found_either.len();
        predicted += found_either.len();
        expected += found_either.len();
    }
    let precision = tp as f64 / predicted.max(1) as f64;
    let recall = tp as f64 / expected.max(1) as f64;
    assert!(expected >= 40, "the annotated set shrank: {expected}");
    assert!(precision >= 0.9 && recall >= 0.9, "P {precision:.3} R {recall:.3}\n{}", report.join("\n"));
}

#[test]
fn mentions_merge_under_the_fullest_name() {
    for case in cases() {
        let facts = brevity::facts(&case.text);
        let Some(merged) = case.gold["merged"].as_object() else { continue };
        for (name, mentions) in merged {
            let entity = lists(&facts)
                .into_iter()
                .flat_map(|(_, l)| l.iter())
                .find(|e| e.text == name)
                .unwrap_or_else(|| panic!("{}: no entity {name:?}", case.id));
            let texts: Vec<&str> = entity.mentions.iter().map(|m| &case.text[m.span.range()]).collect();
            assert_eq!(texts, strings(mentions), "{}: mentions of {name:?}", case.id);
        }
    }
}

#[test]
fn titles_and_articles_stay_out_of_names() {
    // "President Emmanuel Macron", "Mr. Macron", "the Kremlin", "Dr. Ngozi Okonjo-Iweala".
    for case in cases() {
        let facts = brevity::facts(&case.text);
        for (kind, entities) in lists(&facts) {
            for e in entities {
                for m in &e.mentions {
                    let t = &case.text[m.span.range()];
                    let first = t.split_whitespace().next().unwrap_or("");
                    assert!(
                        !["President", "Mr.", "Dr.", "the", "The", "Chancellor"].contains(&first),
                        "{}: {kind} mention {t:?} keeps a title or article",
                        case.id
                    );
                }
            }
        }
    }
}

#[test]
fn no_junk_from_capitalized_ordinary_words() {
    // Sentence-initial words, months and days are capitalized but name nothing.
    let junk = ["The", "On", "In", "However", "Yesterday", "May", "March", "April", "Monday", "Friday", "But", "This"];
    for case in cases() {
        let facts = brevity::facts(&case.text);
        for (kind, entities) in lists(&facts) {
            for e in entities {
                assert!(!junk.contains(&e.text), "{}: junk {kind} {:?}", case.id, e.text);
            }
        }
    }
    let facts = brevity::facts("On Monday the council met. In March, prices rose. May was wet. The end came in June.");
    assert!(lists(&facts).iter().all(|(_, l)| l.is_empty()), "{facts:?}");
}

#[test]
fn salience_ranks_the_main_entity_first() {
    for case in cases() {
        let facts = brevity::facts(&case.text);
        let mut all: Vec<&Entity> = lists(&facts).into_iter().flat_map(|(_, l)| l.iter()).collect();
        for (_, l) in lists(&facts) {
            assert!(l.windows(2).all(|w| w[0].salience >= w[1].salience), "{}: list not ranked", case.id);
        }
        assert!(all.iter().all(|e| (0.0..=1.0).contains(&e.salience)), "{}", case.id);
        all.sort_by(|a, b| b.salience.total_cmp(&a.salience));
        if let Some(top) = case.gold["top"].as_str() {
            assert_eq!(all[0].text, top, "{}: most salient entity", case.id);
            assert_eq!(all[0].salience, 1.0);
        }
    }
}

#[test]
fn only_the_asked_kinds_are_filled() {
    let case = &cases()[0];
    let mut options = Options::default();
    options.facts = FactKinds::NONE;
    options.facts.people = true;
    let facts = Summarizer::new(options).unwrap().facts(&case.text);
    assert!(facts.people.iter().any(|e| e.text == "Emmanuel Macron"));
    assert!(facts.places.is_empty() && facts.organizations.is_empty());
}

#[test]
fn odd_input_gives_sensible_results() {
    // A long run of punctuation is one long "sentence" of one-character tokens.
    let bangs = "!".repeat(5000);
    let quotes = "' ".repeat(3000);
    for text in
        ["", "   \n\n  ", "😀 😀 😀", "\"", "'s", "WHO", "Mr.", "the the the", &"Abc".repeat(5000), &bangs, &quotes]
    {
        let facts = brevity::facts(text);
        for (_, entities) in lists(&facts) {
            for e in entities {
                for m in &e.mentions {
                    assert!(text.get(m.span.range()).is_some_and(|t| !t.is_empty()), "{text:?}");
                }
            }
        }
    }
}

/// A photo credit and a byline's desk are credits, not facts; an unlisted town whose name
/// opens with "Port", "Fort" or "Lake" is never a person.
#[test]
fn credits_are_not_facts_and_port_towns_are_places() {
    let text = "Officials in Port Wenlow said on Monday that the harbour wall will be rebuilt.\n\n\
        By Dana Kerr, Maritime Affairs Correspondent\n\n\
        Crews inspect the breach after the storm. (Photo: Jo Marsh/Harbour Press)\n\n\
        Mayor Alan Brisk said the work would start in May. Engineers from the Western Marine Institute \
        found cracks in the wall. Residents of Fort Callow, across the bay, asked for the same.";
    let facts = brevity::facts(text);
    fn texts<'t>(list: &[Entity<'t>]) -> Vec<&'t str> {
        list.iter().map(|e| e.text).collect()
    }
    assert!(texts(&facts.places).contains(&"Fort Callow"), "{facts:#?}");
    assert!(!texts(&facts.people).iter().any(|p| p.contains("Wenlow") || p.contains("Callow")), "{facts:#?}");
    for (kind, list) in lists(&facts) {
        for e in list {
            assert!(!e.text.contains("Marsh") && !e.text.contains("Harbour Press"), "credit as a {kind}: {:?}", e.text);
            assert!(!e.text.contains("Correspondent"), "a byline's desk as a {kind}: {:?}", e.text);
        }
    }
    assert!(texts(&facts.people).contains(&"Alan Brisk"), "{facts:#?}");
    assert!(texts(&facts.organizations).iter().any(|o| o.ends_with("Marine Institute")), "{facts:#?}");
}

/// An adverb opening its sentence before a comma ("Luckily,", "Already,") is never a name;
/// a name there ("Kelly, 34,") still is.
#[test]
fn sentence_opening_adverbs_are_not_names() {
    let text = "Luckily, the car behind the cyclists was driven by a physio. Already, the council had \
        closed the road. Ultimately, Kelly Brennan was taken to hospital. Kelly, 34, said she was lucky. \
        Sadly, Brennan will miss the season.";
    let facts = brevity::facts(text);
    for (kind, list) in lists(&facts) {
        for e in list {
            assert!(
                !matches!(e.text, "Luckily" | "Already" | "Ultimately" | "Sadly"),
                "an adverb as a {kind}: {facts:#?}"
            );
        }
    }
    assert!(facts.people.iter().any(|e| e.text == "Kelly Brennan"), "{facts:#?}");
}
