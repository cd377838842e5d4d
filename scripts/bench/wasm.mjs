#!/usr/bin/env node
// The wasm builds in Node against the native CLI, on the same inputs: per input and stage,
// the median milliseconds of each and the wasm/native ratio; then the peak wasm linear
// memory for a 10 MB input. Two wasm builds are timed side by side, both as shipped:
//   node  the Node package (pkg-node/): profile wasm-node, opt-level 3, wasm-opt -O3
//   web   the page's package (pkg/):    profile release, opt-level "z", wasm-opt -O2 as Cargo.toml (size first)
//
//   node scripts/bench/wasm.mjs                 build both, run everything
//   node scripts/bench/wasm.mjs --pkg DIR       time this nodejs-target package as "node"
//   node scripts/bench/wasm.mjs --no-web        time the Node package only
//   node scripts/bench/wasm.mjs --only news     inputs whose name contains "news"
//   node scripts/bench/wasm.mjs --memory        only the 10 MB memory check
//   node scripts/bench/wasm.mjs --runs 3        3 runs per stage (the novels take minutes)
//   node scripts/bench/wasm.mjs --rounds 7      7 rounds per input, each one native run and one
//                                               wasm run of every stage, interleaved (see below)
//   node scripts/bench/wasm.mjs --cpu           CPU time instead of wall time on both sides
//
// Inputs follow benches/common/inputs.rs rule for rule (the news article and the 10k-word
// text are picked from ../shared/eval/news_dev.jsonl, or BREVITY_EVAL_DIR, at run time).
// Native: the CLI built with `--profile native` (opt-level 3). Stages as in `brevity
// bench`: split; summarize (no facts); facts; full. The wasm figures
// include passing the text in and the result out as JS objects; the native ones include
// the same UTF-16 offset conversion.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const EVAL = process.env.BREVITY_EVAL_DIR || join(ROOT, "../shared/eval");
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function run(cmd, argv, env = {}) {
  execFileSync(cmd, argv, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
}

// The web package's wasm-opt passes, as [package.metadata.wasm-pack.profile.release] in Cargo.toml.
const WEB_OPT = ["--reorder-functions-by-name", "-O2", "--skip-pass=memory-packing", "--one-caller-inline-max-function-size", "0"];
const WASM_FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals"];

/** Builds a nodejs-target package with a cargo profile and wasm-opt arguments, as scripts/build does. */
function build(profile, optArgs, name) {
  const dir = join(ROOT, "target", name);
  const wasm = join(ROOT, "target/wasm32-unknown-unknown", profile, "brevity.wasm");
  run("cargo", ["build", "--quiet", "--profile", profile, "--lib", "--target", "wasm32-unknown-unknown"]);
  run("wasm-bindgen", ["--target", "nodejs", "--out-dir", dir, wasm]);
  const opt = join(ROOT, "node_modules/.bin/wasm-opt");
  if (existsSync(opt)) {
    const out = join(dir, "brevity_bg.wasm");
    run(opt, [...optArgs, ...WASM_FEATURES, out, "-o", out]);
  } else {
    console.error("note: node_modules/.bin/wasm-opt missing (npm i --no-save binaryen@132.0.0); timing the unoptimized wasm");
  }
  return dir;
}

/** The packages to time: { node, web? } directories. */
function packageDirs() {
  const given = flag("--pkg");
  const node = given ? resolve(given) : build("wasm-node", ["-O3"], "bench-node");
  const web = given || args.includes("--no-web") || args.includes("--memory") ? null : build("release", WEB_OPT, "bench-web");
  return { node, web };
}

/** Loads the package and keeps its instance, so linear memory can be read. */
function load(dir) {
  const Original = WebAssembly.Instance;
  let instance;
  WebAssembly.Instance = function (module, imports) {
    instance = new Original(module, imports);
    return instance;
  };
  const lib = createRequire(import.meta.url)(join(dir, "brevity.js"));
  WebAssembly.Instance = Original;
  return { lib, memory: () => instance.exports.memory.buffer.byteLength };
}

const words = (t) => t.split(/\s+/).filter(Boolean).length;

function readOrNote(path) {
  if (existsSync(path)) return readFileSync(path, "utf8");
  console.error(`note: ${path} not found; skipped (set BREVITY_EVAL_DIR)`);
  return null;
}

/** The same inputs as benches/common/inputs.rs. */
function inputs() {
  const out = [];
  const news = readOrNote(join(EVAL, "news_dev.jsonl"));
  if (news) {
    const articles = news.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l))
      .filter((a) => a.text_format === "raw");
    const one = articles.find((a) => words(a.text) >= 650 && words(a.text) <= 750);
    if (one) out.push({ name: "news-700w", text: one.text });
    let joined = "", count = 0;
    for (const a of articles) {
      if (count >= 10000) break;
      joined += (joined ? "\n\n" : "") + a.text;
      count += words(a.text);
    }
    if (count >= 10000) out.push({ name: "news-10kw", text: joined });
  }
  for (const name of ["crime_and_punishment", "anna_karenina", "war_and_peace"]) {
    const text = readOrNote(join(EVAL, "scale", `${name}.txt`));
    if (text) out.push({ name, text });
  }
  const wp = join(EVAL, "scale", "war_and_peace.txt");
  if (existsSync(wp)) {
    // The first tenth, cut at a paragraph break (bytes, as in Rust).
    const buf = readFileSync(wp);
    let tenth = Math.floor(buf.length / 10);
    while ((buf[tenth] & 0xc0) === 0x80) tenth++;
    const at = buf.indexOf("\n\n", tenth);
    out.push({ name: "war_and_peace-10%", text: buf.subarray(0, at < 0 ? buf.length : at).toString("utf8") });
  }
  const cycle = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  out.push({ name: "dots", text: ".....".repeat(100000) });
  out.push({ name: "nospace-1MB", text: cycle("Thequickbrownfox,jumpsoverthelazydog.Again!", 1000000) });
  out.push({ name: "digits-1MB", text: cycle("0123456789", 1000000) });
  // As in Rust's benches/common/inputs.rs: runs of short patterns that once took quadratic time.
  const runs = ["Monday ", "1,000 ", "]\u00a010.Photo: AP", "ab/cd", "\u201d\".", "Likes \u2014 )\u201cWe ", ". ' ", "\u{1F600}\u3002ShareAdvertisement", "Mr. mil millones Image 1 of 3\u201c"];
  out.push({
    name: "runs-1MB",
    text: runs.map((p) => p.repeat(Math.floor(140000 / Buffer.byteLength(p))) + "\n\n").join(""),
  });
  return out;
}

