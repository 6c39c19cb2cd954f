#!/usr/bin/env bash
# Regenerates every generated file from the code, in one command:
#   - the conformance vectors' inputs and case files   tests/vectors/generate.py
#   - the hostile corpus                                tests/hostile/generate.py
#   - the JSON Schemas, the rule catalog (docs/RULES.md, schemas/rules.json),
#     the spreadsheet layout (docs/SPREADSHEET.md) and its example workbooks
#                                                       cargo test --test generated, blessed
#   - the TypeScript types of the WebAssembly package   bindings/wasm/scripts/gen-types.mjs
#   - with --expected, also the vectors' expected outputs and the report snapshots
#     in tests/snapshots/ (review that diff by hand)
#
#   bash scripts/regenerate.sh              write them
#   bash scripts/regenerate.sh --expected   write them and the expected outputs
#   bash scripts/regenerate.sh --check      write nothing; fail if a committed file is stale,
#                                           or if a conformance vector or snapshot fails
#                                           (the test command runs this, so CI fails on a stale file)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
mode=${1:-write}
case "$mode" in write | --expected | --check) ;; *)
  echo "usage: bash scripts/regenerate.sh [--expected | --check]" >&2
  exit 2
  ;;
esac
if [ ! -d bindings/wasm/node_modules ]; then
  (cd bindings/wasm && npm ci --no-audit --no-fund --silent)
fi

if [ "$mode" = --check ]; then
  stale=0
  "$PYTHON" tests/vectors/generate.py --check || stale=1
  "$PYTHON" tests/hostile/generate.py --check || stale=1
  cargo test -q -p tromsvekst --test generated >/dev/null 2>&1 || {
    cargo test -q -p tromsvekst --test generated 2>&1 | grep -E "stale|regenerate" || true
    stale=1
  }
  (cd bindings/wasm && node scripts/gen-types.mjs --check) || stale=1
  # The conformance vectors and the snapshots are expectations, not generated
  # files: one that no longer matches is a failing test (the code changed what
  # it gives), shown as such, never "stale" — only a deliberate
  # `regenerate.sh --expected`, reviewed in the diff, writes them.
  failing=0
  out=$(cargo test -q -p tromsvekst --test vectors 2>&1) || {
    echo "$out" | grep -E "^(---- |thread |  left|  right|vector )" | head -40
    echo "FAILING: a conformance vector (tests/vectors/) no longer gives its expected output" >&2
    failing=1
  }
  out=$(cargo test -q -p tromsvekst-report --test snapshot 2>&1) || {
    echo "$out" | grep -E "^(---- |thread |  left|  right)" | head -40
    echo "FAILING: a document snapshot (tests/snapshots/) no longer matches" >&2
    failing=1
  }
  if [ "$stale" = 1 ]; then
    echo "generated files are stale: run bash scripts/regenerate.sh (and commit the result)" >&2
  fi
  if [ "$failing" = 1 ]; then
    echo "a test fails: fix the code; only if the new output is intended, write it with bash scripts/regenerate.sh --expected and say why in the commit" >&2
  fi
  if [ "$stale" = 1 ] || [ "$failing" = 1 ]; then
    exit 1
  fi
  echo "generated files are fresh"
  exit 0
fi

"$PYTHON" tests/vectors/generate.py
"$PYTHON" tests/hostile/generate.py
TROMSVEKST_BLESS=1 cargo test -q -p tromsvekst --test generated
(cd bindings/wasm && node scripts/gen-types.mjs)
if [ "$mode" = --expected ]; then
  TROMSVEKST_BLESS=1 cargo test -q -p tromsvekst --test vectors
  TROMSVEKST_BLESS=1 cargo test -q -p tromsvekst-report --test snapshot
fi
git status --short -- tests schemas docs examples bindings/wasm/src/types.d.ts
