// Using Brevity's ES module package from TypeScript. Compiled with `tsc --noEmit` by the
// tests (www/tests/types.test.js), so the .d.ts that wasm-pack writes must match this use.
import init, { facts, language, split, summarize, version } from "../../pkg/brevity.js";
import type { DateFact, Entity, Options, Sentence, Summary } from "../../pkg/brevity.js";

export async function tldr(text: string, sentences = 3): Promise<string[]> {
  await init();
  const options: Options = { sentences, facts: ["people", "dates"] };
  const result: Summary = summarize(text, options);
  return result.summary.map((i: number) => result.sentences[i].text);
}

export function highlights(text: string): Array<[number, number]> {
  const result = summarize(text, { ratio: 0.25 });
  const spans = result.summary.map((i): [number, number] => [result.sentences[i].start, result.sentences[i].end]);
  // Offsets are UTF-16 code units: slice gives the sentence back.
  for (const [start, end] of spans) console.assert(text.slice(start, end).length === end - start);
  return spans;
}

export function people(text: string): string[] {
  const found = facts(text, { facts: ["people"] });
  return found.people.map((person: Entity) => `${person.text} (${person.mentions.length})`);
}

export function datesWithValues(text: string): string[] {
  const found: DateFact[] = summarize(text).facts.dates;
  return found.filter((d) => d.value !== null).map((d) => `${d.text} = ${d.value}`);
}

export function explain(text: string): string[] {
  const sentences: Sentence[] = split(text);
  return sentences.map((s) => `${s.kind} ${s.score.toFixed(2)} position ${s.why.position.toFixed(2)}`);
}

export const packageVersion: string = version();
export const isEnglish = (text: string): boolean => language(text) === "en";
export const wordsKept = (s: Summary): number => s.stats.summaryWords;
