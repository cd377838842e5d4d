// The command line and the JS API agree: `brevity summarize --json` prints the same shape
// and values (UTF-16 offsets included) as `summarize` in the Node package, for real articles.
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, evalDir } = require("./helpers.js");

const brevity = require(path.join(ROOT, "pkg-node", "brevity.js"));

// --all-features, as scripts/test's cargo test step builds it, so nothing is rebuilt here.
function cli(args, input) {
  const run = spawnSync("cargo", ["run", "--quiet", "--all-features", "--bin", "brevity", "--", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/**
 * Deep equality, keys in order, where numbers compare as f32: the core scores in f32, which serde_json
 * prints in its shortest f32 form and JS receives widened to f64.
 */
function assertSame(native, js, at = "result") {
  if (typeof native === "number" && typeof js === "number") {
    // === rather than Object.is: 0 and -0 are the same value here.
    assert.ok(Math.fround(native) === Math.fround(js), `${at}: ${native} vs ${js}`);
  } else if (Array.isArray(native)) {
    assert.ok(Array.isArray(js), `${at} is an array in both`);
    assert.equal(native.length, js.length, `${at}.length`);
    native.forEach((v, i) => assertSame(v, js[i], `${at}[${i}]`));
  } else if (native && typeof native === "object") {
    // In the same order too: serde writes a struct's fields in declaration order, and the JS
    // objects are built in that order (src/wasm.rs).
    assert.deepEqual(Object.keys(js), Object.keys(native), `${at} keys`);
    for (const key of Object.keys(native)) assertSame(native[key], js[key], `${at}.${key}`);
  } else {
    assert.equal(native, js, at);
  }
}

function articles(count) {
  const lines = fs.readFileSync(path.join(evalDir(), "news_dev.jsonl"), "utf8").split("\n").filter(Boolean);
  // Spread over the file rather than the first few, for a mix of sources and lengths.
  const step = Math.max(1, Math.floor(lines.length / count));
  return Array.from({ length: count }, (_, i) => JSON.parse(lines[i * step]));
}

test("summarize --json equals the JS result, offsets and all", { timeout: 300000 }, () => {
  for (const { id, text } of articles(3)) {
    const input = `👩‍👩‍👧 東京。 ${text}`; // emoji and CJK first: UTF-16 and byte offsets differ
    const native = JSON.parse(cli(["summarize", "--json", "--sentences", "4"], input));
    const js = brevity.summarize(input, { sentences: 4 });
    assertSame(native, js, id);
    for (const s of js.sentences) assert.equal(input.slice(s.start, s.end), s.text, id);
  }
});

test("summarize --jsonl keeps ids and gives the JS result per line", { timeout: 300000 }, () => {
  const items = articles(4).map(({ id, text }) => ({ id, text }));
  const out = cli(["summarize", "--jsonl", "--ratio", "0.3"], items.map((x) => JSON.stringify(x)).join("\n"));
  const lines = out.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), items.map((x) => x.id));
  lines.forEach((line, i) => {
    const { id, ...rest } = line;
    assertSame(rest, brevity.summarize(items[i].text, { ratio: 0.3 }), id);
  });
});
