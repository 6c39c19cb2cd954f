#!/usr/bin/env python3
"""Does a finding cost a constant, whatever the plan's size? (issue 25, §3)

Grows the Nord-Troms example plans, every field kept, to N measures and times
`tromsvekst check` (release build) on them:

- one plan, minified (one line, as machines write JSON), with no finding, and
  with a tenth of the measures postponed without a follow-up entry (a
  `plan.measure.history` finding each);
- the whole period's two plans, each measure of the second continuing one of
  the first, a tenth of them postponed (the history is followed across plans).

    cargo build --release -p tromsvekst-cli
    python3 bench/findings.py [--sizes 5000,10000,20000]

Prints one row per case and size: seconds (best of three) and ms per 1,000
measures. The figures and the method are in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import pathlib
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
CLI = pathlib.Path(os.environ.get("TROMSVEKST_CLI", ROOT / "target" / "release" / "tromsvekst"))
PLAN = json.loads((ROOT / "examples/nord-troms/action-plan-2025-2026.json").read_text(encoding="utf-8"))
P1 = json.loads((ROOT / "examples/nord-troms/whole-period/action-plan-2025-2026.json").read_text(encoding="utf-8"))
P2 = json.loads((ROOT / "examples/nord-troms/whole-period/action-plan-2027-2028.json").read_text(encoding="utf-8"))


def one_plan(n: int, findings: bool) -> list[dict]:
    p = copy.deepcopy(PLAN)
    measures = []
    for i in range(n):
        m = copy.deepcopy(PLAN["measures"][i % len(PLAN["measures"])])
        m["id"] = f"{m['id']}-{i}"
        if findings and i % 10 == 0:
            m["status"] = "postponed"
        elif m["status"] in ("postponed", "cancelled"):
            m["status"] = "ongoing"
        measures.append(m)
    p["measures"] = measures
    p["milestones"] = [dict(x, measures=[f"{y}-0" for y in x["measures"]]) for x in p["milestones"]]
    p["updates"] = [dict(u, measure=f"{u['measure']}-0") for u in p["updates"]]
    return [p]


def chain(n: int) -> list[dict]:
    a, b = copy.deepcopy(P1), copy.deepcopy(P2)
    a["measures"], b["measures"], a["updates"], b["updates"] = [], [], [], []
    a["milestones"], b["milestones"] = [], []
    for i in range(n):
        m = copy.deepcopy(P1["measures"][i % len(P1["measures"])])
        m["id"] = f"a{i}"
        a["measures"].append(m)
        a["updates"].append({"date": "2026-03-01", "measure": f"a{i}", "status": "ongoing", "progress": 10})
        x = copy.deepcopy(P2["measures"][i % len(P2["measures"])])
        x["id"], x["continues"] = f"b{i}", f"a{i}"
        x["status"] = "postponed" if i % 10 == 0 else "ongoing"
        b["measures"].append(x)
    return [a, b]


def timed(files: list[pathlib.Path], day: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(CLI), "check", *map(str, files), "--as-of", day, "--format", "json"], capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5000,10000,20000")
    sizes = [int(x) for x in ap.parse_args().sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        print("| case | measures | seconds | ms per 1,000 measures |")
        print("|---|---|---|---|")
        for name, make, day in [
            ("one plan, no finding", lambda n: one_plan(n, False), "2026-11-26"),
            ("one plan, a tenth postponed (findings)", lambda n: one_plan(n, True), "2026-11-26"),
            ("two plans, continued, a tenth postponed", chain, "2027-06-01"),
        ]:
            for n in sizes:
                files = []
                for k, doc in enumerate(make(n)):
                    f = pathlib.Path(tmp) / f"{k}.json"
                    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
                    files.append(f)
                s = timed(files, day)
                print(f"| {name} | {n:,} | {s:.3f} | {s * 1e6 / n:.1f} |")


if __name__ == "__main__":
    main()
