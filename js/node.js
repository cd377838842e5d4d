// The npm package's entry in Node (package.json "exports", condition "node"). The glue's
// `init()` fetches brevity_bg.wasm by URL, and Node's fetch does not read file: URLs, so in
// Node the module is read from disk and instantiated here, when this module is imported:
// `summarize` works at once, and `await init()` (which then has nothing left to do) still
// runs, so code written for the browser runs unchanged. Browsers and bundlers get
// brevity.js itself.
// Node reads the module from disk, so its size costs no download: it loads
// brevity_node_bg.wasm, the same module built for speed (opt-level 3, 2-8x faster in Node
// than the small brevity_bg.wasm; scripts/build checks that the one glue runs both).
import { readFileSync } from "node:fs";
import { initSync } from "./brevity.js";

initSync({ module: readFileSync(new URL("./brevity_node_bg.wasm", import.meta.url)) });

export * from "./brevity.js";
export { default } from "./brevity.js";
