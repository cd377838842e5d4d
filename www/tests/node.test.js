// The Node build (pkg-node/, wasm-pack --target nodejs) as a Node user loads it.
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { ROOT, newsArticle } = require("./helpers.js");

const brevity = require(path.join(ROOT, "pkg-node", "brevity.js"));

test("require() gives summarize, split, facts and version", () => {
  for (const name of ["summarize", "split", "facts", "version"]) {
    assert.equal(typeof brevity[name], "function", name);
  }
  assert.match(brevity.version(), /^\d+\.\d+\.\d+/);
});

test("a news article is summarized with exact UTF-16 offsets", () => {
  const { text } = newsArticle();
  const input = `🙂 東京。 ${text}`;
  const result = brevity.summarize(input, { sentences: 2 });
  assert.equal(result.summary.length, 2);
  assert.ok(result.sentences.length > 3);
  for (const s of result.sentences) assert.equal(input.slice(s.start, s.end), s.text);
  for (const kind of ["people", "places", "organizations", "dates", "numbers", "quotes", "keyphrases"]) {
    assert.ok(Array.isArray(result.facts[kind]), `facts.${kind} is a list`);
  }
  assert.deepEqual(brevity.split(input).map((s) => s.text), result.sentences.map((s) => s.text));
});

test("a bad option throws an Error naming it", () => {
  assert.throws(() => brevity.summarize("One. Two.", { ratio: 3 }), (e) => e instanceof Error && /`ratio`/.test(e.message));
  assert.throws(() => brevity.summarize(42), TypeError);
});
