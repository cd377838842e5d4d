// <brevity-summary>: a drop-in summary for any page (also named <brevity-tldr>, the same
// element; brevity-tldr.js loads it under that file name).
//
//   <script type="module" src="/brevity/brevity-summary.js"></script>
//   <brevity-summary for="#article" sentences="3"></brevity-summary>
//
// Summarizes the text of the element that `for` selects on the host page (a <textarea> or
// <input> by its value), or else its own text content. It follows the text as it changes: the
// DOM (a MutationObserver), a field's `input` events and, for a value set from script
// (`field.value = …` fires no event), a check on the field's `change` and `focusout`, when
// the page becomes visible, and once a second while the page is visible (one timer for every
// element on the page, comparing the value with the last one summarized: no work unless it
// changed; none while the page is hidden). `refresh()` summarizes again at once (2026-11-28:
// before, a value set from script waited for it). Attributes: `sentences` (default 3), `ratio` (0–1) or `max-words` (the first given of `max-words`, `ratio`, `sentences` applies),
// `focus` (words the summary should favour), `heading` (default "Summary"), `for`. A bad value
// is left out, as if the attribute were absent, and `console.warn` names it and the value for
// the site's developer. Readers never see an error: they get a summary, or no element at all
// while `for` matches nothing (warned) or when the Worker cannot start (`console.error`).
// It renders into a shadow root that hosts can theme with CSS custom
// properties (--brevity-bg, --brevity-fg, --brevity-muted, --brevity-accent,
// --brevity-border, --brevity-radius, --brevity-font) and style through its parts
// (::part(heading), ::part(meta), ::part(list), ::part(item)), and fires a `brevity-summary` event
// (bubbling, composed) whose `detail` is the Summary, with `detail.ms` the time taken,
// `detail.text` the text summarized, which its offsets index (and
// `detail.notice` when the module for other languages could not be loaded: English rules).
// The wasm runs in one Worker per page (client.js), loaded relative to this module, so the
// files work from any path or, served with CORS, from another origin.
import { Channel } from "./client.js";
import { shownText, statsOf } from "./format.js";

const STYLE = `
:host {
  display: block;
  font-family: var(--brevity-font, inherit);
  color: var(--brevity-fg, inherit);
  background: var(--brevity-bg, transparent);
  border: 1px solid var(--brevity-border, currentColor);
  border-radius: var(--brevity-radius, 8px);
  padding: 0.9em 1.1em;
}
:host([hidden]) { display: none; }
.head { display: flex; align-items: baseline; justify-content: space-between; gap: 1em; }
h2 { font-size: 1em; margin: 0 0 0.4em; color: var(--brevity-accent, inherit); }
.meta { font-size: 0.8em; color: var(--brevity-muted, inherit); opacity: 0.85; }
ol { margin: 0; padding-inline-start: 1.3em; }
li { margin: 0.3em 0; }
li::marker { color: var(--brevity-accent, inherit); }
/* Nothing to show (see #fail): readers see no box rather than an error meant for the developer;
   nor an empty box while the source has no text (an empty <textarea> before anyone types). */
:host([data-state="error"]), :host([data-state="empty"]) { display: none; }
`;

