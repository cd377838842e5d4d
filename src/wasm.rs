//! The JavaScript door: the only file that knows `JsValue`. Options come in as a plain
//! object (`undefined`/`null` = defaults, unknown key = error); results go out as plain
//! objects with camelCase keys and UTF-16 offsets; bad input is a thrown `Error`/`TypeError`.

use wasm_bindgen::prelude::*;

use crate::options::{FactsSpec, Given, RawOptions};
use crate::{sentences_to_utf16, Options, Summarizer};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options for every call; all keys optional; at most one of sentences, ratio, maxWords. */
export interface Options {
  /** Summary length in sentences (default 3). */
  sentences?: number;
  /** Summary length as a share of the sentences, in (0, 1]. */
  ratio?: number;
  /** Summary length as a word budget; never exceeded, no sentence is cut. */
  maxWords?: number;
  /** "auto" (default) detects; or an ISO 639-1 code such as "en". */
  language?: string;
  /** true (default), false, or the kinds to extract. */
  facts?: boolean | FactKind[];
  /** Words or a phrase the summary should favour. */
  focus?: string;
}
export type FactKind = "people" | "places" | "organizations" | "dates" | "numbers" | "quotes" | "keyphrases";
export type SentenceKind = "prose" | "heading" | "caption" | "byline" | "meta";
/** What each group of features contributed: base + the parts = score (all 0 for non-prose). */
export interface Why {
  base: number; position: number; centrality: number; terms: number;
  length: number; facts: number; quote: number; focus: number;
}
/** A sentence; `text === input.slice(start, end)` (UTF-16 offsets). */
export interface Sentence { text: string; start: number; end: number; score: number; kind: SentenceKind; why: Why }
export interface Mention { sentence: number; start: number; end: number }
export interface Entity { text: string; mentions: Mention[]; salience: number }
export interface DateFact { text: string; value: string | null; sentence: number; start: number; end: number }
export interface NumberFact { text: string; value: number; unit: string | null; sentence: number; start: number; end: number }
export interface Quote { text: string; speaker: string | null; sentence: number; start: number; end: number }
export interface Keyphrase { text: string; score: number; mentions: Mention[] }
export interface Facts {
  people: Entity[]; places: Entity[]; organizations: Entity[];
  dates: DateFact[]; numbers: NumberFact[]; quotes: Quote[]; keyphrases: Keyphrase[];
}
export interface Stats { characters: number; words: number; sentences: number; summaryWords: number }
export interface Summary {
  language: string;
  sentences: Sentence[];
  /** Indices into `sentences`, in document order. */
  summary: number[];
  facts: Facts;
  stats: Stats;
}
"#;

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

fn text_arg(text: &JsValue, function: &str) -> Result<String, JsValue> {
    if !text.is_string() {
        let got = if text.is_null() { "null".to_string() } else { text.js_typeof().as_string().unwrap_or_default() };
        return Err(js_sys::TypeError::new(&format!("{function}: `text` must be a string, got {got}")).into());
    }
    // UTF-8 of the exact length. `JsValue::as_string` reserves three bytes per UTF-16 unit
    // from the first non-ASCII char on and shrinks afterwards, but linear memory never
    // shrinks: 10 MB of novels took 30 MB before the work began (issue 8, peak memory).
    // `TextEncoder` writes lone surrogates as U+FFFD, as `as_string` does.
    let bytes = TextEncoder::new().encode(text);
    let mut utf8 = vec![0; bytes.length() as usize];
    bytes.copy_to(&mut utf8);
    String::from_utf8(utf8).map_err(|_| js_sys::TypeError::new(&format!("{function}: `text` is not valid text")).into())
}

#[wasm_bindgen]
extern "C" {
    /// The platform's UTF-8 encoder (browsers, workers and Node all have it).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, input: &JsValue) -> js_sys::Uint8Array;
}

fn summarizer(options: JsValue) -> Result<Summarizer, JsValue> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        if !options.is_object() {
            return Err(js_sys::TypeError::new("`options` must be an object, undefined or null").into());
        }
        check_option_keys(&options)?;
        read_options(&options)?
    };
    Summarizer::new(options).map_err(|e| JsError::new(&e.to_string()).into())
}

/// Reads the options object by hand rather than through serde-wasm-bindgen's deserializer:
/// the same values and messages, without the deserializer and the float formatting its
/// error messages pull in (~10 KB of the gzipped download, issue 8). Like serde, it reads
/// each known key with `Reflect.get` (inherited keys count) and takes `undefined` and `null`
/// as not given.
fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    let get = |key: &str| -> Result<Option<JsValue>, JsValue> {
        let value = js_sys::Reflect::get(options, &JsValue::from_str(key))?;
        Ok((!(value.is_undefined() || value.is_null())).then_some(value))
    };
    let facts = match get("facts")? {
        None => None,
        Some(value) => Some(match value.as_bool() {
            Some(all) => FactsSpec::All(all),
            None if js_sys::Array::is_array(&value) => {
                FactsSpec::Kinds(value.unchecked_into::<js_sys::Array>().iter().map(given).collect())
            }
            // check_option_keys let only a boolean or an array through.
            None => return Err(JsError::new("invalid option `facts` (expected a boolean or array)").into()),
        }),
    };
    let raw = RawOptions {
        sentences: get("sentences")?.map(given),
        ratio: get("ratio")?.map(given),
        max_words: get("maxWords")?.map(given),
        language: get("language")?.map(given),
        facts,
        focus: get("focus")?.map(given),
    };
    Options::try_from(raw).map_err(|e| JsError::new(&e.to_string()).into())
}

