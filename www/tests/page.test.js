// The page end to end in headless Chromium: a person pastes a real article (read at run time
// from the evaluation data) and uses every control. Each test also asserts no page error, no
// console error and no request to any origin but the page's own.
"use strict";

const { test, afterEach } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const h = require("./helpers.js");

const env = h.serveAndLaunch(({ browser, server }) =>
  browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin }),
);
let current = null;

afterEach(async () => {
  if (!current) return;
  const { page, seen } = current;
  current = null;
  await page.close();
  assert.deepEqual(seen.pageErrors, [], "no uncaught error in the page");
  assert.deepEqual(seen.consoleErrors, [], "no console error");
  assert.deepEqual(h.foreignRequests(seen.requests, env.server.origin), [], "no request to another origin");
  // And on its own origin, only its own files (the page, its scripts, styles and wasm).
  const strays = seen.requests
    .filter((url) => url.startsWith(`${env.server.origin}/`))
    .map((url) => new URL(url).pathname)
    .filter((file) => !fs.existsSync(path.join(h.WWW, file === "/" ? "index.html" : decodeURIComponent(file))));
  assert.deepEqual(strays, [], "no request but for the page's own files");
});

async function start(pathname = "/") {
  current = await h.open(env.browser, env.server.origin, pathname);
  return current;
}

test("a pasted news article gets a 3-sentence summary, highlights and stats", { timeout: 90000 }, async () => {
  const article = h.newsArticle();
  const { page, seen } = await start();
  await h.paste(page, article.text);
  const items = await h.summaryOf(page, 3);

  for (const sentence of items) assert.ok(article.text.includes(sentence), `summary sentence is from the article: ${sentence}`);
  const marked = await page.$$eval("#source mark", (marks) => marks.map((m) => m.textContent.trim()));
  assert.deepEqual(marked, items, "the summary sentences are the highlighted ones, in order");
  assert.equal(await page.$eval("#source", (el) => el.textContent), article.text, "the original reads exactly as pasted");

  const stats = Object.fromEntries(
    await page.$$eval("#stats .stat", (rows) => rows.map((r) => [r.querySelector("dt").textContent, r.querySelector("dd").textContent])),
  );
  assert.match(stats.Sentences, /^3 of \d+$/);
  assert.match(stats.Words, /^\d+ of \d+$/);
  const [out, all] = stats.Words.split(" of ").map(Number);
  assert.ok(out < all, `the summary is shorter: ${stats.Words}`);
  assert.equal(stats.Reduction, `${Math.round((1 - out / all) * 100)}%`);
  assert.match(stats.Time, /^\d+ ms$/);
  assert.ok(seen.requests.some((url) => url.endsWith("/pkg/brevity_en_bg.wasm")), "the English build was fetched");
  assert.ok(!seen.requests.some((url) => url.endsWith("/pkg/brevity_bg.wasm")), "an English text never fetches the other build");
});

test("a text in another language loads the build with every language, once", { timeout: 90000 }, async () => {
  const { page, seen } = await start();
  await h.paste(page, h.newsArticle().text);
  await h.summaryOf(page, 3);
  const german =
    "Die Bundesregierung will bis 2030 rund 2,7 Millionen Wohnungen bauen lassen. " +
    "„Wir brauchen mehr bezahlbare Wohnungen“, sagte Bundeskanzler Olaf Scholz am Dienstag in Berlin. " +
    "Die Opposition kritisierte die Pläne als unrealistisch. Der Mieterbund begrüßte das Ziel grundsätzlich. " +
    "Die Bauindustrie verlangt schnellere Genehmigungen.";
  await h.paste(page, german);
  await page.waitForFunction(() => document.querySelector("#source")?.textContent.startsWith("Die Bundesregierung"));
  await h.summaryOf(page, 3);
  const chips = await page.$$eval("#facts button.chip", (buttons) => buttons.map((b) => b.textContent));
  assert.ok(chips.some((c) => c.startsWith("2,7 Millionen") && c.includes("(2,700,000")), `German number words: ${chips.join(" | ")}`);
  assert.ok(chips.some((c) => c.includes("(Olaf Scholz)")), `German quote speaker: ${chips.join(" | ")}`);
  const all = () => seen.requests.filter((url) => url.endsWith("/pkg/brevity_bg.wasm")).length;
  const fetched = all();
  assert.ok(fetched >= 1, "the build with every language was fetched");
  await h.paste(page, `${german} Das Kabinett berät am Mittwoch.`);
  await page.waitForFunction(() => document.querySelector("#source")?.textContent.endsWith("am Mittwoch."));
  await h.summaryOf(page, 3);
  assert.equal(all(), fetched, "and not fetched again for the next text");
});

/** The first raw article of news_dev.jsonl of 650 to 750 words, as the benchmarks pick it. */
function articleOf700Words() {
  const words = (t) => t.split(/\s+/).filter(Boolean).length;
  const file = path.join(h.evalDir(), "news_dev.jsonl");
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    if (item.text_format === "raw" && words(item.text) >= 650 && words(item.text) <= 750) return item;
  }
  throw new Error(`no raw article of 650-750 words in ${file}`);
}

// Issue 8 asks for this figure printed, never asserted: time depends on the machine and its
// load. Measured in the page (performance.now): from the paste's input event to the frame after
// the summary, stats, facts and highlighted original are on screen: the round trip to the
// Worker, the wasm call and the rendering (a paste skips the typing debounce).
test("paste to rendered summary of a ~700-word article: time printed", { timeout: 90000 }, async () => {
  const article = articleOf700Words();
  const words = article.text.split(/\s+/).filter(Boolean).length;
  const { page } = await start();
  await page.evaluate(() => {
    const text = document.getElementById("text");
    text.addEventListener("input", () => {
      window.pasteTimes = { pasted: performance.now() };
    }, { capture: true });
    new MutationObserver(() => {
      const times = window.pasteTimes;
      if (!times || times.done !== undefined) return;
      // Only the "done" that follows this paste's request, not one still pending from before.
      if (document.body.dataset.state === "working") times.working = true;
      if (!times.working || document.body.dataset.state !== "done") return;
      times.done = performance.now();
      // The frame after the DOM change: the summary is painted.
      requestAnimationFrame(() => setTimeout(() => { times.rendered = performance.now(); }, 0));
    }).observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
  });
  const runs = [];
  for (let i = 0; i < 5; i++) {
    // A trailing space makes each paste a new text (the summary is the same).
    await h.clipboardPaste(page, article.text + " ".repeat(i % 2));
    const items = await h.summaryOf(page, 3);
    for (const sentence of items) assert.ok(article.text.includes(sentence), `summary sentence is from the article: ${sentence}`);
    await page.waitForFunction(() => window.pasteTimes && window.pasteTimes.rendered !== undefined);
    const times = await page.evaluate(() => window.pasteTimes);
    const worker = await page.$$eval("#stats .stat", (rows) =>
      rows.map((r) => [r.querySelector("dt").textContent, r.querySelector("dd").textContent]).find(([k]) => k === "Time")[1]);
    runs.push({ total: times.rendered - times.pasted, dom: times.done - times.pasted, worker });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`page: paste to rendered summary, ${words}-word article (${article.id ?? "news_dev"}): ` +
    `median ${median(runs.map((r) => r.total)).toFixed(0)} ms of 5 (first ${runs[0].total.toFixed(0)} ms; ` +
    `DOM done ${median(runs.map((r) => r.dom)).toFixed(0)} ms; worker times ` +
    `${runs.map((r) => r.worker).join(", ")})`);
});

