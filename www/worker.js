// Runs the wasm summarizer off the main thread, so a long text never freezes the page.
// The module is loaded and instantiated once; each message is one job.
import init, { summarize, version } from "./pkg/brevity.js";

const ready = init();

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const started = performance.now();
    const result = summarize(text, options);
    const ms = performance.now() - started;
    // Results are plain objects: they cross postMessage as they are.
    self.postMessage({ id, result, ms, version: version() });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
