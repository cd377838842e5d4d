// <brevity-summary> on host pages: the demo (www/embed.html), a page that serves Brevity from
// another path, and a page on another origin that loads it with CORS.
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const h = require("./helpers.js");

const env = h.serveAndLaunch();

/** The text of each console.warn of `page`, from now on. */
function warnings(page) {
  const seen = [];
  page.on("console", (msg) => {
    if (msg.type() === "warning") seen.push(msg.text());
  });
  return seen;
}

/** What a reader sees of the element with `id`: shown or not, its items, its text. */
function readerView(page, id) {
  return page.$eval(`#${id}`, (el) => ({
    shown: getComputedStyle(el).display !== "none",
    items: [...el.shadowRoot.querySelectorAll("li")].map((li) => li.textContent),
    text: el.shadowRoot.textContent,
  }));
}

const allDone = () => [...document.querySelectorAll("brevity-summary")].every((e) => e.dataset.state === "done");

/** A copy of www/ (without its tests) under `dir/prefix`, as a site would vendor it. */
function vendor(dir, prefix) {
  const target = path.join(dir, prefix);
  fs.cpSync(h.WWW, target, { recursive: true, filter: (src) => !src.startsWith(path.join(h.WWW, "tests")) });
  return target;
}

const ARTICLE = [
  "The library on Elm Street will reopen on Saturday after a year of repairs.",
  "Its roof had leaked since a storm in 2022, and the reading room was closed.",
  "Volunteers moved forty thousand books to a school gym while builders worked.",
  "The new roof has solar panels that should cover most of the building's power.",
  "The head librarian said the children's corner had been the most missed part.",
].join(" ");

