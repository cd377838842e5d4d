//! The JavaScript door: the only file that knows `JsValue`. Options come in as a plain
//! object (`undefined`/`null` = defaults, unknown key = error); results go out as plain
//! objects with camelCase keys and UTF-16 offsets; bad input is a thrown `Error`/`TypeError`.

use wasm_bindgen::prelude::*;

use crate::markup::References;
use crate::options::{FactsSpec, Given, RawOptions};
use crate::{Options, Summarizer};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** The summary's length: at most one of sentences, ratio, maxWords (two throw). */
export type Length =
  | {
      /** Summary length in sentences (default 3). */
      sentences?: number; ratio?: undefined; maxWords?: undefined;
    }
  | {
      /** Summary length as a share of the sentences, in (0, 1]. */
      ratio: number; sentences?: undefined; maxWords?: undefined;
    }
  | {
      /** Summary length as a word budget; never exceeded, no sentence is cut. */
      maxWords: number; sentences?: undefined; ratio?: undefined;
    };
/** Options for every call; all keys optional; at most one length (see `Length`). */
export type Options = Length & OtherOptions;
/** The options besides the length. */
export interface OtherOptions {
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
/** A sentence; `text === input.slice(start, end)` (UTF-16 offsets), except that a lone surrogate of the input reads as U+FFFD in `text`, at the same offsets. HTML input is read as its text, and `text` is still the input's slice, with any tag inside it. */
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
export interface Stats {
  /** Unicode code points (an emoji is 1), unlike the UTF-16 offsets (2). */
  characters: number;
  words: number;
  sentences: number;
  /** Words of the summary's sentences. */
  summaryWords: number;
  /** The text was read as HTML (README, "HTML"): its items' texts may hold tags and character references. */
  html: boolean;
}
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
    std::panic::set_hook(Box::new(|info| panic_hook::report(info.location(), info.payload())));
}

/// A panic as a console error: what the `console_error_panic_hook` crate prints ("panicked
/// at src/x.rs:12:5:", the message, then the JS stack), with the location written by hand
/// instead of through `PanicHookInfo`'s `Display`: 475 bytes less download (issue 8).
#[cfg(feature = "console_error_panic_hook")]
mod panic_hook {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(
        inline_js = "export function panicked(m) { console.error(m + '\\n\\nStack:\\n\\n' + new Error().stack + '\\n\\n'); }"
    )]
    extern "C" {
        fn panicked(message: &str);
    }

    fn number(out: &mut String, n: u32) {
        if n >= 10 {
            number(out, n / 10);
        }
        out.push(char::from(b'0' + (n % 10) as u8));
    }

    pub fn report(at: Option<&std::panic::Location<'_>>, payload: &(dyn std::any::Any + Send)) {
        let mut m = String::from("panicked at ");
        if let Some(at) = at {
            m.push_str(at.file());
            m.push(':');
            number(&mut m, at.line());
            m.push(':');
            number(&mut m, at.column());
        }
        m.push_str(":\n");
        // A formatted message ("index out of bounds: …") reaches the hook as a `String`.
        let message = payload.downcast_ref::<&str>().copied();
        m.push_str(message.or_else(|| payload.downcast_ref::<String>().map(String::as_str)).unwrap_or("Box<dyn Any>"));
        panicked(&m);
    }
}

