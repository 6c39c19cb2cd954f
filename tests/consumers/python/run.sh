#!/usr/bin/env bash
# A Python user outside the workspace: a fresh virtual environment in a
# temporary folder, the package installed from a file alone (the wheel, or the
# source distribution, which builds it), then the README's Python examples.
#
#   bash tests/consumers/python/run.sh target/wheels/tromsvekst-*.whl
#   bash tests/consumers/python/run.sh target/dist/tromsvekst-*.tar.gz
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PACKAGE="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"${PYTHON:-python3}" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --disable-pip-version-check "$PACKAGE"
"$WORK/venv/bin/pip" show tromsvekst | grep -E "^(Name|Version|License|Requires)"
cd "$WORK"
"$WORK/venv/bin/python" "$ROOT/tests/consumers/python/readme_examples.py" "$ROOT"
