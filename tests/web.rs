//! The JavaScript API as JavaScript sees it, run by wasm-bindgen-test.
//!
//! Without `wasm_bindgen_test_configure!` this suite runs in Node (`wasm-pack test --node`);
//! `tests/web_browser.rs` runs the same cases in headless Chromium. Every check goes through
//! JS values (`js_sys`), so it sees what a page sees: key names, `String.prototype.slice`
//! offsets, thrown `Error`s and `TypeError`s.
#![cfg(target_arch = "wasm32")]

use brevity::wasm;
use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// An article with web debris, in the shape users paste (DESIGN.md, user 1).
const ARTICLE: &str = "date 2023-05-01 Officials said the river crossing would close for repairs. \
The bridge, built in 1931, carries 40,000 cars a day between the two halves of the city. \
Engineers found cracks in two of its steel supports during an inspection in March.\n\n\
Mayor Ana Ruiz said the closure was \"painful but necessary\" and promised free buses.\n\n\
Repairs are expected to take eight months and cost $12 million. \
Shop owners near the bridge fear they will lose customers. \
The council will vote on the buses next week.";

/// Emoji (a ZWJ family and a flag: several UTF-16 units, several bytes), CJK and a
/// combining mark before the sentences, so byte and UTF-16 offsets disagree everywhere.
const PREFIX: &str = "👩\u{200d}👩\u{200d}👧 🇯🇵 東京では雨が降った。 Cafe\u{301} society met. ";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or_else(|_| panic!("no key {key}"))
}

fn array(value: &JsValue, key: &str) -> Array {
    let v = get(value, key);
    assert!(Array::is_array(&v), "`{key}` must be an array, got {v:?}");
    v.unchecked_into()
}

fn keys(value: &JsValue) -> Vec<String> {
    Object::keys(value.unchecked_ref::<Object>()).iter().map(|k| k.as_string().unwrap()).collect()
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are valid JSON")
}

fn summarize(text: &str) -> JsValue {
    wasm::summarize(JsValue::from_str(text), JsValue::UNDEFINED).expect("summarize succeeds")
}

/// The error message of a thrown value, checking it is an `Error` of the given class.
fn thrown(result: Result<JsValue, JsValue>, class: &str) -> String {
    let err = result.expect_err("the call must throw");
    let name = get(&err, "name").as_string().unwrap_or_default();
    assert!(err.is_instance_of::<js_sys::Error>(), "thrown value is not an Error: {err:?}");
    assert_eq!(name, class, "wrong error class for {err:?}");
    get(&err, "message").as_string().unwrap()
}

/// `input.slice(start, end)` for an item with `start`/`end`, as JavaScript computes it.
fn slice(input: &JsString, item: &JsValue) -> String {
    let start = get(item, "start").as_f64().expect("start is a number");
    let end = get(item, "end").as_f64().expect("end is a number");
    assert!(start <= end, "start {start} > end {end}");
    assert!(end <= input.length() as f64, "end {end} past the input ({})", input.length());
    String::from(input.slice(start as u32, end as u32))
}

/// Asserts `input.slice(start, end) === item.text` for every sentence and every fact with a
/// span (mentions are checked to lie inside their sentence). Returns how many items it checked.
fn assert_offsets(input: &JsString, result: &JsValue) -> usize {
    let mut checked = 0;
    let sentences = array(result, "sentences");
    for s in sentences.iter() {
        assert_eq!(slice(input, &s), get(&s, "text").as_string().unwrap(), "sentence {s:?}");
        checked += 1;
    }
    let facts = get(result, "facts");
    for kind in ["dates", "numbers", "quotes"] {
        for f in array(&facts, kind).iter() {
            assert_eq!(slice(input, &f), get(&f, "text").as_string().unwrap(), "{kind} fact {f:?}");
            checked += 1;
        }
    }
    for kind in ["people", "places", "organizations", "keyphrases"] {
        for e in array(&facts, kind).iter() {
            for m in array(&e, "mentions").iter() {
                let i = get(&m, "sentence").as_f64().unwrap() as u32;
                let sentence = sentences.get(i);
                assert!(!sentence.is_undefined(), "{kind} mention names sentence {i} of {}", sentences.length());
                let (start, end) = (get(&m, "start").as_f64().unwrap(), get(&m, "end").as_f64().unwrap());
                assert!(
                    get(&sentence, "start").as_f64().unwrap() <= start,
                    "{kind} mention {m:?} starts before its sentence"
                );
                assert!(end <= get(&sentence, "end").as_f64().unwrap(), "{kind} mention {m:?} ends after its sentence");
                assert!(!slice(input, &m).is_empty(), "{kind} mention {m:?} is empty");
                checked += 1;
            }
        }
    }
    checked
}

