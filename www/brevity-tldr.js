// <brevity-tldr>: the drop-in "TL;DR" box, the element of brevity-summary.js under the name
// the design gives it. Either file defines both names; the attributes, theming, parts and the
// `brevity-summary` event are the same.
export * from "./brevity-summary.js";
