#!/usr/bin/env bash
# The comparison harness, one command: native timings and peak memory, Python
# (tromsvekst vs jsonschema vs pydantic v2) and Node (WebAssembly vs JSON.parse +
# ajv) on the same generated plans, the workbench's first status on a throttled
# "Fast 3G" connection in Chromium, then a summary with the ratios.
#
#   bash bench/run.sh            # full: 10, 1,000 and 100,000 measures (about 10 KB, 1 MB, 100 MB)
#   bash bench/run.sh --quick    # reduced: 10 and 1,000 measures, few runs (part of the test command)
#
# Builds what it needs that is not there yet (the wasm package, a Python venv with tromsvekst).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f bindings/wasm/pkg/node.mjs ]; then
  (cd bindings/wasm && npm ci --no-audit --no-fund --silent)
  bash bindings/wasm/scripts/build.sh
fi
if [ -z "${BENCH_PYTHON:-}" ] && [ ! -x target/py-test/bin/python ]; then
  python3 -m venv target/py-test
  target/py-test/bin/pip install -q --disable-pip-version-check ./bindings/python
fi
SIZES=10,1000,100000
RUNS=0
if [ "${1:-}" = "--quick" ]; then SIZES=10,1000; RUNS=5; fi
OUT=target/bench
mkdir -p "$OUT"
cargo build -q --release -p tromsvekst-bench
BIN=target/release/tromsvekst-bench
$BIN write "$OUT" "$SIZES"
: > "$OUT/results.jsonl"
$BIN timings "$SIZES" "$RUNS" | tee -a "$OUT/results.jsonl"
for n in ${SIZES//,/ }; do $BIN memory "$n" | tee -a "$OUT/results.jsonl"; done
PY=${BENCH_PYTHON:-target/py-test/bin/python}
"$PY" -m pip install -q --disable-pip-version-check jsonschema pydantic >/dev/null
"$PY" bench/python_compare.py "$OUT" "$SIZES" "$RUNS" | tee -a "$OUT/results.jsonl"
node bench/node_compare.mjs "$OUT" "$SIZES" "$RUNS" | tee -a "$OUT/results.jsonl"
gz=$(gzip -9 -c bindings/wasm/pkg/tromsvekst_bg.wasm | wc -c)
echo "{\"wasm_gzip_bytes\": $gz}" | tee -a "$OUT/results.jsonl"
if [ -f bindings/wasm/pkg-slim/tromsvekst_bg.wasm ]; then
  slim=$(gzip -9 -c bindings/wasm/pkg-slim/tromsvekst_bg.wasm | wc -c)
  echo "{\"first_view_wasm_gzip_bytes\": $slim}" | tee -a "$OUT/results.jsonl"
fi
# The workbench's first status on "Fast 3G" (Chromium, served compressed).
if [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -f bindings/wasm/pkg-slim/tromsvekst.js ]; then
  node bench/page_load.mjs "$([ "$RUNS" = 0 ] && echo 5 || echo 1)" | tee -a "$OUT/results.jsonl"
  # And over HTTP/2 (TLS, a certificate made with openssl for the run), as static hosts serve.
  if command -v openssl >/dev/null 2>&1; then
    node bench/page_load.mjs "$([ "$RUNS" = 0 ] && echo 5 || echo 1)" --h2 | tee -a "$OUT/results.jsonl"
  fi
else
  echo "page load on Fast 3G: not measured (needs Chromium and bindings/wasm/scripts/build.sh --slim)"
fi
"$PY" bench/summary.py "$OUT/results.jsonl"