// A paste asks the Worker at once, in its input event; typing waits for a pause in the keys.
test("a paste is summarized at once, typing after a pause", { timeout: 90000 }, async () => {
  const article = h.newsArticle();
  const { page } = await start();
  await page.evaluate(() => {
    window.inputs = [];
    // Registered after the page's own listener, so it sees the state that listener left.
    document.getElementById("text").addEventListener("input", (event) => {
      window.inputs.push({ type: event.inputType, state: document.body.dataset.state ?? "" });
    });
  });
  await h.clipboardPaste(page, article.text);
  await h.summaryOf(page, 3);
  await page.keyboard.type(" More");
  await page.waitForFunction(() =>
    document.body.dataset.state === "done" && document.getElementById("source").textContent.endsWith(" More"));
  const inputs = await page.evaluate(() => window.inputs);
  assert.deepEqual(inputs[0], { type: "insertFromPaste", state: "working" }, "the paste's input event starts the request");
  assert.deepEqual(inputs[1], { type: "insertText", state: "done" }, "a key starts no request by itself");
  assert.equal(inputs.length, 6, JSON.stringify(inputs));
});

test("the length controls update the summary live: sentences and share of the text", { timeout: 90000 }, async () => {
  const article = h.newsArticle();
  const { page } = await start();
  await h.paste(page, article.text);
  await h.summaryOf(page, 3);
  const total = await page.$$eval("#source .sentence", (s) => s.length);

  await page.fill("#sentences", "5");
  await h.summaryOf(page, 5);
  assert.equal(await page.locator("#source mark").count(), 5);
  await page.fill("#sentences", "1");
  await h.summaryOf(page, 1);

  // The share control: 50% of the sentences, rounded up.
  await page.$eval("#ratio", (el) => {
    el.value = "50";
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await h.summaryOf(page, Math.ceil(total * 0.5));
  assert.equal(await page.$eval("#ratio-value", (el) => el.textContent), "50%");
  assert.ok(await page.isChecked("#mode-ratio"), "moving the share control selects it");
  await page.check("#mode-sentences");
  await h.summaryOf(page, 1);
});

test("the summary follows edits to the text (debounced)", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.focus("#text");
  await page.keyboard.type("The first sentence is short. ", { delay: 5 });
  await h.summaryOf(page, 1);
  await page.keyboard.type("A second one follows it. And a third ends the text.", { delay: 5 });
  const items = await h.summaryOf(page, 3);
  assert.equal(items.at(-1), "And a third ends the text.");
});

test("a lone headline: the status says why there is no summary; no reduction is claimed", { timeout: 90000 }, async () => {
  const { page } = await start();
  await h.paste(page, "Storm leaves 40,000 without power in Maine");
  await page.waitForFunction(() => /Nothing to summarize/.test(document.getElementById("status").textContent));
  const reduction = await page.$eval("#stats", (el) => [...el.querySelectorAll(".stat")].find((r) => r.querySelector("dt").textContent === "Reduction")?.querySelector("dd").textContent);
  assert.equal(reduction, "—");
  assert.equal(await page.locator("#summary li").count(), 0);
});

test("right-to-left text: input, summary, facts and original take their own direction", { timeout: 90000 }, async () => {
  const { page } = await start();
  const arabic =
    "أعلنت الحكومة المصرية اليوم عن خطة جديدة لدعم المزارعين في صعيد مصر. " +
    "وقال وزير الزراعة إن الخطة تشمل توفير البذور والأسمدة بأسعار مخفضة. " +
    "ويأمل المزارعون أن تساعدهم الخطة على زيادة الإنتاج هذا العام. " +
    "وتأتي الخطة بعد موسم صعب بسبب ارتفاع درجات الحرارة.";
  await h.paste(page, arabic);
  await h.summaryOf(page, 3);
  assert.equal(await page.$eval("#text", (el) => getComputedStyle(el).direction), "rtl");
  assert.equal(await page.$eval("#source", (el) => getComputedStyle(el).direction), "rtl");
  assert.equal(await page.$eval("#summary button.pick", (el) => getComputedStyle(el).direction), "rtl");
});

test("clicking a summary sentence scrolls to it in the original and flashes it", { timeout: 90000 }, async () => {
  const article = h.newsArticle(3000);
  const { page } = await start();
  await page.setViewportSize({ width: 1280, height: 700 });
  await h.paste(page, article.text);
  await h.summaryOf(page, 3);
  const last = page.locator("#summary button.pick").last();
  const index = await last.getAttribute("data-sentence");
  await last.click();
  const target = page.locator(`#source [data-sentence="${index}"]`);
  await page.waitForFunction((i) => document.querySelector(`#source [data-sentence="${i}"]`).classList.contains("flash"), index);
  // In view inside the scrolling pane once the smooth scroll ends.
  await page.waitForFunction((i) => {
    const node = document.querySelector(`#source [data-sentence="${i}"]`).getBoundingClientRect();
    const pane = document.getElementById("source").getBoundingClientRect();
    return node.top >= pane.top - 1 && node.bottom <= pane.bottom + 1 && node.bottom <= window.innerHeight;
  }, index);
  assert.equal((await target.textContent()).trim(), (await last.textContent()).trim());
  // Focus moved to it, and its score box follows it there as the pane scrolls.
  await page.locator("#why").waitFor({ state: "visible" });
  await page.waitForFunction((i) => {
    const node = document.querySelector(`#source [data-sentence="${i}"]`).getBoundingClientRect();
    const tip = document.getElementById("why").getBoundingClientRect();
    return Math.abs(tip.top - node.bottom - 6) < 2 || Math.abs(tip.bottom - node.top + 6) < 2;
  }, index);
  const why = await focusedWhy(page);
  assert.equal(why.sentence, index, "focus is on the sentence in the original");
  assert.match(why.text, new RegExp(`^Sentence ${Number(index) + 1} of`));
});

test("hovering a sentence of the original shows its score and why", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  await h.summaryOf(page, 3);
  const first = await page.$eval("#summary button.pick", (b) => Number(b.dataset.sentence));
  await page.hover(`#source [data-sentence="${first}"]`);
  const tip = page.locator("#why");
  await tip.waitFor({ state: "visible" });
  const text = await tip.textContent();
  assert.match(text, new RegExp(`Sentence ${first + 1} of \\d+ · in the summary`));
  assert.match(text, /Score \d\.\d\d/);
  for (const feature of ["Base", "Position", "Centrality", "Quotation"]) assert.ok(text.includes(feature), `why lists ${feature}: ${text}`);
  const rows = await tip.locator("th").allTextContents();
  assert.ok(rows.every((r) => /^[A-Z]/.test(r)), `every part is named: ${rows.join(", ")}`);
  assert.ok(!text.includes("−0.00"), "a part that rounds to nothing has no minus sign");
  await page.keyboard.press("Escape");
  await tip.waitFor({ state: "hidden" });
});

/** The sentence the focus is on (its index), whether the score box is shown and what it says,
 * and where the box is against the sentence. */