fn text_arg(text: &JsValue, function: &str) -> Result<(String, Option<References>), JsValue> {
    if !text.is_string() {
        let got = if text.is_null() { "null".to_string() } else { text.js_typeof().as_string().unwrap_or_default() };
        return Err(js_sys::TypeError::new(&[function, ": `text` must be a string, got ", &got].concat()).into());
    }
    // UTF-8 written by the platform's `TextEncoder.encodeInto` straight into a buffer of
    // one byte per UTF-16 unit (a UTF-8 text is never shorter), then into three bytes for
    // each unit left, the most one can take; trimmed to the exact size. `encode` made a JS
    // array of its own that was copied in: 0.58 ms for 1 MB of digits against 0.05 ms
    // (Node 20), 5 % of Node's `split` of it (issue 8). `JsValue::as_string` reserves three
    // bytes per UTF-16 unit from the first non-ASCII char on, and linear memory never
    // shrinks: 10 MB of novels took 30 MB (issue 8, peak memory). Lone surrogates become
    // U+FFFD, as `as_string` writes them.
    let units = text.unchecked_ref::<js_sys::JsString>().length() as usize;
    let mut utf8 = vec![0; units];
    let (mut read, mut written) = (0, 0);
    loop {
        let mut counts = [0u32; 2];
        js::encode_into(text, read as u32, &mut utf8[written..], &mut counts);
        read += counts[0] as usize;
        written += counts[1] as usize;
        if read >= units {
            break;
        }
        utf8.resize(written + 3 * (units - read), 0);
    }
    utf8.truncate(written);
    utf8.shrink_to_fit();
    // HTML is read as its text, with the same offsets (`markup`); JS takes each item's
    // text from the caller's string.
    let references = crate::markup::blank(&mut utf8);
    let utf8 = String::from_utf8(utf8)
        .map_err(|_| JsValue::from(js_sys::TypeError::new(&[function, ": `text` is not valid text"].concat())))?;
    Ok((utf8, references))
}

fn summarizer(options: JsValue) -> Result<Summarizer, JsValue> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        if !options.is_object() || js_sys::Array::is_array(&options) {
            return Err(js_sys::TypeError::new("`options` must be an object, undefined or null").into());
        }
        check_option_keys(&options)?;
        read_options(&options)?
    };
    Summarizer::new(options).map_err(|e| JsError::new(&e.message()).into())
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
    Options::try_from(raw).map_err(|e| JsError::new(&e.message()).into())
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

/// `OPTION_KEYS`' names as an unknown key's message lists them, written out rather than joined
/// at run time (checked against the table when the crate compiles).
const KNOWN: &str = "sentences, ratio, maxWords, language, facts, focus";

/// Whether `KNOWN` is `OPTION_KEYS`' names joined by ", ".
const fn known_lists_keys() -> bool {
    let k = KNOWN.as_bytes();
    let (mut at, mut i) = (0, 0);
    while i < OPTION_KEYS.len() {
        if i > 0 {
            if at + 2 > k.len() || k[at] != b',' || k[at + 1] != b' ' {
                return false;
            }
            at += 2;
        }
        let name = OPTION_KEYS[i].0.as_bytes();
        let mut j = 0;
        while j < name.len() {
            if at >= k.len() || k[at] != name[j] {
                return false;
            }
            at += 1;
            j += 1;
        }
        i += 1;
    }
    at == k.len()
}
const _: () = assert!(known_lists_keys(), "KNOWN must list OPTION_KEYS' names");

/// Names a misspelt key or a value of the wrong type before serde sees it: serde-wasm-bindgen
/// reads only the fields it knows (so `{sentance: 3}` would pass silently) and its type errors
/// do not name the key (`invalid type: string "three", expected f64`).
fn check_option_keys(options: &JsValue) -> Result<(), JsValue> {
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
        let name = key.as_string().unwrap_or_default();
        let Some(&(_, expected)) = OPTION_KEYS.iter().find(|(k, _)| *k == name) else {
            return Err(JsError::new(&["unknown option `", &name, "` (expected one of: ", KNOWN, ")"].concat()).into());
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
            return Err(JsError::new(
                &["invalid option `", &name, "`: ", &shown, " (expected a ", expected, ")"].concat(),
            )
            .into());
        }
    }
    Ok(())
}

/// The results as plain JS objects: the same keys, order and values as serde's derive
/// through serde-wasm-bindgen's JSON-compatible serializer (so the CLI's `--json` and JS
/// agree, www/tests/cli.test.js), without serde's generic serializer in the download (~4 KB
/// gzipped, issue 8). Scores, weights and saliences are rounded to 4 decimals as in
/// `src/types.rs`; a missing value is `null`.
///
/// Rust writes every number of the result, in the order the objects read them, into one
/// list of `f64`, and one call to a small JS function (`BUILD`) makes the objects from it
/// with object literals. Built field by field from Rust instead, each key was a `Reflect.set`
/// (a call out of wasm) and each sentence's text a new JS string decoded from wasm memory:
/// that made Node's `split` 2.0–3.3× native (docs/performance.md). A text that lies in the
/// input goes out as its UTF-16 offsets and JS takes `input.slice(start, end)` of the caller's
/// own string; other strings (key phrases, date values, language codes) are joined into one
/// string decoded once.
mod js {
    use wasm_bindgen::prelude::*;