#[wasm_bindgen_test]
fn summary_has_the_contract_shape_with_camel_case_keys() {
    let result = summarize(ARTICLE);
    for key in ["language", "sentences", "summary", "facts", "stats"] {
        assert!(keys(&result).contains(&key.to_string()), "missing `{key}` in {:?}", keys(&result));
    }
    assert_eq!(get(&result, "language").as_string().as_deref(), Some("en"));

    let facts = get(&result, "facts");
    let mut fact_keys = keys(&facts);
    fact_keys.sort();
    assert_eq!(fact_keys, ["dates", "keyphrases", "numbers", "organizations", "people", "places", "quotes"]);
    for kind in &fact_keys {
        array(&facts, kind);
    }

    let stats = get(&result, "stats");
    for key in ["characters", "words", "sentences", "summaryWords"] {
        assert!(get(&stats, key).as_f64().is_some(), "stats.{key} missing in {:?}", keys(&stats));
    }
    assert_eq!(get(&stats, "characters").as_f64(), Some(JsString::from(ARTICLE).length() as f64));

    let sentences = array(&result, "sentences");
    assert!(sentences.length() >= 6, "the article has at least 6 sentences, got {}", sentences.length());
    assert_eq!(get(&stats, "sentences").as_f64(), Some(sentences.length() as f64));
    let first = sentences.get(0);
    for key in ["text", "start", "end", "score", "kind", "why"] {
        assert!(keys(&first).contains(&key.to_string()), "sentence lacks `{key}`: {:?}", keys(&first));
    }
    for s in sentences.iter() {
        let score = get(&s, "score").as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score), "score {score} outside [0, 1]");
    }

    // Default length: 3 sentences, as indices in document order.
    let summary: Vec<f64> = array(&result, "summary").iter().map(|i| i.as_f64().unwrap()).collect();
    assert_eq!(summary.len(), 3, "default summary is 3 sentences: {summary:?}");
    assert!(summary.windows(2).all(|w| w[0] < w[1]), "summary not in document order: {summary:?}");
    assert!(summary.iter().all(|&i| (i as u32) < sentences.length()));

    // No snake_case key anywhere: JavaScript sees camelCase only.
    let json = String::from(JSON::stringify(&result).unwrap());
    assert!(!json.contains("summary_words"), "snake_case key leaked: {json}");
}

#[wasm_bindgen_test]
fn results_are_plain_objects_that_survive_structured_clone() {
    // A Worker posts results with structured clone; classes or Maps would not survive it.
    let result = summarize(ARTICLE);
    assert_eq!(Object::get_prototype_of(&result), Object::get_prototype_of(&Object::new().into()));
    let clone = js_sys::eval("(v) => structuredClone(v)").unwrap().unchecked_into::<js_sys::Function>();
    let copied = clone.call1(&JsValue::NULL, &result).unwrap();
    assert_eq!(JSON::stringify(&copied).unwrap(), JSON::stringify(&result).unwrap());
}