function focusedWhy(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const tip = document.getElementById("why");
    const box = el.getBoundingClientRect();
    const at = tip.getBoundingClientRect();
    return {
      sentence: el.closest("#source") ? el.dataset.sentence : null,
      tag: el.tagName,
      shown: !tip.hidden && getComputedStyle(tip).display !== "none",
      text: tip.textContent,
      describedBy: el.getAttribute("aria-describedby"),
      // Just below the sentence, or just above it when there is no room below.
      beside: !tip.hidden && (Math.abs(at.top - box.bottom - 6) < 2 || Math.abs(at.bottom - box.top + 6) < 2),
      rects: JSON.stringify([box, at]),
      described: [...document.querySelectorAll("[aria-describedby='why']")].length,
    };
  });
}

/** The accessible description Chromium gives the focused element (what a screen reader reads). */
async function focusedDescription(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { objectId: result.objectId, fetchRelatives: false });
    const node = nodes[0];
    return { role: node?.role?.value, description: node?.description?.value ?? "" };
  } finally {
    await cdp.detach();
  }
}

test("keyboard: a highlighted sentence shows its score box on focus, Escape closes it, Tab moves on", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click("#sample");
  await h.summaryOf(page, 3);
  const picked = await page.$$eval("#summary button.pick", (bs) => bs.map((b) => b.dataset.sentence));
  const total = await page.$$eval("#source .sentence", (s) => s.length);
  // Only the highlighted sentences are tab stops, not every sentence of a long text.
  assert.deepEqual(await page.$$eval("#source [tabindex='0']", (els) => els.map((e) => e.dataset.sentence)), picked);

  // From the pane, Tab reaches each highlighted sentence in turn, and focus shows its box.
  // (The mouse rests in the page's margin, over no sentence, as the page scrolls.)
  await page.mouse.move(0, 0);
  await page.focus("#source");
  assert.equal((await focusedWhy(page)).shown, false, "the pane itself shows no box");
  for (const index of picked) {
    await page.keyboard.press("Tab");
    await page.locator("#why").waitFor({ state: "visible" });
    const why = await focusedWhy(page);
    assert.equal(why.sentence, index, "focus is on the next highlighted sentence");
    assert.equal(why.tag, "MARK");
    assert.match(why.text, new RegExp(`^Sentence ${Number(index) + 1} of ${total} · in the summaryScore \\d\\.\\d\\d`));
    assert.ok(why.beside, `the box is beside its sentence: ${why.rects}`);
    assert.equal(why.describedBy, "why", "the box describes the focused sentence");
    assert.equal(why.described, 1, "and no other");
  }
  const { description } = await focusedDescription(page);
  assert.match(description, new RegExp(`^Sentence ${Number(picked.at(-1)) + 1} of ${total} · in the summary ?Score \\d\\.\\d\\d`), description);
  // The whole breakdown, each feature with its part ("Position +0.16").
  for (const feature of ["Base", "Position", "Centrality", "Key terms", "Length", "Quotation"]) {
    assert.match(description, new RegExp(`${feature} [+−]\\d\\.\\d\\d`), description);
  }

  // Escape closes it and leaves the focus where it was; Enter opens it again.
  await page.keyboard.press("Escape");
  await page.locator("#why").waitFor({ state: "hidden" });
  let why = await focusedWhy(page);
  assert.equal(why.sentence, picked.at(-1), "Escape keeps the focus");
  assert.equal(why.describedBy, null, "a closed box describes nothing");
  await page.keyboard.press("Enter");
  await page.locator("#why").waitFor({ state: "visible" });
  assert.equal((await focusedWhy(page)).describedBy, "why");

  // No trap: Tab goes on out of the pane, and the box closes; Shift+Tab comes back to it.
  await page.keyboard.press("Tab");
  why = await focusedWhy(page);
  assert.equal(why.sentence, null, "focus left the original");
  assert.equal(why.shown, false);
  assert.equal(why.described, 0);
  await page.keyboard.press("Shift+Tab");
  await page.locator("#why").waitFor({ state: "visible" });
  assert.equal((await focusedWhy(page)).sentence, picked.at(-1));
  await page.keyboard.press("Shift+Tab");
  assert.equal((await focusedWhy(page)).sentence, picked.at(-2), "backwards through the sentences too");
  assert.match(await page.textContent("#why"), new RegExp(`^Sentence ${Number(picked.at(-2)) + 1} of`));
});

test("the facts panel lists what the result carries; a fact marks its mentions", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  await h.summaryOf(page, 3);
  // Render a known result too, so the panel is checked even for kinds the finders do not fill yet.
  const result = await page.evaluate(async () => {
    const { renderFacts, SourceView } = await import("/render.js");
    const text = "Ana Ruiz met Ben Ode in Lyon on 3 May 2024. Ruiz said 40% agreed.";
    const at = (s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const facts = {
      people: [{ text: "Ana Ruiz", salience: 1, mentions: [{ sentence: 0, ...at("Ana Ruiz") }, { sentence: 1, ...at("Ruiz said"), end: text.indexOf("Ruiz said") + 4 }] }],
      places: [{ text: "Lyon", salience: 1, mentions: [{ sentence: 0, ...at("Lyon") }] }],
      organizations: [],
      dates: [{ text: "3 May 2024", value: "2024-05-03", sentence: 0, ...at("3 May 2024") }],
      numbers: [{ text: "40%", value: 40, unit: "%", sentence: 1, ...at("40%") }],
      quotes: [],
      keyphrases: [],
    };
    const result = {
      sentences: [
        { text: text.slice(0, text.indexOf(" Ruiz said")), start: 0, end: text.indexOf(" Ruiz said"), score: 1, kind: "prose" },
        { text: text.slice(text.indexOf("Ruiz said")), start: text.indexOf("Ruiz said"), end: text.length, score: 0.5, kind: "prose" },
      ],
      summary: [0],
      facts,
      stats: { sentences: 2, words: 15, characters: text.length, summaryWords: 10 },
    };
    const host = document.createElement("div");
    const pane = document.createElement("div");
    document.body.append(host, pane);
    renderFacts(host, result);
    const view = new SourceView(pane);
    await view.show(text, result);
    const labels = [...host.querySelectorAll("button.chip")].map((b) => b.textContent);
    const headings = [...host.querySelectorAll("h3")].map((x) => x.textContent);
    const marks = view.highlight(facts.people[0].mentions).map((m) => m.textContent);
    // A mention that runs over two sentences (a quote) is marked in both.
    const spanning = view.highlight([{ sentence: 0, start: text.indexOf("Lyon"), end: text.indexOf(" agreed") }]).map((m) => m.textContent);
    view.highlight(facts.people[0].mentions);
    const pageText = pane.textContent;
    host.remove();
    pane.remove();
    return { labels, headings, marks, spanning, pageText };
  });
  assert.deepEqual(result.headings, ["People", "Places", "Dates", "Numbers"]);
  assert.deepEqual(result.labels, ["Ana Ruiz×2", "Lyon", "3 May 2024 (2024-05-03)", "40%"]);
  assert.deepEqual(result.marks, ["Ana Ruiz", "Ruiz"]);
  assert.deepEqual(result.spanning, ["Lyon on 3 May 2024.", "Ruiz said 40%"]);
  assert.equal(result.pageText, "Ana Ruiz met Ben Ode in Lyon on 3 May 2024. Ruiz said 40% agreed.");

  // And the real result: every fact listed marks exactly its mentions when clicked.
  const chips = page.locator("#facts button.chip");
  const count = Math.min(await chips.count(), 6);
  for (let i = 0; i < count; i++) {
    const chip = chips.nth(i);
    await chip.click();
    assert.equal(await chip.getAttribute("aria-pressed"), "true");
    const expected = await page.evaluate(
      ([kind, index]) => {
        const label = document.querySelector(`#facts button.chip[data-kind="${kind}"][data-index="${index}"]`);
        return label ? Number((label.querySelector(".count")?.textContent || "×1").slice(1)) : -1;
      },
      [await chip.getAttribute("data-kind"), await chip.getAttribute("data-index")],
    );
    assert.equal(await page.locator("#source .mention").count(), expected);
    await chip.click();
    assert.equal(await page.locator("#source .mention").count(), 0, "pressing again clears the marks");
  }
});

