#!/usr/bin/env bash
# The comparison harness, one command: native timings and peak memory, Python
# (tromsvekst vs jsonschema vs pydantic v2) and Node (WebAssembly vs JSON.parse +
# ajv) on the same generated plans, then a summary with the ratios.
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
for n in ${SIZES//,/ }; do $BIN memory "$n" | tee -a "$OUT/memory.jsonl"; done
PY=${BENCH_PYTHON:-target/py-test/bin/python}
"$PY" -m pip install -q --disable-pip-version-check jsonschema pydantic >/dev/null
"$PY" bench/python_compare.py "$OUT" "$SIZES" "$RUNS" | tee -a "$OUT/results.jsonl"
node bench/node_compare.mjs "$OUT" "$SIZES" "$RUNS" | tee -a "$OUT/results.jsonl"
gz=$(gzip -9 -c bindings/wasm/pkg/tromsvekst_bg.wasm | wc -c)
echo "{\"wasm_gzip_bytes\": $gz}" | tee -a "$OUT/results.jsonl"
"$PY" bench/summary.py "$OUT/results.jsonl"
