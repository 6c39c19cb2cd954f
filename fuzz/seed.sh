#!/usr/bin/env bash
# Seeds the fuzz corpora from examples/ and tests/vectors/ (and the hostile corpus).
set -euo pipefail
cd "$(dirname "$0")"
for t in parse_document validate_bundle import_csv import_xlsx jsonstat json_differential; do mkdir -p "corpus/$t"; done
n=0
while IFS= read -r -d '' f; do
  case "$f" in
    *.json) for t in parse_document validate_bundle jsonstat json_differential; do cp "$f" "corpus/$t/seed-$n"; done ;;
    *.csv) cp "$f" "corpus/import_csv/seed-$n" ;;
    *.xlsx) cp "$f" "corpus/import_xlsx/seed-$n" ;;
  esac
  n=$((n + 1))
done < <(find ../examples ../tests/vectors ../tests/hostile/cases -type f \( -name '*.json' -o -name '*.csv' -o -name '*.xlsx' \) -size -1000k -print0)
# Inputs that once crashed a target stay in its corpus.
cp regressions/jsonstat-* corpus/jsonstat/ 2>/dev/null || true
echo "seeded $n files"
