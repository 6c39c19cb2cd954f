#!/usr/bin/env bash
# A Rust user's project outside the workspace builds and runs the README's
# Rust examples (its own target folder under the repository's target/).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
# The workspace's lock as the starting point: the same versions of the dependencies.
cp Cargo.lock tests/consumers/rust/Cargo.lock
CARGO_TARGET_DIR="$ROOT/target/consumer-rust" cargo run -q --manifest-path tests/consumers/rust/Cargo.toml | tail -3
