#!/usr/bin/env bash
# The long fuzzing campaign: every target for RUNS executions (default 10
# million), without a sanitizer (the core forbids unsafe code; libFuzzer's
# coverage guidance is what matters), inputs up to 4 KiB, two targets at a
# time. Writes fuzz/campaign/<target>.log; docs/FUZZING.md records the figures.
set -uo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-10000000}
bash seed.sh >/dev/null
mkdir -p campaign
cargo +nightly fuzz build -O -s none >/dev/null 2>&1
run() {
  local t=$1
  local start=$(date +%s)
  cargo +nightly fuzz run -O -s none "$t" -- -runs="$RUNS" -max_len=4096 -print_final_stats=1 > "campaign/$t.log" 2>&1
  local rc=$?
  echo "target=$t rc=$rc seconds=$(( $(date +%s) - start ))" >> "campaign/$t.log"
}
targets=(parse_document validate_bundle import_csv import_xlsx jsonstat json_differential)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  if [ $((i + 1)) -lt ${#targets[@]} ]; then run "${targets[i+1]}" & fi
  wait
done
grep -h -E "^target=|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" campaign/*.log
