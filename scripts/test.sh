#!/usr/bin/env bash
# Runs every test of the project, or one stage of it for a quick loop:
#
#   bash scripts/test.sh              everything, in this order:
#   bash scripts/test.sh rust         formatting, clippy, generated files fresh (scripts/regenerate.sh --check),
#                                     unit, conformance, schema, seed, CLI and doc tests
#   bash scripts/test.sh hardening    cargo deny, a short fuzzing run (the hostile corpus runs in every language's stage)
#   bash scripts/test.sh python       the wheel built by pip in a fresh virtual environment, then pytest
#                                     (vectors, API, defaults against the CLI, README, the notebook in a real kernel,
#                                     the Word reports read by python-docx and converted by LibreOffice,
#                                     mypy --strict and stubtest)
#   bash scripts/test.sh wasm         the package built, then node --test (vectors, API, defaults against the CLI,
#                                     ajv, TypeScript, the web page in Chromium)
#   bash scripts/test.sh release      the three packages as users install them, from projects outside the
#                                     workspace (tests/consumers/): the crate, the wheel and the sdist, the npm
#                                     tarball bundled by Vite and run in Chromium (cargo publish --dry-run is in
#                                     hardening)
#   bash scripts/test.sh bench        the benchmark harness, reduced run (bench/run.sh --quick), so it cannot rot
#
# Several stages may be named: `bash scripts/test.sh rust python`.
# It installs what it needs itself (Python packages into virtual environments under target/,
# cargo-deny, cargo-fuzz, wasm-bindgen, npm packages, Debian's chromium, LibreOffice and poppler).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
STAGES=("$@")
if [ ${#STAGES[@]} -eq 0 ]; then STAGES=(rust hardening python wasm release bench); fi
for s in "${STAGES[@]}"; do
  case "$s" in rust | hardening | python | wasm | release | bench) ;; *)
    echo "unknown stage \"$s\": expected rust, hardening, python, wasm, release or bench" >&2
    exit 2
    ;;
  esac
done

# The command line that the Python and JavaScript tests compare their defaults with.
cli() {
  cargo build -q -p tromsvekst-cli
  export TROMSVEKST_CLI="$PWD/target/debug/tromsvekst"
}

stage_rust() {
  echo "== no import cycle among the core's modules (scripts/modules.py --check)"
  python3 scripts/modules.py --check
  echo "== no hand-written file over 700 lines (scripts/lines.py --check)"
  python3 scripts/lines.py --check
  echo "== cargo fmt --check"
  cargo fmt --all --check
  echo "== cargo clippy --all-targets -- -D warnings"
  cargo clippy --workspace --all-targets -- -D warnings
  cargo clippy -p tromsvekst --no-default-features --all-targets -- -D warnings
  echo "== cargo doc of the published crates, with no warning"
  RUSTDOCFLAGS="-D warnings" cargo doc -q --no-deps -p tromsvekst-derive -p tromsvekst -p tromsvekst-report -p tromsvekst-cli
  echo "== generated files are fresh (scripts/regenerate.sh --check)"
  bash scripts/regenerate.sh --check
  echo "== cargo test"
  cargo test --workspace
}