test("copy puts the summary on the clipboard as plain text and as Markdown", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  const items = await h.summaryOf(page, 3);
  await page.click("#copy-text");
  await page.waitForFunction(() => document.getElementById("status").textContent === "Summary copied.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), items.join("\n"));
  await page.click("#copy-markdown");
  await page.waitForFunction(() => /Markdown/.test(document.getElementById("status").textContent));
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(markdown.startsWith("## Summary\n\n- "), markdown);
  assert.equal(markdown.split("\n").filter((l) => l.startsWith("- ")).length >= 3, true);
  const facts = await page.$$eval("#facts .fact-group h3", (hs) => hs.map((x) => x.textContent));
  for (const heading of facts) assert.ok(markdown.includes(`- **${heading}:** `), `Markdown lists ${heading}`);
});

test("the sample article button fills the input and summarizes it", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  await h.summaryOf(page, 3);
  const text = await page.inputValue("#text");
  assert.match(text, /Port Alder/);
  assert.equal(await page.$eval("#source", (el) => el.textContent), text);
});

/** The status line's text once it matches `pattern`. */
async function statusMatching(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById("status").textContent), pattern.source);
  return page.textContent("#status");
}

/** The summary shown once the page is done and its status matches `pattern`. */
async function summaryWhen(page, pattern) {
  await page.waitForFunction(
    (source) => document.body.dataset.state === "done" && new RegExp(source).test(document.getElementById("status").textContent),
    pattern.source,
  );
  return page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));
}

test("words mode: the summary of a news article keeps within the word budget, in whole sentences", { timeout: 90000 }, async () => {
  const article = h.newsArticle();
  const { page } = await start();
  assert.equal(await page.inputValue("#words"), "100", "100 words by default");
  assert.equal(await page.getAttribute("#words", "min"), "1");
  await h.paste(page, article.text);
  const sentences = await h.summaryOf(page, 3);

  for (const budget of [100, 60, 250]) {
    if (budget === 100) await page.check("#mode-words");
    else await page.fill("#words", String(budget));
    const items = await summaryWhen(page, new RegExp(`of at most ${budget}\\.$`));
    const shown = items.reduce((sum, sentence) => sum + h.wordCount(sentence), 0);
    assert.ok(items.length > 0, `a summary in ${budget} words`);
    assert.ok(shown <= budget, `${shown} words shown for a budget of ${budget}: ${items.join(" | ")}`);
    for (const sentence of items) assert.ok(article.text.includes(sentence.trim()), `a whole sentence of the article: ${sentence}`);
    const stats = await page.$eval("#stats", (el) => el.textContent);
    assert.match(stats, new RegExp(`Words${shown} of`), "the stats count the same words");
    assert.match(await page.textContent("#status"), new RegExp(`^Summary updated: ${items.length} sentences?, ${shown} words? of at most ${budget}\\.$`));
  }
  // Back to sentences: the budget no longer applies.
  await page.check("#mode-sentences");
  assert.deepEqual(await summaryWhen(page, /^Summary updated: 3 sentences\.$/), sentences);
});

test("words mode: an invalid number of words says so and keeps the summary; too few words for any sentence says so", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  await h.summaryOf(page, 3);
  await page.fill("#words", "40");
  const before = await summaryWhen(page, /of at most 40\.$/);
  assert.equal(await page.isChecked("#mode-words"), true, "editing the number chooses words mode");
  for (const bad of ["0", "-5", "2.5", ""]) {
    await page.fill("#words", bad);
    assert.equal(await statusMatching(page, /^Words must/), "Words must be a whole number of at least 1.", `for "${bad}"`);
    assert.equal(await page.getAttribute("#words", "aria-invalid"), "true");
    assert.deepEqual(await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent)), before, "the summary stays");
  }
  // Sentences mode is not held up by a bad words value.
  await page.check("#mode-sentences");
  await summaryWhen(page, /^Summary updated: 3 sentences\.$/);
  await page.fill("#words", "1");
  assert.equal(await page.getAttribute("#words", "aria-invalid"), null, "fixed, the field is no longer marked");
  assert.equal(await statusMatching(page, /^No sentence/), "No sentence fits in 1 word: allow more words.");
  assert.equal(await page.locator("#summary li").count(), 0);
});

test("focus: typing a word brings in the sentences about it, after a pause; clearing it undoes that", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  const plain = await h.summaryOf(page, 3);
  assert.ok(!plain.some((s) => /hurricane/i.test(s)), `no hurricane without focus: ${plain.join(" | ")}`);
  assert.equal(await page.getAttribute("#focus", "placeholder"), "e.g. drivers, ferry");
  // Each request sets the page's state (to "working", then "done"): count the settings.
  await page.evaluate(() => {
    window.stateChanges = 0;
    new MutationObserver((records) => {
      window.stateChanges += records.length;
    }).observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
  });
  await page.locator("#focus").pressSequentially("hurricane");
  await page.waitForFunction(() =>
    document.body.dataset.state === "done" && /hurricane/.test(document.getElementById("summary").textContent));
  const focused = await h.summaryOf(page, 3);
  assert.notDeepEqual(focused, plain, "the focus changed the summary");
  assert.ok(focused.some((s) => s.includes("after a hurricane destroyed the fish market")), focused.join(" | "));
  assert.ok(
    (await page.evaluate(() => window.stateChanges)) < "hurricane".length,
    "typing the focus waits for a pause, not one summary per key",
  );

  // Words mode and a focus together: within the budget, and about the focus.
  await page.fill("#words", "100");
  const both = await summaryWhen(page, /of at most 100\.$/);
  assert.ok(both.some((s) => s.includes("hurricane")), both.join(" | "));
  assert.ok(both.reduce((sum, s) => sum + h.wordCount(s), 0) <= 100);

  // Only spaces is no focus: the plain summary again.
  await page.check("#mode-sentences");
  await page.fill("#focus", "   ");
  await page.waitForFunction(() =>
    document.body.dataset.state === "done" && !/hurricane/.test(document.getElementById("summary").textContent));
  assert.deepEqual(await h.summaryOf(page, 3), plain);
});