test("the embed demo: two elements, one worker, themed shadow DOM, the event", { timeout: 90000 }, async () => {
  const { page, seen } = await h.open(env.browser, env.server.origin, "/embed.html");
  await page.waitForFunction(allDone);

  const tldr = await page.$$eval("#tldr li", (lis) => lis.map((li) => li.textContent));
  const post = await page.$eval("#post", (el) => el.innerText);
  assert.equal(tldr.length, 2, "sentences=\"2\"");
  for (const sentence of tldr) assert.ok(post.includes(sentence), `from the post: ${sentence}`);
  assert.equal(await page.$eval("#tldr", (el) => el.shadowRoot.querySelector("h2").textContent), "In short");
  const own = await page.$eval("brevity-summary.themed", (el) => ({
    items: [...el.shadowRoot.querySelectorAll("li")].map((li) => li.textContent),
    text: el.textContent,
    heading: getComputedStyle(el.shadowRoot.querySelector("h2")).color,
    background: getComputedStyle(el).backgroundColor,
  }));
  assert.equal(own.items.length, 1);
  assert.ok(own.text.includes(own.items[0]), "summarizes its own text");
  assert.equal(own.heading, "rgb(154, 91, 0)", "--brevity-accent themes the heading");
  assert.equal(own.background, "rgb(253, 241, 214)", "--brevity-bg themes the element");

  // The host page's listener got the Summary with the time taken.
  assert.match(await page.$eval("#timing", (el) => el.textContent), /^Summarized \d+ words into 2 sentences in \d+ ms/);
  const wasm = seen.requests.filter((url) => url.endsWith("/pkg/brevity_en_bg.wasm"));
  const workers = seen.requests.filter((url) => url.endsWith("/worker.js"));
  assert.equal(wasm.length, 1, "the wasm is fetched once for both elements");
  assert.ok(!seen.requests.some((url) => url.endsWith("/pkg/brevity_bg.wasm")), "English texts: the English build only");
  assert.equal(workers.length, 1, "one Worker serves both elements");
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(h.foreignRequests(seen.requests, env.server.origin), []);

  await page.setViewportSize({ width: 900, height: 1100 });
  await page.screenshot({ path: h.screenshotPath("embed.png") });

  // Attributes and the source text are live.
  const detail = await page.evaluate(() => {
    const el = document.getElementById("tldr");
    const next = new Promise((resolve) => el.addEventListener("brevity-summary", (e) => resolve(e.detail), { once: true }));
    el.setAttribute("sentences", "3");
    return next;
  });
  assert.equal(detail.summary.length, 3);
  assert.equal(typeof detail.ms, "number");
  assert.equal(await page.$$eval("#tldr li", (lis) => lis.length), 3);
  const changed = await page.evaluate(() => {
    const el = document.getElementById("tldr");
    const next = new Promise((resolve) => el.addEventListener("brevity-summary", (e) => resolve(e.detail), { once: true }));
    document.getElementById("post").textContent = "Only one sentence is left in the post now.";
    return next;
  });
  assert.deepEqual(changed.summary, [0]);
  assert.equal(changed.sentences[0].text, "Only one sentence is left in the post now.");
  // The offsets index `detail.text`, the text as the element read it.
  const [first] = changed.sentences;
  assert.equal(changed.text.slice(first.start, first.end), first.text);

  // A `for` that matches nothing: the reader sees no element, the developer a warning.
  const warned = warnings(page);
  await page.evaluate(() => {
    const el = document.createElement("brevity-summary");
    el.id = "late";
    el.setAttribute("for", "#missing");
    document.body.append(el);
  });
  assert.deepEqual(await readerView(page, "late"), { shown: false, items: [], text: "Summary" });
  await page.waitForFunction(() => document.getElementById("late").dataset.state === "error");
  assert.equal(warned.length, 1, warned.join("\n"));
  assert.match(warned[0], /^<brevity-summary>: for="#missing" matches nothing on the page yet; the summary appears once it does\./);
  // ... until the target appears, and follows it when the page replaces it with a new node
  // of the same id: the `p` of each step, put in by `put`, is summarized.
  const [late, replaced] = await page.evaluate(async () => {
    const el = [...document.querySelectorAll("brevity-summary")].find((e) => e.getAttribute("for") === "#missing");
    const step = (text, put) => {
      const next = new Promise((resolve) => el.addEventListener("brevity-summary", (e) => resolve(e.detail), { once: true }));
      const p = Object.assign(document.createElement("p"), { id: "missing", textContent: text });
      put(p);
      return next;
    };
    return [
      await step("The target came late. It is summarized all the same.", (p) => document.body.append(p)),
      await step("A new node took its place.", (p) => document.getElementById("missing").replaceWith(p)),
    ];
  });
  assert.equal(late.sentences.length, 2);
  assert.equal((await readerView(page, "late")).shown, true, "shown once its target is there");
  assert.equal(replaced.sentences[0].text, "A new node took its place.");
  await page.close();
});

