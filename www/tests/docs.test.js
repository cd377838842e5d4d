// The code examples of README.md and docs/*.md run as written: the scripts their commands
// name can be run, and the README's HTML, CSS and JavaScript work in headless Chromium on a
// site that copied www/ (as "Embed in your site" says) or pkg/ (as "Use it from JavaScript"
// says).
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const h = require("./helpers.js");

const DOCS = ["README.md", ...fs.readdirSync(path.join(h.ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** The fenced code blocks of `file`: { file, lang, code }. */
function blocks(file) {
  const text = fs.readFileSync(path.join(h.ROOT, file), "utf8");
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map(([, lang, code]) => ({ file, lang, code }));
}

const ALL = DOCS.flatMap(blocks);
const ARTICLE = [
  "The ferry across the estuary will stop running on Friday after forty years of service.",
  "The council said the new bridge, which opened in March, carries more traffic than the ferry ever did.",
  "Drivers who used the ferry every day said they would miss the crossing and its crew.",
  "The boat will be sold to a museum in the north, which plans to keep it on the water.",
  "Its last trip leaves the south bank at six in the evening, and tickets are free.",
].join(" ");

test("every script that a documented command runs exists and can be run", () => {
  const named = new Set();
  for (const { file, lang, code } of ALL) {
    if (!["bash", "sh", ""].includes(lang)) continue;
    for (const line of code.split("\n")) {
      const command = line.replace(/^\s*(?:nice\s+|env\s+\S+=\S+\s+)*/, "");
      const script = command.match(/^(?:node\s+)?(scripts\/\S+)/);
      if (script) named.add(`${file}: ${command.startsWith("node") ? "node " : ""}${script[1]}`);
    }
  }
  assert.ok(named.size >= 8, [...named].join("\n"));
  for (const entry of named) {
    const [, viaNode, script] = entry.match(/: (node )?(\S+)$/);
    const full = path.join(h.ROOT, script);
    assert.ok(fs.existsSync(full), `${entry}: no such file`);
    if (viaNode) continue;
    // Run as a command: it must be executable and say what runs it.
    assert.ok((fs.statSync(full).mode & 0o111) !== 0, `${entry}: not executable (chmod +x)`);
    assert.match(fs.readFileSync(full, "utf8"), /^#!/, `${entry}: no #! line`);
  }
});

const env = h.serveAndLaunch();

/** A site in a temporary folder, served; `files` maps paths to contents. */
async function site(files, copy = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-docs-"));
  for (const [to, from] of Object.entries(copy)) {
    fs.cpSync(from, path.join(dir, to), { recursive: true, filter: (src) => !src.startsWith(path.join(h.WWW, "tests")) });
  }
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const server = await h.serve(dir);
  return { ...server, close: async () => (await server.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** Opens `url`, waits until `done(logs)` holds for the console's log lines, returns them. */
async function logsOf(url, done) {
  const page = await env.browser.context.newPage();
  const seen = h.watch(env.browser.context, page);
  const logs = [];
  page.on("console", (msg) => {
    if (msg.type() === "log") logs.push(msg.text());
  });
  await page.goto(url);
  const deadline = Date.now() + 30000;
  while (!done(logs) && seen.pageErrors.length === 0 && Date.now() < deadline) await page.waitForTimeout(50);
  return { page, logs, seen };
}

test("the README's embed: its HTML, CSS and event listener, verbatim, on a site with www/ as /brevity/", { timeout: 90000 }, async () => {
  const readme = blocks("README.md");
  const html = readme.find((b) => b.lang === "html" && b.code.includes("<brevity-summary"));
  const css = readme.find((b) => b.lang === "css" && b.code.includes("brevity-summary"));
  const listener = readme.find((b) => b.lang === "js" && b.code.includes('addEventListener("brevity-summary"'));
  assert.ok(html && css && listener, "the README shows the element, its theme and its event");
  assert.ok(html.code.includes("…your text…"));
  const page = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blog</title>
<link rel="stylesheet" href="theme.css">
${html.code.replace("…your text…", ARTICLE)}
<script type="module" src="listen.js"></script>`;
  const served = await site({ "index.html": page, "theme.css": css.code, "listen.js": listener.code }, { brevity: h.WWW });
  try {
    const { page: tab, logs, seen } = await logsOf(`${served.origin}/index.html`, (l) => l.length > 0);
    assert.deepEqual(seen.pageErrors, []);
    assert.equal(logs.length, 1, logs.join("\n"));
    const sentences = await tab.evaluate(() => {
      // The logged value: an array of the summary's sentences (console text of an array is not JSON).
      const el = document.querySelector("brevity-summary");
      return [...el.shadowRoot.querySelectorAll("li")].map((li) => li.textContent);
    });
    assert.equal(sentences.length, 3, 'sentences="3"');
    for (const sentence of sentences) assert.ok(ARTICLE.includes(sentence), sentence);
    const themed = await tab.$eval("brevity-summary", (el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderTopLeftRadius]);
    assert.deepEqual(themed, ["rgb(253, 241, 214)", "4px"], "the README's theme applies");
    assert.deepEqual(h.foreignRequests(seen.requests, served.origin), []);
    await tab.close();
  } finally {
    await served.close();
  }
});

test("the JavaScript examples of the README and docs/facts.md, verbatim, beside a copy of pkg/", { timeout: 90000 }, async () => {
  const examples = ALL.filter((b) => b.lang === "js" && b.code.includes('from "./pkg/brevity.js"'));
  assert.ok(examples.length >= 2, "the README and docs/facts.md import ./pkg/brevity.js");
  const scripts = {};
  examples.forEach((example, i) => {
    // Each ends by logging "done", so a silent example shows that it ran to the end.
    scripts[`example${i}.js`] = `${example.code}\nconsole.log("done");\n`;
    // The English-only init the README shows in a comment, in place of `await init()`.
    const english = example.code.match(/^\/\/ English-only sites: (init\(.*\))$/m);
    if (english) scripts[`example${i}en.js`] = `${example.code.replace("await init();", `await ${english[1]};`)}\nconsole.log("done");\n`;
  });
  const files = {};
  for (const name of Object.keys(scripts)) {
    files[name.replace(/\.js$/, ".html")] = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>x</title>
<article>${ARTICLE}</article>
<script>var text = document.querySelector("article").textContent;</script>
<script type="module" src="${name}"></script>`;
  }
  const served = await site({ ...scripts, ...files }, { pkg: path.join(h.ROOT, "pkg") });
  try {
    for (const name of Object.keys(scripts)) {
      const { page, logs, seen } = await logsOf(`${served.origin}/${name.replace(/\.js$/, ".html")}`, (l) => l.includes("done"));
      assert.deepEqual(seen.pageErrors, [], name);
      assert.ok(logs.includes("done"), `${name} ran to its end: ${logs.join(" | ")}`);
      // The README's loop logs `true` for each summary sentence: offsets are UTF-16.
      if (scripts[name].includes("console.log(s.text === text.slice")) assert.deepEqual(logs, ["true", "true", "true", "done"], name);
      if (name.endsWith("en.js")) assert.ok(seen.requests.some((u) => u.endsWith("/pkg/brevity_en_bg.wasm")), `${name}: the English build`);
      await page.close();
    }
  } finally {
    await served.close();
  }
});