let sheet = null;
function styles() {
  // A constructed stylesheet, not a <style> element: host pages with a strict CSP
  // (style-src 'self') still style the shadow root.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

export class BrevitySummary extends HTMLElement {
  static observedAttributes = ["for", "sentences", "ratio", "max-words", "focus", "heading"];

  #channel = new Channel(
    (reply) => this.#render(reply),
    (error) => this.#fail(error),
    true,
  );
  #observer = null;
  #observed = null;
  #timer = 0;
  // Set once connected: attributes set during the upgrade do not each start a summary.
  #ready = false;
  // Whether this element set its own aria-label (from the heading), so a new heading updates it.
  #ownLabel = false;
  // While the `for` target is missing: watches the document for it to appear. While it is
  // there: watches for it to leave (a page that replaces it with a new node of the same id).
  #waiting = null;
  #leaving = null;
  // Removes the listeners on a <textarea> or <input> source, and its check (`checks`).
  #unlisten = null;
  // The value of a <textarea> or <input> source last asked for: a different value was set.
  #value = null;
  #list;
  #heading;
  #meta;
  // The attribute values already warned about, so a text that changes does not warn again.
  #warned = new Set();

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styles()];
    this.#heading = document.createElement("h2");
    this.#heading.part = "heading";
    this.#meta = document.createElement("span");
    this.#meta.className = "meta";
    this.#meta.part = "meta";
    const head = document.createElement("div");
    head.className = "head";
    head.append(this.#heading, this.#meta);
    this.#list = document.createElement("ol");
    this.#list.part = "list";
    this.#list.setAttribute("aria-live", "polite");
    root.append(head, this.#list);
  }

  connectedCallback() {
    // Attributes are set here, not in the constructor: document.createElement forbids that.
    if (!this.hasAttribute("role")) this.setAttribute("role", "region");
    this.#heading.textContent = this.getAttribute("heading") || "Summary";
    if (!this.hasAttribute("aria-label")) {
      this.setAttribute("aria-label", this.#heading.textContent);
      this.#ownLabel = true;
    }
    this.#ready = true;
    this.#watch();
    this.refresh();
  }

  disconnectedCallback() {
    this.#ready = false;
    // A change just before the element left must not summarize (and watch the source) again.
    clearTimeout(this.#timer);
    this.#unwatch();
    this.#waiting?.disconnect();
    this.#waiting = null;
  }

  attributeChangedCallback(name) {
    if (!this.#ready) return;
    if (name === "heading") {
      this.#heading.textContent = this.getAttribute("heading") || "Summary";
      if (this.#ownLabel) this.setAttribute("aria-label", this.#heading.textContent);
    }
    if (name === "for") this.#watch();
    this.refresh();
  }

  /**
   * The element whose text is summarized: the `for` target, or this element itself. `for` is
   * an id, as a label's is, or else a CSS selector: `for="story"` is `#story`, `for="main"`
   * the page's `<main>` when no element has the id "main". Inside a shadow root (another
   * component's), it is looked up there first, as a label's `for` is, then in the document.
   */
  get source() {
    const selector = this.getAttribute("for");
    if (!selector) return this;
    for (const scope of this.#scopes()) {
      const byId = scope.getElementById(selector);
      if (byId) return byId;
      try {
        const found = scope.querySelector(selector);
        if (found) return found;
      } catch {
        return null;
      }
    }
    return null;
  }

  /** Where `for` is looked up and watched: the shadow root this element is in, if any, and the document. */
  #scopes() {
    const root = this.getRootNode();
    return root instanceof ShadowRoot ? [root, document] : [document];
  }

  /**
   * The options the attributes ask for. A bad value is left out, as if its attribute were
   * absent: of `max-words`, `ratio` and `sentences`, the first given with a good value applies,
   * else the default (3 sentences).
   */
  get options() {
    return this.#read().options;
  }

  /** The options, the bad values left out of them (`problems`) and which length applies. */
  #read() {
    const problems = [];
    // The first attribute of LENGTHS given with a good value; the bad ones before it are noted.
    let length = null;
    let used = "the default, 3 sentences";
    for (const [attribute, key, good, expected] of LENGTHS) {
      const value = this.getAttribute(attribute);
      if (value === null || length) continue;
      const n = value.trim() === "" ? NaN : Number(value);
      if (good(n)) {
        length = { [key]: n };
        used = `${attribute}="${value}"`;
      } else {
        problems.push({ attribute, value, expected });
      }
    }
    // An empty focus is none.
    const focus = this.getAttribute("focus")?.trim();
    const options = { ...(length || { sentences: 3 }), ...(focus ? { focus } : {}) };
    return { options, problems, length: used };
  }

  /** Warns the site's developer, once per attribute value, that `attribute="value"` is not used. */
  #warn(attribute, value, why) {
    const key = `${attribute}=${value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}>: ${attribute}="${value}" ${why}`, this);
  }

  /** Summarizes the source text again (it is also redone when the source changes). */
  refresh() {
    // Off the page, nothing is shown: no summary, and no watching the source until it is back.
    if (!this.#ready) return;
    const source = this.source;
    if (!source) {
      this.#warn("for", this.getAttribute("for"), "matches nothing on the page yet; the summary appears once it does.");
      this.#fail(null);
      this.#awaitSource();
      return;
    }
    if (source !== this.#observed) this.#watch();
    const { options, problems, length } = this.#read();
    for (const { attribute, value, expected } of problems) {
      this.#warn(attribute, value, `is not ${expected}, so it is ignored: the length is ${length}.`);
    }
    const text = textOf(source);
    this.#value = isField(source) ? text : null;
    this.#channel.request(text, options);
  }

  // Re-summarize when the source's text changes, a little after the last change: its DOM,
  // or the value of a <textarea> or <input> as the user types.
  #watch() {
    const source = this.source;
    if (source === this.#observed && this.#observer) return;
    this.#unwatch();
    this.#observed = source;
    if (!source) return;
    const later = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.refresh(), 200);
    };
    this.#observer = new MutationObserver(later);
    this.#observer.observe(source, { childList: true, subtree: true, characterData: true });
    if (source !== this) {
      this.#leaving = new MutationObserver(() => {
        if (this.#observed && !this.#observed.isConnected) {
          this.#unwatch();
          this.refresh();
        }
      });
      for (const scope of this.#scopes()) this.#leaving.observe(scope, { childList: true, subtree: true });
    }
    if (isField(source)) {
      // A value set from script fires no event: compare it with the one last summarized.
      const check = () => {
        if ((source.value || "") !== this.#value) later();
      };
      source.addEventListener("input", later);
      source.addEventListener("change", check);
      source.addEventListener("focusout", check);
      checks.add(check);
      tick();
      this.#unlisten = () => {
        source.removeEventListener("input", later);
        source.removeEventListener("change", check);
        source.removeEventListener("focusout", check);
        checks.delete(check);
      };
    }
  }

  #unwatch() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#leaving?.disconnect();
    this.#leaving = null;
    this.#observed = null;
    this.#unlisten?.();
    this.#unlisten = null;
  }

  // A `for` target that is not on the page yet: summarize once it appears.
  #awaitSource() {
    if (this.#waiting || !this.isConnected) return;
    this.#waiting = new MutationObserver(() => {
      if (!this.source) return;
      this.#waiting.disconnect();
      this.#waiting = null;
      this.refresh();
    });
    for (const scope of this.#scopes()) this.#waiting.observe(scope, { childList: true, subtree: true });
  }

  #render({ shown, json, ms, notice, options, text }) {
    const items = shown.texts.map((text) => {
      const li = document.createElement("li");
      li.part = "item";
      li.dir = "auto";
      li.textContent = shownText(shown, text).trim();
      return li;
    });
    this.#list.replaceChildren(...items);
    const { words } = shown.stats;
    const { reduction } = statsOf(shown);
    const tooFew = options?.maxWords !== undefined && shown.prose;
    this.#meta.textContent =
      words === 0
        ? ""
        : reduction === null
          ? tooFew
            ? `No sentence fits in ${options.maxWords} word${options.maxWords === 1 ? "" : "s"}.`
            : "Nothing to summarize: no line reads as prose."
          : `${shown.summary.length} of ${shown.stats.sentences} sentences · ${reduction}% shorter`;
    // Offline before the module for other languages was ever fetched: say the summary used
    // the English rules, here and in the event.
    if (notice) this.#meta.textContent = `${this.#meta.textContent} · ${notice}`.replace(/^ · /, "");
    this.dataset.state = words === 0 ? "empty" : "done";
    // `text`: the text summarized, which every offset indexes (a page cannot rebuild an
    // element's innerText as the browser laid it out).
    const detail = summaryOf(json, notice ? { ms, notice, text } : { ms, text });
    this.dispatchEvent(new CustomEvent("brevity-summary", { detail, bubbles: true, composed: true }));
  }

  // Nothing to show: the element hides (the :host rule above); the developer reads the
  // error, if any, in the console.
  #fail(error) {
    if (error) console.error(`<${this.localName}>: ${error.message}`, this);
    this.#list.replaceChildren();
    this.#meta.textContent = "";
    this.dataset.state = "error";
  }
}

