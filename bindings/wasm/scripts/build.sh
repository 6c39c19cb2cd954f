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

# build_module TARGET_DIR [cargo features…]: builds the crate into its own
# target folder and sets WASM to the module's path.
if have_rustup_target; then
  log "building with rustup's $TARGET target"
  build_module() {
    local dir=$1
    shift
    cargo build --profile wasm --target "$TARGET" -p tromsvekst-wasm --target-dir "$dir" "$@"
    WASM="$dir/$TARGET/$PROFILE_DIR/tromsvekst_wasm.wasm"
  }
else
  log "rustup target unavailable: using Debian's rustc-web with -Zbuild-std"
  if ! { [ -x /usr/bin/cargo ] && command -v wasm-ld-19 >/dev/null 2>&1 && [ -d /usr/lib/rustlib/src/rust/library ] && /usr/bin/rustc --print target-list | grep -qx "$TARGET"; }; then
    log "installing rustc-web cargo-web rust-web-src lld-19"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq rustc-web cargo-web rust-web-src lld-19 >/dev/null
  fi
  build_module() {
    local dir=$1-debian
    shift
    RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19 \
      /usr/bin/cargo build --profile wasm --target "$TARGET" -Zbuild-std=std,panic_abort \
      -p tromsvekst-wasm --target-dir "$dir" "$@"
    WASM="$dir/$TARGET/$PROFILE_DIR/tromsvekst_wasm.wasm"
  }
fi
if [ "${1:-}" = "--slim" ]; then build_module target/wasm-slim "${FEATURES[@]}"; else build_module target/wasm; fi

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
optimize() {
  "$HERE/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$1" -o "$1"
}
before=$(stat -c %s "$OUT/tromsvekst_bg.wasm")
optimize "$OUT/tromsvekst_bg.wasm"
after=$(stat -c %s "$OUT/tromsvekst_bg.wasm")
gz=$(gzip -9 -c "$OUT/tromsvekst_bg.wasm" | wc -c)
cp "$HERE/node.mjs" "$OUT/node.mjs"
cp "$HERE/README.npm.md" "$OUT/README.md"
cp "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$OUT/"
FILES='"tromsvekst.js", "tromsvekst.d.ts", "tromsvekst_bg.wasm", "tromsvekst_bg.wasm.d.ts", "node.mjs", "README.md", "LICENSE-MIT", "LICENSE-APACHE"'
EXPORTS='".": { "types": "./tromsvekst.d.ts", "node": "./node.mjs", "default": "./tromsvekst.js" }'
if [ "${1:-}" != "--slim" ]; then
  # The second module: the core and the report renderer (Word, HTML,
  # Markdown), loaded by report.js the first time a report is asked for.
  build_module target/wasm-report --features report
  wasm-bindgen --target web --out-dir "$OUT/report" --out-name tromsvekst_report "$WASM"
  optimize "$OUT/report/tromsvekst_report_bg.wasm"
  report_raw=$(stat -c %s "$OUT/report/tromsvekst_report_bg.wasm")
  report_gz=$(gzip -9 -c "$OUT/report/tromsvekst_report_bg.wasm" | wc -c)
  cp "$HERE/report.js" "$HERE/report-node.mjs" "$HERE/report.d.ts" "$OUT/"
  FILES="$FILES"', "report.js", "report-node.mjs", "report.d.ts", "report/"'
  EXPORTS="$EXPORTS"',
    "./report": { "types": "./report.d.ts", "node": "./report-node.mjs", "default": "./report.js" }'
  log "report module: $report_raw bytes, $report_gz gzipped (loaded on first use)"
  echo "$report_raw $report_gz" > "$OUT/report-size.txt"
fi
cat > "$OUT/package.json" <<JSON
{
  "name": "tromsvekst",
  "version": "$(grep -m1 '^version' "$ROOT/Cargo.toml" | sed 's/.*"\(.*\)"/\1/')",
  "description": "Follow up Tromsvekst regional growth agreements (Troms county, Norway) in the browser and node: check the documents, the status on a date, drafts, reports as Word and HTML",
  "license": "MIT OR Apache-2.0",
  "keywords": ["regional-development", "growth-agreement", "troms", "validation", "webassembly"],
  "type": "module",
  "main": "node.mjs",
  "browser": "tromsvekst.js",
  "types": "tromsvekst.d.ts",
  "exports": {
    $EXPORTS
  },
  "files": [$FILES]
}
JSON
log "wasm: $before bytes before wasm-opt, $after after, $gz gzipped"
echo "$after $gz" > "$OUT/size.txt"
