# shellcheck shell=bash disable=SC2034 # (its variables are for the scripts that source it)
# Sourced by scripts/*: run from the repository root with the project's tools first on PATH.
# npm's binaryen (wasm-opt 132) must come before any other wasm-opt: Debian's binaryen 108
# silently corrupts wasm-bindgen 0.2.130 output (TOOLCHAIN.md, pitfall 1).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Versions that must match Cargo.lock (wasm-bindgen) and each other; see TOOLCHAIN.md.
WASM_BINDGEN_VERSION=0.2.130
WASM_PACK_VERSION=0.15.1
# What scripts/build reads: scripts/serve skips the build while none of it is newer than
# the stamp (target/build.stamp) that the last whole build wrote, dated when it started.
BUILD_INPUTS=(Cargo.toml Cargo.lock build.rs src vendor js package-lock.json scripts/build scripts/env.sh scripts/wasm-order.mjs)
# A heading per step, so a log reads as a list of what happened.
step() { printf '\n==> %s\n' "$*"; }
