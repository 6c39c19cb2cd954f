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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASE_PATH = os.path.join(ROOT, "examples", "illustrative", "fjordvik-agreement.json")


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def load_base():
    with open(BASE_PATH, encoding="utf-8") as f:
        return json.load(f)


# Each mutation: (case name, rule it must fire, description, function that changes the document).
def m(fn):
    def apply(doc):
        fn(doc)
        return doc
    return apply


def set_path(doc, path, value):
    cur = doc
    for key in path[:-1]:
        cur = cur[key]
    cur[path[-1]] = value


RULE_CASES = [
    ("period-order", "agreement.period.order", "the period ends before it starts",
     m(lambda d: set_path(d, ["period"], {"start": 2031, "end": 2026}))),
    ("parties-roles", "agreement.parties.roles", "two county authorities and no regional council",
     m(lambda d: set_path(d, ["parties", 1, "role"], "county_authority"))),
    ("id-empty", "agreement.id.empty", "an anchoring document with an empty id",
     m(lambda d: set_path(d, ["anchoring", 0, "id"], "  "))),
    ("id-duplicate", "agreement.id.duplicate", "two long-term results with the same id",
     m(lambda d: set_path(d, ["long_term_results", "results", 1, "id"], "folketall"))),
    ("text-empty", "agreement.text.empty", "an overall goal that is only white space",
     m(lambda d: set_path(d, ["overall_goal", "nb"], "   "))),
    ("unknown-party", "agreement.reference.unknown-party", "the meetings are invited by a misspelt party",
     m(lambda d: set_path(d, ["governance", "political", "invited_by"], "fjordvik-radet"))),
    ("unknown-municipality", "agreement.reference.unknown-municipality", "a decision names a misspelt municipality",
     m(lambda d: set_path(d, ["decisions", 2, "municipalities"], ["nordvik", "nordvk"]))),
    ("focus-area-numbering", "agreement.focus-area.numbering", "focus areas numbered 1, 2, 4",
     m(lambda d: set_path(d, ["focus_areas", 2, "number"], 4))),
    ("focus-area-no-sub-goals", "agreement.focus-area.no-sub-goals", "a focus area without sub-goals",
     m(lambda d: set_path(d, ["focus_areas", 2, "sub_goals"], []))),
    ("sub-goal-numbering", "agreement.sub-goal.numbering", "sub-goals 1.1 and 1.3 under focus area 1",
     m(lambda d: set_path(d, ["focus_areas", 0, "sub_goals", 1, "id"], "1.3"))),
    ("sub-goal-no-strategies", "agreement.sub-goal.no-strategies", "a sub-goal without strategies",
     m(lambda d: set_path(d, ["focus_areas", 1, "sub_goals", 0, "strategies"], []))),
    ("strategy-id", "agreement.strategy.id", "a strategy under 2.1 with the id 2.2.b",
     m(lambda d: set_path(d, ["focus_areas", 1, "sub_goals", 0, "strategies", 1, "id"], "2.2.b"))),
    ("meetings-per-year", "agreement.governance.meetings-per-year", "no political meetings a year",
     m(lambda d: set_path(d, ["governance", "political", "meetings_per_year"], 0))),
    ("plan-length", "agreement.governance.plan-length", "seven-year action plans in a six-year period",
     m(lambda d: set_path(d, ["governance", "administrative", "action_plans", "length_years"], 7))),
    ("coordinator-per-party", "agreement.coordinator.per-party", "the county has two coordinator roles",
     m(lambda d: d["governance"]["administrative"]["coordinators"].append(
         copy.deepcopy(d["governance"]["administrative"]["coordinators"][0])))),
    ("decision-in-force", "agreement.decision.in-force", "no decision by the county council",
     m(lambda d: d["decisions"].pop(0))),
    ("decision-municipality", "agreement.decision.municipality", "no decision by Nordvik's municipal council",
     m(lambda d: d["decisions"].pop(2))),
    ("midterm-year", "agreement.evaluation.midterm-year", "the midterm evaluation in the last year",
     m(lambda d: set_path(d, ["evaluation", "midterm", "year"], 2031))),
    ("midterm-plan", "agreement.evaluation.midterm-plan", "the midterm evaluation assesses the wrong plan",
     m(lambda d: set_path(d, ["evaluation", "midterm", "assesses"], {"start": 2027, "end": 2028}))),
    ("adjustments-plan", "agreement.evaluation.adjustments-plan", "adjustments carried into a plan that skips a year",
     m(lambda d: set_path(d, ["evaluation", "midterm", "adjustments_into"], {"start": 2030, "end": 2031}))),
    ("final-year", "agreement.evaluation.final-year", "the final evaluation a year early",
     m(lambda d: set_path(d, ["evaluation", "final", "year"], 2030))),
    ("final-content", "agreement.evaluation.final-content", "the final evaluation without qualitative feedback",
     m(lambda d: set_path(d, ["evaluation", "final", "qualitative_feedback"], False))),
    ("evaluation-roles", "agreement.evaluation.roles", "the responsible party is also assisting",
     m(lambda d: d["evaluation"]["assisting"].append(d["evaluation"]["responsible"]))),
    ("process-numbering", "agreement.process.numbering", "process steps numbered 1, 5, 3",
     m(lambda d: set_path(d, ["process", "steps", 1, "number"], 5))),
    ("process-chronology", "agreement.process.chronology", "the last process step dated before the others",
     m(lambda d: set_path(d, ["process", "steps", 2, "date"], "2024-01"))),
    ("no-indicator", "agreement.long-term-result.no-indicator", "a long-term result without indicators",
     m(lambda d: set_path(d, ["long_term_results", "results", 1, "indicators"], []))),
    ("anchoring-period", "agreement.anchoring.period", "an anchoring plan that ends before it starts",
     m(lambda d: set_path(d, ["anchoring", 0, "period"], {"start": 2027, "end": 2024}))),
    ("anchoring-expired", "agreement.anchoring.expired", "an anchoring plan that ended before the agreement began",
     m(lambda d: set_path(d, ["anchoring", 0, "period"], {"start": 2020, "end": 2023}))),
]