/// A JS value as an option value (what serde-wasm-bindgen's `deserialize_any` gives).
fn given(value: JsValue) -> Given {
    if value.is_undefined() || value.is_null() {
        Given::Other("null".into())
    } else if let Some(b) = value.as_bool() {
        Given::Other(if b { "true" } else { "false" }.into())
    } else if let Some(n) = value.as_f64() {
        Given::Number(n)
    } else if let Some(s) = value.as_string() {
        Given::Text(s)
    } else if value.is_bigint() {
        match i64::try_from(value) {
            Ok(n) => Given::Number(n as f64),
            Err(value) => u64::try_from(value).map_or(Given::Other("a value".into()), |n| Given::Number(n as f64)),
        }
    } else if js_sys::Array::is_array(&value) {
        Given::Other("a list".into())
    } else if value.is_object() {
        Given::Other("an object".into())
    } else {
        Given::Other("a value".into())
    }
}

/// The keys `Options` takes, and the JS type each must have (`undefined` = not given).
const OPTION_KEYS: [(&str, &str); 6] = [
    ("sentences", "number"),
    ("ratio", "number"),
    ("maxWords", "number"),
    ("language", "string"),
    ("facts", "boolean or array"),
    ("focus", "string"),
];

/// Names a misspelt key or a value of the wrong type before serde sees it: serde-wasm-bindgen
/// reads only the fields it knows (so `{sentance: 3}` would pass silently) and its type errors
/// do not name the key (`invalid type: string "three", expected f64`).
fn check_option_keys(options: &JsValue) -> Result<(), JsValue> {
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
        let name = key.as_string().unwrap_or_default();
        let Some(&(_, expected)) = OPTION_KEYS.iter().find(|(k, _)| *k == name) else {
            let known: Vec<&str> = OPTION_KEYS.iter().map(|(k, _)| *k).collect();
            return Err(
                JsError::new(&format!("unknown option `{name}` (expected one of: {})", known.join(", "))).into()
            );
        };
        let value = js_sys::Reflect::get(options, &key)?;
        let fits = match expected {
            "number" => value.as_f64().is_some(),
            "string" => value.is_string(),
            _ => value.as_bool().is_some() || js_sys::Array::is_array(&value),
        };
        if !(fits || value.is_undefined() || value.is_null()) {
            let shown =
                js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()).unwrap_or_else(|| "a value".into());
            return Err(JsError::new(&format!("invalid option `{name}`: {shown} (expected a {expected})")).into());
        }
    }
    Ok(())
}

/// The results as plain JS objects, built field by field: the same keys, order and values
/// as serde's derive through serde-wasm-bindgen's JSON-compatible serializer (so the CLI's
/// `--json` and JS agree, www/tests/cli.test.js), without serde's generic serializer in the
/// download (~4 KB gzipped, issue 8). Scores, weights and saliences are rounded to 4
/// decimals as in `src/types.rs`; a missing value is `null`.
mod js {
    use std::cell::RefCell;

    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::JsValue;

    use crate::{
        DateFact, Entity, Facts, Keyphrase, Mention, NumberFact, Quote, Sentence, SentenceKind, Span, Stats, Summary,
        Why,
    };

    thread_local! {
        /// The JS strings of the keys and kind names, each made once: a new JS string per
        /// property (decoded from wasm memory each time) made Node's `split` 1.7× slower
        /// than building the results through serde-wasm-bindgen (issue 8).
        static NAMES: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
    }

    /// Calls `f` with the JS string of `s`.
    fn with_name<R>(s: &'static str, f: impl FnOnce(&JsValue) -> R) -> R {
        NAMES.with(|names| {
            let mut names = names.borrow_mut();
            let i = match names.iter().position(|(k, _)| *k == s) {
                Some(i) => i,
                None => {
                    names.push((s, JsValue::from_str(s)));
                    names.len() - 1
                }
            };
            f(&names[i].1)
        })
    }

    /// An object under construction; keys are set in the order serde writes them.
    struct Obj(Object);

    impl Obj {
        fn new() -> Obj {
            Obj(Object::new())
        }
        fn set(self, key: &'static str, value: JsValue) -> Obj {
            // Setting a data property of a fresh plain object cannot throw.
            with_name(key, |k| Reflect::set(&self.0, k, &value).ok());
            self
        }
        /// Sets `key` to one of a few fixed strings ("prose", "heading", …).
        fn set_name(self, key: &'static str, value: &'static str) -> Obj {
            let value = with_name(value, JsValue::clone);
            self.set(key, value)
        }
        fn span(self, span: Span) -> Obj {
            self.set("start", num(span.start)).set("end", num(span.end))
        }
        fn at(self, at: &Mention) -> Obj {
            self.set("sentence", num(at.sentence)).span(at.span)
        }
        fn done(self) -> JsValue {
            self.0.into()
        }
    }

