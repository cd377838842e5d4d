// The JS door under hostile input, in the Node build (pkg-node/): lone surrogates keep
// offsets lined up, non-strings are TypeErrors that say what was expected, bad options are
// Errors that name the option, and wasm memory holds a 10 MB text and does not grow over
// 1 000 calls. Memory is read from the instance's linear memory (it only ever grows, so
// its size is the peak so far).
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { ROOT } = require("./helpers.js");

// Keep the instance the package creates, to read its linear memory.
const Original = WebAssembly.Instance;
let instance;
WebAssembly.Instance = function (module, imports) {
  instance = new Original(module, imports);
  return instance;
};
const brevity = require(path.join(ROOT, "pkg-node", "brevity.js"));
WebAssembly.Instance = Original;
const memory = () => instance.exports.memory.buffer.byteLength;

const ARTICLE =
  "The city council voted on Tuesday to close the old bridge. Engineers had warned that its steel was failing. " +
  "\"We will rebuild,\" said Mayor Jane O'Neill. A new crossing will open in 2026 at a cost of $40 million. " +
  "Residents were divided, and about 300 people signed a petition in March.";

/** Every span in a result, with the text it must slice. */
function spans(result) {
  const out = result.sentences.map((s) => [s, s.text]);
  for (const d of result.facts.dates) out.push([d, d.text]);
  for (const n of result.facts.numbers) out.push([n, n.text]);
  return out;
}

test("lone surrogates arrive as U+FFFD of the same UTF-16 length, so offsets line up", () => {
  const input = `Broken \uD800 high. Then \uDC00 low, and 😀 a pair. ${ARTICLE} End \uDBFF`;
  const result = brevity.summarize(input, { sentences: 2 });
  assert.ok(result.sentences.length >= 6, "the sentences after the surrogates are found");
  for (const [item, text] of spans(result)) {
    // The item's text is the input's slice with each lone surrogate replaced by U+FFFD.
    assert.equal(text, input.slice(item.start, item.end).toWellFormed(), JSON.stringify(item));
  }
  // Past the last lone surrogate but one, the slice is exact character for character.
  const later = result.sentences.find((s) => s.text.startsWith("Engineers"));
  assert.equal(input.slice(later.start, later.end), later.text);
  assert.equal(result.stats.characters, [...input.toWellFormed()].length);
  for (const s of brevity.split(input)) assert.equal(s.text, input.slice(s.start, s.end).toWellFormed());
});

test("lone surrogates read as U+FFFD also where strings lack toWellFormed (before ES2024)", () => {
  // The result objects take each text as a slice of the caller's string and replace lone
  // surrogates with toWellFormed, or a regular expression where the engine lacks it.
  const input = `Lone \uD800\uD83D\uDE00 high before a pair. A pair 😀\uDC00 before a lone low. ${ARTICLE} \uDBFF`;
  const expected = [brevity.summarize(input), brevity.split(input), brevity.facts(input)];
  const saved = ["isWellFormed", "toWellFormed"].map((name) => [name, Object.getOwnPropertyDescriptor(String.prototype, name)]);
  delete String.prototype.isWellFormed;
  delete String.prototype.toWellFormed;
  let got;
  try {
    got = [brevity.summarize(input), brevity.split(input), brevity.facts(input)];
  } finally {
    for (const [name, descriptor] of saved) Object.defineProperty(String.prototype, name, descriptor);
  }
  assert.deepEqual(got, expected);
  assert.ok(expected[1][0].text.includes("\uFFFD😀"), expected[1][0].text);
});

test("a non-string text is a TypeError that says a string was expected and what came", () => {
  const cases = [
    [42, /must be a string, got number/],
    [null, /must be a string, got null/],
    [undefined, /must be a string, got undefined/],
    [{ text: "x" }, /must be a string, got object/],
    [["a"], /must be a string, got object/],
    [true, /must be a string, got boolean/],
    [new String("boxed"), /must be a string, got object/],
  ];
  for (const fn of ["summarize", "split", "facts"]) {
    for (const [value, message] of cases) {
      assert.throws(() => brevity[fn](value), (e) => e instanceof TypeError && message.test(e.message) &&
        e.message.startsWith(`${fn}:`), `${fn}(${String(value)})`);
    }
  }
});

