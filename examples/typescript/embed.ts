// A TypeScript page using <brevity-summary> (www/brevity-summary.d.ts). Compiled with
// `tsc --noEmit` by the tests (www/tests/types.test.js), with usage.ts.
import "../../www/brevity-summary.js";
import type { BrevitySummary, BrevitySummaryEvent } from "../../www/brevity-summary.js";

const box: BrevitySummary | null = document.querySelector("brevity-summary");
box?.setAttribute("max-words", "60");
box?.refresh();
export const length = box?.options.maxWords;

// The README's listener, typed: the detail is the Summary, with the time taken.
document.querySelector("brevity-summary")?.addEventListener("brevity-summary", (e) => {
  console.log(e.detail.summary.map((i) => e.detail.sentences[i].text));
  console.log(`${e.detail.stats.summaryWords} words in ${e.detail.ms.toFixed(1)} ms`, e.detail.notice ?? "");
  // Offsets index the text summarized.
  const first = e.detail.sentences[0];
  if (first) console.log(e.detail.text.slice(first.start, first.end) === first.text);
});
// It bubbles: a page may listen once for every element.
document.addEventListener("brevity-summary", (e: BrevitySummaryEvent) => {
  const from: string = (e.target as BrevitySummary).source?.id ?? "";
  console.log(from, e.detail.facts.people.map((p) => p.text));
});

// The same element under the design's name, <brevity-tldr>, from either file.
import type { BrevityTldr } from "../../www/brevity-tldr.js";
const tldr: BrevityTldr | null = document.querySelector("brevity-tldr");
export const tldrOptions = tldr?.options;