    use crate::markup::References;
    use crate::{
        DateFact, Entity, Facts, Keyphrase, Mention, NumberFact, Quote, Sentence, SentenceKind, Span, Stats, Summary,
        Utf16Map,
    };

    #[wasm_bindgen(inline_js = r#"
// Reads what src/wasm.rs (module js) wrote: `n` the numbers in reading order, a string as two
// numbers (start, end >= 0: the input's slice; start, -1 - end: a slice of `strings`;
// -1, -1: null), a list as its length and then its items.
const KINDS = ["prose", "heading", "caption", "byline", "meta"];
let input, strings, n, i, fix;
// Rust read each lone surrogate of the input as U+FFFD (TextEncoder), one UTF-16 unit
// like the surrogate, so offsets agree and only the slice's surrogates need replacing.
const wellFormed = (s) =>
  s.toWellFormed ? s.toWellFormed() : s.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (c) => (c.length > 1 ? c : "\ufffd"));
const num = () => n[i++];
const cut = (a, b) => (fix ? wellFormed(input.slice(a, b)) : input.slice(a, b));
const str = () => {
  const a = n[i++], b = n[i++];
  return b >= 0 ? cut(a, b) : a < 0 ? null : strings.slice(a, -1 - b);
};
const list = (item) => {
  const out = [];
  for (let k = n[i++]; k > 0; k--) out.push(item());
  return out;
};
const sentence = () => ({
  text: str(), start: num(), end: num(), score: num(), kind: KINDS[num()],
  why: { base: num(), position: num(), centrality: num(), terms: num(), length: num(), facts: num(), quote: num(), focus: num() },
});
const mention = () => ({ sentence: num(), start: num(), end: num() });
const entity = () => ({ text: str(), mentions: list(mention), salience: num() });
const date = () => ({ text: str(), value: str(), sentence: num(), start: num(), end: num() });
const number = () => ({ text: str(), value: num(), unit: str(), sentence: num(), start: num(), end: num() });
const quote = () => ({ text: str(), speaker: str(), sentence: num(), start: num(), end: num() });
const keyphrase = () => ({ text: str(), score: num(), mentions: list(mention) });
const facts = () => ({
  people: list(entity), places: list(entity), organizations: list(entity), dates: list(date),
  numbers: list(number), quotes: list(quote), keyphrases: list(keyphrase),
});
const stats = () => ({ characters: num(), words: num(), sentences: num(), summaryWords: num(), html: num() === 1 });
const summary = () => ({ language: str(), sentences: list(sentence), summary: list(num), facts: facts(), stats: stats() });
// The caller's text in: UTF-8 from UTF-16 unit `from` on, as much as fits in `out`.
const encoder = new TextEncoder();
export function encode_into(text, from, out, counts) {
  const done = encoder.encodeInto(from ? text.slice(from) : text, out);
  counts[0] = done.read;
  counts[1] = done.written;
}
export function build(what, text, joined, numbers) {
  input = text; strings = joined; n = numbers; i = 0;
  fix = text.isWellFormed ? !text.isWellFormed() : /[\ud800-\udfff]/.test(text);
  try {
    return what === 0 ? list(sentence) : what === 1 ? facts() : summary();
  } finally {
    input = strings = n = undefined;
  }
}
"#)]
    extern "C" {
        /// Builds the objects `numbers` and `strings` describe (`what`: 0 sentences, 1
        /// facts, 2 a summary); `input` is the caller's text.
        fn build(what: u32, input: &JsValue, strings: &str, numbers: &[f64]) -> JsValue;
        /// UTF-8 of `text` from UTF-16 unit `from` on into `out`, as much as fits;
        /// `counts` gets the units read and the bytes written (`text_arg`).
        pub(super) fn encode_into(text: &JsValue, from: u32, out: &mut [u8], counts: &mut [u32]);
    }

    /// What [`build`] reads, written in its reading order.
    struct Out<'t> {
        input: &'t str,
        map: Utf16Map,
        /// The character references an HTML input's spans widen to; `None` for other text.
        references: Option<&'t References>,
        numbers: Vec<f64>,
        /// The strings that are not slices of the input, joined.
        strings: String,
        /// `strings`' length in UTF-16 units.
        strings_utf16: usize,
    }

    impl<'t> Out<'t> {
        fn new(input: &'t str, references: Option<&'t References>) -> Out<'t> {
            let map = Utf16Map::new(input);
            Out { input, map, references, numbers: Vec::new(), strings: String::new(), strings_utf16: 0 }
        }

        fn snap(&self, span: Span) -> Span {
            self.references.map_or(span, |r| r.snap(span))
        }

        fn num(&mut self, x: f64) {
            self.numbers.push(x);
        }

        fn count(&mut self, n: usize) {
            self.num(n as f64);
        }

        /// `round4` of `src/types.rs`.
        fn round4(&mut self, x: f32) {
            self.num(crate::types::rounded4(x));
        }

        /// The span in UTF-16 offsets.
        fn span(&mut self, span: Span) {
            let span = self.map.span(self.snap(span));
            self.count(span.start);
            self.count(span.end);
        }

        fn at(&mut self, at: &Mention) {
            self.count(at.sentence);
            self.span(at.span);
        }

        /// A string: where the input holds it (the item's own text, a speaker, a unit), its
        /// offsets; else appended to `strings`.
        fn text(&mut self, s: &str) {
            let base = self.input.as_ptr() as usize;
            let at = (s.as_ptr() as usize).wrapping_sub(base);
            if at <= self.input.len() && s.len() <= self.input.len() - at {
                // A `&str` inside the input starts and ends on its char boundaries.
                self.span(Span::new(at, at + s.len()));
            } else {
                self.string(s);
            }
        }

        /// A string that is not the input's slice.
        fn string(&mut self, s: &str) {
            let start = self.strings_utf16;
            self.strings.push_str(s);
            self.strings_utf16 += s.encode_utf16().count();
            self.num(start as f64);
            self.num(-1.0 - self.strings_utf16 as f64);
        }

        fn or_null(&mut self, s: Option<&str>) {
            match s {
                Some(s) => self.text(s),
                None => {
                    self.num(-1.0);
                    self.num(-1.0);
                }
            }
        }

        fn list<T>(&mut self, items: &[T], f: impl Fn(&mut Self, &T)) {
            self.count(items.len());
            for item in items {
                f(self, item);
            }
        }

        fn sentence(&mut self, s: &Sentence) {
            let span = self.map.span(self.snap(s.span));
            // The text is the span's slice (src/types.rs): its offsets are the span's.
            if s.text.as_ptr() as usize == self.input.as_ptr() as usize + s.span.start && s.text.len() == s.span.len() {
                self.count(span.start);
                self.count(span.end);
            } else {
                self.text(s.text);
            }
            self.count(span.start);
            self.count(span.end);
            self.round4(s.score);
            self.count(kind(s.kind));
            let w = &s.why;
            for part in [w.base, w.position, w.centrality, w.terms, w.length, w.facts, w.quote, w.focus] {
                self.round4(part);
            }
        }

        fn sentences(&mut self, sentences: &[Sentence]) {
            self.list(sentences, Self::sentence);
        }

        /// A name (an entity's, a speaker's): in HTML read as its text, its words without the
        /// tags between them.
        fn name(&mut self, s: &str) {
            match self.references.map(|_| crate::markup::one_spaced(s)).filter(|n| n != s) {
                Some(name) => self.string(&name),
                None => self.text(s),
            }
        }

        fn entity(&mut self, e: &Entity) {
            self.name(e.text);
            self.list(&e.mentions, Self::at);
            self.round4(e.salience);
        }

        fn date(&mut self, d: &DateFact) {
            self.text(d.text);
            self.or_null(d.value.as_deref());
            self.at(&d.at);
        }

        fn number(&mut self, n: &NumberFact) {
            self.text(n.text);
            self.num(n.value);
            self.or_null(n.unit);
            self.at(&n.at);
        }

        fn quote(&mut self, q: &Quote) {
            self.text(q.text);
            match q.speaker {
                Some(speaker) => self.name(speaker),
                None => self.or_null(None),
            }
            self.at(&q.at);
        }

        fn keyphrase(&mut self, k: &Keyphrase) {
            self.text(&k.text);
            self.round4(k.score);
            self.list(&k.mentions, Self::at);
        }

        fn facts(&mut self, f: &Facts) {
            self.list(&f.people, Self::entity);
            self.list(&f.places, Self::entity);
            self.list(&f.organizations, Self::entity);
            self.list(&f.dates, Self::date);
            self.list(&f.numbers, Self::number);
            self.list(&f.quotes, Self::quote);
            self.list(&f.keyphrases, Self::keyphrase);
        }

        fn stats(&mut self, s: &Stats) {
            for n in [s.characters, s.words, s.sentences, s.summary_words] {
                self.count(n);
            }
            self.count(usize::from(self.references.is_some()));
        }

        fn summary(&mut self, s: &Summary) {
            self.text(s.language.code());
            self.sentences(&s.sentences);
            self.list(&s.summary, |out, &i| out.count(i));
            self.facts(&s.facts);
            self.stats(&s.stats);
        }

        fn build(self, what: u32, input: &JsValue) -> JsValue {
            build(what, input, &self.strings, &self.numbers)
        }
    }

    /// The index of the kind's name in the JS `KINDS`.
    fn kind(k: SentenceKind) -> usize {
        match k {
            SentenceKind::Prose => 0,
            SentenceKind::Heading => 1,
            SentenceKind::Caption => 2,
            SentenceKind::Byline => 3,
            SentenceKind::Meta => 4,
        }
    }

    /// Every sentence of `text` (the caller's string `input`), in order; spans in bytes.
    pub fn sentences(sentences: &[Sentence], text: &str, references: Option<&References>, input: &JsValue) -> JsValue {
        let mut out = Out::new(text, references);
        out.sentences(sentences);
        out.build(0, input)
    }

    /// The facts, kind by kind; spans in bytes.
    pub fn facts(facts: &Facts, text: &str, references: Option<&References>, input: &JsValue) -> JsValue {
        let mut out = Out::new(text, references);
        out.facts(facts);
        out.build(1, input)
    }

    /// The whole summary; spans in bytes.
    pub fn summary(summary: &Summary, text: &str, references: Option<&References>, input: &JsValue) -> JsValue {
        let mut out = Out::new(text, references);
        out.summary(summary);
        out.build(2, input)
    }
}

