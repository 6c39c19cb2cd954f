#!/usr/bin/env bash
# Runs every test of the project: formatting, lints, the Rust test suite
# (unit, conformance vectors, schemas, seed fidelity, CLI, doc examples) and
# the check that the vectors' inputs are what their generator makes.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
echo "== vector inputs are fresh"
python3 tests/vectors/generate.py --check
echo "== cargo test"
cargo test --workspace