test("a dropped .md file and opened .txt and .html files are summarized; other files are refused", { timeout: 90000 }, async () => {
  const { page } = await start();
  const markdown = "# Garden notes\n\nThe tomatoes grew well this year. The beans did not. Next year we plant earlier.\n";
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], "notes.md", { type: "text/markdown" }));
    return dt;
  }, markdown);
  await page.dispatchEvent("#drop", "dragover", { dataTransfer });
  await page.dispatchEvent("#drop", "drop", { dataTransfer });
  await h.summaryOf(page, 3);
  assert.equal(await page.inputValue("#text"), markdown);

  await page.setInputFiles("#file", { name: "story.txt", mimeType: "text/plain", buffer: Buffer.from("One sentence here. Another one there.") });
  await h.summaryOf(page, 2);
  assert.equal(await page.inputValue("#text"), "One sentence here. Another one there.");
  // The same file chosen again after an edit is read again.
  await page.fill("#text", "Edited.");
  await h.summaryOf(page, 1);
  await page.setInputFiles("#file", { name: "story.txt", mimeType: "text/plain", buffer: Buffer.from("One sentence here. Another one there.") });
  await h.summaryOf(page, 2);
  assert.equal(await page.inputValue("#text"), "One sentence here. Another one there.");
  // Dragged text (no file) is left to the text box: the page does not cancel its drop.
  const cancelled = await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "Dragged words.");
    const drop = new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true });
    document.getElementById("text").dispatchEvent(drop);
    return drop.defaultPrevented;
  });
  assert.equal(cancelled, false);

  // A saved page: its text is summarized, the source shows it as written.
  const html = `<!doctype html><html><head><title>Notes</title><script>var x = "Not. A sentence.";</script></head>
<body><nav><a href="/">Home</a></nav><p>The tomatoes grew well this year.</p><p>The beans did <em>not</em>.</p></body></html>`;
  await page.setInputFiles("#file", { name: "notes.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await h.summaryOf(page, 2);
  const summary = await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent.trim()));
  assert.deepEqual(summary, ["The tomatoes grew well this year.", "The beans did not."]);
  const source = await page.$eval("#source", (el) => el.textContent);
  assert.equal(source, html, "the original shows the markup as written");

  await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) });
  await page.waitForFunction(() => /not a \.txt, \.md or \.html file/.test(document.getElementById("status").textContent));
  assert.equal(await page.inputValue("#text"), html, "the text is kept");
});

test("keyboard only: logical tab order, visible focus, Enter on a summary sentence", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  await h.summaryOf(page, 3);
  // Start from the heading, as a reader who clicked into the page would.
  await page.click("h1");
  const order = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Tab");
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        return { id: el.id || el.className, visible };
      }),
    );
  }
  const ids = order.map((o) => o.id);
  const expected = ["sample", "file", "text", "mode-sentences", "sentences", "ratio", "words", "focus", "copy-text", "copy-markdown", "pick"];
  assert.deepEqual(ids.slice(0, expected.length), expected, `tab order: ${ids.join(", ")}`);
  for (const o of order.filter((x) => x.id !== "file")) assert.ok(o.visible, `focus is visible on ${o.id}`);
  // Backwards from the first control: the skip link, shown when focused, jumps to the summary.
  await page.focus("#sample");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
  assert.ok((await page.locator(".skip").boundingBox()).x >= 0, "the skip link is on screen when focused");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement.id === "summary-heading");
  // The file input is visually hidden inside its label, which shows the focus ring instead.
  await page.focus("#file");
  assert.notEqual(await page.$eval("label.file", (l) => getComputedStyle(l).outlineStyle), "none");

  await page.focus("#summary button.pick");
  const index = await page.$eval("#summary button.pick", (b) => b.dataset.sentence);
  await page.keyboard.press("Enter");
  await page.waitForFunction((i) => document.querySelector(`#source [data-sentence="${i}"]`).classList.contains("flash"), index);
  // Without a mouse, picking a sentence also shows why it was picked.
  await page.locator("#why").waitFor({ state: "visible" });
  assert.match(await page.textContent("#why"), new RegExp(`Sentence ${Number(index) + 1} of \\d+ · in the summary`));
  await page.keyboard.press("Escape");
  await page.locator("#why").waitFor({ state: "hidden" });

  // Labels and live regions a screen reader relies on.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sentence), index, "focus moves to the sentence");
  assert.match(await page.textContent("#status"), new RegExp(`Sentence ${Number(index) + 1} of \\d+ shown in the original`));
  // Only the status line is live: the summary is not read out again at each edit.
  assert.equal(await page.getAttribute("#summary", "aria-live"), null);
  assert.equal(await page.getAttribute("#summary", "aria-busy"), "false");
  assert.equal(await page.getAttribute("#status", "role"), "status");
  for (const id of ["text", "mode-sentences", "sentences", "mode-ratio", "ratio", "mode-words", "words", "focus"]) {
    const name = await page.evaluate((x) => {
      const el = document.getElementById(x);
      return el.getAttribute("aria-label") || (el.getAttribute("aria-labelledby") && document.getElementById(el.getAttribute("aria-labelledby")).textContent) || el.labels?.[0]?.textContent;
    }, id);
    assert.ok(name && name.trim().length > 0, `#${id} has an accessible name`);
  }
});