stage_hardening() {
  echo "== one version: the workspace's, which the path dependencies, the wheel and the npm package take"
  v=$(grep -m1 '^version' Cargo.toml | cut -d'"' -f2)
  for dep in tromsvekst tromsvekst-derive tromsvekst-report; do
    if ! grep -q "^$dep = { path = \"crates/$dep\", version = \"$v\"" Cargo.toml; then
      echo "Cargo.toml: the path dependency $dep does not say version \"$v\""
      exit 1
    fi
  done
  grep -q 'dynamic = \["version"\]' bindings/python/pyproject.toml || { echo "pyproject.toml must take the version from Cargo.toml"; exit 1; }
  grep -q "^## $v\b\|^## Unreleased" CHANGELOG.md || { echo "CHANGELOG.md has no section for $v"; exit 1; }
  for f in $(grep -o 'bilder/[A-Za-z0-9_-]*\.png' docs/brukerveiledning/README.md); do
    [ -f "docs/brukerveiledning/$f" ] || { echo "docs/brukerveiledning/README.md: the picture $f is missing"; exit 1; }
  done
  echo "== cargo publish --dry-run (the core with its derive, the report renderer, the command line)"
  mkdir -p target
  # Cargo verifies each package against the others as packaged in a local
  # registry, and reuses the sources it extracted from that registry before:
  # an earlier run's copy of our crates would be compiled instead of this one.
  rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/tromsvekst-[0-9]* \
    "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/tromsvekst-derive-[0-9]* \
    "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/tromsvekst-report-[0-9]* \
    "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/tromsvekst-cli-[0-9]*
  if ! cargo publish --dry-run --allow-dirty -p tromsvekst-derive -p tromsvekst -p tromsvekst-report -p tromsvekst-cli >target/publish-dry-run.log 2>&1; then
    tail -30 target/publish-dry-run.log
    exit 1
  fi
  grep -E "^\s+(Packaged|Uploading)" target/publish-dry-run.log
  msrv=$(grep -m1 '^rust-version' Cargo.toml | cut -d'"' -f2)
  echo "== the minimum supported Rust version, $msrv: the published crates build with it"
  rustup toolchain list | grep -q "^$msrv" || rustup toolchain install "$msrv" --profile minimal
  CARGO_TARGET_DIR=target/msrv cargo "+$msrv" check -q -p tromsvekst-derive -p tromsvekst -p tromsvekst-report -p tromsvekst-cli
  echo "== cargo deny (licenses, bans, sources)"
  command -v cargo-deny >/dev/null 2>&1 || cargo install cargo-deny --locked
  cargo deny check licenses bans sources
  echo "== fuzzing: ${FUZZ_SECONDS:=60} s per target (nightly, cargo-fuzz)"
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
  command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz
  (
    cd fuzz
    bash seed.sh
    mkdir -p ../target/fuzz-logs
    for t in parse_document validate_bundle import_csv import_xlsx jsonstat json_differential; do
      log="../target/fuzz-logs/$t.log"
      if ! cargo +nightly fuzz run -O -s none "$t" -- -max_total_time="$FUZZ_SECONDS" -max_len=4096 -print_final_stats=1 >"$log" 2>&1; then
        tail -50 "$log"
        echo "fuzz target $t failed: see $log and fuzz/artifacts/$t/"
        exit 1
      fi
      echo "$t: $(grep -m1 stat::number_of_executed_units "$log" | awk '{print $2}') executions, no crash"
    done
  )
}

