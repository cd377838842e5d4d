// Misuses the package on purpose: the tests expect `tsc --noEmit` to reject every line
// marked "error", which proves the types are checked rather than `any`.
import { summarize } from "../../pkg/brevity.js";
import "../../www/brevity-summary.js";

const result = summarize("One. Two.", { sentences: 2 });
export const a: number = result.stats.summary_words; // error: the key is summaryWords
export const b: string = result.summary[0]; // error: indices are numbers
export const c = summarize("One.", { sentence: 2 }); // error: unknown option
export const d = summarize(42); // error: text is a string
export const e = summarize("One.", { sentences: 2, ratio: 0.5 }); // error: one length only
document.querySelector("brevity-summary")?.addEventListener("brevity-summary", (e) => {
  const words: string = e.detail.stats.words; // error: a count is a number
  return words;
});
export const f: number = document.createElement("brevity-summary").options.sentences; // error: may be undefined
