// The npm package (pkg/) as its users get it: packed with `npm pack`, installed from the
// tarball into a new project, then imported from Node as the README shows it, required,
// bundled for the browser and for Node, and type-checked by a strict TypeScript user.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { ROOT, newsArticle } = require("./helpers.js");

const PKG = path.join(ROOT, "pkg");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
const ESBUILD = path.join(ROOT, "node_modules", ".bin", "esbuild");

let dir = null;
let project = null;
let packed = [];

function run(command, args, cwd = project) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}${result.error || ""}` };
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-package-"));
  const pack = run("npm", ["pack", "--json", "--pack-destination", dir, PKG], ROOT);
  assert.equal(pack.status, 0, pack.output);
  const [info] = JSON.parse(pack.stdout);
  packed = info.files.map((file) => file.path);
  project = path.join(dir, "project");
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "brevity-user", private: true, type: "module" }));
  const install = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", path.join(dir, info.filename)]);
  assert.equal(install.status, 0, install.output);
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the tarball holds every file the package's entries load", () => {
  const meta = JSON.parse(fs.readFileSync(path.join(PKG, "package.json"), "utf8"));
  // (LICENSE: the package says MIT, and the license text must travel with it.)
  const wanted = new Set(["package.json", "LICENSE", "brevity.js", "brevity.d.ts", "brevity_bg.wasm", "brevity_en_bg.wasm", "brevity_node_bg.wasm", "node.js", "node.d.ts"]);
  // Relative imports and URLs of the glue and the Node entry (the snippets that build results).
  for (const entry of ["brevity.js", "node.js"]) {
    const source = fs.readFileSync(path.join(PKG, entry), "utf8");
    for (const [, file] of source.matchAll(/(?:from |import\(|new URL\()\s*["'`](?:\.\/)?([^"'`?]+\.(?:js|wasm))["'`]/g)) wanted.add(file);
  }
  // Every target of the exports map.
  const targets = (value) => (typeof value === "string" ? [value] : Object.values(value).flatMap(targets));
  for (const target of targets(meta.exports)) wanted.add(target.replace(/^\.\//, ""));
  assert.ok([...wanted].some((file) => file.startsWith("snippets/")), "the glue imports its snippets");
  for (const file of wanted) assert.ok(packed.includes(file), `${file} is in the tarball: ${packed.join(", ")}`);
});

test("one npm package, `brevity` (pkg/), for browsers and Node; pkg-node/ is the repository's Node build, not a second `brevity`", () => {
  const web = JSON.parse(fs.readFileSync(path.join(PKG, "package.json"), "utf8"));
  const node = JSON.parse(fs.readFileSync(path.join(ROOT, "pkg-node", "package.json"), "utf8"));
  assert.equal(web.name, "brevity");
  assert.ok(!web.private, "pkg/ is the package to publish");
  assert.match(web.description, /in the browser and in Node/);
  assert.ok(web.exports["."].node, "Node gets its own entry of the one package");
  // Both once said `"name": "brevity"`: `npm pack pkg-node` made a second brevity-0.1.0.tgz,
  // and `npm publish pkg-node` would have published the CommonJS build in the package's place.
  assert.notEqual(node.name, web.name);
  assert.equal(node.private, true, "npm refuses to publish pkg-node/");
  assert.match(node.description, /Not published: the npm package is `brevity` \(pkg\/\)/);
  assert.match(fs.readFileSync(path.join(ROOT, "pkg-node", "README.md"), "utf8"), /^# brevity-node\n/);
  const pack = run("npm", ["pack", "--dry-run", "--json", path.join(ROOT, "pkg-node")], ROOT);
  assert.equal(pack.status, 0, pack.output);
  assert.match(JSON.parse(pack.stdout)[0].filename, /^brevity-node-/);
});

test("Node: `import init, { summarize } from \"brevity\"` and `await init()`, as the README shows it", { timeout: 60000 }, () => {
  const { text } = newsArticle();
  fs.writeFileSync(path.join(project, "article.txt"), text);
  fs.writeFileSync(
    path.join(project, "user.mjs"),
    `import init, { summarize, split, facts, language, version } from "brevity";
import { readFileSync } from "node:fs";
await init();
// The README's English-only init: in Node it has nothing left to do, and must not fail.
await init({ module_or_path: new URL("./node_modules/brevity/brevity_en_bg.wasm", import.meta.url) });
const text = readFileSync("article.txt", "utf8");
const result = summarize(text, { sentences: 3 });
process.stdout.write(JSON.stringify({ result, split: split(text), facts: facts(text), language: language(text), version: version() }));
`,
  );
  const node = run(process.execPath, ["user.mjs"]);
  assert.equal(node.status, 0, node.output);
  const got = JSON.parse(node.stdout);
  const meta = JSON.parse(fs.readFileSync(path.join(PKG, "package.json"), "utf8"));
  assert.equal(got.version, meta.version);
  assert.equal(got.language, "en");
  // The same answers as the Node package of the same core.
  const brevity = require(path.join(ROOT, "pkg-node", "brevity.js"));
  assert.deepEqual(got.result, JSON.parse(JSON.stringify(brevity.summarize(text, { sentences: 3 }))));
  checkContract(got.result, text);
  const where = ({ text, start, end }) => ({ text, start, end });
  assert.deepEqual(got.split.map(where), got.result.sentences.map(where));
  assert.deepEqual(got.facts, got.result.facts);
});

test("Node: the `node` export loads the build for speed, and answers as the browser entry does", { timeout: 120000 }, () => {
  const installed = path.join(project, "node_modules", "brevity");
  // Which .wasm files the package reads from disk, seen through fs.readFileSync (node.js
  // imports it from "node:fs": syncBuiltinESMExports hands it the wrapper).
  fs.writeFileSync(
    path.join(project, "watch-reads.cjs"),
    `const fs = require("node:fs");
const read = fs.readFileSync;
globalThis.wasmReads = [];
fs.readFileSync = function (file, ...rest) {
  const name = String(file instanceof URL ? file.pathname : file);
  if (name.endsWith(".wasm")) globalThis.wasmReads.push(name.slice(name.lastIndexOf("/") + 1));
  return read.call(this, file, ...rest);
};
require("node:module").syncBuiltinESMExports();
`,
  );
  fs.writeFileSync(
    path.join(project, "reads.mjs"),
    `import { summarize } from "brevity";
summarize("One here. Two there.");
process.stdout.write(JSON.stringify(globalThis.wasmReads));
`,
  );
  const reads = run(process.execPath, ["--require", "./watch-reads.cjs", "reads.mjs"]);
  assert.equal(reads.status, 0, reads.output);
  assert.deepEqual(JSON.parse(reads.stdout), ["brevity_node_bg.wasm"], "Node reads the speed build, and nothing else");
  // The speed build is pkg-node/'s module (profile wasm-node, opt-level 3): the same bytes, as
  // wasm-bindgen's target changes only the JS glue. The browsers' build is the small one.
  const speed = fs.readFileSync(path.join(installed, "brevity_node_bg.wasm"));
  assert.ok(speed.equals(fs.readFileSync(path.join(ROOT, "pkg-node", "brevity_bg.wasm"))), "brevity_node_bg.wasm is pkg-node/'s build");
  assert.ok(!speed.equals(fs.readFileSync(path.join(installed, "brevity_bg.wasm"))));

  // The same texts through the node export and through the browser entry (the glue with
  // brevity_bg.wasm, instantiated as init() does in a browser), each in its own process: the
  // two entries share one glue module, which holds one instance.
  const { text } = newsArticle();
  const texts = [
    text,
    newsArticle(6000).text,
    "Die Regierung in Berlin hat am Montag neue Regeln beschlossen. Sie gelten ab dem 1. März 2027. " +
      "Kritiker sagten, die Kosten von 2,5 Milliarden Euro seien zu hoch. Der Bundestag berät im Februar.",
    "東京都は月曜日、新しい計画を発表した。計画は2027年4月に始まる。知事は「準備はできている」と述べた。",
    "<article><h1>Harbour reopens</h1><p>The harbour in Dover reopened on Tuesday after storms.</p>" +
      "<p>&ldquo;We are back,&rdquo; said Mayor Alan Reed.</p><p>Ferries resume at 6 a.m.</p></article>",
    "Dr. J. Smith arrived at 3 p.m. from the U.S. He paid $4.5m. Was it worth it? Yes!",
    "",
    ".....".repeat(2000),
  ];
  fs.writeFileSync(path.join(project, "texts.json"), JSON.stringify(texts));
  const answers = `const texts = JSON.parse(readFileSync("texts.json", "utf8"));
process.stdout.write(JSON.stringify(texts.map((t) => ({
  summary: summarize(t, { sentences: 2 }), split: split(t), facts: facts(t), language: language(t),
}))));
`;
  fs.writeFileSync(path.join(project, "node-entry.mjs"), `import { summarize, split, facts, language } from "brevity";
import { readFileSync } from "node:fs";
${answers}`);
  fs.writeFileSync(
    path.join(project, "browser-entry.mjs"),
    `import { initSync, summarize, split, facts, language } from "brevity/brevity.js";
import { readFileSync } from "node:fs";
initSync({ module: readFileSync(new URL("./node_modules/brevity/brevity_bg.wasm", import.meta.url)) });
${answers}`,
  );
  const fromNode = run(process.execPath, ["node-entry.mjs"]);
  assert.equal(fromNode.status, 0, fromNode.output);
  const fromBrowser = run(process.execPath, ["browser-entry.mjs"]);
  assert.equal(fromBrowser.status, 0, fromBrowser.output);
  const node = JSON.parse(fromNode.stdout);
  const browser = JSON.parse(fromBrowser.stdout);
  assert.equal(node.length, texts.length);
  node.forEach((answer, i) => assert.deepEqual(answer, browser[i], `text ${i}: the same answer from both builds`));
  assert.ok(node[0].summary.summary.length === 2 && node[2].language === "de" && node[3].language === "ja", "the texts were summarized");
});

test("Node: require(\"brevity\") where Node loads ES modules with require", { timeout: 60000, skip: !process.features.require_module }, () => {
  fs.writeFileSync(
    path.join(project, "user.cjs"),
    `const { summarize } = require("brevity");
process.stdout.write(JSON.stringify(summarize("The ferry sails at noon. It returns at six. Tickets are sold on board.").summary));
`,
  );
  const node = run(process.execPath, ["--no-warnings", "user.cjs"]);
  assert.equal(node.status, 0, node.output);
  assert.deepEqual(JSON.parse(node.stdout), [0, 1, 2]);
});

test("bundlers: the glue alone for the browser; for Node, the entry that instantiates the module", { timeout: 60000 }, () => {
  fs.writeFileSync(path.join(project, "app.js"), `import { summarize } from "brevity";\nconsole.log(JSON.stringify(summarize("One here. Two there.").summary));\n`);
  const browser = run(ESBUILD, ["app.js", "--bundle", "--format=esm", "--platform=browser", "--outfile=browser.js", "--log-level=error"]);
  assert.equal(browser.status, 0, browser.output);
  const web = fs.readFileSync(path.join(project, "browser.js"), "utf8");
  assert.ok(!web.includes("node:fs"), "nothing of Node in the browser bundle");
  const server = run(ESBUILD, ["app.js", "--bundle", "--format=esm", "--platform=node", "--outfile=server.mjs", "--log-level=error"]);
  assert.equal(server.status, 0, server.output);
  // The Node entry has side effects (it instantiates the module): the bundle keeps them. It
  // reads the speed build beside itself, which a bundled app ships as an asset.
  fs.copyFileSync(path.join(project, "node_modules", "brevity", "brevity_node_bg.wasm"), path.join(project, "brevity_node_bg.wasm"));
  const node = run(process.execPath, ["server.mjs"]);
  assert.equal(node.status, 0, node.output);
  assert.equal(node.stdout.trim(), "[0,1]");
});

test("TypeScript, strict: every field of the contract has its exact type, in Node and for bundlers", { timeout: 120000 }, () => {
  fs.copyFileSync(path.join(__dirname, "package", "contract.ts"), path.join(project, "contract.ts"));
  const common = { target: "ES2022", types: [], strict: true, noEmit: true, skipLibCheck: false, exactOptionalPropertyTypes: true };
  const setups = {
    // A Node project without the DOM library: the package must not need browser types there.
    node: { module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022"] },
    bundler: { module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022", "DOM"] },
  };
  for (const [name, options] of Object.entries(setups)) {
    const config = path.join(project, `tsconfig.${name}.json`);
    fs.writeFileSync(config, JSON.stringify({ compilerOptions: { ...common, ...options }, files: ["contract.ts"] }));
    const tsc = run(process.execPath, [TSC, "-p", config]);
    assert.equal(tsc.status, 0, `${name}: ${tsc.output}`);
  }
});

/** Checks `result` against the result contract (README "The result"): keys, types, offsets. */
function checkContract(result, text) {
  const keys = (value, expected, where) => assert.deepEqual(Object.keys(value), expected, where);
  const number = (value, where) => assert.ok(typeof value === "number" && Number.isFinite(value), `${where}: ${value}`);
  const span = (item, where) => {
    for (const key of ["start", "end"]) assert.ok(Number.isInteger(item[key]), `${where}.${key}`);
    assert.ok(item.start <= item.end && item.end <= text.length, where);
  };
  const mention = (m, where) => {
    keys(m, ["sentence", "start", "end"], where);
    assert.ok(Number.isInteger(m.sentence) && m.sentence < result.sentences.length, where);
    span(m, where);
  };
  keys(result, ["language", "sentences", "summary", "facts", "stats"], "Summary");
  assert.equal(typeof result.language, "string");
  result.sentences.forEach((s, i) => {
    keys(s, ["text", "start", "end", "score", "kind", "why"], `sentences[${i}]`);
    assert.equal(text.slice(s.start, s.end), s.text, `sentences[${i}] is the text's slice`);
    assert.ok(s.score >= 0 && s.score <= 1);
    assert.ok(["prose", "heading", "caption", "byline", "meta"].includes(s.kind), s.kind);
    keys(s.why, ["base", "position", "centrality", "terms", "length", "facts", "quote", "focus"], `sentences[${i}].why`);
    for (const [key, value] of Object.entries(s.why)) number(value, `sentences[${i}].why.${key}`);
  });
  assert.ok(result.summary.length === 3 && result.summary.every((i, k) => Number.isInteger(i) && (k === 0 || i > result.summary[k - 1])));
  keys(result.facts, ["people", "places", "organizations", "dates", "numbers", "quotes", "keyphrases"], "facts");
  for (const kind of ["people", "places", "organizations"]) {
    result.facts[kind].forEach((e, i) => {
      keys(e, ["text", "mentions", "salience"], `${kind}[${i}]`);
      assert.equal(typeof e.text, "string");
      number(e.salience, `${kind}[${i}].salience`);
      e.mentions.forEach((m, j) => mention(m, `${kind}[${i}].mentions[${j}]`));
    });
  }
  const located = (item, where) => {
    assert.equal(text.slice(item.start, item.end), item.text, `${where} is the text's slice`);
    mention({ sentence: item.sentence, start: item.start, end: item.end }, where);
  };
  result.facts.dates.forEach((d, i) => {
    keys(d, ["text", "value", "sentence", "start", "end"], `dates[${i}]`);
    assert.ok(d.value === null || typeof d.value === "string");
    located(d, `dates[${i}]`);
  });
  result.facts.numbers.forEach((n, i) => {
    keys(n, ["text", "value", "unit", "sentence", "start", "end"], `numbers[${i}]`);
    number(n.value, `numbers[${i}].value`);
    assert.ok(n.unit === null || typeof n.unit === "string");
    located(n, `numbers[${i}]`);
  });
  result.facts.quotes.forEach((q, i) => {
    keys(q, ["text", "speaker", "sentence", "start", "end"], `quotes[${i}]`);
    assert.ok(q.speaker === null || typeof q.speaker === "string");
    located(q, `quotes[${i}]`);
  });
  result.facts.keyphrases.forEach((k, i) => {
    keys(k, ["text", "score", "mentions"], `keyphrases[${i}]`);
    number(k.score, `keyphrases[${i}].score`);
    k.mentions.forEach((m, j) => mention(m, `keyphrases[${i}].mentions[${j}]`));
  });
  for (const kind of ["people", "numbers", "keyphrases"]) assert.ok(result.facts[kind].length > 0, `a news article has ${kind}`);
  keys(result.stats, ["characters", "words", "sentences", "summaryWords", "html"], "stats");
  for (const key of ["characters", "words", "sentences", "summaryWords"]) assert.ok(Number.isInteger(result.stats[key]), key);
  assert.equal(result.stats.html, false);
  assert.equal(result.stats.sentences, result.sentences.length);
}
