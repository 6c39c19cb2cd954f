#!/usr/bin/env bash
# Builds the WebAssembly package into bindings/wasm/pkg/ (an ES module that
# runs in browsers and in node).
#
# It prefers the rustup target wasm32-unknown-unknown (what a machine with
# internet has: `rustup target add` is tried). Where the target cannot be
# downloaded it falls back to Debian's Rust for the web, which works offline
# on Debian 12: rustc-web, cargo-web, rust-web-src and lld-19, building std
# itself (-Zbuild-std) in a target directory of its own.
#
# Then wasm-bindgen (CLI 0.2.130, the exact version the crate pins; installed
# with cargo if missing), wasm-opt from the npm package binaryen (Debian's is
# too old for current Rust output), and it reports the size, raw and gzipped.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
WASM_BINDGEN_VERSION=0.2.130
OUT="$HERE/pkg"
FEATURES=()
PROFILE_DIR=wasm
if [ "${1:-}" = "--slim" ]; then
  # Without spreadsheets (.xlsx, .csv): JSON documents only, a smaller module.
  OUT="$HERE/pkg-slim"
  FEATURES=(--no-default-features)
fi
TARGET=wasm32-unknown-unknown

log() { echo "[wasm build] $*" >&2; }

have_rustup_target() {
  command -v rustup >/dev/null 2>&1 || return 1
  rustup target list --installed 2>/dev/null | grep -qx "$TARGET" && return 0
  log "trying: rustup target add $TARGET"
  rustup target add "$TARGET" >/dev/null 2>&1
}

if have_rustup_target; then
  log "building with rustup's $TARGET target"
  cargo build --profile wasm --target "$TARGET" -p tromsvekst-wasm --target-dir target/wasm "${FEATURES[@]}"
  WASM="target/wasm/$TARGET/$PROFILE_DIR/tromsvekst_wasm.wasm"
else
  log "rustup target unavailable: using Debian's rustc-web with -Zbuild-std"
  if ! { [ -x /usr/bin/cargo ] && command -v wasm-ld-19 >/dev/null 2>&1 && [ -d /usr/lib/rustlib/src/rust/library ] && /usr/bin/rustc --print target-list | grep -qx "$TARGET"; }; then
    log "installing rustc-web cargo-web rust-web-src lld-19"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq rustc-web cargo-web rust-web-src lld-19 >/dev/null
  fi
  RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19 \
    /usr/bin/cargo build --profile wasm --target "$TARGET" -Zbuild-std=std,panic_abort \
    -p tromsvekst-wasm --target-dir target/wasm-debian "${FEATURES[@]}"
  WASM="target/wasm-debian/$TARGET/$PROFILE_DIR/tromsvekst_wasm.wasm"
fi

if ! command -v wasm-bindgen >/dev/null 2>&1 || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
export PATH="$HOME/.cargo/bin:$PATH"

rm -rf "$OUT"
wasm-bindgen --target web --out-dir "$OUT" --out-name tromsvekst "$WASM"

# wasm-opt from the npm package binaryen (installed in bindings/wasm/node_modules).
if [ ! -x "$HERE/node_modules/.bin/wasm-opt" ]; then
  (cd "$HERE" && npm install --no-audit --no-fund --silent)
fi
before=$(stat -c %s "$OUT/tromsvekst_bg.wasm")
"$HERE/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$OUT/tromsvekst_bg.wasm" -o "$OUT/tromsvekst_bg.wasm"
after=$(stat -c %s "$OUT/tromsvekst_bg.wasm")
gz=$(gzip -9 -c "$OUT/tromsvekst_bg.wasm" | wc -c)
cp "$HERE/node.mjs" "$OUT/node.mjs"
cat > "$OUT/package.json" <<JSON
{
  "name": "tromsvekst",
  "version": "$(grep -m1 '^version' "$ROOT/Cargo.toml" | sed 's/.*"\(.*\)"/\1/')",
  "type": "module",
  "main": "node.mjs",
  "browser": "tromsvekst.js",
  "types": "tromsvekst.d.ts",
  "exports": {
    ".": { "types": "./tromsvekst.d.ts", "node": "./node.mjs", "default": "./tromsvekst.js" }
  },
  "files": ["tromsvekst.js", "tromsvekst.d.ts", "tromsvekst_bg.wasm", "tromsvekst_bg.wasm.d.ts", "node.mjs"]
}
JSON
log "wasm: $before bytes before wasm-opt, $after after, $gz gzipped"
echo "$after $gz" > "$OUT/size.txt"