#[wasm_bindgen_test]
fn offsets_are_utf16_after_emoji_cjk_and_combining_marks() {
    let text = format!("{PREFIX}{ARTICLE}");
    let input = JsString::from(text.as_str());
    let result = summarize(&text);
    let checked = assert_offsets(&input, &result);
    assert!(checked >= 8, "expected sentences and facts to check, got {checked}");

    // "The bridge…" starts where JavaScript's indexOf finds it, which is not its byte offset:
    // a byte offset would also fail the slice checks above.
    let at = input.index_of("The bridge", 0) as f64;
    assert_ne!(at, text.find("The bridge").unwrap() as f64);
    let starts: Vec<f64> = array(&result, "sentences").iter().map(|s| get(&s, "start").as_f64().unwrap()).collect();
    assert!(starts.contains(&at), "a sentence must start at {at}: {starts:?}");

    // split() takes the same offsets.
    let sentences = wasm::split(JsValue::from(&input), JsValue::UNDEFINED).unwrap();
    for s in Array::from(&sentences).iter() {
        assert_eq!(slice(&input, &s), get(&s, "text").as_string().unwrap());
    }
    // facts() too.
    let facts = wasm::facts(JsValue::from(&input), JsValue::UNDEFINED).unwrap();
    for kind in ["dates", "numbers", "quotes"] {
        for f in array(&facts, kind).iter() {
            assert_eq!(slice(&input, &f), get(&f, "text").as_string().unwrap(), "{kind} {f:?}");
        }
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_become_replacement_characters_with_offsets_intact() {
    // JS strings may hold lone surrogates; Rust sees U+FFFD, which is also one UTF-16 unit,
    // so every offset after it still lines up with the caller's string.
    let from_char_code = |unit: u32| JsString::from_char_code1(unit);
    let input = JsString::from("Broken ")
        .concat(&from_char_code(0xD83D))
        .concat(&JsString::from(" pair here. A trailing low "))
        .concat(&from_char_code(0xDC00))
        .concat(&JsString::from(" too. "))
        .concat(&JsString::from(ARTICLE));
    assert!(!input.is_valid_utf16(), "the test input must hold lone surrogates");

    let result = wasm::summarize(JsValue::from(&input), JsValue::UNDEFINED).unwrap();
    let sentences = array(&result, "sentences");
    assert!(sentences.length() >= 3);
    let well_formed = js_sys::eval("(s) => s.toWellFormed()").unwrap().unchecked_into::<js_sys::Function>();
    let replaced = well_formed.call1(&JsValue::NULL, &input).unwrap().unchecked_into::<JsString>();
    assert_eq!(replaced.length(), input.length());
    for s in sentences.iter() {
        assert_eq!(slice(&replaced, &s), get(&s, "text").as_string().unwrap(), "sentence {s:?}");
    }
    // The article after the surrogates is sliced exactly, with no replacement at all.
    let last = sentences.get(sentences.length() - 1);
    assert_eq!(slice(&input, &last), get(&last, "text").as_string().unwrap());
    assert!(ARTICLE.ends_with(&get(&last, "text").as_string().unwrap()));
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_naming_the_option() {
    let cases = [
        (r#"{"sentences": 0}"#, "sentences"),
        (r#"{"sentences": -2}"#, "sentences"),
        (r#"{"ratio": 1.5}"#, "ratio"),
        (r#"{"ratio": 0}"#, "ratio"),
        (r#"{"maxWords": 0}"#, "maxWords"),
        (r#"{"sentences": 2, "ratio": 0.5}"#, "sentences"),
        (r#"{"ratio": "half"}"#, "ratio"),
        (r#"{"focus": 7}"#, "focus"),
        (r#"{"language": "xx"}"#, "xx"),
        (r#"{"facts": ["people", "gossip"]}"#, "gossip"),
        (r#"{"sentance": 3}"#, "sentance"),
        (r#"{"sentences": "three"}"#, "sentences"),
    ];
    for (json, name) in cases {
        let message = thrown(wasm::summarize(JsValue::from_str(ARTICLE), options(json)), "Error");
        assert!(
            message.contains(&format!("`{name}`")) || message.contains(&format!("\"{name}\"")),
            "error for {json} should name `{name}`: {message}"
        );
        assert!(!message.contains("Error:"), "message for {json} repeats the class: {message}");
    }
    // Good options pass: each length key alone, facts as kinds, defaults via null.
    for json in [r#"{"sentences": 2}"#, r#"{"ratio": 0.5}"#, r#"{"maxWords": 40}"#, r#"{"facts": ["dates"]}"#, "null"] {
        wasm::summarize(JsValue::from_str(ARTICLE), options(json)).unwrap_or_else(|e| panic!("{json}: {e:?}"));
    }
    let two = wasm::summarize(JsValue::from_str(ARTICLE), options(r#"{"sentences": 2}"#)).unwrap();
    assert_eq!(array(&two, "summary").length(), 2);
}

#[wasm_bindgen_test]
fn text_that_is_not_a_string_is_a_type_error() {
    for (value, got) in [
        (JsValue::from_f64(42.0), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (Object::new().into(), "object"),
    ] {
        let message = thrown(wasm::summarize(value.clone(), JsValue::UNDEFINED), "TypeError");
        assert!(message.contains("text") && message.contains(got), "summarize: {message}");
        thrown(wasm::split(value.clone(), JsValue::UNDEFINED), "TypeError");
        thrown(wasm::facts(value, JsValue::UNDEFINED), "TypeError");
    }
    let message = thrown(wasm::summarize(JsValue::from_str(ARTICLE), JsValue::from_str("3")), "TypeError");
    assert!(message.contains("options"), "{message}");
}

#[wasm_bindgen_test]
fn empty_and_blank_text_give_an_empty_summary() {
    for text in ["", "   \n\n  "] {
        let result = summarize(text);
        assert_eq!(array(&result, "sentences").length(), 0, "{text:?}");
        assert_eq!(array(&result, "summary").length(), 0, "{text:?}");
    }
}

#[wasm_bindgen_test]
fn same_text_same_result() {
    let a = JSON::stringify(&summarize(ARTICLE)).unwrap();
    let b = JSON::stringify(&summarize(ARTICLE)).unwrap();
    assert_eq!(a, b);
    assert!(!wasm::version().is_empty());
}

/// HTML (a page's source, an element's `innerHTML`) is read as its text: the same sentences,
/// summary and quotation as the plain article, and every text the caller's own slice of the
/// markup, at UTF-16 offsets that count an emoji inside an attribute as JavaScript does.
#[wasm_bindgen_test]
fn html_is_read_as_its_text_with_offsets_into_the_markup() {
    let html = format!(
        "<!doctype html><article><img alt=\"{PREFIX}\"><p>{}</p></article><script>go(\"Not. A sentence.\")</script>",
        ARTICLE.replace("\n\n", "</p>\n<p>").replace('"', "&quot;").replace("Ana Ruiz", "<b>Ana</b> Ruiz")
    );
    let input = JsString::from(html.as_str());
    let result = summarize(&html);
    assert!(assert_offsets(&input, &result) >= 8);
    let plain = summarize(ARTICLE);
    let texts = |result: &JsValue| -> Vec<String> {
        let sentences = array(result, "sentences");
        array(result, "summary")
            .iter()
            .map(|i| get(&sentences.get(i.as_f64().unwrap() as u32), "text").as_string().unwrap())
            .collect()
    };
    let expected: Vec<String> =
        texts(&plain).iter().map(|t| t.replace('"', "&quot;").replace("Ana Ruiz", "<b>Ana</b> Ruiz")).collect();
    assert_eq!(texts(&result), expected);
    let sentences = array(&result, "sentences");
    assert_eq!(sentences.length(), array(&plain, "sentences").length());
    // No sentence is a tag or holds a paragraph's; one keeps the `<b>` inside it.
    assert!(sentences.iter().all(|s| {
        let text = get(&s, "text").as_string().unwrap();
        !text.starts_with('<') && !text.contains("p>")
    }));
    let quote = array(&get(&result, "facts"), "quotes").get(0);
    assert_eq!(get(&quote, "text").as_string().unwrap(), "painful but necessary");
    assert_eq!(get(&get(&result, "stats"), "html"), JsValue::TRUE);
    assert_eq!(get(&get(&plain, "stats"), "html"), JsValue::FALSE);
    // Names come without the tags between their words.
    assert_eq!(get(&quote, "speaker").as_string().unwrap(), "Ana Ruiz");
    let people = array(&get(&result, "facts"), "people");
    assert!(people.iter().any(|e| get(&e, "text").as_string().unwrap() == "Ana Ruiz"));
}

/// `language` gives what `summarize` detects, without summarizing; a non-string is a TypeError.
#[wasm_bindgen_test]
fn language_is_the_language_summarize_detects() {
    for text in [ARTICLE, "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke abzureißen.", "", "12345"] {
        let detected = wasm::language(JsValue::from_str(text)).unwrap();
        assert_eq!(JsValue::from_str(&detected), get(&summarize(text), "language"), "{text}");
    }
    assert_eq!(wasm::language(JsValue::from_str(ARTICLE)).unwrap(), "en");
    let message = thrown(wasm::language(JsValue::from_f64(1.0)).map(JsValue::from), "TypeError");
    assert!(message.starts_with("language: `text` must be a string"), "{message}");
}
