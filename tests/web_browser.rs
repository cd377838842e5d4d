//! The cases of `tests/web.rs`, run in a browser (`wasm-pack test --headless --chrome`).
//! `run_in_browser` makes the runner skip this suite under `--node` and run it in the browser.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "web.rs"]
mod web;
