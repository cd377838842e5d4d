// Types of <brevity-summary> (brevity-summary.js) for TypeScript pages: the element, its
// attributes' options and its `brevity-summary` event. They use the result types of
// pkg/brevity.d.ts, which scripts/build copies beside pkg/brevity.js.
import type { Options, Summary } from "./pkg/brevity.js";

/** The `detail` of a `brevity-summary` event: the Summary, and the time it took. */
export interface BrevitySummaryDetail extends Summary {
  /** Milliseconds the summarizer took, in the Worker. */
  ms: number;
  /** The text summarized (the source's value, or its rendered text): every `start`/`end`
   * of the Summary is a UTF-16 offset into it. */
  text: string;
  /** Set when a text in another language was read by the English rules (the module for
   * other languages could not be loaded); the element shows it too. */
  notice?: string;
}

/** Fired on the element after each summary; it bubbles and is composed. */
export type BrevitySummaryEvent = CustomEvent<BrevitySummaryDetail>;

export class BrevitySummary extends HTMLElement {
  static observedAttributes: string[];
  /** The element whose text is summarized: the `for` target, or this element itself. */
  readonly source: Element | null;
  /** The options the attributes ask for (a bad value left out, as if absent). */
  readonly options: Options;
  /** Summarizes the source text again, at once. It is also redone when the source changes:
   * its DOM, a field's `input`, and a field's value set from script (which fires no event),
   * noticed on the field's `change` and `focusout`, when the page becomes visible and within
   * a second while it is visible. */
  refresh(): void;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string): void;
}

/** `<brevity-tldr>`: the same element under the name the design gives it. */
export class BrevityTldr extends BrevitySummary {}

declare global {
  interface HTMLElementTagNameMap {
    "brevity-summary": BrevitySummary;
    "brevity-tldr": BrevityTldr;
  }
  interface GlobalEventHandlersEventMap {
    "brevity-summary": BrevitySummaryEvent;
  }
}
