// Determinism across runtimes: the CLI's JSON (native code), the Node package (wasm in V8)
// and the web package in headless Chromium return byte-identical JSON for the same texts:
// news articles from the evaluation data, texts in other languages and scripts, and
// emoji-heavy ones. Scores go out rounded to 4 decimals and the CLI prints numbers as
// JSON.stringify does, so the comparison is of the exact strings, not of parsed values.
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const h = require("./helpers.js");

const brevity = require(path.join(h.ROOT, "pkg-node", "brevity.js"));

/** Texts written for this test: other languages and scripts, emoji, mixed directions. */
const WRITTEN = [
  ["de", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen. Ingenieure hatten gewarnt, dass der Stahl nachgibt. " +
    "„Wir werden neu bauen“, sagte Bürgermeisterin Anna Weber. Eine neue Brücke soll 2026 für 40 Mio. Euro eröffnet werden. " +
    "Die Anwohner sind gespalten, etwa 300 Menschen unterschrieben eine Petition."],
  ["fr", "Le conseil municipal a voté mardi la fermeture du vieux pont. Les ingénieurs avaient averti que l’acier cédait. " +
    "« Nous reconstruirons », a déclaré la maire Claire Dubois. Un nouveau pont ouvrira en 2026 pour 40 millions d’euros. " +
    "Les habitants sont partagés : près de 300 personnes ont signé une pétition."],
  ["ru", "Городской совет во вторник проголосовал за закрытие старого моста. Инженеры предупреждали, что сталь разрушается. " +
    "«Мы всё восстановим», — сказала мэр Анна Петрова. Новый мост откроют в 2026 году за 40 миллионов рублей. " +
    "Жители разделились во мнениях: около 300 человек подписали петицию."],
  ["zh", "市议会周二投票决定关闭旧桥。工程师曾警告说钢材正在老化。“我们会重建，”市长王芳说。" +
    "新桥将于2026年开通，耗资4000万元。居民意见不一，约300人签署了请愿书！这座桥建于1930年吗？"],
  ["ja", "市議会は火曜日、古い橋の閉鎖を決めた。技術者は鋼材の劣化を警告していた。「必ず再建する」と市長は述べた。" +
    "新しい橋は2026年に開通する予定だ。住民の意見は分かれ、約300人が請願書に署名した。"],
  ["ar", "صوّت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم. وكان المهندسون قد حذروا من تآكل الفولاذ. " +
    "وقالت رئيسة البلدية: «سنعيد البناء». سيُفتتح جسر جديد في عام 2026 بتكلفة 40 مليون دولار. انقسم السكان، ووقّع نحو 300 شخص على عريضة."],
  ["hi", "नगर परिषद ने मंगलवार को पुराने पुल को बंद करने का फैसला किया। इंजीनियरों ने चेतावनी दी थी कि स्टील कमजोर हो रहा है। " +
    "महापौर ने कहा, “हम फिर से बनाएंगे।” नया पुल 2026 में खुलेगा। लगभग 300 लोगों ने याचिका पर हस्ताक्षर किए।"],
  ["emoji", "🚨 Breaking: the old bridge is closing! 🌉😢 Engineers warned the steel was failing 🔩⚠️. " +
    "\"We will rebuild 💪,\" said Mayor Jane O'Neill 👩🏽‍💼. A new crossing opens in 2026 🎉🎉🎉 at a cost of $40 million 💰. " +
    "Residents 👨‍👩‍👧‍👦 were divided 🤷 — about 300 signed a petition ✍️🏳️‍🌈🇺🇸. 😀😀😀😀 End 🔚."],
  ["mixed", "Tokyo\u3000Inc. reported \u200Fمرحبا\u200E results on 2023-05-01. Dr. Smith said: “Growth was 3.5%.” " +
    "Z\u0331\u0323\u0354algo text\u0301 follows. \uFEFFThe end…"],
];

/** Real news from the evaluation data, read at run time: a few articles of each source. */
function newsArticles() {
  const file = path.join(h.evalDir(), "news_dev.jsonl");
  if (!fs.existsSync(file)) return [];
  const perSource = new Map();
  const out = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    const n = perSource.get(item.collection) || 0;
    if (n < 3) {
      perSource.set(item.collection, n + 1);
      out.push([item.id, item.text]);
    }
  }
  return out;
}

const texts = [...WRITTEN, ...newsArticles()].map(([id, text]) => ({ id, text }));

/** One line per text, `{"id": …, …summary}`, as the CLI's --jsonl prints them. */
const line = (id, result) => JSON.stringify({ id, ...result });

const env = h.serveAndLaunch();

function cliLines(args) {
  const input = texts.map((t) => JSON.stringify(t)).join("\n");
  // --all-features, as scripts/test's cargo test step builds it, so nothing is rebuilt here.
  const run = spawnSync("cargo", ["run", "--quiet", "--all-features", "--bin", "brevity", "--", "summarize", ...args, "--jsonl"], {
    cwd: h.ROOT,
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trimEnd().split("\n");
}

async function browserLines(options) {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.origin}/index.html`);
  const lines = await page.evaluate(
    async ({ texts, options }) => {
      const m = await import("/pkg/brevity.js");
      await m.default();
      return texts.map(({ id, text }) => JSON.stringify({ id, ...m.summarize(text, options) }));
    },
    { texts, options },
  );
  await page.close();
  return lines;
}

/** Fails with the first differing line and the place where it differs. */
function assertSameLines(a, b, what) {
  assert.equal(a.length, b.length, `${what}: line count`);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    let k = 0;
    while (a[i][k] === b[i][k]) k++;
    assert.fail(`${what}: ${texts[i].id} differs at character ${k}:\n  ${a[i].slice(k - 60, k + 60)}\n  ${b[i].slice(k - 60, k + 60)}`);
  }
}

for (const [label, args, options] of [
  ["default options", [], undefined],
  ["one sentence, people and numbers only", ["--sentences", "1", "--facts", "people,numbers"], { sentences: 1, facts: ["people", "numbers"] }],
  ["a 60-word budget", ["--max-words", "60"], { maxWords: 60 }],
]) {
  test(`CLI, Node and Chromium give byte-identical JSON: ${label}`, async () => {
    assert.ok(texts.length >= WRITTEN.length);
    const native = cliLines(args);
    const node = texts.map(({ id, text }) => line(id, brevity.summarize(text, options)));
    const chromium = await browserLines(options);
    assertSameLines(native, node, "CLI vs Node");
    assertSameLines(node, chromium, "Node vs Chromium");
    // The same call twice in one runtime is the same too.
    assert.deepEqual(texts.map(({ id, text }) => line(id, brevity.summarize(text, options))), node);
    // Something was compared: every written text has sentences, and the news a summary.
    for (const l of node) assert.ok(JSON.parse(l).sentences.length > 0);
  });
}
