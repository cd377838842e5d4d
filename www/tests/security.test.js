// Security and privacy of the page and the embed, asserted in headless Chromium: pasted
// markup stays text, the Content-Security-Policy holds with no violation, no request leaves
// the page's origin, and the page works offline after the first visit.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const h = require("./helpers.js");

let server;

before(async () => {
  server = await h.serve();
});

after(async () => {
  await server?.close();
});

/** Records CSP violations as the page's own listener sees them, from the first script on. */
async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

const PAYLOADS = [
  `<img src=x onerror="window.__xss='img'"> Officials said the bridge would close on Monday.`,
  `<script>window.__xss='script'</script> The mayor promised free buses for everyone.`,
  `Read <a href="javascript:window.__xss='link'">the full report</a> before the vote.`,
  `"><svg onload="window.__xss='svg'"></svg> Engineers found cracks in two supports.`,
  `<iframe src="javascript:parent.__xss='iframe'"></iframe> Repairs will take eight months.`,
  `<style>body{display:none}</style> Shop owners fear they will lose customers.`,
];

test("pasted HTML and script payloads render as text: nothing runs, no element is made from them", { timeout: 90000 }, async () => {
  const browser = await h.launch();
  try {
    await recordViolations(browser.context);
    const { page, seen } = await h.open(browser, server.origin);
    const text = PAYLOADS.join("\n\n");
    await h.paste(page, text);
    await page.fill("#sentences", String(PAYLOADS.length));
    // Leaving the field fires its change event too: let that render happen before clicking.
    await page.locator("#sentences").blur();
    await h.summaryOf(page, PAYLOADS.length);

    // Exercise every path that renders user text: summary, original, facts, why, copy.
    // Locators, not element handles: a click re-finds its element if the list re-rendered.
    const picks = page.locator("#summary button.pick");
    for (let i = 0; i < (await picks.count()); i++) await picks.nth(i).click();
    await page.hover("#source .sentence");
    const chips = page.locator("#facts button.chip");
    for (let i = 0; i < (await chips.count()); i++) await chips.nth(i).click();

    assert.equal(await page.evaluate(() => window.__xss), undefined, "no payload ran");
    const made = await page.$$eval(
      "#summary *, #source *, #facts *, #why *",
      (els) => els.filter((el) => /^(IMG|SCRIPT|A|SVG|IFRAME|STYLE)$/i.test(el.tagName)).map((el) => el.tagName),
    );
    assert.deepEqual(made, [], "no element was created from the text");
    assert.equal(await page.$eval("#source", (el) => el.textContent), text, "the markup shows as text");
    const summary = await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));
    // Read as HTML, the text's sentences are its prose (a script's or a style's content is no
    // sentence), shown without their tags; the original keeps them, as text.
    assert.ok(summary.some((s) => s.includes("Read the full report before the vote.")), summary.join(" | "));
    assert.ok(!summary.some((s) => s.includes("window.__xss")), "a script's content is no sentence");
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), "block");
    assert.ok(!seen.requests.some((url) => new URL(url).pathname === "/x"), "the <img src=x> was never requested");
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  } finally {
    await browser.close();
  }
});

test("the embed renders host text with markup as text", { timeout: 90000 }, async () => {
  const browser = await h.launch();
  try {
    const { page } = await h.open(browser, server.origin, "/embed.html");
    await page.waitForFunction(() => document.getElementById("tldr").dataset.state === "done");
    const made = await page.evaluate(async (payloads) => {
      const host = document.createElement("brevity-summary");
      host.setAttribute("sentences", "6");
      host.textContent = payloads.join(" ");
      const done = new Promise((resolve) => host.addEventListener("brevity-summary", resolve, { once: true }));
      document.body.append(host);
      await done;
      const tags = [...host.shadowRoot.querySelectorAll("*")].map((el) => el.tagName);
      return { tags, xss: window.__xss, text: [...host.shadowRoot.querySelectorAll("li")].map((li) => li.textContent).join(" ") };
    }, PAYLOADS);
    assert.equal(made.xss, undefined);
    assert.deepEqual([...new Set(made.tags)].sort(), ["DIV", "H2", "LI", "OL", "SPAN"]);
    // The host's text is HTML source: read as its text, its sentences shown without their tags.
    assert.ok(made.text.includes("Read the full report before the vote."), made.text);
    assert.ok(!made.text.includes("__xss"), made.text);
  } finally {
    await browser.close();
  }
});

