// Runs the wasm summarizer off the page's thread, so a long text never freezes the page.
// Each message { id, text, options } gets one reply { id, result, ms, notice } (`notice` set
// when the module for other languages could not be loaded) or { id, error }. With `brief` set,
// the reply has { shown, json } in place of `result` (see below).
//
// Two builds of the one module sit in pkg/, both run by the same glue (pkg/brevity.js):
// - brevity_en_bg.wasm, without the other languages' stemmers and fact words: the only one
//   fetched while the texts are English, the common case;
// - brevity_bg.wasm, every language: fetched the first time a text is in another language or
//   its language is undetermined (a headline may be), and kept for the Worker's life.
// Both give an English text the same result (www/tests/builds.test.js checks it on news).
import init, { language, summarize } from "./pkg/brevity.js";

const ENGLISH_WASM = new URL("./pkg/brevity_en_bg.wasm", import.meta.url);
const ALL_WASM = new URL("./pkg/brevity_bg.wasm", import.meta.url);

// One small summary as soon as a module is ready: V8 compiles wasm functions on their
// first call, which made the first real request ~150 ms slower than the next ones. A text
// with a name, a place, a date, a number and a quote runs every stage.
const WARM_UP =
  'Officials in Paris said on 3 May 2024 that 1,200 homes had lost power. ' +
  '"Crews are working through the night," said Marie Dubois of the city council. ' +
  "Power should return by Friday.";

function warm(run) {
  try {
    run(WARM_UP, {});
  } catch {
    // A failure here shows again, as an error reply, on the first real request.
  }
  return run;
}

// A failed fetch (the network down on a first visit) is retried on the next text, as for
// the other build below, so the page recovers without a reload.
let english = null;
function englishOnly() {
  english ??= init({ module_or_path: ENGLISH_WASM })
    .then(() => warm(summarize))
    .catch((error) => {
      english = null;
      throw error;
    });
  return english;
}
englishOnly().catch(() => {});

// The module with every language: a second instance of the glue (its own URL, so its own
// module record) initialized with the other .wasm. A failed fetch (offline before it was
// ever cached) is retried on the next text that needs it.
let everyLanguage = null;
function allLanguages() {
  everyLanguage ??= import("./pkg/brevity.js?languages=all")
    .then(async (glue) => {
      await glue.default({ module_or_path: ALL_WASM });
      return warm(glue.summarize);
    })
    .catch((error) => {
      everyLanguage = null;
      throw error;
    });
  return everyLanguage;
}

/**
 * Whether `text` needs the module with every language: it has letters and is not English.
 * An undetermined language needs it too: the other languages' number and date words still
 * count there ("3 millones" is 3,000,000, not 3). `language` reads what `summarize` reads
 * (a bounded sample; an HTML page's text past its head); a language given in the options
 * decides alone.
 */
function needsAll(text, options) {
  const given = options?.language;
  if (typeof given === "string" && given !== "auto") return given !== "en";
  try {
    return /\p{L}/u.test(text) && language(text) !== "en";
  } catch {
    // Bad text: the English module's summarize reports it.
    return false;
  }
}

self.onmessage = async (event) => {
  const { id, text, options, brief } = event.data;
  try {
    let run = await englishOnly();
    let notice;
    if (needsAll(text, options)) {
      try {
        run = await allLanguages();
      } catch {
        notice = "The module for other languages did not load: English rules were used.";
      }
    }
    const started = performance.now();
    const result = run(text, options);
    const ms = performance.now() - started;
    if (brief) {
      // For <brevity-summary>: only what the box shows crosses as objects; the whole Summary
      // crosses as one JSON string, parsed on the page only if it reads the event's detail.
      // A 3 MB text's Summary holds some 400,000 values: cloning them into the page held its
      // thread for 0.4 s and more. JSON loses nothing here: the values are strings, finite
      // numbers (never -0), booleans, null, arrays and plain objects.
      const shown = {
        summary: result.summary,
        stats: result.stats,
        texts: result.summary.map((i) => result.sentences[i].text),
        prose: result.sentences.some((s) => s.kind === "prose"),
      };
      self.postMessage({ id, shown, json: JSON.stringify(result), ms, notice });
    } else {
      // Results are plain objects: they cross postMessage as they are.
      self.postMessage({ id, result, ms, notice });
    }
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
