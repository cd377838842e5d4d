// Builds the page's output from a Summary. User text reaches the DOM only through
// textContent and text nodes, never innerHTML, so pasted markup stays text.
import { FACT_KINDS, factGroups, shownText, statsOf, unquote } from "./format.js";

/** Removes every child of `element`. */
export function clear(element) {
  element.replaceChildren();
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("aria") || key === "role") node.setAttribute(key.replace(/^aria([A-Z])/, (_, c) => `aria-${c.toLowerCase()}`), value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

/** The summary as an ordered list; each sentence is a button that shows it in the original. */
export function renderSummary(list, result) {
  clear(list);
  for (const index of result.summary) {
    const sentence = result.sentences[index];
    // dir="auto": each sentence takes the direction of its own first letter (Arabic, Hebrew).
    const text = shownText(result, sentence.text).trim();
    const button = el("button", { type: "button", className: "pick", dir: "auto", text });
    button.dataset.sentence = String(index);
    button.title = "Show in the original";
    list.append(el("li", {}, button));
  }
}

/** Words in and out, sentences, reduction and time, as a description list. */
export function renderStats(container, result, ms) {
  clear(container);
  if (result.stats.sentences === 0) return;
  const s = statsOf(result, ms);
  const rows = [
    ["Sentences", `${s.sentencesOut} of ${s.sentencesIn}`],
    ["Words", `${s.wordsOut} of ${s.wordsIn}`],
    ["Reduction", s.reduction === null ? "—" : `${s.reduction}%`],
  ];
  if (s.ms !== null) rows.push(["Time", `${s.ms} ms`]);
  for (const [term, value] of rows) {
    container.append(el("div", { className: "stat" }, el("dt", { text: term }), el("dd", { text: value })));
  }
}

/** At most this many facts of a kind are listed; a novel can name thousands. */
const FACTS_SHOWN = 24;

/** The facts panel: one group per kind that has facts; each fact (`factGroups`) is a button. */
export function renderFacts(container, result) {
  clear(container);
  let any = false;
  for (const [kind, heading] of FACT_KINDS) {
    const groups = factGroups(kind, result.facts[kind], (text) => shownText(result, text));
    if (groups.length === 0) continue;
    any = true;
    const list = el("ul", { className: "chips" });
    groups.slice(0, FACTS_SHOWN).forEach((group, i) => {
      const count = group.mentions.length;
      const button = el("button", { type: "button", className: "chip", dir: "auto" });
      // The fact's own words in an isolate when the label adds to them ("“…” (speaker)",
      // "… (2,000,000)"): an Arabic quote and an English speaker each keep their order.
      const shown = shownText(result, group.fact.text);
      const own = kind === "quotes" ? unquote(shown) : shown;
      const at = group.label === own ? -1 : group.label.indexOf(own);
      if (at < 0 || !own) button.textContent = group.label;
      else button.append(group.label.slice(0, at), el("bdi", { text: own }), group.label.slice(at + own.length));
      button.dataset.kind = kind;
      button.dataset.index = String(i);
      button.setAttribute("aria-pressed", "false");
      if (count > 1) {
        button.append(el("span", { className: "count", text: `×${count}` }));
        button.setAttribute("aria-label", `${group.label}, ${count} mentions`);
      }
      list.append(el("li", {}, button));
    });
    const group = el("section", { className: `fact-group ${kind}` }, el("h3", { text: heading }), list);
    if (groups.length > FACTS_SHOWN) group.append(el("p", { className: "more", text: `and ${groups.length - FACTS_SHOWN} more` }));
    container.append(group);
  }
  if (!any) {
    const empty = result.stats.sentences === 0 ? "Facts appear here." : "No facts found in this text.";
    container.append(el("p", { className: "empty", text: empty }));
  }
}

/** Sentences rendered per slice of work; a 3 MB text has tens of thousands. */
const CHUNK = 400;

/** Sentences per block of the original, at least; a block ends at the next line break. */
const BLOCK = 200;

/** Sentences per block at most: a longer paragraph (2 MB of prose with no line break) is cut
 * between two of its sentences, as a block of it all froze the page for seconds a slice. */
const BLOCK_MAX = 400;

/**
 * The original text, sentence by sentence: summary sentences are <mark>s, the gaps between
 * sentences stay as text nodes, so the pane reads exactly as pasted. Long texts render in
 * slices between frames so the page keeps responding, and in blocks (`div.lines`) cut at a
 * line break between sentences, or between two sentences of a paragraph too long for one
 * block: a block is laid out on its own, so adding one, or marking a fact's mentions, does
 * not lay out the whole text again (a 2 MB text in one block held the page 0.1 to 1 s a
 * slice, more as it grew).
 */
export class SourceView {
  constructor(container) {
    this.container = container;
    this.nodes = [];
    this.text = "";
    this.result = null;
    this.generation = 0;
    this.highlighted = [];
  }

  /** Renders `text` with `result`; resolves when every sentence is in the DOM. */
  async show(text, result) {
    const generation = ++this.generation;
    this.text = text;
    this.result = result;
    this.nodes = new Array(result.sentences.length);
    this.highlighted = [];
    clear(this.container);
    // No text, or only white space: the pane stays :empty, which shows its placeholder.
    if (!/\S/.test(text)) return true;
    const chosen = new Set(result.summary);
    let at = 0;
    let block = this.#block();
    let inBlock = 0;
    // Where the current paragraph (line) starts: a block cut inside it keeps its direction.
    let line = 0;
    for (let from = 0; from < result.sentences.length; from += CHUNK) {
      if (from > 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.generation) return false;
      }
      const to = Math.min(result.sentences.length, from + CHUNK);
      for (let index = from; index < to; index++) {
        const sentence = result.sentences[index];
        if (sentence.start > at) {
          const gap = text.slice(at, sentence.start);
          const cut = inBlock >= BLOCK ? gap.indexOf("\n") : -1;
          const last = gap.lastIndexOf("\n");
          if (last >= 0) line = at + last + 1;
          if (cut < 0) block.append(gap);
          else {
            // The block's end is the line break; the "\n" itself stays in the text (copying
            // across blocks would give two), hidden.
            block.append(gap.slice(0, cut), el("span", { hidden: true, text: "\n" }));
            block = this.#block();
            inBlock = 0;
            if (cut + 1 < gap.length) block.append(gap.slice(cut + 1));
          }
        }
        if (inBlock >= BLOCK_MAX) {
          // No line break in all those sentences: the next block starts at this sentence, so
          // the paragraph shows a line break there (and a copy across it gets one).
          block = this.#block(lineDirection(text, line));
          inBlock = 0;
        }
        const node = document.createElement(chosen.has(index) ? "mark" : "span");
        node.className = `sentence kind-${sentence.kind || "prose"}`;
        node.dataset.sentence = String(index);
        // A summary sentence is a tab stop, so a keyboard reaches its score box (app.js).
        if (chosen.has(index)) node.tabIndex = 0;
        const own = text.slice(sentence.start, sentence.end);
        node.textContent = own;
        const inside = own.lastIndexOf("\n");
        if (inside >= 0) line = sentence.start + inside + 1;
        block.append(node);
        inBlock += 1;
        this.nodes[index] = node;
        at = sentence.end;
      }
    }
    if (at < text.length) block.append(text.slice(at));
    return true;
  }

  /**
   * A new block of the original at its end. `continues`: the direction of the paragraph it
   * continues, which its first line keeps (style.css), whatever its own first letter.
   */
  #block(continues) {
    const block = el("div", { className: "lines" });
    if (continues) block.dataset.continues = continues;
    this.container.append(block);
    return block;
  }

  /** The element of sentence `index`, if rendered. */
  node(index) {
    return this.nodes[index] || null;
  }

  /** Scrolls sentence `index` into view and flashes it. */
  flash(index) {
    const node = this.node(index);
    if (!node) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    node.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    node.classList.remove("flash");
    void node.offsetWidth; // restart the animation when the same sentence is picked twice
    node.classList.add("flash");
    node.addEventListener("animationend", () => node.classList.remove("flash"), { once: true });
  }

  /**
   * Marks every mention (items with sentence/start/end, UTF-16 offsets into the text) inside
   * its sentence, replacing the previous marks. Returns the mention elements.
   */
  highlight(mentions) {
    for (const index of this.highlighted) this.#plain(index);
    const bySentence = new Map();
    const sentences = this.result ? this.result.sentences : [];
    for (const m of mentions) {
      // A quote may run over several sentences: each gets its part ("…me. It's about players.").
      for (let index = m.sentence; index < sentences.length && sentences[index].start < m.end; index++) {
        if (index > m.sentence && sentences[index].start < m.start) continue;
        if (!this.nodes[index]) continue;
        if (!bySentence.has(index)) bySentence.set(index, []);
        bySentence.get(index).push(m);
      }
    }
    const marks = [];
    for (const [index, list] of bySentence) {
      const node = this.nodes[index];
      const sentence = this.result.sentences[index];
      list.sort((a, b) => a.start - b.start);
      const parts = [];
      let at = sentence.start;
      for (const m of list) {
        const start = Math.max(m.start, at);
        const end = Math.min(m.end, sentence.end);
        if (end <= start) continue;
        if (start > at) parts.push(this.text.slice(at, start));
        const mark = document.createElement("span");
        mark.className = "mention";
        mark.textContent = this.text.slice(start, end);
        parts.push(mark);
        marks.push(mark);
        at = end;
      }
      if (at < sentence.end) parts.push(this.text.slice(at, sentence.end));
      node.replaceChildren(...parts);
    }
    this.highlighted = [...bySentence.keys()];
    return marks;
  }

  #plain(index) {
    const node = this.nodes[index];
    const sentence = this.result && this.result.sentences[index];
    if (node && sentence) node.textContent = this.text.slice(sentence.start, sentence.end);
  }
}

