// Runs the wasm summarizer off the page's thread, so a long text never freezes the page.
// The module is instantiated once per Worker (wasm fetched relative to pkg/brevity.js);
// each message { id, text, options } gets one reply { id, result, ms } or { id, error }.
import init, { summarize } from "./pkg/brevity.js";

// One small summary as soon as the module is ready: V8 compiles wasm functions on their
// first call, which made the first real request ~150 ms slower than the next ones. A text
// with a name, a place, a date, a number and a quote runs every stage.
const WARM_UP =
  'Officials in Paris said on 3 May 2024 that 1,200 homes had lost power. ' +
  '"Crews are working through the night," said Marie Dubois of the city council. ' +
  "Power should return by Friday.";

const ready = init().then(() => {
  try {
    summarize(WARM_UP, {});
  } catch {
    // A failure here shows again, as an error reply, on the first real request.
  }
});

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
