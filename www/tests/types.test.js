// The TypeScript types that wasm-pack writes (pkg/brevity.d.ts) and those of <brevity-summary>
// (www/brevity-summary.d.ts) against a TypeScript user: examples/typescript/usage.ts and
// embed.ts must compile with `tsc --noEmit`, and wrong.ts must not.
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT } = require("./helpers.js");

const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
const EXAMPLE = path.join(ROOT, "examples", "typescript");

function tsc(...args) {
  const run = spawnSync(process.execPath, [TSC, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test("the TypeScript examples type-check against pkg/brevity.d.ts and www/brevity-summary.d.ts", { timeout: 120000 }, () => {
  assert.ok(fs.existsSync(path.join(ROOT, "pkg", "brevity.d.ts")), "scripts/build wrote pkg/brevity.d.ts");
  const { status, output } = tsc("--noEmit", "-p", EXAMPLE);
  assert.equal(status, 0, output);
});

test("misuse of the API is a type error, line by line", { timeout: 120000 }, () => {
  const file = path.join(EXAMPLE, "wrong.ts");
  const expected = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => (line.includes("// error:") ? [i + 1] : []));
  assert.ok(expected.length >= 4);
  const { status, output } = tsc("--noEmit", "--strict", "--target", "ES2022", "--module", "ES2022", "--moduleResolution", "bundler", file);
  assert.notEqual(status, 0, "tsc must reject wrong.ts");
  const lines = [...output.matchAll(/wrong\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1]));
  assert.deepEqual([...new Set(lines)].sort((a, b) => a - b), expected, output);
});
