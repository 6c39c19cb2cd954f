"""The README's Python examples, executed, and what they print checked
against what the README says they print: the docs cannot lie."""

from __future__ import annotations

import contextlib
import io
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[3]


def expected_lines(block: str) -> list[str]:
    """The output each `print(...)  # output` line of a block promises, in order."""
    out = []
    for line in block.splitlines():
        m = re.match(r"\s*print\(.*\)\s+#\s?(.*)$", line)
        if m:
            out.append(m.group(1).rstrip())
    return out


def matches(printed: str, promised: str) -> bool:
    # "…, ..." in the README stands for the rest of a long line.
    if promised.endswith("..."):
        return printed.startswith(promised[:-3])
    return printed == promised


def test_readme_python_blocks_run_and_print_what_they_say() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks, "the README has Python examples"
    namespace: dict[str, object] = {}
    checked = 0
    for block in blocks:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            exec(compile(block, "README.md", "exec"), namespace)
        printed = buffer.getvalue().splitlines()
        promised = expected_lines(block)
        assert len(printed) == len(promised), (printed, promised)
        for got, want in zip(printed, promised):
            assert matches(got, want), f"README says {want!r}, the code prints {got!r}"
            checked += 1
    assert checked >= 5
