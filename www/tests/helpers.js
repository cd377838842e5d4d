// Shared by the end-to-end tests: serve www/ on a free loopback port, start headless
// Chromium (Debian's, via playwright-core), and read an article from the evaluation data.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const httpServer = require("http-server");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..", "..");
const WWW = path.join(ROOT, "www");

/** The evaluation data folder: BREVITY_EVAL_DIR, else ../shared/eval beside the repository. */
function evalDir() {
  return process.env.BREVITY_EVAL_DIR || path.resolve(ROOT, "..", "shared", "eval");
}

/**
 * The first article of news_dev.jsonl long enough to need a summary (at least `minChars`).
 * Read at run time: the evaluation data never lives in the repository.
 */
function newsArticle(minChars = 1500) {
  const file = path.join(evalDir(), "news_dev.jsonl");
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    if (item.text && item.text.length >= minChars) return item;
  }
  throw new Error(`no article of ${minChars}+ characters in ${file}`);
}

/** Serves `root` (www/) on 127.0.0.1 with a free port; resolves to { origin, close() }. */
async function serve(root = WWW, options = {}) {
  const server = httpServer.createServer({ root, cache: -1, showDir: false, silent: true, ...options });
  await new Promise((resolve, reject) => {
    server.server.once("error", reject);
    server.server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.server.closeAllConnections?.();
        server.server.close(() => resolve());
      }),
  };
}

// TOOLCHAIN.md pitfall 10: user data dir through launchPersistentContext, and no network
// chatter of Chromium's own (it would show up as foreign requests).
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh headless Chromium profile; `options` go to launchPersistentContext. */
async function launch(options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-e2e-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.BREVITY_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  const close = async () => {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Records what a page does that a test asserts on: console errors, uncaught page errors,
 * and every request (from the page, its workers and service worker).
 */
function watch(context, page) {
  const seen = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") seen.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => seen.pageErrors.push(String(error)));
  context.on("request", (request) => seen.requests.push(request.url()));
  return seen;
}

/** Origins other than `origin` among recorded request URLs (data: and blob: are local). */
function foreignRequests(requests, origin) {
  return requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    return new URL(url).origin !== origin;
  });
}

/**
 * Waits for `selector`, failing at once if the page throws first (a wasm load failure
 * then fails in milliseconds, not after the timeout).
 */
async function waitFor(page, selector, options = {}) {
  let onError;
  const failed = new Promise((_, reject) => {
    onError = (error) => reject(new Error(`page error while waiting for ${selector}: ${error}`));
    page.on("pageerror", onError);
  });
  try {
    return await Promise.race([page.waitForSelector(selector, { timeout: 20000, ...options }), failed]);
  } finally {
    page.off("pageerror", onError);
  }
}

/** Opens `path` of the served site in a new page of `browser`, recording what it does. */
async function open(browser, origin, path = "/") {
  const page = await browser.context.newPage();
  const seen = watch(browser.context, page);
  await page.goto(`${origin}${path}`);
  return { page, seen };
}

/** Replaces the text in the page's input as a paste would (one input event). */
async function paste(page, text) {
  await page.focus("#text");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

/**
 * Replaces the text in the page's input through the clipboard and Ctrl+V, a real paste (its
 * input event says "insertFromPaste"); the context needs the clipboard permissions.
 */
async function clipboardPaste(page, text) {
  await page.focus("#text");
  await page.keyboard.press("Control+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
}

/** Waits until the page shows a summary of `count` sentences for the current input. */
async function summaryOf(page, count, timeout = 30000) {
  await waitFor(page, "#summary li", { timeout });
  await page.waitForFunction(
    (n) => document.body.dataset.state === "done" && document.querySelectorAll("#summary li").length === n,
    count,
    { timeout },
  );
  return page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));
}

/**
 * Starts the static server and Chromium before a test file's tests, and stops them after.
 * The returned object gets `server` and `browser` once they are up; `setUp(env)` runs then.
 */
function serveAndLaunch(setUp = async () => {}) {
  const { before, after } = require("node:test");
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
    await setUp(env);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The number of words in `text` as Brevity counts them for a word budget: UAX #29 words with
 * a letter or digit ("90-year-old" is three, "$3.5" one).
 */
function wordCount(text) {
  const segmenter = new Intl.Segmenter("en", { granularity: "word" });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike && /[\p{L}\p{N}]/u.test(s.segment)).length;
}

/** Where screenshots go: artifacts/screenshots (gitignored). */
function screenshotPath(name) {
  const dir = path.join(ROOT, "artifacts", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

module.exports = {
  open,
  paste,
  clipboardPaste,
  summaryOf,
  wordCount,
  screenshotPath, ROOT, WWW, evalDir, newsArticle, serve, launch, serveAndLaunch, watch, foreignRequests, waitFor };