test("3 MB of text: the page keeps responding while the worker summarizes", { timeout: 240000 }, async () => {
  const novel = path.join(h.evalDir(), "scale", "war_and_peace.txt");
  const text = fs.readFileSync(novel, "utf8");
  assert.ok(text.length > 3_000_000, "the scale text is 3 MB");
  const { page } = await start();
  await page.waitForFunction(() => document.body.dataset.state === "done");
  // Long tasks after the summary is on screen: the original rendering in slices.
  await page.evaluate(() => {
    window.tasks = [];
    new PerformanceObserver((list) => window.tasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "longtask" });
    new MutationObserver(() => (window.summaryShown ??= performance.now())).observe(document.getElementById("summary"), { childList: true });
    window.statuses = [];
    new MutationObserver(() => window.statuses.push(document.getElementById("status").textContent)).observe(document.getElementById("status"), { childList: true });
  });
  const order = await page.evaluate(
    (big) =>
      new Promise((resolve) => {
        const events = [];
        const body = document.body;
        const watcher = new MutationObserver(() => {
          if (body.dataset.state === "working" && !events.includes("working")) {
            events.push("working");
            // A timer and a DOM update while the worker runs: both happen before the
            // result arrives only if the page's thread is free.
            setTimeout(() => {
              events.push(body.dataset.state === "working" ? "timer while working" : "timer after");
              document.getElementById("ratio-value").textContent = "probe";
              requestAnimationFrame(() => events.push("frame while working"));
            }, 30);
          }
          if (body.dataset.state === "done" && events.includes("working")) {
            events.push("done");
            watcher.disconnect();
            resolve(events);
          }
        });
        watcher.observe(body, { attributes: true, attributeFilter: ["data-state"] });
        const input = document.getElementById("text");
        input.value = big;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    text,
  );
  assert.deepEqual(order, ["working", "timer while working", "frame while working", "done"]);
  const counts = await page.evaluate(() => ({
    sentences: document.querySelectorAll("#source .sentence").length,
    summary: document.querySelectorAll("#summary li").length,
    length: document.getElementById("source").textContent.length,
  }));
  assert.equal(counts.summary, 3);
  assert.ok(counts.sentences > 10000, `all sentences rendered: ${counts.sentences}`);
  assert.equal(counts.length, text.length, "the whole text is in the original pane");
  // The seconds of work are said, then the result.
  const statuses = await page.evaluate(() => window.statuses);
  assert.deepEqual(statuses, [`Summarizing ${text.length.toLocaleString("en")} characters…`, "Summary updated: 3 sentences."]);
  // Cut into blocks at line breaks between sentences, each laid out on its own: in one block,
  // each slice laid the whole text out again, 0.1 to 0.6 s a slice for 2 MB, more as it grew.
  const blocks = await page.$$eval("#source > .lines", (bs) => bs.map((b) => b.querySelectorAll(".sentence").length));
  await new Promise((resolve) => setTimeout(resolve, 500)); // long tasks are reported late
  const longest = await page.evaluate(() => Math.max(0, ...window.tasks.filter(([at, d]) => at + d > window.summaryShown).map(([, d]) => d)));
  console.log(`page: 3 MB original rendered in ${blocks.length} blocks; longest task after the summary showed ${Math.round(longest)} ms`);
  assert.ok(blocks.length > 20, `the original is in blocks: ${blocks.length}`);
  assert.ok(Math.max(...blocks) < 1000, `no block holds the bulk of the text: ${Math.max(...blocks)} sentences`);
});

test("screenshots: light, dark and phone width", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click("#sample");
  await h.summaryOf(page, 3);
  const chip = page.locator("#facts button.chip").first();
  if (await chip.count()) await chip.click();
  await page.evaluate(() => window.scrollTo(0, 0));
  // The first summary sentence is near the top: the page stays scrolled to the top, so the
  // light screenshot (docs/page.png is a copy) shows the controls, the summary and the box.
  const first = await page.$$eval("#summary button.pick", (b) => b[0].dataset.sentence);
  await page.hover(`#source [data-sentence="${first}"]`);
  await page.locator("#why").waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => window.scrollY), 0, "the screenshot shows the top of the page");
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: h.screenshotPath("light.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: h.screenshotPath("dark.png") });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, "rgb(19, 20, 23)", "dark mode follows prefers-color-scheme");

  await page.emulateMedia({ colorScheme: "light" });
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: h.screenshotPath("phone.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at phone width (overflow ${overflow}px)`);
  for (const name of ["light.png", "dark.png", "phone.png"]) assert.ok(fs.statSync(h.screenshotPath(name)).size > 10000);
});

test("a long text's original, rendered in blocks, reads and copies as pasted", { timeout: 90000 }, async () => {
  const text = fs.readFileSync(path.join(h.evalDir(), "scale", "war_and_peace.txt"), "utf8").slice(0, 80000);
  const { page } = await start();
  await page.setViewportSize({ width: 1280, height: 900 });
  await h.paste(page, text);
  await h.summaryOf(page, 3);
  const got = await page.evaluate((pasted) => {
    const source = document.getElementById("source");
    // The same text in one block, as the pane showed it before blocks: the same lines.
    const whole = document.createElement("div");
    whole.className = "source";
    whole.style.width = `${source.clientWidth}px`;
    whole.style.maxHeight = source.style.maxHeight = "none";
    whole.textContent = pasted;
    source.after(whole);
    const heights = [source.scrollHeight, whole.scrollHeight];
    whole.remove();
    source.style.maxHeight = "";
    return {
      blocks: source.querySelectorAll(":scope > .lines").length,
      heights,
      text: source.textContent === pasted,
      // What a selection of the pane copies: no extra line break where a block ends.
      copied: source.innerText === pasted,
    };
  }, text);
  assert.ok(got.blocks >= 2, `in blocks: ${got.blocks}`);
  assert.equal(got.heights[0], got.heights[1], "the blocks lay out as the text in one block");
  assert.ok(got.text, "the pane holds the text as pasted");
  assert.ok(got.copied, "and reads (and copies) as pasted");
});

