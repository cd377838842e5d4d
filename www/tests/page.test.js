// The page end to end in headless Chromium: paste a real article (read at run time from the
// evaluation data), see the summary and the highlighted source, with no console error and
// no request to any origin but the page's own.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { newsArticle, serve, launch, watch, foreignRequests, waitFor } = require("./helpers.js");

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("a pasted news article gets a 3-sentence summary and highlights", async () => {
  const article = newsArticle();
  const page = await browser.context.newPage();
  const seen = watch(browser.context, page);
  await page.goto(`${server.origin}/`);

  await page.focus("#text");
  await page.keyboard.insertText(article.text);
  await waitFor(page, "#summary li");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 3);

  const items = await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));
  assert.equal(items.length, 3, "default summary length is 3 sentences");
  for (const sentence of items) {
    assert.ok(article.text.includes(sentence), `summary sentence is from the article: ${sentence}`);
  }
  const marked = await page.$$eval("#source mark", (marks) => marks.map((m) => m.textContent));
  assert.deepEqual(marked, items, "the summary sentences are the highlighted ones, in order");
  const source = await page.$eval("#source", (el) => el.textContent);
  assert.equal(source, article.text, "the source pane shows the input exactly");
  const stats = await page.$eval("#stats", (el) => el.textContent);
  assert.match(stats, /^3 of \d+ sentences/);
  assert.match(stats, /\d+% shorter/);

  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(foreignRequests(seen.requests, server.origin), []);
  assert.ok(seen.requests.some((url) => url.endsWith("/pkg/brevity_bg.wasm")), "the wasm was fetched");
  await page.close();
});

test("changing the number of sentences updates the summary live", async () => {
  const article = newsArticle();
  const page = await browser.context.newPage();
  const seen = watch(browser.context, page);
  await page.goto(`${server.origin}/`);
  await page.focus("#text");
  await page.keyboard.insertText(article.text);
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 3);

  await page.fill("#sentences", "5");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 5);
  assert.equal(await page.locator("#source mark").count(), 5);
  await page.fill("#sentences", "1");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 1);
  assert.match(await page.$eval("#stats", (el) => el.textContent), /^1 of \d+ sentences/);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await page.close();
});
