// Wiring only: read the input, ask the Worker (client.js), hand results to render.js.
import { Channel } from "./client.js";
import { factGroups, shownText, summaryMarkdown, summaryText } from "./format.js";
import { SourceView, renderFacts, renderStats, renderSummary, renderWhy } from "./render.js";
import { SAMPLE_ARTICLE } from "./sample.js";

const $ = (id) => document.getElementById(id);
const text = $("text");
const sentences = $("sentences");
const ratio = $("ratio");
const ratioValue = $("ratio-value");
const words = $("words");
const focus = $("focus");
const status = $("status");
const summary = $("summary");
const stats = $("stats");
const facts = $("facts");
const tooltip = $("why");
const source = new SourceView($("source"));

/** The newest result on screen, with the text it is for. */
let shown = null;
let debounce = 0;
let slow = 0;

// Errors are marked as such (status.error) and say what to do; nothing is loading then.
const channel = new Channel(show, (error) => {
  document.body.dataset.state = "error";
  summary.setAttribute("aria-busy", "false");
  say(`Brevity could not summarize the text: ${error.message.replace(/\.?$/, ".")} Reload the page to try again.`, true);
});

/** Puts `message` on the status line, marked as an error or not. */
function say(message, error = false) {
  status.textContent = message;
  status.classList.toggle("error", error);
}

async function show({ result, ms, notice, text: input, options: asked = {} }) {
  shown = { result, text: input };
  const count = result.summary.length;
  const updated =
    result.stats.sentences === 0
      ? ""
      : count === 0
        ? asked.maxWords !== undefined && result.sentences.some((s) => s.kind === "prose")
          ? `No sentence fits in ${plural(asked.maxWords, "word")}: allow more words.`
          : "Nothing to summarize: every line reads as a headline, caption, byline or metadata, which a summary leaves out."
        : asked.maxWords !== undefined
          ? `Summary updated: ${plural(count, "sentence")}, ${plural(result.stats.summaryWords, "word")} of at most ${asked.maxWords}.`
          : `Summary updated: ${plural(count, "sentence")}${whole(result)}.`;
  // A focus that no sentence is about changes nothing: say so, or it seems ignored.
  const unmatched = asked.focus && count > 0 && !result.sentences.some((s) => s.why && s.why.focus !== 0);
  const message = unmatched ? `${updated} No sentence is about “${asked.focus}”, so the focus changed nothing.` : updated;
  say(notice ? `${message} ${notice}`.trim() : message);
  renderSummary(summary, result);
  // The direction of the text's first letters, set once: `dir="auto"` made the browser
  // resolve it again over the whole text at each change (seconds for 10 MB).
  text.dir = $("source").dir = direction(input);
  renderStats(stats, result, ms);
  renderFacts(facts, result);
  hideWhy();
  const complete = await source.show(input, result);
  if (complete && shown.result === result) {
    document.body.dataset.state = "done";
    summary.setAttribute("aria-busy", "false");
  }
}

/** Why a summary is the whole text, when it is: else "". */
function whole(result) {
  if (result.summary.length < result.sentences.filter((s) => s.kind === "prose").length) return "";
  // One sentence with no sentence end in it: text without full stops reads as one sentence.
  if (result.summary.length === 1 && !/[.!?。！？؟।]/.test(result.sentences[result.summary[0]].text)) {
    return ", the whole text: it has no full stops, so it reads as one sentence";
  }
  return ", all the text has";
}

/** "1 word", "3 words". */
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** "rtl" when the first strong letter of `s` (within its first 4,000 chars) is Hebrew, Arabic,
 * Syriac, Thaana or N'Ko; otherwise "ltr". */
function direction(s) {
  const first = /[\p{L}]/u.exec(s.slice(0, 4000));
  return first && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(first[0]) ? "rtl" : "ltr";
}

function mode() {
  return document.querySelector('input[name="mode"]:checked').value;
}

function options() {
  const length =
    mode() === "ratio"
      ? { ratio: Number(ratio.value) / 100 }
      : mode() === "words"
        ? { maxWords: Number(words.value) }
        : { sentences: Number(sentences.value) };
  // An empty focus is none.
  const about = focus.value.trim();
  return about ? { ...length, focus: about } : length;
}

