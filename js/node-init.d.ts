
// In Node (the package's "node" export condition, node.js) the module is read from disk and
// instantiated when the package is imported, so these need no browser types (RequestInfo,
// Response, WebAssembly), which a Node project without the DOM library does not have.

/**
 * Resolves at once: in Node the module was instantiated when the package was imported. It
 * takes, and ignores, what the browser's `init` takes, so code written for both runs in Node.
 */
export default function init(module_or_path?: unknown): Promise<unknown>;

/** Returns at once, as `init` does: in Node there is nothing left to instantiate. */
export function initSync(module?: unknown): unknown;
