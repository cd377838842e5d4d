// The page's two builds of the module (scripts/build): brevity_en_bg.wasm, without the other
// languages' stemmers and fact words, and brevity_bg.wasm with every language. The page's
// worker answers English texts with the first and loads the second for any other, so the
// two must agree on every English text, and the English one must really lack the others.
"use strict";

const { test, before } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { ROOT, evalDir } = require("./helpers.js");

const PKG = path.join(ROOT, "www", "pkg");
const builds = {};

/** One instance of the page's glue per build: its own URL makes its own module record. */
async function load(name, wasm) {
  const url = pathToFileURL(path.join(PKG, "brevity.js"));
  url.search = `build=${name}`;
  const glue = await import(url.href);
  glue.initSync({ module: fs.readFileSync(path.join(PKG, wasm)) });
  return glue;
}

before(async () => {
  builds.en = await load("en", "brevity_en_bg.wasm");
  builds.all = await load("all", "brevity_bg.wasm");
});

function jsonl(file) {
  return fs
    .readFileSync(path.join(evalDir(), file), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

test("the English build is the smaller one", () => {
  const size = (f) => fs.statSync(path.join(PKG, f)).size;
  assert.ok(size("brevity_en_bg.wasm") < size("brevity_bg.wasm") * 0.9);
});

test("both builds give every English article of news_dev the same result", { timeout: 300000 }, () => {
  const articles = jsonl("news_dev.jsonl");
  let english = 0;
  for (const { id, text } of articles) {
    const en = builds.en.summarize(text);
    if (en.language !== "en") continue;
    english += 1;
    assert.deepEqual(en, builds.all.summarize(text), `article ${id}`);
  }
  assert.ok(english > 1500, `${english} English articles compared`);
});

test("both builds agree on lower-cased, tokenized news (every tenth cnndm_lower_dev article)", { timeout: 300000 }, () => {
  let english = 0;
  for (const [i, { text }] of jsonl("cnndm_lower_dev.jsonl").entries()) {
    if (i % 10 !== 0) continue;
    const en = builds.en.summarize(text);
    if (en.language !== "en") continue;
    english += 1;
    assert.deepEqual(en, builds.all.summarize(text), `article ${i}`);
  }
  assert.ok(english > 600, `${english} English articles compared`);
});

test("both builds agree on the English golden-rule texts, with every option kind", () => {
  let english = 0;
  for (const { text } of jsonl("golden_rules.jsonl")) {
    if (builds.all.summarize(text, { facts: false }).language !== "en") continue;
    english += 1;
    for (const options of [{}, { sentences: 1 }, { ratio: 0.5, focus: "government" }, { maxWords: 20 }]) {
      assert.deepEqual(builds.en.summarize(text, options), builds.all.summarize(text, options), text);
    }
    assert.deepEqual(builds.en.split(text), builds.all.split(text), text);
    assert.deepEqual(builds.en.facts(text), builds.all.facts(text), text);
  }
  assert.ok(english > 40, `${english} English texts compared`);
});

test("the worker's language test (`language` of the English build) matches the whole text's", () => {
  const texts = [...jsonl("news_dev.jsonl"), ...jsonl("golden_rules.jsonl")].map((item) => item.text);
  // A sample that ends inside an emoji's surrogate pair, in two scripts.
  texts.push(`${"a".repeat(1535)}🙂 The rest is English prose about the council and its plans.`);
  texts.push(`${"Привет мир. ".repeat(127)}🙂 Дальше идёт русский текст.`);
  // HTML whose head and scripts fill far more than the sample: the article's language.
  const head = `<!doctype html><html><head>${'<meta name="x" content="y">'.repeat(200)}<script>${"var a = 1;".repeat(500)}</script></head>`;
  const english = "<p>The council voted on Tuesday to rebuild the bridge across the river.</p><p>Work starts in March.</p>";
  const german = "<p>Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss neu zu bauen.</p><p>Die Arbeiten beginnen im März.</p>";
  texts.push(`${head}<body>${english}</body></html>`, `${head}<body>${german}</body></html>`);
  assert.equal(builds.en.language(texts.at(-2)), "en");
  assert.equal(builds.en.language(texts.at(-1)), "de");
  for (const text of texts) {
    assert.equal(builds.en.language(text), builds.all.summarize(text, { facts: false }).language, text.slice(0, 80));
  }
});

test("the English build lacks the other languages: German numbers and quote speakers", () => {
  const text =
    "Die Bundesregierung will bis 2030 rund 2,7 Millionen Wohnungen bauen lassen. " +
    "„Wir brauchen mehr bezahlbare Wohnungen“, sagte Bundeskanzler Olaf Scholz am Dienstag in Berlin. " +
    "Die Opposition kritisierte die Pläne als unrealistisch.";
  const all = builds.all.summarize(text);
  const en = builds.en.summarize(text);
  assert.equal(all.language, "de");
  assert.equal(en.language, "de", "the English build still detects the language, so the page can switch");
  const value = (result) => result.facts.numbers.find((n) => n.text.startsWith("2,7"))?.value;
  assert.equal(value(all), 2.7e6);
  assert.notEqual(value(en), 2.7e6);
  assert.equal(all.facts.quotes[0]?.speaker, "Olaf Scholz");
  assert.notEqual(en.facts.quotes[0]?.speaker, "Olaf Scholz");
});
