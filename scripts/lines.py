#!/usr/bin/env python3
"""No hand-written file over 700 lines, and bindings that stay thin.

Lists the project's hand-written source files (Rust, Python, JavaScript,
TypeScript, shell, HTML, CSS) longer than the limit, longest first; with
`--check`, exits 1 when there is one. Generated and vendored files are left
out by name below: they are made by scripts/regenerate.sh or
bindings/wasm/scripts/vendor-web.mjs and checked there.

The bindings' hand-written code (the Rust of the Python and WebAssembly
bindings and the Python package's own layer) is held under 15 % of the
core's lines (issue 25): a binding translates, the core decides, so logic
that grows in a binding belongs in the core. Tests are counted on neither
side (the core's `*tests.rs` files, the bindings' test folders).

    python3 scripts/lines.py            # the longest files, over and under
    python3 scripts/lines.py --check    # fail on a file over the limit, or fat bindings
"""

import os
import subprocess
import sys

LIMIT = 700
SOURCE = (".rs", ".py", ".pyi", ".js", ".mjs", ".ts", ".sh", ".html", ".css")
GENERATED = (
    "bindings/wasm/src/types.d.ts",  # from the JSON Schemas (regenerate.sh)
    "examples/web/vendor/",  # Preact and htm (vendor-web.mjs)
)

BINDINGS_SHARE = 15.0  # per cent of the core's lines
CORE = "crates/tromsvekst/src/"
BINDINGS = ("bindings/python/src/", "bindings/wasm/src/", "bindings/python/python/")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def files():
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for path in out.splitlines():
        if path.endswith(SOURCE) and not path.startswith(GENERATED) and os.path.isfile(os.path.join(ROOT, path)):
            yield path


def main():
    counted = []
    for path in files():
        with open(os.path.join(ROOT, path), "rb") as f:
            counted.append((f.read().count(b"\n"), path))
    counted.sort(reverse=True)
    over = [(n, p) for n, p in counted if n > LIMIT]
    core = sum(n for n, p in counted if p.startswith(CORE) and p.endswith(".rs") and not p.endswith("tests.rs"))
    bindings = sum(n for n, p in counted if p.startswith(BINDINGS) and p.endswith((".rs", ".py")))
    share = 100 * bindings / core
    said = f"the bindings' hand-written code is {share:.2f} % of the core's lines ({bindings:,} / {core:,}; limit {BINDINGS_SHARE:g} %)"
    if "--check" in sys.argv[1:]:
        for n, p in over:
            print(f"{p}: {n} lines, over the limit of {LIMIT}: split it along its seams")
        if share >= BINDINGS_SHARE:
            print(f"{said}: move what a binding decides into the core")
        if over or share >= BINDINGS_SHARE:
            sys.exit(1)
        print(f"{len(counted)} hand-written files, none over {LIMIT} lines (longest: {counted[0][1]}, {counted[0][0]}); {said}")
        return
    print(said)
    for n, p in counted[:20]:
        print(f"{n:6} {p}")


if __name__ == "__main__":
    main()