def replace_text(old, new):
    def apply(text):
        assert old in text, old
        return text.replace(old, new, 1)
    return apply


# Inputs that cannot be read as an agreement: the output is an error.
ERROR_CASES = [
    ("error-empty", "an empty file", lambda t: ""),
    ("error-whitespace", "only white space", lambda t: " \n\t\n"),
    ("error-not-json", "text that is not JSON", lambda t: "kind: agreement\n"),
    ("error-top-level-array", "a JSON array at the top", lambda t: "[" + t.strip() + "]\n"),
    ("error-wrong-type", "a year written as a string", replace_text('"start": 2026', '"start": "2026"')),
    ("error-unknown-field", "a misspelt field", replace_text('"overall_goal"', '"overall_gaol"')),
    ("error-missing-field", "the overall goal left out",
     lambda t: dump({k: v for k, v in json.loads(t).items() if k != "overall_goal"})),
    ("error-duplicate-key", "the same key twice in one object", replace_text('"id": "fjordvik-2026-2031",', '"id": "fjordvik-2026-2031",\n  "id": "other",')),
    ("error-deep-nesting", "arrays nested 10,000 deep", lambda t: "[" * 10000 + "]" * 10000 + "\n"),
    ("error-invalid-date", "the 30th of February", replace_text('"2025-12-10"', '"2026-02-30"')),
    ("error-schema-version", "a schema_version with an unknown major version", replace_text('"schema_version": "1.0"', '"schema_version": "2.0"')),
    ("error-unknown-kind", "a misspelt kind", replace_text('"kind": "agreement"', '"kind": "agrement"')),
    ("error-missing-kind", "no kind", replace_text('"kind": "agreement",\n', '')),
    ("error-number-range", "a number too large to represent", replace_text('"meetings_per_year": 1', '"meetings_per_year": 1e400')),
    ("error-negative-count", "a negative number of meetings", replace_text('"meetings_per_year": 1', '"meetings_per_year": -1')),
    ("error-nan", "NaN is not JSON", replace_text('"meetings_per_year": 1', '"meetings_per_year": NaN')),
    ("error-unknown-variant", "a misspelt role", replace_text('"role": "regional_council"', '"role": "regional_counsil"')),
    ("error-trailing-comma", "a trailing comma", replace_text('"final": {\n      "year": 2031,', '"final": {\n      "year": 2031,,')),
]

BYTE_CASES = [
    ("error-invalid-utf8", "bytes that are not UTF-8 inside a string", lambda b: b.replace("Sørvik".encode(), b"S\xf8rvik", 1)),
    ("bom", "a UTF-8 byte-order mark before a valid document", lambda b: b"\xef\xbb\xbf" + b),
]


def cases():
    base = load_base()
    base_text = dump(base)
    out = {}
    out["fjordvik-valid"] = ({
        "description": "The illustrative Fjordvik agreement: three focus areas, one meeting a year, a six-year period; nothing fires.",
        "operation": "validate_agreement", "lang": "en",
        "documents": ["../../../examples/illustrative/fjordvik-agreement.json"],
        "expect": {"fires": [], "only": True}}, {})
    out["nord-troms-en"] = ({
        "description": "The embedded Nord-Troms agreement: valid; the seed lists step 5 before step 4 and gives no indicators.",
        "operation": "validate_agreement", "lang": "en",
        "documents": ["../../../examples/nord-troms/agreement.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology"], "only": True}}, {})
    out["nord-troms-nb"] = ({
        "description": "The Nord-Troms agreement with messages in Norwegian bokmål.",
        "operation": "validate_agreement", "lang": "nb",
        "documents": ["../../../examples/nord-troms/agreement.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology"], "only": True}}, {})
    out["severity-override"] = ({
        "description": "Severities changed by configuration: chronology off, indicators as info, final-content as error.",
        "operation": "validate_agreement", "lang": "en",
        "severity": {"agreement.process.chronology": "off", "agreement.long-term-result.no-indicator": "info"},
        "documents": ["../../../examples/nord-troms/agreement.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator"], "only": True}}, {})
    for name, rule, description, change in RULE_CASES:
        doc = change(copy.deepcopy(base))
        out["rule-" + name] = ({
            "description": description, "operation": "validate_agreement", "lang": "en",
            "documents": ["agreement.json"], "expect": {"fires": [rule]}},
            {"agreement.json": dump(doc).encode()})
    for name, description, change in ERROR_CASES:
        out[name] = ({
            "description": description, "operation": "validate_agreement", "lang": "en",
            "documents": ["agreement.json"], "expect": {"error": True}},
            {"agreement.json": change(base_text).encode()})
    for name, description, change in BYTE_CASES:
        out[name] = ({
            "description": description, "operation": "validate_agreement", "lang": "en",
            "documents": ["agreement.json"], "expect": {"error": name.startswith("error-")}},
            {"agreement.json": change(base_text.encode())})
    return out


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