# Debian packages a stage needs, installed when missing (as root, or with sudo).
apt_install() {
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

stage_python() {
  cli
  if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
    echo "== installing LibreOffice (headless) and poppler, the Word files' independent readers"
    apt_install libreoffice-writer-nogui poppler-utils
  fi
  if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "== installing Debian's chromium, which prints the HTML documents to PDF"
    apt_install chromium
  fi
  echo "== Python: build the package with pip in a fresh virtual environment"
  rm -rf target/py-bare target/wheels
  "$PYTHON" -m venv target/py-bare
  target/py-bare/bin/pip install -q --disable-pip-version-check --upgrade pip
  target/py-bare/bin/pip wheel -q --disable-pip-version-check --no-deps ./bindings/python -w target/wheels
  target/py-bare/bin/pip install -q --disable-pip-version-check target/wheels/tromsvekst-*.whl
  target/py-bare/bin/python bindings/python/tests/bare_check.py
  echo "== Python: tests"
  if [ ! -x target/py-test/bin/python ]; then "$PYTHON" -m venv target/py-test; fi
  target/py-test/bin/pip install -q --disable-pip-version-check \
    pytest mypy pandas pandas-stubs openpyxl nbclient nbformat ipykernel matplotlib python-docx jsonschema pyshacl rdflib feedparser
  target/py-test/bin/pip install -q --disable-pip-version-check --force-reinstall --no-deps target/wheels/tromsvekst-*.whl
  target/py-test/bin/python -m pytest bindings/python/tests -q
}

wasm_package() {
  (cd bindings/wasm && npm ci --no-audit --no-fund --silent)
  bash bindings/wasm/scripts/build.sh
  # The workbench's first view loads the core without spreadsheets.
  bash bindings/wasm/scripts/build.sh --slim
}

stage_wasm() {
  cli
  echo "== WebAssembly: build (rustup target, or Debian's offline recipe)"
  wasm_package
  if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "== installing Debian's chromium for the browser test"
    apt_install chromium
  fi
  echo "== WebAssembly: node --test (vectors, API, defaults, ajv schemas, TypeScript, the web page in Chromium)"
  (cd bindings/wasm && node --test tests/)
}

# The three packages as users install them, each tried from a project of its
# own outside the workspace (tests/consumers/): the crate by path with its
# version, the wheel and the source distribution in fresh virtual environments,
# the npm tarball installed and bundled by Vite into a page run in Chromium.
stage_release() {
  echo "== release: a Rust project outside the workspace runs the README's Rust examples"
  bash tests/consumers/rust/run.sh
  if [ ! -x target/py-build/bin/pip ]; then "$PYTHON" -m venv target/py-build; fi
  target/py-build/bin/pip install -q --disable-pip-version-check "maturin>=1.5,<2" auditwheel
  echo "== release: the wheel as a release builds it (maturin build --release: abi3, manylinux), its tag checked by auditwheel"
  rm -rf target/release-wheels
  target/py-build/bin/maturin build -q --release -m bindings/python/Cargo.toml -o target/release-wheels
  wheel="$(ls target/release-wheels/tromsvekst-*.whl)"
  tag="$(basename "$wheel" .whl | sed 's/.*-abi3-//')"
  case "$tag" in manylinux*) ;; *)
    echo "$(basename "$wheel"): not a manylinux tag"
    exit 1
    ;;
  esac
  shown="$(target/py-build/bin/auditwheel show "$wheel" 2>/dev/null | tr '\n' ' ')"
  if ! grep -q "is consistent with the following platform tag: \"$tag\"" <<<"$shown"; then
    echo "$shown"
    echo "auditwheel does not confirm the tag $tag"
    exit 1
  fi
  echo "auditwheel: $(basename "$wheel") is consistent with $tag"
  echo "== release: the wheel alone in a fresh virtual environment runs the README's Python examples"
  bash tests/consumers/python/run.sh "$wheel"
  echo "== release: the source distribution builds a working wheel in a fresh virtual environment"
  rm -rf target/dist
  target/py-build/bin/maturin sdist -m bindings/python/Cargo.toml -o target/dist 2>&1 | tail -1
  bash tests/consumers/python/run.sh "$(ls target/dist/tromsvekst-*.tar.gz)"
  if [ ! -f bindings/wasm/pkg/package.json ]; then
    (cd bindings/wasm && npm ci --no-audit --no-fund --silent)
    bash bindings/wasm/scripts/build.sh
  fi
  echo "== release: npm pack, installed by a project of its own, in node, bundled by Vite, in Chromium, TypeScript strict"
  bash tests/consumers/npm/run.sh
}

stage_bench() {
  echo "== benchmarks, reduced run (bench/run.sh --quick), so the harness cannot rot"
  if [ -x target/py-test/bin/python ]; then
    BENCH_PYTHON=target/py-test/bin/python bash bench/run.sh --quick
  else
    bash bench/run.sh --quick
  fi
}

for s in "${STAGES[@]}"; do
  "stage_$s"
done
