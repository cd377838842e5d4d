// Types of <brevity-tldr> (brevity-tldr.js): the element of brevity-summary.js.
export * from "./brevity-summary.js";