// Pastes `text` into a fresh page 1280 px wide and waits until it is summarized and laid out,
// recording the long tasks from the summary's showing on: their longest and total ms (printed by
// the callers, not asserted: a loaded machine stretches them).
async function pasteWatchingLongTasks(text, timeout) {
  const { page } = await start();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction(() => document.body.dataset.state === "done");
  await page.evaluate((big) => {
    window.tasks = [];
    new PerformanceObserver((list) => window.tasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "longtask" });
    new MutationObserver(() => (window.summaryShown ??= performance.now())).observe(document.getElementById("summary"), { childList: true });
    const input = document.getElementById("text");
    input.value = big;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.waitForFunction(() => document.body.dataset.state === "working");
  await page.waitForFunction(() => document.body.dataset.state === "done", null, { timeout });
  await new Promise((resolve) => setTimeout(resolve, 500)); // long tasks are reported late
  const tasks = await page.evaluate(() => window.tasks.filter(([at, d]) => at + d > window.summaryShown).map(([, d]) => d));
  return { page, tasks: { longest: Math.max(0, ...tasks), total: tasks.reduce((a, b) => a + b, 0) } };
}

test("2 MB of prose in one paragraph: the original in blocks, the page responsive; highlights, facts and scrolling work", { timeout: 240000 }, async () => {
  // A novel with its line breaks taken out: one paragraph of 2 MB, as some exports paste.
  const text = fs.readFileSync(path.join(h.evalDir(), "scale", "war_and_peace.txt"), "utf8").slice(0, 2_100_000).replace(/\s+/g, " ").trim();
  assert.ok(!text.includes("\n") && text.length > 2_000_000);
  const { page, tasks } = await pasteWatchingLongTasks(text, 200000);
  const got = await page.evaluate((pasted) => {
    const source = document.getElementById("source");
    const blocks = [...source.querySelectorAll(":scope > .lines")];
    return {
      blocks: blocks.map((b) => b.querySelectorAll(".sentence").length),
      text: source.textContent === pasted,
      marks: source.querySelectorAll("mark.sentence").length,
    };
  }, text);
  console.log(`page: a 2 MB paragraph in ${got.blocks.length} blocks; longest task after the summary ${Math.round(tasks.longest)} ms, ${Math.round(tasks.total)} ms in all`);
  // In one block, each slice laid the paragraph out again: 0.95 s tasks, 12 s in all.
  assert.ok(got.blocks.length > 20, `cut inside the paragraph: ${got.blocks.length} blocks`);
  assert.ok(Math.max(...got.blocks) <= 400, `at most 400 sentences a block: ${Math.max(...got.blocks)}`);
  assert.ok(got.text, "the pane holds the text as pasted");
  assert.equal(got.marks, 3, "the summary sentences are highlighted");

  // Scroll to a summary sentence far into the text.
  const picks = page.locator("#summary button.pick");
  const last = picks.last();
  const index = await last.getAttribute("data-sentence");
  await last.click();
  await page.waitForFunction((i) => {
    const node = document.querySelector(`#source [data-sentence="${i}"]`);
    const box = node.getBoundingClientRect();
    const pane = document.getElementById("source").getBoundingClientRect();
    return node.classList.contains("flash") && box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1;
  }, index);
  // A fact's mentions are marked in every block they are in.
  const chip = page.locator("#facts .people button.chip").first();
  await chip.click();
  const mentions = await page.evaluate(() => {
    const marks = [...document.querySelectorAll("#source .mention")];
    return { count: marks.length, blocks: new Set(marks.map((m) => m.closest(".lines"))).size };
  });
  const expected = Number(((await chip.locator(".count").textContent().catch(() => "×1")) || "×1").slice(1));
  assert.equal(mentions.count, expected, "every mention marked");
  assert.ok(mentions.blocks > 1, `across blocks: ${mentions.blocks}`);
});

test("5 MB of text: the original renders in slices without painting the text box again each time", { timeout: 300000 }, async () => {
  const scale = path.join(h.evalDir(), "scale");
  const text = (fs.readFileSync(path.join(scale, "war_and_peace.txt"), "utf8") + fs.readFileSync(path.join(scale, "anna_karenina.txt"), "utf8")).slice(0, 5_200_000);
  const { page, tasks } = await pasteWatchingLongTasks(text, 280000);
  const got = await page.evaluate(() => ({
    length: document.getElementById("source").textContent.length,
    layer: getComputedStyle(document.getElementById("text")).willChange,
  }));
  console.log(`page: 5 MB rendered with ${Math.round(tasks.total)} ms of long tasks after the summary, the longest ${Math.round(tasks.longest)} ms`);
  assert.equal(got.length, text.length);
  // The text box, 5 MB of text, was painted again after every slice of the original: 18 to
  // 28 s of long tasks in all, tasks of 0.2 to 1.2 s; in a layer of its own, 1 to 4 s
  // (printed above, not asserted: docs/performance.md has the runs).
  assert.match(got.layer, /transform/, "the text box is a layer of its own");
});

test("a Hindi article gets its summary: sentences that end on the danda are prose", { timeout: 90000 }, async () => {
  const text = [
    "नई दिल्ली में सोमवार को भारी बारिश के कारण कई इलाकों में पानी भर गया।",
    "मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है।",
    "मुख्यमंत्री ने अधिकारियों के साथ बैठक की और राहत कार्यों का जायजा लिया।",
    "शहर के 25 स्कूल मंगलवार को बंद रहेंगे।",
  ].join(" ");
  const { page } = await start();
  await h.paste(page, text);
  // Each sentence read as a heading before: "Nothing to summarize", no summary.
  const summary = await h.summaryOf(page, 3);
  for (const sentence of summary) assert.ok(text.includes(sentence.trim()), sentence);
  assert.equal(await page.textContent("#status"), "Summary updated: 3 sentences.");
  assert.equal(await page.locator("#source mark").count(), 3);
});

test("a right-to-left paragraph cut into blocks keeps its direction where a block starts with a Latin word", { timeout: 90000 }, async () => {
  // 450 Arabic sentences in one line; the block cut comes before sentence 400, which opens with "BBC".
  const arabic = "قال المسؤولون في المدينة إن العمل سيستمر حتى نهاية الشهر المقبل.";
  const sentences = Array.from({ length: 450 }, (_, i) => (i === 400 ? "BBC قالت إن الطريق سيفتح يوم الجمعة المقبل." : arabic));
  const text = sentences.join(" ");
  const { page } = await start();
  await page.setViewportSize({ width: 1280, height: 900 });
  await h.paste(page, text);
  await h.summaryOf(page, 3);
  const got = await page.evaluate(() => {
    const source = document.getElementById("source");
    const blocks = [...source.querySelectorAll(":scope > .lines")];
    const first = blocks[1]?.querySelector(".sentence");
    // Where its first word, "BBC", is: at the right end of the line in a right-to-left paragraph.
    const range = document.createRange();
    range.setStart(first.firstChild, 0);
    range.setEnd(first.firstChild, 3);
    const box = range.getBoundingClientRect();
    const pane = blocks[1].getBoundingClientRect();
    return {
      blocks: blocks.length,
      continues: blocks[1].dataset.continues,
      firstText: first.textContent,
      gapRight: Math.round(pane.right - box.right),
      gapLeft: Math.round(box.left - pane.left),
    };
  });
  assert.equal(got.blocks, 2);
  assert.equal(got.continues, "rtl");
  assert.match(got.firstText, /^BBC/);
  assert.ok(got.gapRight < 40 && got.gapLeft > 200, `"BBC" at the right, as the paragraph reads: ${JSON.stringify(got)}`);
});

test("phone width: a long link or hashtag wraps in the summary and the facts, no sideways scrolling", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.setViewportSize({ width: 360, height: 780 });
  const tag = "#RailDelaysAreUnacceptableAndMustBeFixedNowBeforeItIsTooLate";
  await h.paste(
    page,
    "The report, published at https://www.example.gov.uk/publications/annual-report-2026/full-text-with-appendices-and-tables.pdf " +
      "on Monday, found that rail delays rose by 40 percent. " +
      `The ${tag} campaign gathered 20,000 signatures in a week. Ministers said they would respond within a month.`,
  );
  const items = await h.summaryOf(page, 3);
  assert.ok(items.some((s) => s.includes(tag)), items.join(" | "));
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("#summary button.pick, #facts button.chip")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((el) => el.textContent),
  );
  assert.deepEqual(wide, [], "every summary sentence and fact fits the screen");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
});

test("the score box: a caption says why it is left out; a note where the score and the choice disagree", { timeout: 90000 }, async () => {
  const { page } = await start();
  await h.paste(
    page,
    "Floods closed 40 schools in the north of the country on Monday, officials said.\n" +
      "Residents clear mud from a street in Leeds on Sunday. (AP Photo/Jon Super)\n" +
      "The rain is expected to ease by Wednesday. Schools will reopen once the roads are safe.",
  );
  await h.summaryOf(page, 3);
  const caption = await page.$eval("#source .kind-caption", (el) => el.dataset.sentence);
  await page.hover(`#source [data-sentence="${caption}"]`);
  await page.locator("#why").waitFor({ state: "visible" });
  assert.match(await page.textContent("#why"), /Not scored: a caption or photo credit, which a summary leaves out\.$/);
  assert.equal(await page.locator("#why table").count(), 0, "no table of zeros");

  // A summary chosen as a whole: sentence 1 is in it with a lower score than sentence 2.
  const notes = await page.evaluate(async () => {
    const { renderWhy } = await import("/render.js");
    const why = { base: 0.17, position: 0, centrality: 0, terms: 0, length: 0, facts: 0, quote: 0, focus: 0 };
    const sentence = (score) => ({ text: "A sentence.", start: 0, end: 11, score, kind: "prose", why: { ...why, position: score - 0.17 } });
    const result = { sentences: [sentence(0.5), sentence(0.2), sentence(0.3), sentence(0.1)], summary: [0, 1] };
    const box = document.createElement("div");
    return [0, 1, 2, 3].map((i) => {
      renderWhy(box, result, i);
      return box.querySelector(".why-note")?.textContent ?? null;
    });
  });
  assert.deepEqual(notes, [
    null,
    "Chosen over sentences that score higher: the summary is picked as a whole, for what its sentences say together.",
    "Left out though it scores higher than a summary sentence: the summary is picked as a whole, without repeats and within its length.",
    null,
  ]);
});

