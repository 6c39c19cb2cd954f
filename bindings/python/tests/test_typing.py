"""The stubs cover the whole API and match the module: mypy --strict on a
file that calls all of it, and mypy's stubtest against the built module."""

from __future__ import annotations

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=HERE)


def test_mypy_strict_on_a_file_using_the_whole_api() -> None:
    out = run("mypy", "--strict", "--no-incremental", "--ignore-missing-imports", str(HERE / "usage_typed.py"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_stubs_match_the_module() -> None:
    out = run("mypy.stubtest", "tromsvekst", "--allowlist", str(HERE / "stubtest-allowlist.txt"))
    assert out.returncode == 0, out.stdout + out.stderr