/** The number inputs of the length modes, and what each must hold. */
const WHOLE = [
  [sentences, "sentences", "Sentences must be a whole number of at least 1."],
  [words, "words", "Words must be a whole number of at least 1."],
];

/** Asks for a new summary now. */
function update() {
  // An empty or bad number (a field's value is "" then) is marked and said; the summary on
  // screen stays until it is fixed.
  for (const [input, name, message] of WHOLE) {
    const n = Number(input.value);
    const bad = !Number.isInteger(n) || n < 1;
    if (bad) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    if (bad && mode() === name) {
      say(message, true);
      return;
    }
  }
  document.body.dataset.state = "working";
  summary.setAttribute("aria-busy", "true");
  channel.request(text.value, options());
  // A long text takes seconds: say that the work is under way, unless its answer came first.
  const length = text.value.length;
  clearTimeout(slow);
  slow = setTimeout(() => {
    if (channel.working) say(`Summarizing ${length.toLocaleString("en")} characters…`);
  }, 300);
}

/** Asks for a new summary once typing pauses; longer texts wait a little longer. */
function updateSoon() {
  clearTimeout(debounce);
  debounce = setTimeout(update, text.value.length > 200000 ? 400 : 150);
}

// A paste or a drop brings the whole text at once: summarize it now. Typing waits for a
// pause, so a long text is not summarized again at every key.
text.addEventListener("input", (event) => {
  if (event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop") {
    clearTimeout(debounce);
    update();
  } else {
    updateSoon();
  }
});
sentences.addEventListener("input", () => {
  $("mode-sentences").checked = true;
  update();
});
ratio.addEventListener("input", () => {
  $("mode-ratio").checked = true;
  ratioValue.textContent = `${ratio.value}%`;
  ratio.setAttribute("aria-valuetext", `${ratio.value}% of the sentences`);
  update();
});
words.addEventListener("input", () => {
  $("mode-words").checked = true;
  update();
});
// The focus is typed like the text: the summary follows once typing pauses.
focus.addEventListener("input", updateSoon);
for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener("change", update);

$("sample").addEventListener("click", () => {
  text.value = SAMPLE_ARTICLE;
  update();
  text.focus();
  text.setSelectionRange(0, 0);
  text.scrollTop = 0;
});

// A summary sentence → scroll to it in the original and flash it there.
summary.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-sentence]");
  if (!button || !shown) return;
  const index = Number(button.dataset.sentence);
  source.flash(index);
  // Focus moves to the sentence (Tab goes on from there), which opens its score box beside it
  // once it is scrolled into view, and the status says where it is.
  source.node(index)?.focus({ preventScroll: true });
  say(`Sentence ${index + 1} of ${shown.result.sentences.length} shown in the original.`);
});

// A fact → mark all its mentions in the original; pressing it again clears them.
facts.addEventListener("click", (event) => {
  const button = event.target.closest("button.chip");
  if (!button || !shown) return;
  const pressed = button.getAttribute("aria-pressed") === "true";
  for (const other of facts.querySelectorAll('button.chip[aria-pressed="true"]')) other.setAttribute("aria-pressed", "false");
  if (pressed) {
    source.highlight([]);
    say("");
    return;
  }
  const show = (text) => shownText(shown.result, text); // as renderFacts grouped them
  const { fact, mentions } = factGroups(button.dataset.kind, shown.result.facts[button.dataset.kind], show)[Number(button.dataset.index)];
  const marks = source.highlight(mentions);
  button.setAttribute("aria-pressed", "true");
  say(`${marks.length} mention${marks.length === 1 ? "" : "s"} of “${show(fact.text)}” marked in the original.`);
  if (marks[0]) marks[0].scrollIntoView({ block: "nearest" });
});

// Hovering, tapping or focusing a sentence of the original → its score and what made it up.
// The sentence the box is about; while the box is open it describes that sentence
// (aria-describedby), so a screen reader reads the score after the sentence on focus.
let anchor = null;
const sourcePane = $("source");
function showWhy(node) {
  if (!shown || !node) return;
  if (anchor && anchor !== node) anchor.removeAttribute("aria-describedby");
  anchor = node;
  renderWhy(tooltip, shown.result, Number(node.dataset.sentence));
  node.setAttribute("aria-describedby", "why");
  placeWhy();
}
function hideWhy() {
  tooltip.hidden = true;
  anchor?.removeAttribute("aria-describedby");
  anchor = null;
}
/** Puts the box below its sentence (above when there is no room), or hides it while the
 * sentence is scrolled out of the pane (a summary sentence picked far down the text). */