test("an Arabic line in an English text reads right to left in the original and the text box", { timeout: 90000 }, async () => {
  const { page } = await start();
  await h.paste(
    page,
    "Leaders announced a joint water agreement on Friday after months of talks.\n" +
      "قال وزير المياه إن الاتفاق سيوفر المياه لأكثر من مليوني شخص.\n" +
      "Critics said the agreement left key questions open.",
  );
  await h.summaryOf(page, 3);
  const arabic = await page.evaluate(() => {
    const node = [...document.querySelectorAll("#source .sentence")].find((s) => s.textContent.startsWith("قال"));
    const text = node.firstChild;
    const at = (i) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    return { first: at(0).left, stop: at(text.length - 1).left };
  });
  assert.ok(arabic.stop < arabic.first, `the full stop ends the line on its left: ${JSON.stringify(arabic)}`);
  assert.equal(await page.$eval("#text", (el) => getComputedStyle(el).unicodeBidi), "plaintext", "each line of the text box takes its own direction");
});

test("a failed load is shown as an error that says what to do, and the next edit tries again", { timeout: 90000 }, async () => {
  // Its own browser, without the service worker: the wasm's first fetch fails.
  const browser = await h.launch({ serviceWorkers: "block" });
  try {
    const fail = (route) => route.fulfill({ status: 404, body: "" });
    await browser.context.route("**/pkg/brevity_en_bg.wasm", fail);
    const { page } = await h.open(browser, env.server.origin);
    await h.paste(page, "Floods closed 40 schools on Monday. The rain is expected to ease by Wednesday.");
    await page.waitForFunction(() => document.body.dataset.state === "error");
    const status = await page.$eval("#status", (el) => ({ text: el.textContent, error: el.classList.contains("error"), color: getComputedStyle(el).color }));
    assert.match(status.text, /^Brevity could not summarize the text: .*404.* Reload the page to try again\.$/);
    assert.ok(status.error, "marked as an error");
    assert.equal(status.color, "rgb(179, 38, 30)", "in the error colour");
    assert.equal(await page.getAttribute("#summary", "aria-busy"), "false", "nothing is loading");
    await browser.context.unroute("**/pkg/brevity_en_bg.wasm", fail);
    await page.keyboard.type(" Schools reopen on Thursday.");
    await h.summaryOf(page, 3);
    assert.equal(await page.$eval("#status", (el) => el.classList.contains("error")), false);
  } finally {
    await browser.close();
  }
});

test("before any text: placeholders, no empty stats box; a text with no full stops is said to be one sentence", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.waitForFunction(() => document.body.dataset.state === "done");
  assert.equal(await page.$eval("#stats", (el) => getComputedStyle(el).display), "none", "no empty stats box");
  assert.equal(await page.$eval("#summary", (el) => getComputedStyle(el, "::before").content), '"The summary of your text appears here."');
  await h.paste(
    page,
    "we walked along the river in the morning and saw the boats come in and the fishermen were tired but happy " +
      "the sun came up over the hills and the town woke slowly",
  );
  await h.summaryOf(page, 1);
  assert.equal(
    await page.textContent("#status"),
    "Summary updated: 1 sentence, the whole text: it has no full stops, so it reads as one sentence.",
  );
  assert.equal(await page.$eval("#summary", (el) => getComputedStyle(el, "::before").content), "none");
  await h.paste(page, "The tide came in. The boats came home.");
  await h.summaryOf(page, 2);
  assert.equal(await page.textContent("#status"), "Summary updated: 2 sentences, all the text has.");
  await page.focus("#text");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => document.body.dataset.state === "done" && document.querySelectorAll("#summary li").length === 0);
  assert.equal(await page.$eval("#source", (el) => getComputedStyle(el, "::before").content), '"Your text, with the summary highlighted, appears here."');
  // Only spaces and line breaks: no text, so the placeholders stay (the pane once went blank).
  await h.paste(page, "  \n\n\t \n ");
  await page.waitForFunction(() => document.body.dataset.state === "done");
  await page.waitForTimeout(300);
  assert.equal(await page.$eval("#source", (el) => getComputedStyle(el, "::before").content), '"Your text, with the summary highlighted, appears here."');
  assert.equal(await page.$eval("#summary", (el) => getComputedStyle(el, "::before").content), '"The summary of your text appears here."');
});

test("keyboard: from the summary, one link skips the facts to the original", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  await h.summaryOf(page, 3);
  const first = await page.$eval("#summary button.pick", (b) => b.dataset.sentence);
  await page.focus("#summary li:last-child button.pick");
  await page.keyboard.press("Tab");
  const link = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    return { text: el.textContent, visible: box.width > 20 && box.height > 10, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(link.text, "Skip the facts, to the original");
  assert.ok(link.visible, "shown when focused");
  assert.notEqual(link.outline, "none", "with its focus ring");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement.id === "source");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sentence), first, "the next Tab is the first highlighted sentence");
  // Hidden, it takes no room.
  await page.keyboard.press("Shift+Tab");
  assert.equal(await page.$eval(".skip-inline", (el) => el.getBoundingClientRect().height), 1);
});

test("a fact in Arabic with an English speaker or value: each part keeps its own order", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.waitForFunction(() => document.body.dataset.state === "done");
  const chips = await page.evaluate(async () => {
    const { renderFacts } = await import("/render.js");
    const quote = "هذه بداية جديدة لأطفالنا";
    const text = `The negotiator said in Arabic: «${quote}» to the crowd.`;
    const facts = { people: [], places: [], organizations: [], dates: [], numbers: [], keyphrases: [] };
    facts.quotes = [{ text: quote, speaker: "the Palestinian negotiator", sentence: 0, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }];
    const host = document.createElement("div");
    host.style.width = "600px";
    document.body.append(host);
    renderFacts(host, { sentences: [{ text, start: 0, end: text.length, score: 1, kind: "prose" }], summary: [0], facts, stats: { sentences: 1 } });
    const chip = host.querySelector("button.chip");
    // Where each character of the chip is drawn: its text nodes, one range a character.
    const boxes = [];
    const walker = document.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        boxes.push([node.data[i], range.getBoundingClientRect()]);
      }
    }
    const arabic = boxes.filter(([c]) => /[\u0600-\u06FF]/.test(c));
    const got = {
      label: chip.textContent,
      direction: getComputedStyle(chip).direction,
      quoteRight: Math.max(...arabic.map(([, r]) => r.right)),
      speakerLeft: boxes.find(([c]) => c === "(")[1].left,
    };
    host.remove();
    return got;
  });
  assert.equal(chips.label, "“هذه بداية جديدة لأطفالنا” (the Palestinian negotiator)");
  assert.equal(chips.direction, "ltr", "the chip reads in its speaker's direction");
  assert.ok(chips.quoteRight <= chips.speakerLeft, `the Arabic quote, then the speaker to its right: ${JSON.stringify(chips)}`);
});

test("focus: a word no sentence is about is said to change nothing", { timeout: 90000 }, async () => {
  const { page } = await start();
  await page.click("#sample");
  const plain = await h.summaryOf(page, 3);
  await page.fill("#focus", "zebra");
  await statusMatching(page, /No sentence is about/);
  assert.equal(await page.textContent("#status"), "Summary updated: 3 sentences. No sentence is about “zebra”, so the focus changed nothing.");
  assert.deepEqual(await h.summaryOf(page, 3), plain);
  await page.fill("#focus", "hurricane");
  await page.waitForFunction(() => document.body.dataset.state === "done" && /hurricane/.test(document.getElementById("summary").textContent));
  assert.equal(await page.textContent("#status"), "Summary updated: 3 sentences.");
});