test("a bad option is an Error that names the option", () => {
  const cases = [
    [{ ratio: 2 }, "ratio"],
    [{ ratio: 0 }, "ratio"],
    [{ ratio: -0.5 }, "ratio"],
    [{ ratio: NaN }, "ratio"],
    [{ ratio: "half" }, "ratio"],
    [{ sentences: 0 }, "sentences"],
    [{ sentences: 2.5 }, "sentences"],
    [{ sentences: -1 }, "sentences"],
    [{ sentences: "3" }, "sentences"],
    [{ sentences: Infinity }, "sentences"],
    [{ sentences: [3] }, "sentences"],
    [{ maxWords: 0 }, "maxWords"],
    [{ maxWords: {} }, "maxWords"],
    [{ sentences: 2, ratio: 0.5 }, "sentences"],
    [{ language: "xx" }, "language"],
    [{ language: 5 }, "language"],
    [{ facts: "people" }, "facts"],
    [{ facts: ["pets"] }, "facts"],
    [{ facts: [1] }, "facts"],
    [{ focus: 7 }, "focus"],
    [{ bogus: 1 }, "bogus"],
  ];
  for (const [options, name] of cases) {
    assert.throws(() => brevity.summarize(ARTICLE, options), (e) => e instanceof Error &&
      e.message.includes(`\`${name}\``), JSON.stringify(options));
  }
  // A value is named as JS writes it: Infinity, not "inf".
  assert.throws(() => brevity.summarize(ARTICLE, { sentences: Infinity }), /`sentences`: Infinity \(/);
  for (const options of [5, "sentences", true, [], [3]]) {
    assert.throws(() => brevity.summarize(ARTICLE, options), (e) => e instanceof TypeError &&
      /`options` must be an object/.test(e.message), String(options));
  }
});

test("sentences: 1e9 returns every prose sentence; null and undefined options mean the defaults", () => {
  const all = brevity.summarize(ARTICLE, { sentences: 1e9 });
  const prose = all.sentences.filter((s) => s.kind === "prose").length;
  assert.ok(prose >= 5);
  assert.equal(all.summary.length, prose);
  assert.deepEqual(brevity.summarize(ARTICLE, null), brevity.summarize(ARTICLE));
  assert.deepEqual(brevity.summarize(ARTICLE, { sentences: undefined, focus: null }), brevity.summarize(ARTICLE));
  assert.equal(brevity.summarize(ARTICLE).summary.length, 3);
});

test("10 MB of text fits in wasm memory", () => {
  // 10 MB of varied prose: the article with its numbers changed, so no two paragraphs match.
  const parts = [];
  let size = 0;
  for (let i = 0; size < 10_000_000; i++) {
    const p = ARTICLE.replace("2026", String(1900 + (i % 200))).replace("300", String(i)) + "\n\n";
    parts.push(p);
    size += p.length;
  }
  const big = parts.join("");
  const before = memory();
  const result = brevity.summarize(big);
  const peak = memory();
  assert.ok(result.sentences.length > 100_000, `${result.sentences.length} sentences`);
  assert.equal(result.summary.length, 3);
  const last = result.sentences[result.sentences.length - 1];
  assert.equal(big.slice(last.start, last.end), last.text);
  // Wasm32 has 4 GiB of address space; the peak is reported, not timed.
  console.log(`memory: 10 MB summarize: ${(before / 2 ** 20).toFixed(1)} MiB before, ` +
    `${(peak / 2 ** 20).toFixed(1)} MiB after (${(peak / big.length).toFixed(1)}× the input)`);
});

test("1 000 calls in one instance do not grow wasm memory", () => {

  // 1 000 different articles in one instance: after a warm-up the heap reuses its memory.
  const article = (i) => `${ARTICLE} Report ${i}: ${"More words follow here. ".repeat(i % 40)}`;
  for (let i = 0; i < 100; i++) brevity.summarize(article(i));
  const warm = memory();
  for (let i = 100; i < 1000; i++) {
    const r = brevity.summarize(article(i));
    assert.equal(r.summary.length, 3);
  }
  const after = memory();
  console.log(`memory: 1 000 calls: ${(warm / 2 ** 20).toFixed(1)} MiB after 100, ` +
    `${(after / 2 ** 20).toFixed(1)} MiB after 1 000`);
  assert.equal(after, warm, "linear memory grew between call 100 and call 1 000");
});