test("a strict CSP is in force and a full session reports no violation", { timeout: 90000 }, async () => {
  const browser = await h.launch();
  try {
    await recordViolations(browser.context);
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    const { page, seen } = await h.open(browser, server.origin);
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(directives["default-src"], ["'self'"]);
    assert.ok(!csp.includes("'unsafe-inline'") && !csp.includes("'unsafe-eval'"), csp);

    // A full session: sample, length controls, pick, hover, facts, copy, file.
    await page.click("#sample");
    await h.summaryOf(page, 3);
    await page.fill("#sentences", "4");
    await h.summaryOf(page, 4);
    await page.click("#summary button.pick");
    await page.hover("#source mark");
    const chip = page.locator("#facts button.chip").first();
    if (await chip.count()) await chip.click();
    await page.click("#copy-markdown");
    await page.goto(`${server.origin}/embed.html`);
    await page.waitForFunction(() => [...document.querySelectorAll("brevity-summary")].every((e) => e.dataset.state === "done"));

    assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP violation");
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);

    // The policy is really enforced (so the check above could fail): an inline script is
    // refused and reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inline = 'ran'";
      document.head.append(script);
      return window.__inline;
    });
    assert.equal(ran, undefined, "inline script is blocked");
    await page.waitForFunction(() => window.__violations.length > 0);
    assert.match((await page.evaluate(() => window.__violations))[0], /^script-src/);
  } finally {
    await browser.close();
  }
});

test("zero requests to any origin but the page's own over a full session", { timeout: 90000 }, async () => {
  const browser = await h.launch();
  try {
    const { page, seen } = await h.open(browser, server.origin);
    await h.paste(page, h.newsArticle().text);
    await h.summaryOf(page, 3);
    await page.click("#sample");
    await h.summaryOf(page, 3);
    await page.click("a[href='embed.html']");
    await page.waitForFunction(() => [...document.querySelectorAll("brevity-summary")].every((e) => e.dataset.state === "done"));
    await page.goBack();
    await page.waitForFunction(() => document.body.dataset.state === "done");
    assert.ok(seen.requests.length >= 8, `requests were recorded: ${seen.requests.length}`);
    assert.deepEqual(h.foreignRequests(seen.requests, server.origin), []);
    const origins = [...new Set(seen.requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).origin))];
    assert.deepEqual(origins, [server.origin]);
  } finally {
    await browser.close();
  }
});

test("offline after the first visit: reload with the network off, then summarize (other languages by the English rules)", { timeout: 90000 }, async () => {
  const browser = await h.launch();
  try {
    const { page, seen } = await h.open(browser, server.origin);
    // The service worker has cached the assets and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    await browser.context.setOffline(true);
    const offline = await page.evaluate(() => fetch("/index.html", { cache: "no-store" }).then(() => "fetched", () => "failed"));
    assert.equal(offline, "fetched", "the service worker answers while offline");
    await page.reload();
    assert.equal(await page.evaluate(() => navigator.onLine), false, "the browser is offline");
    await page.click("#sample");
    const items = await h.summaryOf(page, 3);
    assert.equal(items.length, 3);
    // The build with every language was never fetched online: a German text still gets a
    // summary, by the English rules, and the status line says so.
    await h.paste(
      page,
      "Die Regierung will neue Wohnungen bauen. Die Opposition kritisierte die Pläne scharf. " +
        "Der Mieterbund begrüßte das Ziel. Die Bauindustrie verlangt schnellere Genehmigungen.",
    );
    await page.waitForFunction(() => document.querySelector("#source")?.textContent.startsWith("Die Regierung"));
    await h.summaryOf(page, 3);
    assert.match(await page.textContent("#status"), /English rules were used/);
    assert.deepEqual(seen.pageErrors, []);
  } finally {
    await browser.context.setOffline(false);
    await browser.close();
  }
});
