#!/usr/bin/env python3
"""Writes the hostile-input corpus: tests/hostile/cases/* and manifest.json.

Each case is an input (a file here, or bytes built from a recipe, for the
100 MB string) and what it must give: an error code, a rule that fires, or a
valid report. Rust, Python and JavaScript each run every case through the
same call (validate: the input, with the embedded agreement when it is not
one), under a time bound, and must give the same outcome.

    python3 tests/hostile/generate.py          # write
    python3 tests/hostile/generate.py --check  # fail if the committed files differ
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, "cases")


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return json.load(f)


PLAN = load("examples/nord-troms/action-plan-2025-2026.json")
AGREEMENT = load("examples/nord-troms/agreement.json")
LOG = load("examples/nord-troms/meetings-2025-2026.json")


def dump(doc):
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def plan_with(fn):
    d = copy.deepcopy(PLAN)
    fn(d)
    return dump(d)


def setp(d, path, value):
    for k in path[:-1]:
        d = d[k]
    d[path[-1]] = value


cases = []  # (name, file name or None, bytes or recipe, expect)


def case(name, data, expect, file_name=None):
    cases.append((name, file_name or f"{name}.json", data, expect))


def err(code):
    return {"error": code}


# A. JSON that is not JSON.
for name, text in [
    ("empty", ""), ("whitespace", " \n\t "), ("open-brace", "{"), ("close-brace", "}"), ("open-bracket", "["),
    ("missing-colon", '{"a" 1}'), ("single-quotes", "{'kind': 'agreement'}"), ("trailing-comma-object", '{"a": 1,}'),
    ("trailing-comma-array", "[1,]"), ("leading-zero", '{"a": 01}'), ("plus-number", '{"a": +1}'), ("bare-fraction", '{"a": .5}'),
    ("dangling-point", '{"a": 1.}'), ("dangling-exponent", '{"a": 1e}'), ("tru", '{"a": tru}'), ("nul", '{"a": nul}'),
    ("nan", '{"a": NaN}'), ("infinity", '{"a": Infinity}'), ("minus-infinity", '{"a": -Infinity}'),
    ("unterminated-string", '{"a": "abc'), ("control-character", '{"a": "x\ty"}'), ("bad-escape", '{"a": "\\x41"}'),
    ("lone-surrogate", '{"a": "\\ud800"}'), ("bad-unicode-escape", '{"a": "\\u12G4"}'), ("comment", '// c\n{}'),
    ("text-after", '{} x'), ("two-documents", '{}{}'), ("hex-number", '{"a": 0x10}'),
]:
    code = "json.empty" if name in ("empty", "whitespace") else "json.syntax"
    case("json-" + name, text.encode("utf-8"), err(code))

# B. Encodings.
case("utf8-invalid-byte", b'{"kind": "agreement", "x": "\xff"}', err("json.invalid-utf8"))
case("utf8-overlong", b'{"kind": "\xc0\x80"}', err("json.invalid-utf8"))
case("utf8-truncated", b'{"kind": "\xe2\x82"}', err("json.invalid-utf8"))
case("utf16-bom", b'\xff\xfe{\x00}\x00', err("json.invalid-utf8"))
case("utf8-bom-valid-plan", b"\xef\xbb\xbf" + dump(PLAN), {"valid": True})
case("latin1-plan", dump(PLAN).decode("utf-8").encode("latin-1", errors="replace"), err("json.invalid-utf8"))

# C. Limits.
case("nesting-arrays-10000", b"[" * 10000 + b"]" * 10000, err("json.depth-limit"))
case("nesting-objects-10000", b'{"a":' * 10000 + b"1" + b"}" * 10000, err("json.depth-limit"))
cases.append(("string-100mb", "string-100mb.json",
              {"prefix": '{"kind": "action_plan", "schema_version": "1.0", "id": "', "repeat": "a", "times": 100_000_000, "suffix": '"}'},
              err("json.string-limit")))
case("number-1e400", b'{"kind": "action_plan", "schema_version": "1.0", "period": {"start": 1e400}}', err("json.number-out-of-range"))
case("number-minus-1e400", b'{"a": -1e400}', err("json.number-out-of-range"))
case("number-huge-integer", b'{"kind": "action_plan", "schema_version": "1.0", "id": "x", "agreement": "y", "title": {"nb": "t"}, "period": {"start": 99999999999999999999, "end": 2026}, "measures": []}', err("document.invalid-type"))

# D. Not documents.
for name, text in [("array", "[]"), ("string", '"agreement"'), ("number", "42"), ("null", "null"), ("true", "true")]:
    case("top-" + name, text.encode(), err("document.not-an-object"))
case("kind-missing", b'{"schema_version": "1.0"}', err("document.missing-field"))
case("kind-number", b'{"kind": 1, "schema_version": "1.0"}', err("document.invalid-type"))
case("kind-unknown", b'{"kind": "plan", "schema_version": "1.0"}', err("document.unknown-kind"))
case("kind-lookalike", '{"kind": "action_plаn", "schema_version": "1.0"}'.encode(), err("document.unknown-kind"))
case("version-2", b'{"kind": "action_plan", "schema_version": "2.0"}', err("document.unsupported-version"))
case("version-0", b'{"kind": "action_plan", "schema_version": "0.9"}', err("document.unsupported-version"))
case("version-no-minor", b'{"kind": "action_plan", "schema_version": "1"}', err("document.invalid-value"))
case("version-number", b'{"kind": "action_plan", "schema_version": 1.0}', err("document.invalid-type"))
case("version-missing", b'{"kind": "action_plan"}', err("document.missing-field"))
case("duplicate-key-top", b'{"kind": "action_plan", "kind": "action_plan", "schema_version": "1.0"}', err("json.duplicate-key"))
case("duplicate-key-nested", plan_with(lambda d: None).replace(b'"start": 2025,', b'"start": 2025, "start": 2026,', 1), err("json.duplicate-key"))
case("unknown-field-top", plan_with(lambda d: d.update({"measurs": []})), err("document.unknown-field"))
case("unknown-field-nested", plan_with(lambda d: d["measures"][0].update({"progres": 5})), err("document.unknown-field"))
case("missing-field", plan_with(lambda d: d.pop("period")), err("document.missing-field"))

# E. Every wrong type, field by field.
TYPE_CASES = [
    ("id-number", ["id"], 5, "document.invalid-type"),
    ("id-null", ["id"], None, "document.invalid-type"),
    ("title-string", ["title"], "Tittel", "document.invalid-type"),
    ("title-array", ["title"], ["Tittel"], "document.invalid-type"),
    ("period-string", ["period"], "2025-2026", "document.invalid-type"),
    ("period-start-string", ["period", "start"], "2025", "document.invalid-type"),
    ("period-start-float", ["period", "start"], 2025.5, "document.invalid-type"),
    ("period-start-bool", ["period", "start"], True, "document.invalid-type"),
    ("period-start-null", ["period", "start"], None, "document.invalid-type"),
    ("measures-object", ["measures"], {}, "document.invalid-type"),
    ("measures-string", ["measures"], "ingen", "document.invalid-type"),
    ("measure-number", ["measures", 0], 1, "document.invalid-type"),
    ("measure-progress-string", ["measures", 0, "progress"], "60 %", "document.invalid-type"),
    ("measure-progress-negative", ["measures", 0, "progress"], -5, "document.invalid-value"),
    ("measure-progress-float", ["measures", 0, "progress"], 60.5, "document.invalid-type"),
    ("measure-progress-huge", ["measures", 0, "progress"], 2 ** 40, "document.invalid-value"),
    ("measure-status-number", ["measures", 0, "status"], 1, "document.invalid-type"),
    ("measure-status-unknown", ["measures", 0, "status"], "in_progress", "document.invalid-value"),
    ("measure-status-case", ["measures", 0, "status"], "Ongoing", "document.invalid-value"),
    ("measure-sub-goals-string", ["measures", 0, "sub_goals"], "1.1", "document.invalid-type"),
    ("measure-sub-goal-number", ["measures", 0, "sub_goals", 0], 1.1, "document.invalid-type"),
    ("measure-weight-negative", ["measures", 0, "weight"], -1, "document.invalid-value"),
    ("measure-start-number", ["measures", 0, "start"], 2025, "document.invalid-type"),
    ("funding-amount-float", ["measures", 0, "funding", 0, "amount_nok"], 1500000.5, "document.invalid-amount"),
    ("funding-amount-negative-string", ["measures", 0, "funding", 0, "amount_nok"], "-100", "document.invalid-amount"),
    ("funding-amount-negative-number", ["measures", 0, "funding", 0, "amount_nok"], -100, "document.invalid-amount"),
    ("funding-amount-fraction", ["measures", 0, "funding", 0, "amount_nok"], "100.005", "document.invalid-amount"),
    ("funding-amount-comma", ["measures", 0, "funding", 0, "amount_nok"], "100,50", "document.invalid-amount"),
    ("funding-amount-bool", ["measures", 0, "funding", 0, "amount_nok"], True, "document.invalid-type"),
    ("funding-committed-string", ["measures", 0, "funding", 0, "committed_by_agreement"], "ja", "document.invalid-type"),
    ("milestone-due-number", ["milestones", 0, "due"], 20251130, "document.invalid-type"),
    ("milestone-status-null", ["milestones", 0, "status"], None, "document.invalid-type"),
    ("update-date-object", ["updates", 0, "date"], {"y": 2025}, "document.invalid-type"),
]
for name, path, value, code in TYPE_CASES:
    case("type-" + name, plan_with(lambda d, p=path, v=value: setp(d, p, v)), err(code))

# F. Dates.
for name, value in [("feb-30", "2026-02-30"), ("year-0", "0000-01-01"), ("year-99999", "99999-01-01"), ("month-13", "2026-13-01"),
                    ("two-digit-year", "26-01-01"), ("slashes", "2026/01/01"), ("norwegian-style", "01.01.2026"), ("spaces", " 2026-01-01")]:
    case("date-" + name, plan_with(lambda d, v=value: setp(d, ["milestones", 0, "due"], v)), err("document.invalid-date"))
case("date-approx-reversed", plan_with(lambda d: setp(d, ["measures", 0, "start"], "2026-05/2025-01")), err("document.invalid-date"))

# G. Valid JSON the rules must catch.
case("id-empty", plan_with(lambda d: setp(d, ["milestones", 0, "id"], "")), {"fires": "bundle.id.empty"})
case("id-whitespace", plan_with(lambda d: setp(d, ["milestones", 0, "id"], " \t ")), {"fires": "bundle.id.empty"})
case("id-lookalike-party", plan_with(lambda d: setp(d, ["measures", 0, "responsible"], "troms-fylkeskommunе")), {"fires": "bundle.reference.unknown-party"})
case("id-lookalike-duplicate", plan_with(lambda d: setp(d, ["measures", 1, "id"], d["measures"][0]["id"])), {"fires": "bundle.id.duplicate"})
case("id-zero-width", plan_with(lambda d: setp(d, ["measures", 0, "sub_goals"], ["1.1\u200b"])), {"fires": "plan.measure.unknown-sub-goal"})
case("cycle-two", plan_with(lambda d: setp(d, ["measures", 6, "depends_on"], ["nt-3.2-naeringsomrader"])), {"fires": "plan.measure.dependency-cycle"})
case("cycle-self", plan_with(lambda d: setp(d, ["measures", 0, "depends_on"], ["nt-1.1-kollektiv"])), {"fires": "plan.measure.dependency-cycle"})
case("progress-140", plan_with(lambda d: setp(d, ["measures", 0, "progress"], 140)), {"fires": "plan.measure.progress"})


def flood(d):
    d["measures"] = [
        {"id": f"m-{i}", "title": {"nb": "x"}, "sub_goals": ["9.9"], "responsible": "nord-tromsradet", "status": "planned"}
        for i in range(5000)
    ]


case("many-findings", plan_with(flood), {"fires": "plan.measure.unknown-sub-goal", "omitted": True})
case("agreement-all-wrong", dump({**copy.deepcopy(AGREEMENT), "focus_areas": [
    {"number": 7, "title": {"nb": ""}, "description": {"nb": ""}, "sub_goals": [{"id": "x", "text": {"nb": ""}, "strategies": []}]}]}),
    {"fires": "agreement.focus-area.numbering"})

# H. Spreadsheets.
case("csv-invalid-utf8", b"id,tittel\nx,\xff\n", err("sheet.unreadable"), "tiltak.csv")
case("csv-unclosed-quote", b'felt,verdi\nid,"abc\n', err("sheet.invalid-cell"), "plan.csv")
case("csv-unknown-sheet", b"id\nx\n", err("sheet.unknown-sheet"), "notater.csv")
case("xlsx-garbage", b"PK\x03\x04" + b"\x00" * 64, err("sheet.unreadable"), "plan.xlsx")
case("xlsx-not-zip", b"this is not a workbook", err("sheet.unreadable"), "plan.xlsx")
case("xlsx-empty", b"", err("sheet.unreadable"), "plan.xlsx")


def main():
    check = "--check" in sys.argv[1:]
    manifest = []
    files = {}
    for name, file_name, data, expect in cases:
        entry = {"name": name, "file": file_name, "expect": expect}
        if isinstance(data, dict):
            entry["generate"] = data
        else:
            entry["path"] = f"cases/{name}/{file_name}"
            files[entry["path"]] = data
        manifest.append(entry)
    files["manifest.json"] = (json.dumps({"as_of": "2026-11-26", "time_limit_ms": 10000, "cases": manifest}, ensure_ascii=False, indent=1) + "\n").encode()
    stale = []
    for rel, data in files.items():
        path = os.path.join(HERE, rel)
        current = open(path, "rb").read() if os.path.exists(path) else None
        if current != data:
            if check:
                stale.append(rel)
            else:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
    if check and stale:
        print("stale hostile corpus:", stale[:10], "…" if len(stale) > 10 else "")
        print("regenerate with: python3 tests/hostile/generate.py")
        sys.exit(1)
    if not check:
        print(len(manifest), "cases")


if __name__ == "__main__":
    main()
