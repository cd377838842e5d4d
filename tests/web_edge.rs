//! Hostile input on the wasm32 target, run by wasm-bindgen-test in Node
//! (`wasm-pack test --node -- --test web_edge`). `tests/web.rs` checks the JS API's shape,
//! offsets and errors; this suite checks what differs on wasm32: the fuzz invariants with
//! 32-bit `usize` and wasm's own float code, and that no JS value given as options or
//! text makes Rust panic (a panic aborts the whole instance, so every later call would
//! fail too).
#![cfg(target_arch = "wasm32")]

#[path = "support/check.rs"]
mod check;
#[path = "support/gen.rs"]
mod gen;

use brevity::wasm;
use js_sys::{JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = "The city council voted on Tuesday to close the old bridge. Engineers had warned \
that its steel was failing. \"We will rebuild,\" said Mayor Jane O'Neill. A new crossing will open \
in 2026 at a cost of $40 million.";

#[wasm_bindgen_test]
fn fuzz_sample_keeps_every_invariant_on_wasm32() {
    let mut rng = gen::Rng::new(0x3A5E);
    for n in 0..150 {
        let text = gen::text_of_at_most(&mut rng, 60);
        let options = check::options(&gen::options(&mut rng)).unwrap_or_else(|e| panic!("run {n}: {e}"));
        if let Err(e) = check::all(&text, &options.unwrap_or_default(), n % 4 == 0) {
            panic!("run {n}: {e}\ntext: {text:?}");
        }
    }
}

fn js(source: &str) -> JsValue {
    js_sys::eval(&format!("({source})")).unwrap_or_else(|e| panic!("{source}: {e:?}"))
}

fn message(err: &JsValue) -> String {
    Reflect::get(err, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_default()
}

/// Every odd value a caller may pass is an `Error` (or `TypeError`) with a message, and the
/// instance keeps working after each one.
#[wasm_bindgen_test]
fn odd_js_values_are_errors_not_panics() {
    let texts = ["42", "null", "undefined", "Symbol('x')", "10n", "() => 'text'", "new Date(0)", "[1, 2]", "new Map()"];
    for source in texts {
        let err = wasm::summarize(js(source), JsValue::UNDEFINED).expect_err(source);
        assert!(err.is_instance_of::<js_sys::TypeError>(), "{source}: {err:?}");
        assert!(message(&err).contains("must be a string"), "{source}: {}", message(&err));
    }
    let options = [
        ("{ sentences: 10n }", "sentences"),
        ("{ sentences: Symbol('3') }", "sentences"),
        ("{ ratio: () => 0.5 }", "ratio"),
        ("{ maxWords: new Date(0) }", "maxWords"),
        ("{ language: ['en'] }", "language"),
        ("{ facts: [null] }", "facts"),
        ("{ facts: [['people']] }", "facts"),
        ("{ facts: { people: true } }", "facts"),
        ("{ focus: { toString() { return 'x'; } } }", "focus"),
        ("{ sentences: -0 }", "sentences"),
        ("{ ratio: 1e-400 }", "ratio"),
        ("{ maxWords: 1e6 + 0.5 }", "maxWords"),
    ];
    for (source, name) in options {
        let err = wasm::summarize(ARTICLE.into(), js(source)).expect_err(source);
        assert!(err.is_instance_of::<js_sys::Error>(), "{source}: {err:?}");
        assert!(message(&err).contains(&format!("`{name}`")), "{source}: {}", message(&err));
    }
    for source in ["Symbol('o')", "7", "'sentences'", "() => ({})"] {
        let err = wasm::summarize(ARTICLE.into(), js(source)).expect_err(source);
        assert!(err.is_instance_of::<js_sys::TypeError>(), "{source}: {err:?}");
    }
    // Still alive, and huge budgets are fine: 2^53 sentences means all of them.
    let all = wasm::summarize(ARTICLE.into(), js("{ sentences: 2 ** 53, facts: [] }")).unwrap();
    let summary: js_sys::Array = Reflect::get(&all, &"summary".into()).unwrap().unchecked_into();
    assert_eq!(summary.length(), 4);
}

/// Lone surrogates at the very start and end, inside quotes and beside emoji: every
/// sentence is `input.slice(start, end)` with each lone surrogate read as U+FFFD.
#[wasm_bindgen_test]
fn lone_surrogates_at_the_edges_and_inside_quotes() {
    let units: Vec<u16> = "\u{0}X \"Quote Y said.\" 😀Z Mr. W left. Q".encode_utf16().collect();
    let mut input: Vec<u16> = vec![0xDC00];
    for u in units {
        input.push(u);
        match u {
            0x58 | 0x59 | 0x5A | 0x57 => input.push(0xD800),
            _ => {}
        }
    }
    input.push(0xDBFF);
    let input = JsString::from_char_code(&input);
    assert!(!input.is_valid_utf16());
    let result = wasm::summarize(JsValue::from(&input), JsValue::UNDEFINED).unwrap();
    let replaced: String = String::from(&input); // lossy: lone surrogates become U+FFFD
    let replaced16: Vec<u16> = replaced.encode_utf16().collect();
    assert_eq!(replaced16.len() as u32, input.length());
    let sentences: js_sys::Array = Reflect::get(&result, &"sentences".into()).unwrap().unchecked_into();
    assert!(sentences.length() >= 2);
    for s in sentences.iter() {
        let start = Reflect::get(&s, &"start".into()).unwrap().as_f64().unwrap() as usize;
        let end = Reflect::get(&s, &"end".into()).unwrap().as_f64().unwrap() as usize;
        let text = Reflect::get(&s, &"text".into()).unwrap().as_string().unwrap();
        assert_eq!(String::from_utf16(&replaced16[start..end]).unwrap(), text);
    }
}
