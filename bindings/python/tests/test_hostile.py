"""The hostile-input corpus (tests/hostile/), run through the Python package:
the same outcome as in Rust, never a crash, within the time bound, in bounded memory."""

from __future__ import annotations

import datetime
import json
import pathlib
import resource
import time

import pytest

import tromsvekst

HOSTILE = pathlib.Path(__file__).resolve().parents[3] / "tests" / "hostile"
MANIFEST = json.loads((HOSTILE / "manifest.json").read_text(encoding="utf-8"))
AS_OF = datetime.date.fromisoformat(MANIFEST["as_of"])
LIMIT = MANIFEST["time_limit_ms"] / 1000


def data(case: dict) -> bytes:
    g = case.get("generate")
    if g:
        return g["prefix"].encode() + g["repeat"].encode() * g["times"] + g["suffix"].encode()
    return (HOSTILE / case["path"]).read_bytes()


@pytest.mark.parametrize("case", MANIFEST["cases"], ids=[c["name"] for c in MANIFEST["cases"]])
def test_hostile(case: dict) -> None:
    expect = case["expect"]
    started = time.monotonic()
    try:
        report = tromsvekst.validate((case["file"], data(case)), as_of=AS_OF, lang="en")
        outcome: object = report
    except tromsvekst.TromsvekstError as e:
        outcome = e
    assert time.monotonic() - started < LIMIT
    if "error" in expect:
        assert isinstance(outcome, tromsvekst.TromsvekstError), f"expected {expect['error']}, got a report"
        assert outcome.code == expect["error"], str(outcome)
        assert outcome.line is not None or outcome.document is not None
    else:
        assert isinstance(outcome, tromsvekst.Report), str(outcome)
        if expect.get("valid"):
            assert outcome.valid, outcome.to_text()
        if "fires" in expect:
            group = next((g for g in outcome.groups if g["rule"] == expect["fires"]), None)
            assert group is not None, outcome.to_text()
            if expect.get("omitted"):
                assert group.get("omitted", 0) > 0


def test_memory_stays_bounded() -> None:
    # ru_maxrss is in KiB on Linux; the 100 MB string case is the largest input.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2_000_000