/** The novels over and over, cut at 10,000,000 bytes on a char boundary (as in Rust). */
function tenMegabytes() {
  const parts = [];
  let len = 0;
  const novels = ["crime_and_punishment", "anna_karenina", "war_and_peace"]
    .map((n) => join(EVAL, "scale", `${n}.txt`)).filter(existsSync).map((p) => readFileSync(p));
  if (!novels.length) return null;
  const gap = Buffer.from("\n\n");
  while (len < 10000000) {
    for (const n of novels) {
      parts.push(n, gap);
      len += n.length + 2;
      if (len >= 10000000) break;
    }
  }
  const all = Buffer.concat(parts);
  let cut = 10000000;
  while ((all[cut] & 0xc0) === 0x80) cut--;
  return all.subarray(0, cut).toString("utf8");
}

const STAGES = {
  split: (lib, t) => lib.split(t),
  summarize: (lib, t) => lib.summarize(t, { facts: false }),
  facts: (lib, t) => lib.facts(t),
  full: (lib, t) => lib.summarize(t),
};

/** The native figure of a stage: its CPU time with --cpu (when the system tells), else wall time. */
function nativeMs(stage) {
  return CPU ? (stage.cpu_ms_per_doc ?? NaN) : stage.ms_per_doc;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

// --cpu: CPU time instead of wall time on both sides of a ratio (native: the thread's, from
// /proc/thread-self/schedstat; Node: the process's, process.cpuUsage(), which also counts V8's
// garbage collector and compiler threads). On a loaded machine a call's wall time includes
// whole scheduler time slices taken by other processes, which a median of a few rounds does
// not always remove; CPU time leaves them out.
const CPU = args.includes("--cpu");

/** Median ms of one call: `runs` or `--runs N` runs, else as many as fit in about a second (5 to 1,000). */
function time(fn, runs = Number(flag("--runs")) || 0) {
  const once = CPU
    ? () => {
        const t = process.cpuUsage();
        fn();
        const d = process.cpuUsage(t);
        return (d.user + d.system) / 1e3;
      }
    : () => {
        const t = process.hrtime.bigint();
        fn();
        return Number(process.hrtime.bigint() - t) / 1e6;
      };
  const first = once();
  runs ||= Math.min(1000, Math.max(5, Math.floor(1000 / Math.max(first, 1e-6))));
  return median(Array.from({ length: runs }, once));
}

/**
 * `rounds` rounds on `input`: each the median of n native runs of every stage, then of n
 * wasm runs of each, with n chosen so that a round of the full stage takes about 0.2 s
 * (a single run of a 0.1 ms stage just after the native process ran is mostly cold caches).
 */
function interleaved(input, rounds, libs, nativeOf) {
  const estimate = nativeOf(input.name, 1);
  const n = estimate ? Math.max(1, Math.min(200, Math.round(200 / estimate.stages.full.ms_per_doc))) : 1;
  const empty = () => Object.fromEntries(Object.keys(STAGES).map((stage) => [stage, []]));
  const samples = { native: empty(), ...Object.fromEntries(libs.map(({ name }) => [name, empty()])) };
  for (let r = 0; r < rounds; r++) {
    const nat = nativeOf(input.name, n);
    for (const stage of Object.keys(STAGES)) samples.native[stage].push(nat ? nativeMs(nat.stages[stage]) : NaN);
    for (const [stage, fn] of Object.entries(STAGES)) {
      for (const { name, lib } of libs) samples[name][stage].push(time(() => fn(lib, input.text), n));
    }
  }
  return samples;
}

function memoryChild(dir) {
  const { lib, memory } = load(dir);
  const text = tenMegabytes();
  if (!text) {
    console.log(JSON.stringify(null));
    return;
  }
  const bytes = Buffer.byteLength(text);
  const before = memory();
  lib.summarize(text);
  console.log(JSON.stringify({ bytes, before, after: memory() }));
}

function memoryCheck(dir) {
  // A fresh process: linear memory only grows, so its size after one call is the peak.
  const child = spawnSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url),
    "--memory-child", "--pkg", dir], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`memory check failed: ${child.stderr}`);
  const m = JSON.parse(child.stdout);
  if (!m) return console.log("memory: the novels are missing; skipped");
  const mb = (b) => (b / 1e6).toFixed(1);
  console.log(`wasm linear memory, full summarize of ${mb(m.bytes)} MB of novels: ${mb(m.after)} MB peak ` +
    `(${(m.after / m.bytes).toFixed(2)}× the input; ${mb(m.before)} MB before the call; target ≤ 12×)`);
}

