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
  const wanted = new Set(["package.json", "LICENSE", "brevity.js", "brevity.d.ts", "brevity_bg.wasm", "brevity_en_bg.wasm", "node.js", "node.d.ts"]);
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
  // reads the .wasm beside itself, which a bundled app ships as an asset.
  fs.copyFileSync(path.join(project, "node_modules", "brevity", "brevity_bg.wasm"), path.join(project, "brevity_bg.wasm"));
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