/** "rtl" when the first letter of the line at `start` of `text` (within 4,000 chars) is
 * Hebrew, Arabic, Syriac, Thaana or N'Ko, as the browser reads a paragraph's direction; else "ltr". */
function lineDirection(text, start) {
  const first = /\p{L}/u.exec(text.slice(start, start + 4000));
  return first && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(first[0]) ? "rtl" : "ltr";
}

/** Names of the score features, as the `why` breakdown carries them. */
const WHY_LABELS = {
  base: "Base",
  position: "Position",
  centrality: "Centrality",
  terms: "Key terms",
  length: "Length",
  facts: "Facts",
  quote: "Quotation",
  focus: "Focus",
};

/** `value` to two decimals with its sign: "+0.12", "−0.03", and "+0.00" for a part that rounds to nothing. */
function signed(value) {
  const cents = Math.round(value * 100);
  return `${cents < 0 ? "−" : "+"}${(Math.abs(cents) / 100).toFixed(2)}`;
}

/** What a sentence that is not prose is, in the score box. */
const KIND_NAMES = {
  heading: "a headline or heading",
  caption: "a caption or photo credit",
  byline: "a byline or credit line",
  meta: "page matter (a date line, a label, a notice)",
};

/** The tooltip for sentence `index`: its score, kind, and what each feature added. */
export function renderWhy(tooltip, result, index) {
  const sentence = result.sentences[index];
  clear(tooltip);
  const chosen = result.summary.includes(index);
  tooltip.append(el("p", { className: "why-head", text: `Sentence ${index + 1} of ${result.sentences.length}${chosen ? " · in the summary" : ""}` }));
  // Not prose: it scores nothing, so a table of zeros would say nothing; say what it is.
  if (sentence.kind && sentence.kind !== "prose") {
    tooltip.append(el("p", { className: "why-note", text: `Not scored: ${KIND_NAMES[sentence.kind] || sentence.kind}, which a summary leaves out.` }));
    return;
  }
  tooltip.append(el("p", { className: "why-score", text: `Score ${sentence.score.toFixed(2)}` }));
  if (!sentence.why) return;
  // Laid out as a table, read as text: the box describes its sentence (aria-describedby), and
  // a description takes only a table's caption, not its rows.
  const table = el("table", { className: "why-table", role: "presentation" });
  const caption = el("caption", { text: "What made up the score" });
  table.append(caption);
  const max = Math.max(0.01, ...Object.values(sentence.why).map((v) => Math.abs(v)));
  for (const [key, value] of Object.entries(sentence.why)) {
    // Coloured as negative only when it shows a minus sign.
    const bar = el("span", { className: `bar${Math.round(value * 100) < 0 ? " negative" : ""}` });
    bar.style.inlineSize = `${Math.round((Math.abs(value) / max) * 100)}%`;
    table.append(
      el(
        "tr",
        {},
        el("th", { scope: "row", text: WHY_LABELS[key] || key }),
        el("td", { className: "num", text: signed(value) }),
        el("td", { className: "meter" }, bar),
      ),
    );
  }
  tooltip.append(table);
  // The summary is chosen as a whole (repeats left out, the sentences rated together), so a
  // score does not always rank: say so where the box would otherwise seem to contradict it.
  const inSummary = new Set(result.summary);
  const note = chosen
    ? result.sentences.some((other, i) => other.kind === "prose" && other.score > sentence.score && !inSummary.has(i)) &&
      "Chosen over sentences that score higher: the summary is picked as a whole, for what its sentences say together."
    : result.summary.some((i) => result.sentences[i].score < sentence.score) &&
      "Left out though it scores higher than a summary sentence: the summary is picked as a whole, without repeats and within its length.";
  if (note) tooltip.append(el("p", { className: "why-note", text: note }));
}