function main() {
  if (args.includes("--memory-child")) return memoryChild(flag("--pkg"));
  const dirs = packageDirs();
  if (!args.includes("--memory")) {
    const only = flag("--only") || "";
    const all = inputs().filter((i) => i.name.includes(only));
    // Native figures from the CLI on the same inputs, input by input just before the wasm
    // runs on it: on a shared machine the load changes over minutes, so the two sides of a
    // ratio are measured as close together as they can be.
    run("cargo", ["build", "--quiet", "--profile", "native", "--features", "cli"]);
    const nativeOf = (name, runs = flag("--runs")) => JSON.parse(execFileSync(join(ROOT, "target/native/brevity"),
      ["bench", "--json", "--standard", ...(runs ? ["--runs", String(runs)] : []), "--only", name],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24, env: { ...process.env, BREVITY_EVAL_DIR: EVAL } }))
      .find((r) => r.input === name);
    const libs = Object.entries(dirs).filter(([, dir]) => dir).map(([name, dir]) => ({ name, lib: load(dir).lib }));
    // Warm up: V8 compiles wasm in a baseline tier first and optimizes hot code later.
    const warm = all.find((i) => i.name === "news-700w") || all[0];
    for (const { lib } of libs) for (const start = Date.now(); warm && Date.now() - start < 1500;) lib.summarize(warm.text);
    const head = libs.map(({ name }) => `${`${name} ms`.padStart(11)} ${`${name} MB/s`.padStart(10)} ${`${name}/native`.padStart(11)}`);
    console.log(`${"input".padEnd(22)} ${"stage".padEnd(10)} ${"native ms".padStart(11)} ${head.join(" ")}`);
    const worst = Object.fromEntries(libs.map(({ name }) => [name, 0]));
    const rounds = Number(flag("--rounds")) || 0;
    for (const input of all) {
      const bytes = Buffer.byteLength(input.text);
      // With --rounds: a load burst on a shared machine lasts seconds to minutes, and hits
      // one side of a ratio when native and wasm take turns input by input. Taking turns run
      // by run (one native run of every stage, then one wasm run of each) spreads it over
      // both sides; the figures are the medians of the rounds.
      const samples = rounds ? interleaved(input, rounds, libs, nativeOf) : null;
      const nat = samples ? null : nativeOf(input.name);
      for (const [stage, fn] of Object.entries(STAGES)) {
        const nms = samples ? median(samples.native[stage]) : nat ? nativeMs(nat.stages[stage]) : NaN;
        const cells = libs.map(({ name, lib }) => {
          const ms = samples ? median(samples[name][stage]) : time(() => fn(lib, input.text));
          const ratio = ms / nms;
          if (ratio > worst[name]) worst[name] = ratio;
          return `${ms.toFixed(4).padStart(11)} ${(bytes / 1e3 / ms).toFixed(2).padStart(10)} ${ratio.toFixed(2).padStart(11)}`;
        });
        console.log(`${input.name.padEnd(22)} ${stage.padEnd(10)} ${nms.toFixed(4).padStart(11)} ${cells.join(" ")}`);
      }
    }
    for (const { name } of libs) console.log(`worst ${name}/native ratio: ${worst[name].toFixed(2)} (target ≤ 2)`);
  }
  memoryCheck(dirs.node);
}

main();
