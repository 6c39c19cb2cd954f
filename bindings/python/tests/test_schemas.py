"""The committed JSON Schemas as published, in Python's `jsonschema` (Draft 2020-12,
with its format checker and no plugin): every example and every document the library
writes validates, and the schemas use no format a validator would have to guess at
(ajv in strict mode checks the same in bindings/wasm/tests/ajv.test.mjs)."""

from __future__ import annotations

import json
import pathlib
import warnings

import jsonschema
import pytest

import tromsvekst

ROOT = pathlib.Path(__file__).resolve().parents[3]
KINDS = [
    "agreement", "action_plan", "meeting_log", "indicators", "evaluation",
    "jsonstat_mapping", "report", "status", "portfolio", "rules",
]


def validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def formats(node: object) -> set[str]:
    if isinstance(node, dict):
        found = {node["format"]} if isinstance(node.get("format"), str) else set()
        return found.union(*(formats(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(formats(v) for v in node))
    return set()


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_uses_no_format(kind: str) -> None:
    schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text("utf-8"))
    assert formats(schema) == set()


def test_every_example_and_written_document_validates() -> None:
    validators = {k: validator(k) for k in KINDS}
    seen = 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for folder in ("examples/nord-troms", "examples/illustrative"):
            for path in sorted((ROOT / folder).glob("*.json")):
                doc = json.loads(path.read_text("utf-8-sig"))
                if doc.get("kind") in validators:
                    validators[doc["kind"]].validate(doc)
                    seen += 1
        # What the library writes: the drafts, a status, a report.
        nt = ROOT / "examples" / "nord-troms"
        docs = [p for p in sorted(nt.glob("*.json"))]
        for kind, schema in (("midterm", "evaluation"), ("final", "evaluation"), ("plan", "action_plan")):
            draft = tromsvekst.draft(kind, *docs, as_of="2026-11-26")
            validators[schema].validate(json.loads(draft.to_json()))
        status = tromsvekst.status(*docs, as_of="2026-11-26")
        validators["status"].validate(json.loads(status.to_json()))
        report = tromsvekst.validate(*docs, as_of="2026-11-26")
        validators["report"].validate(json.loads(report.to_json()))
        validators["rules"].validate(json.loads((ROOT / "schemas" / "rules.json").read_text("utf-8")))
    assert seen >= 6
