"""A user's script, outside the workspace: runs every Python example of the
README with the installed package (not the repository's sources), from the
repository's root so that the examples' files are found, and checks each
printed value the README shows in a comment where the line prints one."""

from __future__ import annotations

import contextlib
import io
import os
import pathlib
import re
import sys

import tromsvekst

root = pathlib.Path(sys.argv[1]).resolve()
location = pathlib.Path(tromsvekst.__file__).resolve()
assert root not in location.parents, f"tromsvekst imported from the repository: {location}"
os.chdir(root)  # the examples name files relative to the repository's root
readme = (root / "README.md").read_text("utf-8")
blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
assert blocks, "no Python example in the README"
for n, block in enumerate(blocks, 1):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, f"README block {n}", "exec"), {"__name__": f"readme_{n}"})
    printed = out.getvalue().splitlines()
    shown = [c.split("#", 1)[1].strip() for c in block.splitlines() if re.match(r"\s*print\(.*\)\s+#", c)]
    for want, got in zip(shown, printed):
        want = want.rstrip(".").removesuffix("...").strip()
        assert got.startswith(want), f"README block {n}: printed {got!r}, the README shows {want!r}"
    print(f"README Python block {n}: ran, {len(shown)} printed values as shown")
print(f"tromsvekst {tromsvekst.__version__ if hasattr(tromsvekst, '__version__') else ''} from {location.parent}")
