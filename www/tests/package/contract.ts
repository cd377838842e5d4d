// A TypeScript user of the npm package, as installed from its tarball: www/tests/package.test.js
// type-checks this file (strict) in Node ("NodeNext", no DOM library: the package's node.d.ts)
// and for a bundler ("Bundler" with the DOM: brevity.d.ts). Every option and result field of
// the contract (README "The result", DESIGN.md) must have its exact type, never `any`.
import init, { facts, language, split, summarize, version } from "brevity";
import type {
  DateFact, Entity, FactKind, Facts, Keyphrase, Mention, NumberFact, Options, Quote, Sentence, SentenceKind,
  Stats, Summary, Why,
} from "brevity";

type IsAny<T> = 0 extends 1 & T ? true : false;
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when A and B are the same type (and neither is `any`, unless both are). */
const same = <A, B>(check: Same<A, B>): Same<A, B> => check;
const notAny = <T>(_value: T, check: IsAny<T> extends true ? never : true): true => check;

export async function run(text: string): Promise<string[]> {
  await init();
  // What the README shows for English-only sites; in Node it has nothing left to do.
  await init({ module_or_path: "./brevity_en_bg.wasm" });
  const every: Options[] = [
    {}, { sentences: 3 }, { ratio: 0.5 }, { maxWords: 60 }, { language: "auto" }, { language: "en" },
    { facts: true }, { facts: false },
    { facts: ["people", "places", "organizations", "dates", "numbers", "quotes", "keyphrases"] },
    { focus: "ferry" }, { maxWords: 60, focus: "ferry", facts: ["dates"], language: "en" },
  ];
  for (const options of every) summarize(text, options);
  summarize(text, null);
  const result = summarize(text);
  notAny(result, true);
  same<typeof result, Summary>(true);
  same<Summary["language"], string>(true);
  same<Summary["summary"], number[]>(true);
  same<Summary["sentences"], Sentence[]>(true);
  same<Summary["facts"], Facts>(true);
  same<Summary["stats"], Stats>(true);
  same<Stats, { characters: number; words: number; sentences: number; summaryWords: number; html: boolean }>(true);
  same<Sentence, { text: string; start: number; end: number; score: number; kind: SentenceKind; why: Why }>(true);
  same<SentenceKind, "prose" | "heading" | "caption" | "byline" | "meta">(true);
  same<Why, {
    base: number; position: number; centrality: number; terms: number;
    length: number; facts: number; quote: number; focus: number;
  }>(true);
  same<Facts, {
    people: Entity[]; places: Entity[]; organizations: Entity[]; dates: DateFact[];
    numbers: NumberFact[]; quotes: Quote[]; keyphrases: Keyphrase[];
  }>(true);
  same<Mention, { sentence: number; start: number; end: number }>(true);
  same<Entity, { text: string; mentions: Mention[]; salience: number }>(true);
  same<DateFact, { text: string; value: string | null; sentence: number; start: number; end: number }>(true);
  same<NumberFact, { text: string; value: number; unit: string | null; sentence: number; start: number; end: number }>(true);
  same<Quote, { text: string; speaker: string | null; sentence: number; start: number; end: number }>(true);
  same<Keyphrase, { text: string; score: number; mentions: Mention[] }>(true);
  same<FactKind, "people" | "places" | "organizations" | "dates" | "numbers" | "quotes" | "keyphrases">(true);
  same<Parameters<typeof summarize>, [text: string, options?: Options | null]>(true);
  same<ReturnType<typeof split>, Sentence[]>(true);
  same<ReturnType<typeof facts>, Facts>(true);
  same<ReturnType<typeof language>, string>(true);
  same<ReturnType<typeof version>, string>(true);

  // @ts-expect-error at most one length
  summarize(text, { sentences: 2, ratio: 0.5 });
  // @ts-expect-error no such option
  summarize(text, { sentence: 2 });
  // @ts-expect-error no such kind of fact
  summarize(text, { facts: ["persons"] });
  // @ts-expect-error a length is a number
  summarize(text, { maxWords: "60" });
  // @ts-expect-error the text is a string
  summarize(42);

  return result.summary.map((i) => result.sentences[i].text);
}
