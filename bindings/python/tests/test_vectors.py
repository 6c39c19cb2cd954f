"""Every conformance vector in tests/vectors/, run through the Python API:
the output must be byte-identical to what the Rust test expects."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import tromsvekst

ROOT = pathlib.Path(__file__).resolve().parents[3]
VECTORS = sorted(p for p in (ROOT / "tests" / "vectors").iterdir() if (p / "case.json").is_file())


def run(folder: pathlib.Path, case: dict) -> str:
    lang = case.get("lang", "nb")
    as_of = datetime.date.fromisoformat(case["as_of"]) if "as_of" in case else None
    severity = case.get("severity", {})
    names = case["documents"]
    try:
        if case["operation"] == "validate_agreement":
            # The name is the path as the case gives it, exactly as in Rust.
            doc = tromsvekst.parse_agreement((folder / names[0]).read_bytes(), name=names[0])
            return tromsvekst.validate(doc, lang=lang, as_of=as_of, severity=severity).to_json()
        if case["operation"] == "vocabulary":
            return json.dumps(tromsvekst.vocabulary(lang), indent=2, ensure_ascii=False) + "\n"
        if case["operation"] == "import_plan":
            return tromsvekst.import_plan(*[(folder / n).read_bytes() for n in names], names=names).to_json()
        if case["operation"] == "jsonstat":
            dataset, mapping, indicators = [(folder / n).read_bytes() for n in names]
            return tromsvekst.apply_jsonstat(dataset, mapping, indicators, names=(names[0], names[1], names[2])).to_json()
        docs = [(n, (folder / n).read_bytes()) for n in names]
        if case["operation"] == "merge":
            return tromsvekst.merge(docs[0], docs[1], docs[2], lang=lang).to_json()
        if case["operation"] == "validate":
            return tromsvekst.validate(*docs, lang=lang, as_of=as_of, severity=severity).to_json()
        if case["operation"] == "status":
            return tromsvekst.status(*docs, as_of=as_of, lang=lang).to_json()
        if case["operation"] == "draft_midterm":
            return tromsvekst.draft_midterm(*docs, as_of=as_of, lang=lang).to_json()
        if case["operation"] == "portfolio":
            return tromsvekst.portfolio(*docs, as_of=as_of, lang=lang).to_json()
        if case["operation"] == "draft":
            update = None
            if "update" in case:
                update = tromsvekst.parse((folder / case["update"]).read_bytes(), name=case["update"])
            return tromsvekst.draft(case["kind"], *docs, as_of=as_of, lang=lang, update=update).to_json()
    except tromsvekst.TromsvekstError as e:
        return error_json(e)
    raise AssertionError(f"unknown operation {case['operation']}")


def error_json(e: tromsvekst.TromsvekstError) -> str:
    # The error as the core writes it; code and place are also attributes.
    assert json.loads(e.json)["code"] == e.code
    return e.json


@pytest.mark.parametrize("folder", VECTORS, ids=[p.name for p in VECTORS])
def test_vector(folder: pathlib.Path) -> None:
    case = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    expected = (folder / "expected.json").read_text(encoding="utf-8")
    assert run(folder, case) == expected


def test_there_are_vectors() -> None:
    assert len(VECTORS) > 100
