#!/usr/bin/env python3
"""Writes the conformance vectors' input documents and case files.

Each vector is a folder with `case.json` (what to run and what must hold) and
`expected.json` (the exact output, byte for byte, that Rust, Python and
JavaScript must all produce). Input documents are made here from the
illustrative Fjordvik agreement (examples/illustrative/) by one small change
each, so every rule has a case that fires it; the examples themselves are the
passing cases.

    python3 tests/vectors/generate.py          # write the inputs and case files
    python3 tests/vectors/generate.py --check  # fail if the committed ones differ

`expected.json` is written by the Rust runner:
    TROMSVEKST_BLESS=1 cargo test -p tromsvekst --test vectors
and reviewed by hand before it is committed.
"""

import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _gen.base import HERE, ROOT, dump  # noqa: E402
from _gen.cases import cases  # noqa: E402


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    wanted = cases()
    for name, (case, files) in sorted(wanted.items()):
        folder = os.path.join(HERE, name)
        files = dict(files)
        files["case.json"] = dump(case).encode()
        for fname, data in files.items():
            path = os.path.join(folder, fname)
            current = open(path, "rb").read() if os.path.exists(path) else None
            if current != data:
                if check:
                    stale.append(os.path.relpath(path, ROOT))
                else:
                    os.makedirs(folder, exist_ok=True)
                    with open(path, "wb") as f:
                        f.write(data)
    existing = {d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)) and not d.startswith(("_", "."))}
    extra = sorted(existing - set(wanted))
    if check and (stale or extra):
        for s in stale:
            print("stale: " + s)
        for e in extra:
            print("not made by the generator: tests/vectors/" + e)
        print("regenerate with: python3 tests/vectors/generate.py && TROMSVEKST_BLESS=1 cargo test -p tromsvekst --test vectors")
        sys.exit(1)


if __name__ == "__main__":
    main()