/// Summarizes `text`: every sentence with its score, the chosen ones, and the key facts.
/// HTML source is read as its text (README, "HTML").
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (utf8, references) = text_arg(&text, "summarize")?;
    let summary = summarizer(options)?.summarize(&utf8);
    Ok(js::summary(&summary, &utf8, references.as_ref(), &text))
}

/// Splits `text` into sentences.
#[wasm_bindgen(unchecked_return_type = "Sentence[]")]
pub fn split(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (utf8, references) = text_arg(&text, "split")?;
    let sentences = summarizer(options)?.split(&utf8);
    Ok(js::sentences(&sentences, &utf8, references.as_ref(), &text))
}

/// Extracts the key facts of `text`.
#[wasm_bindgen(unchecked_return_type = "Facts")]
pub fn facts(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (utf8, references) = text_arg(&text, "facts")?;
    let facts = summarizer(options)?.facts(&utf8);
    Ok(js::facts(&facts, &utf8, references.as_ref(), &text))
}

/// The language `summarize` detects in `text` with `language: "auto"`: an ISO 639-1 code
/// such as "en", or "und" when unsure. HTML is read as its text, as by `summarize`.
#[wasm_bindgen]
pub fn language(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsValue> {
    let (utf8, _) = text_arg(&text, "language")?;
    Ok(crate::Lang::detect(&utf8).code().to_string())
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

// The allocator: talc in place of the standard library's dlmalloc, for the download (the
// English page 249,559 -> 247,419 bytes gzipped, 2026-11-29), at the same speed in Node.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
