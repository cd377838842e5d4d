// Runs the wasm summarizer off the page's thread, so a long text never freezes the page.
// The module is instantiated once per Worker (wasm fetched relative to pkg/brevity.js);
// each message { id, text, options } gets one reply { id, result, ms } or { id, error }.
import init, { summarize } from "./pkg/brevity.js";

const ready = init();

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const started = performance.now();
    const result = summarize(text, options);
    const ms = performance.now() - started;
    // Results are plain objects: they cross postMessage as they are.
    self.postMessage({ id, result, ms });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
