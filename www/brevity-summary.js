// <brevity-summary>: a drop-in summary for any page.
//
//   <script type="module" src="/brevity/brevity-summary.js"></script>
//   <brevity-summary for="#article" sentences="3"></brevity-summary>
//
// Summarizes the text of the element that `for` selects on the host page, or else its own
// text content. Attributes: `sentences` (default 3) or `ratio` (0–1), `heading` (default
// "Summary"), `for`. It renders into a shadow root that hosts can theme with CSS custom
// properties (--brevity-bg, --brevity-fg, --brevity-muted, --brevity-accent, --brevity-mark,
// --brevity-border, --brevity-radius, --brevity-font), and fires a `brevity-summary` event
// (bubbling, composed) whose `detail` is the Summary, with `detail.ms` the time taken.
// The wasm runs in one Worker per page (client.js), loaded relative to this module, so the
// files work from any path or, served with CORS, from another origin.
import { Channel } from "./client.js";
import { statsOf } from "./format.js";

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
.error { color: var(--brevity-accent, inherit); font-style: italic; margin: 0; }
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
  static observedAttributes = ["for", "sentences", "ratio", "heading"];

  #channel = new Channel(
    (reply) => this.#render(reply),
    (error) => this.#fail(error),
  );
  #observer = null;
  #observed = null;
  #timer = 0;
  #list;
  #heading;
  #meta;
  #error;

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
    this.#error = document.createElement("p");
    this.#error.className = "error";
    this.#error.hidden = true;
    root.append(head, this.#list, this.#error);
  }

  connectedCallback() {
    // Attributes are set here, not in the constructor: document.createElement forbids that.
    if (!this.hasAttribute("role")) this.setAttribute("role", "region");
    this.#heading.textContent = this.getAttribute("heading") || "Summary";
    if (!this.hasAttribute("aria-label")) this.setAttribute("aria-label", this.#heading.textContent);
    this.#watch();
    this.refresh();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback(name) {
    if (!this.isConnected) return;
    if (name === "heading") this.#heading.textContent = this.getAttribute("heading") || "Summary";
    if (name === "for") this.#watch();
    this.refresh();
  }

  /** The element whose text is summarized: the `for` target, or this element itself. */
  get source() {
    const selector = this.getAttribute("for");
    if (!selector) return this;
    try {
      return document.querySelector(selector.startsWith("#") || /[.[\s>:]/.test(selector) ? selector : `#${selector}`);
    } catch {
      return null;
    }
  }

  /** The options the attributes ask for. */
  get options() {
    const ratio = this.getAttribute("ratio");
    if (ratio !== null) return { ratio: Number(ratio) };
    const sentences = this.getAttribute("sentences");
    return { sentences: sentences === null ? 3 : Number(sentences) };
  }

  /** Summarizes the source text again (it is also redone when the source changes). */
  refresh() {
    const source = this.source;
    if (!source) {
      this.#fail(new Error(`brevity-summary: nothing matches for="${this.getAttribute("for")}"`));
      return;
    }
    this.#channel.request(textOf(source), this.options);
  }

  // Re-summarize when the source's text changes, a little after the last change.
  #watch() {
    const source = this.source;
    if (source === this.#observed && this.#observer) return;
    this.#observer?.disconnect();
    this.#observed = source;
    if (!source) return;
    this.#observer = new MutationObserver(() => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.refresh(), 200);
    });
    this.#observer.observe(source, { childList: true, subtree: true, characterData: true });
  }

  #render({ result, ms }) {
    this.#error.hidden = true;
    const items = result.summary.map((index) => {
      const li = document.createElement("li");
      li.part = "item";
      li.dir = "auto";
      li.textContent = result.sentences[index].text.trim();
      return li;
    });
    this.#list.replaceChildren(...items);
    const { words } = result.stats;
    const { reduction } = statsOf(result);
    this.#meta.textContent =
      words === 0
        ? ""
        : reduction === null
          ? "Nothing to summarize: no line reads as prose."
          : `${result.summary.length} of ${result.stats.sentences} sentences · ${reduction}% shorter`;
    this.dataset.state = "done";
    this.dispatchEvent(new CustomEvent("brevity-summary", { detail: { ...result, ms }, bubbles: true, composed: true }));
  }

  #fail(error) {
    this.#list.replaceChildren();
    this.#meta.textContent = "";
    this.#error.textContent = error.message;
    this.#error.hidden = false;
    this.dataset.state = "error";
  }
}

/**
 * The readable text of an element: innerText when it is rendered (so block elements give
 * line breaks and hidden parts drop out), else textContent.
 */
function textOf(element) {
  // Its own content is not rendered (the shadow root replaces it), so only textContent has it.
  if (element instanceof BrevitySummary) return element.textContent || "";
  const text = element.isConnected && element.checkVisibility?.() ? element.innerText : element.textContent;
  return text || "";
}

if (!customElements.get("brevity-summary")) customElements.define("brevity-summary", BrevitySummary);