/** The value checks of every element whose source is a field: run once a second while the
 * page is visible, and when it becomes visible; one timer for all, stopped when none is left. */
const checks = new Set();
let ticking = 0;
function tick() {
  clearTimeout(ticking);
  ticking = 0;
  if (checks.size === 0 || document.visibilityState !== "visible") return;
  ticking = setTimeout(() => {
    ticking = 0;
    for (const check of checks) check();
    tick();
  }, 1000);
}
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") for (const check of checks) check();
  tick();
});

/**
 * The event's detail: the Summary that `json` holds, with `extra` (ms, notice). Its fields
 * are read from the JSON on first access, so a page that never reads them pays nothing for
 * a long text's Summary; one that does gets plain values, the same on every access.
 */
function summaryOf(json, extra) {
  let whole = null;
  const detail = {};
  for (const key of SUMMARY_FIELDS) {
    Object.defineProperty(detail, key, {
      enumerable: true,
      get: () => (whole ??= JSON.parse(json))[key],
    });
  }
  return Object.assign(detail, extra);
}

/** The fields of a Summary (src/types.rs), in its order. */
const SUMMARY_FIELDS = ["language", "sentences", "summary", "facts", "stats"];

const whole = (n) => Number.isInteger(n) && n >= 1;
/** The length attributes, in the order they apply: name, option, test, what a good value is. */
const LENGTHS = [
  ["max-words", "maxWords", whole, "a whole number of at least 1"],
  ["ratio", "ratio", (n) => n > 0 && n <= 1, "a number greater than 0 and at most 1"],
  ["sentences", "sentences", whole, "a whole number of at least 1"],
];

/**
 * The readable text of an element: innerText when it is rendered (so block elements give
 * line breaks and hidden parts drop out), else textContent.
 */
function textOf(element) {
  // Its own content is not rendered (the shadow root replaces it), so only textContent has it.
  if (element instanceof BrevitySummary) return element.textContent || "";
  if (isField(element)) return element.value || "";
  const text = element.isConnected && element.checkVisibility?.() ? element.innerText : element.textContent;
  return text || "";
}

/** Whether `element` holds its text as a value: a <textarea> or <input>. */
function isField(element) {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

if (!customElements.get("brevity-summary")) customElements.define("brevity-summary", BrevitySummary);

/** `<brevity-tldr>`: the same box under the name the design gives it (a "TL;DR" box). A
 * class of its own, as a custom element name needs its own constructor. */
export class BrevityTldr extends BrevitySummary {}
if (!customElements.get("brevity-tldr")) customElements.define("brevity-tldr", BrevityTldr);
