// The Node build (pkg-node/, wasm-pack --target nodejs) as a Node user loads it.
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");
const { ROOT, evalDir, newsArticle } = require("./helpers.js");

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

test("numbers in a result are never -0, which JSON would print as 0", () => {
  const file = path.join(evalDir(), "news_dev.jsonl");
  const texts = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).slice(0, 40).map((l) => JSON.parse(l).text);
  let numbers = 0;
  const walk = (value, where) => {
    if (typeof value === "number") {
      numbers += 1;
      assert.ok(!Object.is(value, -0), `-0 at ${where}`);
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
    }
  };
  texts.forEach((text, i) => walk(brevity.summarize(text), `text ${i}`));
  assert.ok(numbers > 10000, `${numbers} numbers checked`);
});

test("a bad option throws an Error naming it", () => {
  assert.throws(() => brevity.summarize("One. Two.", { ratio: 3 }), (e) => e instanceof Error && /`ratio`/.test(e.message));
  assert.throws(() => brevity.summarize(42), TypeError);
});

test("copy formats: plain text and Markdown with a facts list, markup escaped", async () => {
  const { summaryText, summaryMarkdown, factLabel, factGroups, statsOf, shownText } = await import("../format.js");
  // A result read from HTML shows its texts without tags; any other as they are.
  const html = { stats: { html: true } };
  assert.equal(shownText(html, "Tuesday</strong>, <em>March 5"), "Tuesday, March 5");
  assert.equal(shownText({ stats: { html: false } }, "a <b> tag"), "a <b> tag");
  const text = "Ana Ruiz said *all* is <b>fine</b>. Nothing else. It rained in Lyon on 3 May 2024.";
  // All three sentences, so the one with markup is in the summary whatever the scorer prefers.
  const result = brevity.summarize(text, { sentences: 3 });
  assert.equal(summaryText(result), result.summary.map((i) => result.sentences[i].text).join("\n"));
  const markdown = summaryMarkdown({
    ...result,
    facts: { ...result.facts, dates: [{ text: "3 May 2024", value: "2024-05-03", sentence: 2, start: 68, end: 78 }] },
  });
  assert.ok(markdown.startsWith("## Summary\n\n- Ana Ruiz said \\*all\\* is \\<b\\>fine\\</b\\>."), markdown);
  assert.ok(markdown.includes("\n## Key facts\n\n"), markdown);
  assert.ok(markdown.includes("- **Dates:** 3 May 2024 (2024-05-03)"), markdown);
  assert.equal(factLabel("quotes", { text: "\"We will rebuild\"", speaker: "Tomas Eriksen" }), "“We will rebuild” (Tomas Eriksen)");
  assert.equal(factLabel("numbers", { text: "$48 million", value: 48000000, unit: "USD" }), "$48 million (48,000,000 USD)");
  assert.equal(factLabel("numbers", { text: "two", value: 2, unit: null }), "two (2)");
  assert.equal(factLabel("numbers", { text: "200 homes", value: 200, unit: "homes" }), "200 homes", "no repeat of what the text says");
  assert.equal(factLabel("dates", { text: "Monday", value: "2024-03-18" }), "Monday (2024-03-18)");
  assert.equal(factLabel("dates", { text: "last week", value: null }), "last week");
  assert.equal(factLabel("dates", { text: "21st century", value: "20" }), "21st century (2000–2099)", "a century as its years");
  assert.equal(factLabel("dates", { text: "the 1960s", value: "1960/1969" }), "the 1960s (1960/1969)");
  // Dates, numbers and quotes come one per occurrence: the same label is one item listing
  // every occurrence; entities keep their own mentions.
  const fridays = [
    { text: "Friday", value: null, sentence: 0, start: 10, end: 16 },
    { text: "June", value: null, sentence: 1, start: 30, end: 34 },
    { text: "Friday", value: null, sentence: 2, start: 50, end: 56 },
  ];
  const groups = factGroups("dates", fridays);
  assert.deepEqual(groups.map((g) => [g.label, g.mentions.length]), [["Friday", 2], ["June", 1]]);
  assert.deepEqual(groups[0].mentions, [fridays[0], fridays[2]]);
  const people = [
    { text: "Ana Ruiz", mentions: [{ sentence: 0, start: 0, end: 8 }] },
    { text: "Ana Ruiz", mentions: [{ sentence: 1, start: 0, end: 8 }] },
  ];
  assert.equal(factGroups("people", people).length, 2, "entities are never merged by the page");
  assert.ok(
    summaryMarkdown({ ...result, facts: { ...result.facts, dates: fridays } }).includes("- **Dates:** Friday; June\n"),
    "each date once in the Markdown",
  );
  const stats = statsOf(result, 0.4);
  assert.equal(stats.ms, 1, "under a millisecond shows as 1 ms");
  assert.equal(stats.sentencesOut, 3);
  assert.equal(stats.reduction, Math.round((1 - result.stats.summaryWords / result.stats.words) * 100));
  // No summary: no reduction to state. A tiny summary of a long text is never "100%".
  const headline = brevity.summarize("Storm leaves 40,000 without power in Maine");
  assert.deepEqual([headline.stats.sentences, headline.summary.length], [1, 0], "a lone headline is no prose");
  assert.equal(statsOf(headline).reduction, null);
  const long = { summary: [0], stats: { words: 100000, summaryWords: 40, sentences: 5000 } };
  assert.equal(statsOf(long).reduction, 99.9);
});