test("an element taken off the page stops summarizing its source, and starts again when put back", { timeout: 90000 }, async () => {
  const { page, seen } = await h.open(env.browser, env.server.origin, "/embed.html");
  await page.waitForFunction(allDone);
  const got = await page.evaluate(async () => {
    const el = document.getElementById("tldr");
    const post = document.getElementById("post");
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const events = [];
    el.addEventListener("brevity-summary", (e) => events.push(e.detail.sentences.map((s) => s.text)));
    // The text changes, and the element leaves before the summary of the change is made.
    post.textContent = "A change just before the element left. It has two sentences.";
    await pause(20);
    el.remove();
    await pause(600);
    post.textContent = "A change while the element is away. It has three sentences. This is the third.";
    await pause(600);
    const away = events.length;
    el.refresh();
    await pause(400);
    const refreshed = events.length;
    const back = new Promise((resolve) => el.addEventListener("brevity-summary", (e) => resolve(e.detail.sentences.length), { once: true }));
    document.querySelector("main").prepend(el);
    return { away, refreshed, back: await back };
  });
  assert.equal(got.away, 0, "no summary while off the page");
  assert.equal(got.refreshed, 0, "refresh() off the page does nothing");
  assert.equal(got.back, 3, "back on the page: the source as it is now");
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test("a textarea's value set from script (no input event) is summarized by the periodic check, and on focusout", { timeout: 90000 }, async () => {
  const { page, seen } = await h.open(env.browser, env.server.origin, "/embed.html");
  await page.waitForFunction(allDone);
  const got = await page.evaluate(async (article) => {
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const field = document.createElement("textarea");
    field.id = "scripted";
    field.value = article;
    const el = document.createElement("brevity-summary");
    el.setAttribute("for", "scripted");
    el.setAttribute("sentences", "1");
    const events = [];
    el.addEventListener("brevity-summary", (e) => events.push({ at: performance.now(), text: e.detail.text }));
    document.querySelector("main").append(field, el);
    while (events.length === 0) await pause(50);
    // Nothing changed: the check each second does nothing.
    await pause(2500);
    const idle = events.length;
    // Set from script, as a "load draft" button or a framework does: no event fires.
    const set = performance.now();
    field.value = "The first draft was replaced from script. Nobody typed it.";
    while (events.length === idle) {
      if (performance.now() - set > 5000) break;
      await pause(20);
    }
    const scripted = events.slice(idle);
    const after = scripted.length ? Math.round(scripted[0].at - set) : null;
    // Set while the field has the focus, then the focus leaves: summarized without the
    // timer, which the page reading as hidden stops, so only the focusout can notice it.
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    field.focus();
    field.value = "Changed again while focused. Then the focus moved on.";
    const left = performance.now();
    field.blur();
    const count = events.length;
    while (events.length === count && performance.now() - left < 5000) await pause(10);
    const onBlur = events.length > count ? { ms: Math.round(events.at(-1).at - left), text: events.at(-1).text } : null;
    delete document.visibilityState;
    document.dispatchEvent(new Event("visibilitychange"));
    // Off the page, no check runs: a change then makes no summary.
    el.remove();
    const gone = events.length;
    field.value = "Changed once the box had left the page.";
    await pause(1500);
    return { idle, scripted: scripted.map((e) => e.text), after, onBlur, afterRemoval: events.length - gone, items: el.shadowRoot.querySelectorAll("li").length };
  }, ARTICLE);
  assert.equal(got.idle, 1, "one summary while nothing changes");
  assert.deepEqual(got.scripted, ["The first draft was replaced from script. Nobody typed it."], "the value set from script is summarized once");
  // Times are printed, not asserted (a loaded machine stretches them); the waits above give
  // up after 5 s, several times the one-second check.
  console.log(`embed: a value set from script summarized after ${got.after} ms; on focusout, with the timer stopped, after ${got.onBlur?.ms} ms`);
  assert.ok(got.after !== null, "the value set from script is noticed without refresh()");
  assert.ok(got.onBlur, "a value set while focused is noticed on focusout, with the timer stopped");
  assert.equal(got.onBlur.text, "Changed again while focused. Then the focus moved on.");
  assert.equal(got.afterRemoval, 0, "nothing once off the page");
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await page.close();
});

test("theming: every custom property and part that brevity-summary.js names takes effect", { timeout: 90000 }, async () => {
  const source = fs.readFileSync(path.join(h.WWW, "brevity-summary.js"), "utf8");
  const header = source.slice(0, source.indexOf("import "));
  const properties = [...new Set(header.match(/--brevity-[a-z]+/g))];
  const parts = [...header.matchAll(/::part\(([a-z]+)\)/g)].map((m) => m[1]);
  assert.ok(properties.length >= 7 && parts.length >= 4, `${properties} ${parts}`);
  const { page } = await h.open(env.browser, env.server.origin, "/embed.html");
  await page.waitForFunction(allDone);
  // Each property set alone to a value no default gives: some computed style of the element
  // or of its shadow root changes.
  const changed = await page.evaluate(async ({ properties, parts }) => {
    const el = document.getElementById("tldr");
    const styles = () =>
      [el, ...el.shadowRoot.querySelectorAll("*")].map((node) => {
        const style = getComputedStyle(node);
        return [style.color, style.backgroundColor, style.borderTopColor, style.borderTopLeftRadius, style.fontFamily].join("|");
      }).join("\n");
    const values = { radius: "13px", font: "monospace" };
    const result = {};
    for (const property of properties) {
      const before = styles();
      el.style.setProperty(property, values[property.slice("--brevity-".length)] ?? "rgb(1, 2, 3)");
      result[property] = styles() !== before;
      el.style.removeProperty(property);
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(parts.map((part) => `#tldr::part(${part}) { outline: 3px solid rgb(4, 5, 6); }`).join("\n"));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const part of parts) {
      const node = el.shadowRoot.querySelector(`[part~="${part}"]`);
      result[`::part(${part})`] = !!node && getComputedStyle(node).outlineColor === "rgb(4, 5, 6)";
    }
    return result;
  }, { properties, parts });
  for (const [hook, works] of Object.entries(changed)) assert.ok(works, `${hook} has no effect`);
  await page.close();
});

test("inside another component's shadow root, `for` names an element of that shadow root, also one added later", { timeout: 90000 }, async () => {
  const { page, seen } = await h.open(env.browser, env.server.origin, "/embed.html");
  await page.waitForFunction(allDone);
  const got = await page.evaluate(async (article) => {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "open" });
    const first = document.createElement("brevity-summary");
    first.setAttribute("for", "story");
    first.setAttribute("sentences", "1");
    const story = Object.assign(document.createElement("p"), { id: "story", textContent: article });
    const late = document.createElement("brevity-summary");
    late.setAttribute("for", "#later");
    // The number of sentences summarized, or "none" when no summary came within 15 s.
    const summaryOf = (el) =>
      new Promise((resolve) => {
        el.addEventListener("brevity-summary", (e) => resolve(e.detail.sentences.length), { once: true });
        setTimeout(() => resolve("none"), 15000);
      });
    const firstDone = summaryOf(first);
    root.append(first, story, late);
    document.body.append(host);
    const sentences = await firstDone;
    const lateDone = summaryOf(late);
    root.append(Object.assign(document.createElement("p"), { id: "later", textContent: "It came later. It is found all the same." }));
    return { sentences, late: await lateDone, shown: first.shadowRoot.querySelectorAll("li").length };
  }, ARTICLE);
  assert.deepEqual(got, { sentences: 5, late: 2, shown: 1 });
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test("a long text: the event's detail is the whole Summary, read from JSON only when the page reads it", { timeout: 120000 }, async () => {
  // The first 10 % of War and Peace: some 3,000 sentences and their facts.
  const book = fs.readFileSync(path.join(h.evalDir(), "scale", "war_and_peace.txt"), "utf8");
  const text = book.slice(0, Math.floor(book.length / 10));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-long-"));
  vendor(dir, "brevity");
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<script type="module" src="/brevity/brevity-summary.js"></script>
<div id="source" hidden>${ARTICLE}</div>
<brevity-summary id="box" for="#source"></brevity-summary>`,
  );
  const site = await h.serve(dir);
  try {
    const { page, seen } = await h.open(env.browser, site.origin, "/");
    await page.waitForFunction(() => document.getElementById("box").dataset.state === "done");
    const got = await page.evaluate(
      (big) =>
        new Promise((resolve) => {
          const el = document.getElementById("box");
          el.addEventListener(
            "brevity-summary",
            (e) => {
              // Before anything reads it, each field is an accessor; reading gives plain values.
              const lazy = ["language", "sentences", "summary", "facts", "stats"].every(
                (key) => typeof Object.getOwnPropertyDescriptor(e.detail, key).get === "function",
              );
              const { ms, text: summarized, ...summary } = e.detail;
              resolve({ lazy, ms, json: JSON.stringify(summary), same: e.detail.sentences === e.detail.sentences, summarized });
            },
            { once: true },
          );
          document.getElementById("source").textContent = big;
        }),
      text,
    );
    assert.ok(got.lazy, "the detail's fields are read on demand");
    assert.ok(got.same, "a field read twice is the same object");
    assert.equal(got.summarized, text, "detail.text is the text summarized");
    assert.equal(typeof got.ms, "number");
    // The same Summary as the Node package gives for the text (JSON byte for byte).
    const node = require(path.join(h.ROOT, "pkg-node", "brevity.js"));
    const expected = node.summarize(text, { sentences: 3 });
    assert.equal(got.json, JSON.stringify(expected));
    assert.ok(expected.sentences.length > 1000, `${expected.sentences.length} sentences`);
    const items = await readerView(page, "box");
    assert.deepEqual(
      items.items,
      expected.summary.map((i) => expected.sentences[i].text.trim()),
    );
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  } finally {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("max-words and focus: a word budget on a news article, a focus on the sample article, both live", { timeout: 90000 }, async () => {
  const article = h.newsArticle();
  const { page, seen } = await h.open(env.browser, env.server.origin, "/embed.html");
  await page.waitForFunction(allDone);
  // An element added by the host page, its attributes changed one at a time; each change gives
  // one new summary, read from the event and from the element's shadow DOM.
  await page.evaluate((text) => {
    const el = document.createElement("brevity-summary");
    el.id = "budget";
    el.setAttribute("sentences", "2");
    el.setAttribute("max-words", "60");
    el.textContent = text;
    document.querySelector("main").append(el);
  }, article.text);
  await page.waitForFunction(() => document.getElementById("budget").dataset.state === "done");
  const shown = () => page.$$eval("#budget", ([el]) => [...el.shadowRoot.querySelectorAll("li")].map((li) => li.textContent));
  const change = (name, value) =>
    page.evaluate(
      ([n, v]) => {
        const el = document.getElementById("budget");
        const next = new Promise((resolve) => el.addEventListener("brevity-summary", (e) => resolve(e.detail), { once: true }));
        if (v === null) el.removeAttribute(n);
        else el.setAttribute(n, v);
        return next;
      },
      [name, value],
    );

  // max-words applies before sentences: whole sentences within 60 words.
  let items = await shown();
  let words = items.reduce((sum, s) => sum + h.wordCount(s), 0);
  assert.ok(items.length > 0 && words <= 60, `${words} words in ${items.length} sentences: ${items.join(" | ")}`);
  for (const sentence of items) assert.ok(article.text.includes(sentence), `a whole sentence of the article: ${sentence}`);
  let detail = await change("max-words", "150");
  items = await shown();
  words = items.reduce((sum, s) => sum + h.wordCount(s), 0);
  assert.ok(words <= 150, `${words} words for max-words="150"`);
  assert.equal(detail.stats.summaryWords, words, "the event's Summary counts the same words");
  assert.equal(detail.summary.length, items.length);
  // Too small for any sentence: no summary, and the element says why.
  await change("max-words", "1");
  assert.deepEqual(await shown(), []);
  assert.equal(await page.$eval("#budget", (el) => el.shadowRoot.querySelector(".meta").textContent), "No sentence fits in 1 word.");
  // A bad value is left out, as if absent: sentences="2" applies. The reader sees that summary
  // and no error; the developer gets a warning naming the attribute and the value, once.
  const warned = warnings(page);
  detail = await change("max-words", "lots");
  assert.equal(detail.summary.length, 2);
  let view = await readerView(page, "budget");
  assert.equal(view.shown, true);
  assert.equal(view.items.length, 2);
  assert.doesNotMatch(view.text, /lots|maxWords|whole number/, "no error for readers");
  // The text changes: summarized again, not warned again.
  await page.evaluate(() => {
    const el = document.getElementById("budget");
    const next = new Promise((resolve) => el.addEventListener("brevity-summary", resolve, { once: true }));
    el.append(" One more sentence at the end.");
    return next;
  });
  const lots = warned.filter((w) => w.includes('max-words="lots"'));
  assert.equal(lots.length, 1, warned.join("\n"));
  assert.ok(
    lots[0].startsWith('<brevity-summary>: max-words="lots" is not a whole number of at least 1, so it is ignored: the length is sentences="2".'),
    lots[0],
  );
  // Several bad values: each is warned about; with none good, the default of 3 sentences.
  await page.evaluate(() => document.getElementById("budget").setAttribute("sentences", "0"));
  detail = await change("ratio", "1.5");
  assert.equal(detail.summary.length, 3);
  view = await readerView(page, "budget");
  assert.equal(view.shown, true);
  assert.equal(view.items.length, 3);
  for (const bad of ['max-words="lots" is not a whole number of at least 1', 'ratio="1.5" is not a number greater than 0 and at most 1', 'sentences="0" is not a whole number of at least 1']) {
    assert.equal(warned.filter((w) => w.includes(bad)).length, 1, `warned once: ${bad}\n${warned.join("\n")}`);
  }
  assert.ok(warned.some((w) => w.includes("the length is the default, 3 sentences.")), warned.join("\n"));
  // Fixed: max-words and sentences apply again, as written.
  await change("ratio", null);
  await change("sentences", "2");
  detail = await change("max-words", null);
  assert.equal(detail.summary.length, 2);

  // focus, on the page's sample article: the sentence about the hurricane comes in.
  await page.evaluate(async () => {
    const { SAMPLE_ARTICLE } = await import("/sample.js");
    document.getElementById("budget").textContent = SAMPLE_ARTICLE;
  });
  await change("sentences", "3");
  const plain = await shown();
  assert.equal(plain.length, 3);
  assert.ok(!plain.some((s) => s.includes("hurricane")), plain.join(" | "));
  await change("focus", "hurricane");
  const focused = await shown();
  assert.equal(focused.length, 3);
  assert.ok(focused.some((s) => s.includes("after a hurricane destroyed the fish market")), focused.join(" | "));
  // max-words and focus together.
  await change("max-words", "100");
  const both = await shown();
  assert.ok(both.some((s) => s.includes("hurricane")) && both.reduce((sum, s) => sum + h.wordCount(s), 0) <= 100, both.join(" | "));
  // An empty focus is none.
  await change("max-words", null);
  await change("focus", " ");
  assert.deepEqual(await shown(), plain);

  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(h.foreignRequests(seen.requests, env.server.origin), []);
  await page.close();
});

test("host pages: a textarea source, one summary on load, bad attributes warned about, the offline notice", { timeout: 90000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-host-"));
  vendor(dir, "brevity");
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<script>window.events = [];
document.addEventListener("brevity-summary", (e) => window.events.push(e.target.id));</script>
<script type="module" src="/brevity/brevity-summary.js"></script>
<textarea id="draft">${ARTICLE}</textarea>
<brevity-summary id="from-field" for="#draft" sentences="2" heading="Draft"></brevity-summary>
<brevity-summary id="bad" sentences="abc">${ARTICLE}</brevity-summary>
<brevity-summary id="worse" ratio="" sentences="-1">${ARTICLE}</brevity-summary>
<brevity-summary id="german" sentences="1">Die Regierung will bis 2030 rund 2,7 Millionen Wohnungen bauen lassen. Die Opposition kritisierte die Pläne als unrealistisch. Der Mieterbund begrüßte das Ziel.</brevity-summary>
<main><p>${ARTICLE}</p></main>
<brevity-summary id="by-tag" for="main" sentences="1"></brevity-summary>
<textarea id="blank"></textarea>
<brevity-summary id="empty" for="blank"></brevity-summary>`,
  );
  const site = await h.serve(dir);
  try {
    const context = env.browser.context;
    // The module with every language cannot be fetched, as offline before its first use.
    await context.route("**/brevity_bg.wasm", (route) => route.abort());
    const page = await context.newPage();
    const seen = h.watch(context, page);
    const warned = warnings(page);
    await page.goto(`${site.origin}/`);
    await page.waitForFunction(() => ["from-field", "german", "bad", "worse", "by-tag"].every((id) => document.getElementById(id).dataset.state === "done"));
    // `for` is an id first ("blank"), else a selector ("main": the page's <main>).
    const byTag = await readerView(page, "by-tag");
    assert.equal(byTag.items.length, 1);
    assert.ok(ARTICLE.includes(byTag.items[0]), byTag.items[0]);
    // An empty textarea: no empty box, until someone types.
    await page.waitForFunction(() => document.getElementById("empty").dataset.state === "empty");
    assert.equal((await readerView(page, "empty")).shown, false);
    await page.fill("#blank", ARTICLE);
    await page.waitForFunction(() => document.getElementById("empty").dataset.state === "done");
    assert.equal((await readerView(page, "empty")).items.length, 3);
    // One summary each on load, not one per attribute set during the upgrade.
    await page.waitForTimeout(300);
    const events = await page.evaluate(() => window.events);
    assert.deepEqual(events.filter((id) => id === "from-field"), ["from-field"], `events: ${events}`);
    assert.equal(await page.$$eval("#from-field li", (lis) => lis.length), 2);
    // Typing into the textarea updates the summary.
    const typed = await page.evaluate(() => {
      const el = document.getElementById("from-field");
      const next = new Promise((resolve) => el.addEventListener("brevity-summary", (e) => resolve(e.detail), { once: true }));
      const field = document.getElementById("draft");
      field.value = "A new draft has one sentence only.";
      field.dispatchEvent(new Event("input", { bubbles: true }));
      return next;
    });
    assert.equal(typed.sentences[0].text, "A new draft has one sentence only.");
    // A heading change renames the region.
    await page.evaluate(() => document.getElementById("from-field").setAttribute("heading", "Your draft"));
    assert.equal(await page.getAttribute("#from-field", "aria-label"), "Your draft");
    // Bad attributes: readers get the default summary, 3 sentences; the developer a warning for
    // each value, quoted as written (not as NaN).
    for (const id of ["bad", "worse"]) {
      const view = await readerView(page, id);
      assert.equal(view.shown, true, id);
      assert.equal(view.items.length, 3, id);
      for (const item of view.items) assert.ok(ARTICLE.includes(item), item);
    }
    assert.deepEqual(
      warned.map((w) => w.replace(/ (brevity-summary|JSHandle).*$/, "")).sort(),
      [
        '<brevity-summary>: ratio="" is not a number greater than 0 and at most 1, so it is ignored: the length is the default, 3 sentences.',
        '<brevity-summary>: sentences="-1" is not a whole number of at least 1, so it is ignored: the length is the default, 3 sentences.',
        '<brevity-summary>: sentences="abc" is not a whole number of at least 1, so it is ignored: the length is the default, 3 sentences.',
      ],
      warned.join("\n"),
    );
    assert.deepEqual(seen.consoleErrors, []);
    // German without its module: a summary by the English rules, and the element says so.
    assert.match(await page.$eval("#german", (el) => el.shadowRoot.querySelector(".meta").textContent), /English rules were used/);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
    await context.unroute("**/brevity_bg.wasm");
  } finally {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("<brevity-tldr>, the design's name, from brevity-tldr.js: the same box and event", { timeout: 90000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-tldr-"));
  vendor(dir, "brevity");
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>TL;DR</title>
<script>window.events = [];
document.addEventListener("brevity-summary", (e) => window.events.push(e.target.localName));</script>
<script type="module" src="/brevity/brevity-tldr.js"></script>
<article id="story"><p>${ARTICLE}</p></article>
<brevity-tldr id="box" for="#story" sentences="2" heading="TL;DR"></brevity-tldr>`,
  );
  const site = await h.serve(dir);
  try {
    const page = await env.browser.context.newPage();
    const seen = h.watch(env.browser.context, page);
    await page.goto(`${site.origin}/`);
    await page.waitForFunction(() => document.getElementById("box").dataset.state === "done");
    const view = await readerView(page, "box");
    assert.equal(view.items.length, 2);
    for (const item of view.items) assert.ok(ARTICLE.includes(item), item);
    assert.equal(await page.$eval("#box", (el) => el.shadowRoot.querySelector("h2").textContent), "TL;DR");
    assert.deepEqual(await page.evaluate(() => window.events), ["brevity-tldr"]);
    // Both names are defined by either file, each with its own constructor.
    assert.ok(await page.evaluate(() => customElements.get("brevity-summary") !== customElements.get("brevity-tldr")));
    assert.deepEqual(h.foreignRequests(seen.requests, site.origin), []);
    assert.deepEqual([...seen.consoleErrors, ...seen.pageErrors], []);
    await page.close();
  } finally {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a page that enforces Trusted Types gets its summary: the Worker starts from a trusted URL", { timeout: 90000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-tt-"));
  vendor(dir, "brevity");
  const csp = "script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types brevity";
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="icon" href="data:,"><title>Trusted Types</title>
<script type="module" src="/brevity/brevity-summary.js"></script>
<brevity-summary id="tt" for="story" sentences="2"></brevity-summary>
<article id="story">${ARTICLE}</article>`,
  );
  const site = await h.serve(dir);
  try {
    const { page, seen } = await h.open(env.browser, site.origin, "/index.html");
    await page.waitForFunction(() => ["done", "error"].includes(document.getElementById("tt").dataset.state), null, { timeout: 30000 });
    assert.deepEqual(seen.consoleErrors, []);
    assert.equal((await readerView(page, "tt")).items.length, 2);
    await page.close();
  } finally {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a Worker that cannot start: readers see no element, the developer a console error", { timeout: 90000 }, async () => {
  const context = env.browser.context;
  await context.route("**/worker.js", (route) => route.abort());
  try {
    const { page, seen } = await h.open(env.browser, env.server.origin, "/embed.html");
    await page.waitForFunction(() => [...document.querySelectorAll("brevity-summary")].every((e) => e.dataset.state === "error"));
    for (const id of ["tldr"]) assert.deepEqual(await readerView(page, id), { shown: false, items: [], text: "In short" });
    assert.equal(await page.$eval("brevity-summary.themed", (el) => getComputedStyle(el).display), "none");
    const ours = seen.consoleErrors.filter((e) => e.startsWith("<brevity-summary>"));
    assert.ok(ours.length >= 1 && ours.every((e) => /^<brevity-summary>: Brevity could not start its worker/.test(e)), seen.consoleErrors.join("\n"));
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  } finally {
    await context.unroute("**/worker.js");
  }
});

test("served from another path, the wasm loads relative to the module", { timeout: 90000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-site-"));
  const site = await (async () => {
    vendor(dir, "static/vendor/brevity");
    fs.writeFileSync(
      path.join(dir, "index.html"),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<script type="module" src="/static/vendor/brevity/brevity-summary.js"></script>
<brevity-summary for="#a" sentences="2"></brevity-summary><article id="a">${ARTICLE}</article>`,
    );
    return h.serve(dir);
  })();
  try {
    const { page, seen } = await h.open(env.browser, site.origin, "/");
    await page.waitForFunction(allDone);
    assert.equal(await page.$$eval("brevity-summary li", (lis) => lis.length), 2);
    assert.ok(seen.requests.includes(`${site.origin}/static/vendor/brevity/pkg/brevity_en_bg.wasm`));
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  } finally {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("loaded from another origin with CORS, it still runs in a Worker", { timeout: 90000 }, async () => {
  const cdnDir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-cdn-"));
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), "brevity-host-"));
  vendor(cdnDir, "brevity");
  const cdn = await h.serve(cdnDir, { cors: true });
  fs.writeFileSync(
    path.join(hostDir, "index.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<script type="module" src="${cdn.origin}/brevity/brevity-summary.js"></script>
<brevity-summary for="#a" sentences="1"></brevity-summary><article id="a">${ARTICLE}</article>`,
  );
  // The same page under the strict policy the README gives for another origin.
  const policy =
    `default-src 'none'; script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; ` + `worker-src blob: ${cdn.origin}; connect-src ${cdn.origin}`;
  fs.writeFileSync(
    path.join(hostDir, "csp.html"),
    fs
      .readFileSync(path.join(hostDir, "index.html"), "utf8")
      .replace("<title>", `<meta http-equiv="Content-Security-Policy" content="${policy}"><title>`),
  );
  const host = await h.serve(hostDir);
  try {
    assert.notEqual(cdn.origin, host.origin);
    for (const file of ["/", "/csp.html"]) {
      const { page, seen } = await h.open(env.browser, host.origin, file);
      await page.waitForFunction(allDone);
      const items = await page.$$eval("brevity-summary li", (lis) => lis.map((li) => li.textContent));
      assert.equal(items.length, 1, file);
      assert.ok(ARTICLE.includes(items[0]));
      assert.ok(seen.requests.includes(`${cdn.origin}/brevity/pkg/brevity_en_bg.wasm`), "wasm from the module's origin");
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(seen.consoleErrors, []);
      await page.close();
    }
  } finally {
    await host.close();
    await cdn.close();
    fs.rmSync(cdnDir, { recursive: true, force: true });
    fs.rmSync(hostDir, { recursive: true, force: true });
  }
});
