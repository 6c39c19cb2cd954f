"""Python side of the comparison: tromsvekst.validate against jsonschema
(Draft 2020-12 with the committed schema; structure only) and pydantic v2
(models of the same documents with the same cross-reference checks, validated
with model_validate_json), on the same generated plans. Prints JSON lines.

    python bench/python_compare.py DIR SIZES RUNS
"""

from __future__ import annotations

import json
import pathlib
import statistics
import sys
import time
from typing import Literal, Optional

import jsonschema
import pydantic

import tromsvekst

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "schemas" / "action_plan.schema.json").read_text(encoding="utf-8"))
AGREEMENT = json.loads((ROOT / "examples" / "nord-troms" / "agreement.json").read_text(encoding="utf-8"))
SUB_GOALS = {g["id"]: {s["id"] for s in g["strategies"]} for f in AGREEMENT["focus_areas"] for g in f["sub_goals"]}
PARTIES = {p["id"] for p in AGREEMENT["parties"]}
MUNICIPALITIES = {m["id"] for m in AGREEMENT["region"]["municipalities"]}


class Text(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    nb: str
    en: Optional[str] = None


class Funding(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    amount_nok: str = pydantic.Field(pattern=r"^[0-9]{1,17}(\.[0-9]{1,2})?$")
    source: str
    committed_by_agreement: bool = False


class Measure(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    id: str
    title: Text
    description: Optional[Text] = None
    sub_goals: list[str]
    strategies: list[str] = []
    responsible: str
    municipalities: list[str] = []
    organisations: list[str] = []
    start: Optional[str] = None
    end: Optional[str] = None
    status: Literal["planned", "ongoing", "completed", "postponed", "cancelled"]
    progress: int = pydantic.Field(0, ge=0)
    completed_on: Optional[str] = None
    weight: Optional[int] = pydantic.Field(None, ge=0)
    funding: list[Funding] = []
    depends_on: list[str] = []
    addresses: list[str] = []

    @pydantic.model_validator(mode="after")
    def references(self) -> "Measure":
        for g in self.sub_goals:
            if g not in SUB_GOALS:
                raise ValueError(f"unknown sub-goal {g}")
        for s in self.strategies:
            if not any(s in SUB_GOALS[g] for g in self.sub_goals if g in SUB_GOALS):
                raise ValueError(f"strategy {s} not under the measure's sub-goals")
        if self.responsible not in PARTIES:
            raise ValueError(f"unknown party {self.responsible}")
        for m in self.municipalities:
            if m not in MUNICIPALITIES:
                raise ValueError(f"unknown municipality {m}")
        if self.progress > 100:
            raise ValueError("progress above 100")
        return self


class Milestone(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    id: str
    title: Text
    due: str
    measures: list[str] = []
    status: Literal["pending", "completed", "cancelled"]
    completed_on: Optional[str] = None


class Update(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    date: str
    measure: str
    status: Literal["planned", "ongoing", "completed", "postponed", "cancelled"]
    progress: Optional[int] = None
    note: Optional[Text] = None


class Period(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    start: int
    end: int


class Adoption(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    date: str
    by: str
    reference: Optional[str] = None


class ActionPlan(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    kind: Literal["action_plan"]
    schema_version: str
    id: str
    agreement: str
    title: Text
    illustrative: Optional[Text] = None
    period: Period
    adopted: Optional[Adoption] = None
    measures: list[Measure]
    milestones: list[Milestone] = []
    updates: list[Update] = []

    @pydantic.model_validator(mode="after")
    def cross_references(self) -> "ActionPlan":
        ids = [m.id for m in self.measures]
        known = set(ids)
        if len(known) != len(ids):
            raise ValueError("duplicate measure id")
        for m in self.measures:
            for d in m.depends_on:
                if d not in known:
                    raise ValueError(f"unknown measure {d}")
        for ms in self.milestones:
            for d in ms.measures:
                if d not in known:
                    raise ValueError(f"unknown measure {d}")
        for u in self.updates:
            if u.measure not in known:
                raise ValueError(f"unknown measure {u.measure}")
        return self


def timed(runs: int, fn) -> list[float]:
    # Warm-up before timing (caches, lazy imports, the first allocation).
    start = time.perf_counter()
    for _ in range(min(runs, 50)):
        fn()
        if time.perf_counter() - start > 0.3:
            break
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    folder = pathlib.Path(sys.argv[1])
    sizes = [int(s) for s in sys.argv[2].split(",")]
    runs_arg = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    validator = jsonschema.Draft202012Validator(SCHEMA)  # built once
    adapter = ActionPlan  # built once (pydantic compiles the model at class creation)
    agreement = tromsvekst.nord_troms()
    for n in sizes:
        data = (folder / f"plan-{n}.json").read_bytes()
        text = data.decode("utf-8")
        runs = runs_arg or (3 if n >= 100_000 else 11 if n >= 1000 else 101)
        if n >= 100_000:
            runs = min(runs, 3)
        rows = {
            "tromsvekst": lambda: tromsvekst.validate(agreement, ("plan.json", data), lang="en"),
            "pydantic": lambda: adapter.model_validate_json(data),
            "jsonschema": lambda: validator.validate(json.loads(text)),
        }
        if n >= 100_000:
            rows["jsonschema"] = lambda: validator.validate(json.loads(text))
        for name, fn in rows.items():
            r = runs if not (name == "jsonschema" and n >= 100_000) else 1
            t = timed(r, fn)
            m = statistics.median(t)
            print(json.dumps({"lang": "python", "size": n, "bytes": len(data), "op": name, "runs": r, "median_ms": round(m, 3), "min_ms": round(min(t), 3), "mb_per_s": round(len(data) / 1e6 / (m / 1000), 2)}), flush=True)


if __name__ == "__main__":
    main()