function placeWhy() {
  if (!anchor) return;
  const box = anchor.getBoundingClientRect();
  const pane = sourcePane.getBoundingClientRect();
  tooltip.hidden = box.bottom <= pane.top || box.top >= pane.bottom;
  if (tooltip.hidden) return;
  const width = tooltip.offsetWidth;
  const left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
  const below = box.bottom + 8 + tooltip.offsetHeight < window.innerHeight;
  tooltip.style.left = `${left + window.scrollX}px`;
  tooltip.style.top = `${(below ? box.bottom + 6 : box.top - tooltip.offsetHeight - 6) + window.scrollY}px`;
}
const sentenceOf = (event) => event.target.closest?.("#source .sentence");
sourcePane.addEventListener("mouseover", (event) => showWhy(sentenceOf(event)));
// Leaving the pane closes the box, unless it is about the sentence that has the focus.
sourcePane.addEventListener("mouseleave", () => {
  if (anchor !== document.activeElement) hideWhy();
});
// Highlighted sentences are in the tab order (render.js): focus opens the box, Enter opens it
// again after Escape, and leaving the sentence closes it. The box holds nothing focusable.
sourcePane.addEventListener("focusin", (event) => showWhy(sentenceOf(event)));
sourcePane.addEventListener("focusout", (event) => {
  if (anchor === event.target) hideWhy();
});
sourcePane.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && sentenceOf(event)) showWhy(sentenceOf(event));
});
// The box follows its sentence as the pane scrolls (a smooth scroll to a picked sentence too).
sourcePane.addEventListener("scroll", placeWhy, { passive: true });
window.addEventListener("resize", placeWhy);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") hideWhy();
});
// A tap elsewhere closes it (touch screens have no mouseleave).
document.addEventListener("pointerdown", (event) => {
  if (!tooltip.hidden && !tooltip.contains(event.target) && !event.target.closest("#source .sentence")) hideWhy();
});

// Copy the summary as plain text or as Markdown with its facts.
async function copy(kind) {
  if (!shown || shown.result.summary.length === 0) {
    say("Nothing to copy yet.");
    return;
  }
  const content = kind === "markdown" ? summaryMarkdown(shown.result) : summaryText(shown.result);
  try {
    await navigator.clipboard.writeText(content);
    say(kind === "markdown" ? "Summary copied as Markdown." : "Summary copied.");
  } catch {
    say("The browser did not allow copying; select the summary and copy it instead.", true);
  }
}
$("copy-text").addEventListener("click", () => copy("text"));
$("copy-markdown").addEventListener("click", () => copy("markdown"));

// Open or drop a .txt, .md or .html file: it is read here, in the browser, never uploaded.
// A page's HTML source is summarized as its text (Brevity reads past the tags).
async function open(file) {
  if (!file) return;
  if (!/\.(txt|md|markdown|html?)$/i.test(file.name) && !/^text\/(plain|markdown|html)$/.test(file.type)) {
    say(`“${file.name}” is not a .txt, .md or .html file.`, true);
    return;
  }
  text.value = await file.text();
  update();
}
$("file").addEventListener("change", async (event) => {
  await open(event.target.files[0]);
  // Choosing the same file again (after editing its text) fires "change" again.
  event.target.value = "";
});
// Files dropped anywhere on the page are opened (the browser would otherwise leave the
// page for the file); dragged text goes into the text box as usual.
const drop = $("drop");
const hasFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes("Files");
document.addEventListener("dragover", (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  drop.classList.add("dragging");
});
document.addEventListener("dragleave", (event) => {
  if (!event.relatedTarget) drop.classList.remove("dragging");
});
document.addEventListener("drop", (event) => {
  drop.classList.remove("dragging");
  if (!hasFiles(event)) return;
  event.preventDefault();
  open(event.dataTransfer.files[0]);
});

// Offline after the first visit: the service worker keeps a copy of the page and the wasm.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("./sw.js", import.meta.url)).catch(() => {});
}

update();
