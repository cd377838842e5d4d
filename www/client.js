// The one Worker of a page, shared by the page and every <brevity-summary> on it: the wasm is
// fetched and instantiated once, inside the Worker, and the page's thread never runs it.

const WORKER_URL = new URL("./worker.js", import.meta.url);

let worker = null;
let nextId = 0;
const waiting = new Map();

let policy;
/**
 * `url` as a page that enforces Trusted Types (`require-trusted-types-for 'script'`) takes a
 * Worker's script: a TrustedScriptURL from a policy named "brevity" (a page that lists its
 * policies in `trusted-types` names it there), for the Worker's own URLs only; or null where
 * the browser has no Trusted Types or the page allows no such policy.
 */
function trusted(url) {
  if (policy === undefined) {
    try {
      policy = globalThis.trustedTypes?.createPolicy("brevity", {
        createScriptURL: (given) => {
          if (given === WORKER_URL.href || given.startsWith("blob:")) return given;
          throw new TypeError(`Brevity starts no worker from ${given}`);
        },
      }) ?? null;
    } catch {
      // A policy of that name is not allowed, or exists already (a second copy of this module).
      policy = null;
    }
  }
  return policy && policy.createScriptURL(String(url));
}

/** A module Worker from `url`, trusted where the page supports Trusted Types. */
function start(url) {
  return new Worker(trusted(url) ?? url, { type: "module" });
}

function spawn() {
  try {
    return start(WORKER_URL);
  } catch {
    // A Worker's script must be same-origin. When this module came from another origin
    // (served with CORS), start the Worker from a same-origin blob that imports the real
    // script; worker.js then resolves ./pkg/ against its own URL, as usual.
    const source = `import ${JSON.stringify(WORKER_URL.href)};`;
    const blob = new Blob([source], { type: "text/javascript" });
    return start(URL.createObjectURL(blob));
  }
}

function failAll(error) {
  for (const job of waiting.values()) job.reject(error);
  waiting.clear();
}

function shared() {
  if (worker) return worker;
  worker = spawn();
  worker.onmessage = (event) => {
    const { id, error } = event.data;
    const job = waiting.get(id);
    if (!job) return;
    waiting.delete(id);
    if (error) job.reject(new Error(error));
    else job.resolve(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // A module Worker whose script or imports fail to load reports no message: name the
    // usual causes (files missing or from another build, a CSP without worker-src).
    const cause =
      event.message ||
      `${WORKER_URL.href} or its imports did not load: serve worker.js, client.js and pkg/ from the same build ` +
        "(scripts/build), and allow them in the page's Content-Security-Policy (worker-src)";
    failAll(new Error(`Brevity could not start its worker: ${cause}`));
    worker = null;
  };
  return worker;
}

/**
 * Summarizes `text` in the shared Worker.
 * @param {string} text
 * @param {object} [options] as for `summarize` (sentences, ratio, maxWords, language, facts, focus)
 * @param {boolean} [brief] reply with `{ shown, json }` (what a summary box shows, and the
 *   Summary as JSON text) in place of `result`: cheap for the page's thread whatever the size
 * @returns {Promise<{ result: object, ms: number }>} the Summary and the time the Worker spent on it
 */
export function summarizeInWorker(text, options, brief = false) {
  return new Promise((resolve, reject) => {
    nextId += 1;
    waiting.set(nextId, { resolve, reject });
    shared().postMessage({ id: nextId, text, options, brief });
  });
}

/**
 * Latest wins: at most one job in flight per channel; a request made meanwhile waits, and a
 * newer one replaces it. So typing into a long text never queues a backlog of stale jobs.
 */
export class Channel {
  /**
   * @param {(reply: { result: object, ms: number, text: string, options: object }) => void} onResult
   * @param {(error: Error) => void} onError
   * @param {boolean} [brief] replies as `summarizeInWorker(text, options, true)` gives them
   */
  constructor(onResult, onError, brief = false) {
    this.onResult = onResult;
    this.onError = onError;
    this.brief = brief;
    this.busy = false;
    this.pending = null;
  }

  /** Asks for a summary of `text`; only the newest request's answer is delivered. */
  request(text, options) {
    this.pending = { text, options };
    if (!this.busy) this.#next();
  }

  /** Whether a job is running or waiting. */
  get working() {
    return this.busy || this.pending !== null;
  }

  async #next() {
    const job = this.pending;
    this.pending = null;
    if (!job) return;
    this.busy = true;
    try {
      const reply = await summarizeInWorker(job.text, job.options, this.brief);
      if (!this.pending) this.onResult({ ...reply, text: job.text, options: job.options });
    } catch (error) {
      if (!this.pending) this.onError(error);
    } finally {
      this.busy = false;
      if (this.pending) this.#next();
    }
  }
}