    fn num(n: usize) -> JsValue {
        JsValue::from_f64(n as f64)
    }

    /// `round4` of `src/types.rs`.
    fn round4(x: f32) -> JsValue {
        JsValue::from_f64((f64::from(x) * 1e4).round() / 1e4)
    }

    fn text(s: &str) -> JsValue {
        JsValue::from_str(s)
    }

    fn or_null(s: Option<&str>) -> JsValue {
        s.map_or(JsValue::NULL, JsValue::from_str)
    }

    fn list<T>(items: &[T], f: impl Fn(&T) -> JsValue) -> JsValue {
        let array = Array::new();
        for item in items {
            array.push(&f(item));
        }
        array.into()
    }

    fn kind(k: SentenceKind) -> &'static str {
        match k {
            SentenceKind::Prose => "prose",
            SentenceKind::Heading => "heading",
            SentenceKind::Caption => "caption",
            SentenceKind::Byline => "byline",
            SentenceKind::Meta => "meta",
        }
    }

    fn why(w: &Why) -> JsValue {
        Obj::new()
            .set("base", round4(w.base))
            .set("position", round4(w.position))
            .set("centrality", round4(w.centrality))
            .set("terms", round4(w.terms))
            .set("length", round4(w.length))
            .set("facts", round4(w.facts))
            .set("quote", round4(w.quote))
            .set("focus", round4(w.focus))
            .done()
    }

    fn sentence(s: &Sentence) -> JsValue {
        Obj::new()
            .set("text", text(s.text))
            .span(s.span)
            .set("score", round4(s.score))
            .set_name("kind", kind(s.kind))
            .set("why", why(&s.why))
            .done()
    }

    /// Every sentence, in order.
    pub fn sentences(sentences: &[Sentence]) -> JsValue {
        list(sentences, sentence)
    }

    fn mention(m: &Mention) -> JsValue {
        Obj::new().at(m).done()
    }

    fn entity(e: &Entity) -> JsValue {
        Obj::new()
            .set("text", text(e.text))
            .set("mentions", list(&e.mentions, mention))
            .set("salience", round4(e.salience))
            .done()
    }

    fn date(d: &DateFact) -> JsValue {
        Obj::new().set("text", text(d.text)).set("value", or_null(d.value.as_deref())).at(&d.at).done()
    }

    fn number(n: &NumberFact) -> JsValue {
        Obj::new()
            .set("text", text(n.text))
            .set("value", JsValue::from_f64(n.value))
            .set("unit", or_null(n.unit))
            .at(&n.at)
            .done()
    }

    fn quote(q: &Quote) -> JsValue {
        Obj::new().set("text", text(q.text)).set("speaker", or_null(q.speaker)).at(&q.at).done()
    }

    fn keyphrase(k: &Keyphrase) -> JsValue {
        Obj::new()
            .set("text", text(&k.text))
            .set("score", round4(k.score))
            .set("mentions", list(&k.mentions, mention))
            .done()
    }

    /// The facts, kind by kind.
    pub fn facts(f: &Facts) -> JsValue {
        Obj::new()
            .set("people", list(&f.people, entity))
            .set("places", list(&f.places, entity))
            .set("organizations", list(&f.organizations, entity))
            .set("dates", list(&f.dates, date))
            .set("numbers", list(&f.numbers, number))
            .set("quotes", list(&f.quotes, quote))
            .set("keyphrases", list(&f.keyphrases, keyphrase))
            .done()
    }

    fn stats(s: &Stats) -> JsValue {
        Obj::new()
            .set("characters", num(s.characters))
            .set("words", num(s.words))
            .set("sentences", num(s.sentences))
            .set("summaryWords", num(s.summary_words))
            .done()
    }

    /// The whole summary.
    pub fn summary(s: &Summary) -> JsValue {
        Obj::new()
            .set("language", text(s.language.code()))
            .set("sentences", sentences(&s.sentences))
            .set("summary", list(&s.summary, |&i| num(i)))
            .set("facts", facts(&s.facts))
            .set("stats", stats(&s.stats))
            .done()
    }
}

/// Summarizes `text`: every sentence with its score, the chosen ones, and the key facts.
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "summarize")?;
    let summary = summarizer(options)?.summarize(&text);
    Ok(js::summary(&summary.to_utf16(&text)))
}

/// Splits `text` into sentences.
#[wasm_bindgen(unchecked_return_type = "Sentence[]")]
pub fn split(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "split")?;
    let sentences = summarizer(options)?.split(&text);
    Ok(js::sentences(&sentences_to_utf16(&sentences, &text)))
}

/// Extracts the key facts of `text`.
#[wasm_bindgen(unchecked_return_type = "Facts")]
pub fn facts(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "facts")?;
    let facts = summarizer(options)?.facts(&text);
    Ok(js::facts(&facts.to_utf16(&text)))
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
