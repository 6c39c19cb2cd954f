"""Every function and object of the Python API, including the errors."""

from __future__ import annotations

import datetime
import json
import pathlib
import threading

import pytest

import tromsvekst

NT = pathlib.Path("examples/nord-troms")
PLAN = NT / "action-plan-2025-2026.json"
DAY = datetime.date(2026, 11, 26)
ALL = [NT / "agreement.json", PLAN, NT / "meetings-2025-2026.json", NT / "indicators.json", NT / "midterm-evaluation-2026.json"]


def test_parse_from_every_kind_of_source() -> None:
    text = PLAN.read_text(encoding="utf-8")
    from_path = tromsvekst.parse(PLAN)
    from_str_path = tromsvekst.parse(str(PLAN))
    from_text = tromsvekst.parse(text, name="plan.json")
    from_bytes = tromsvekst.parse(text.encode("utf-8"))
    from_dict = tromsvekst.parse(json.loads(text))
    for doc in (from_path, from_str_path, from_text, from_bytes, from_dict):
        assert doc.kind == "action_plan"
        assert doc.id == "nord-troms-handlingsplan-2025-2026"
        assert doc.agreement == "nord-troms-2025-2028"
        assert doc.to_dict() == from_path.to_dict()
    assert from_path.name == str(PLAN)
    assert from_text.name == "plan.json"
    assert "action_plan" in repr(from_path)
    assert tromsvekst.parse(from_path) is from_path


def test_typed_parsers_check_the_kind() -> None:
    assert tromsvekst.parse_action_plan(PLAN).kind == "action_plan"
    assert tromsvekst.parse_meeting_log(NT / "meetings-2025-2026.json").kind == "meeting_log"
    assert tromsvekst.parse_indicators(NT / "indicators.json").kind == "indicators"
    assert tromsvekst.parse_evaluation(NT / "midterm-evaluation-2026.json").kind == "evaluation"
    assert tromsvekst.parse_agreement(NT / "agreement.json").id == "nord-troms-2025-2028"
    with pytest.raises(tromsvekst.DocumentError) as e:
        tromsvekst.parse_agreement(PLAN)
    assert e.value.code == "document.wrong-kind"
    assert (e.value.pointer, e.value.line, e.value.column) == ("/kind", 2, 11)
    with pytest.raises(ValueError, match="unknown document kind"):
        tromsvekst.parse(PLAN, kind="plan", lang="en")
    with pytest.raises(TypeError):
        tromsvekst.parse(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "cls", "code", "pointer", "line", "column"),
    [
        ("", tromsvekst.JsonError, "json.empty", "", 1, 1),
        ("{", tromsvekst.JsonError, "json.syntax", "", 1, 2),
        ("[]", tromsvekst.DocumentError, "document.not-an-object", "", 1, 1),
        ('{"kind": "agreement", "kind": 1}', tromsvekst.JsonError, "json.duplicate-key", "/kind", 1, 23),
        ('{"kind": "agreement", "schema_version": "9.0"}', tromsvekst.DocumentError, "document.unsupported-version", "/schema_version", 1, 41),
        ('{"kind": "agreement", "schema_version": "1.0", "titel": {}}', tromsvekst.DocumentError, "document.unknown-field", "/titel", 1, 48),
        ("[" * 10000, tromsvekst.JsonError, "json.depth-limit", "/0" * 128, 1, 129),
    ],
)
def test_errors_have_code_and_place(text: str, cls: type, code: str, pointer: str, line: int, column: int) -> None:
    with pytest.raises(cls) as e:
        tromsvekst.parse(text.encode("utf-8"), name="bad.json")
    err = e.value
    assert isinstance(err, tromsvekst.TromsvekstError) and isinstance(err, ValueError)
    assert (err.code, err.pointer, err.line, err.column, err.document) == (code, pointer, line, column, "bad.json")
    assert err.kind == code.split(".")[0]
    assert err.message_en and err.message_nb
    assert f"bad.json:{line}:{column}" in str(err)
    assert json.loads(err.json)["code"] == code


def test_missing_file_is_a_read_error_and_a_file_not_found_error() -> None:
    with pytest.raises(FileNotFoundError) as e:
        tromsvekst.parse("no/such/file.json")
    assert isinstance(e.value, tromsvekst.ReadError) and isinstance(e.value, OSError)
    assert e.value.code == "io.not-found"
    assert e.value.document == "no/such/file.json"


def test_hostile_input_never_escapes_as_anything_but_tromsvekst_error() -> None:
    hostile: list[bytes] = [
        b"\xff\xfe",
        b"\xef\xbb\xbf",
        b"{" * 100000,
        b'{"kind": "agreement", "schema_version": "1.0", "id": "' + b"x" * (2 * 1024 * 1024) + b'"}',
        b'{"kind": "action_plan", "schema_version": "1.0", "measures": [{"progress": -1}]}',
        b'{"kind": "action_plan", "schema_version": "1.0", "period": {"start": 1e400}}',
        b'{"kind": "evaluation", "schema_version": "1.0", "date": "0000-00-00"}',
        b'{"kind": "meeting_log", "schema_version": "1.0", "meetings": [{"date": "99999-01-01"}]}',
        b'"\\ud800"',
        b"NaN",
        b"\x00",
    ]
    hostile += [p.read_bytes() for p in pathlib.Path("tests/vectors").glob("error-*/*.json") if p.name != "case.json" and p.name != "expected.json"]
    for data in hostile:
        with pytest.raises(tromsvekst.TromsvekstError):
            tromsvekst.parse(data)
    # The module still works afterwards.
    assert tromsvekst.validate(tromsvekst.nord_troms()).valid


def test_validate_reports_as_objects() -> None:
    report = tromsvekst.validate(*ALL, lang="en", as_of=DAY)
    assert report.valid
    assert report.lang == "en"
    assert report.as_of == DAY
    assert report.counts == {"error": 0, "warning": 8, "info": 0}
    assert [g["rule"] for g in report.groups][0] == "agreement.long-term-result.no-indicator"
    assert len(report.findings) == 8
    assert report.to_dict()["valid"] is True
    assert json.loads(report.to_json()) == report.to_dict()
    assert "valid — 0 errors, 8 warnings" in report.to_text()
    html = report._repr_html_()
    assert "<table>" in html and "agreement.process.chronology" in html
    assert "valid=True" in repr(report)
    default = tromsvekst.validate(*ALL)
    assert default.as_of == tromsvekst.today() and default.lang == "nb"


def test_validate_with_severity_and_bad_configuration() -> None:
    report = tromsvekst.validate(severity={"agreement.process.chronology": "error"})
    assert not report.valid
    with pytest.raises(tromsvekst.ConfigError) as e:
        tromsvekst.validate(severity={"agreement.proces.chronology": "off"})
    assert e.value.code == "config.unknown-rule"
    with pytest.raises(tromsvekst.TromsvekstError):
        tromsvekst.validate(severity={"agreement.process.chronology": "loud"})
    with pytest.raises(tromsvekst.TromsvekstError):
        tromsvekst.validate(lang="de")
    with pytest.raises(tromsvekst.BundleError) as b:
        tromsvekst.validate(NT / "agreement.json", "examples/illustrative/fjordvik-agreement.json")
    assert b.value.code == "bundle.agreement-count"


def test_the_embedded_agreement_given_back_is_the_same_as_none() -> None:
    # nord_troms() handed back is used as the shared copy (not copied again):
    # the same report as giving no agreement, and still one agreement too many
    # beside another, in either order.
    plan = NT / "action-plan-2025-2026.json"
    given = tromsvekst.validate(tromsvekst.nord_troms(), plan, as_of="2026-11-26")
    default = tromsvekst.validate(plan, as_of="2026-11-26")
    assert given.to_json() == default.to_json()
    other = "examples/illustrative/fjordvik-agreement.json"
    for docs in ((tromsvekst.nord_troms(), other), (other, tromsvekst.nord_troms())):
        with pytest.raises(tromsvekst.BundleError) as b:
            tromsvekst.validate(*docs)
        assert b.value.code == "bundle.agreement-count"


def test_status_and_its_tables() -> None:
    status = tromsvekst.status(*ALL, as_of=DAY, lang="en")
    assert status.as_of == DAY
    midterm = status.evaluations[0]
    assert (midterm.stage, midterm.due, midterm.state, midterm.days_left) == ("midterm", datetime.date(2026, 12, 31), "due", 35)
    assert [m.id for m in status.overdue_milestones] == ["ms-2026-innsatssonen", "ms-2026-naeringsarealer"]
    assert status.overdue_milestones[0].due == datetime.date(2026, 6, 30)
    assert len(status.progress) == 4
    assert status.to_dict()["as_of"] == "2026-11-26"
    assert "due in 35\u00a0days" in status.to_text()
    assert "## Evaluations" in status.to_markdown()
    assert "<table>" in status._repr_html_()
    assert "as of 2026-11-26" in repr(status)
    progress = status.to_pandas()
    assert list(progress.columns) == ["focus_area", "focus_area_title", "sub_goal", "progress", "measures"]
    assert len(progress) == 7
    for table in ("focus_areas", "measures", "milestones", "meetings", "coordinators", "indicators", "evaluations"):
        assert len(status.to_pandas(table)) > 0
    assert status.to_pandas("milestones")["due"].iloc[0] == datetime.datetime(2026, 6, 30)
    with pytest.raises(ValueError):
        status.to_pandas("nope")  # type: ignore[arg-type]
    # Default day: today in Europe/Oslo.
    assert tromsvekst.status().as_of == tromsvekst.today()


def test_report_to_pandas() -> None:
    frame = tromsvekst.validate(lang="en").to_pandas()
    assert list(frame.columns) == ["rule", "severity", "section", "document", "sheet", "line", "column", "pointer", "message"]
    assert str(frame["line"].dtype) == "Int64"
    assert len(frame) == 12


def test_draft_midterm() -> None:
    draft = tromsvekst.draft_midterm(PLAN, NT / "indicators.json", as_of=DAY)
    assert draft.kind == "evaluation"
    d = draft.to_dict()
    assert d["status"] == "draft" and len(d["findings"]) == 11
    report = tromsvekst.validate(PLAN, NT / "indicators.json", NT / "meetings-2025-2026.json", draft, as_of=DAY, lang="en")
    assert report.valid
    mine = {f["rule"] for f in report.findings if f["document"] == draft.name}
    assert draft.name == "nord-troms-2025-2028-midterm-2026"
    assert mine == {"evaluation.finding.incomplete"}


def test_draft_plan_final_and_refresh() -> None:
    docs = [NT / n for n in ("agreement.json", "action-plan-2025-2026.json", "meetings-2025-2026.json", "indicators.json", "midterm-evaluation-2026.json")]
    plan = tromsvekst.draft("plan", *docs, as_of=datetime.date(2027, 1, 10))
    assert plan.kind == "action_plan" and plan.to_dict()["period"] == {"start": 2027, "end": 2028}
    final = tromsvekst.draft("final", *docs, plan, as_of=datetime.date(2028, 10, 1))
    assert final.to_dict()["assesses"] == ["nord-troms-handlingsplan-2025-2026", plan.id]
    midterm = tromsvekst.draft("midterm", *docs[:4], as_of=datetime.date(2026, 11, 20)).to_dict()
    midterm["findings"][0]["text"] = {"nb": "Skrevet av analytikerne."}
    again = tromsvekst.draft("midterm", *docs[:4], as_of=datetime.date(2026, 12, 1), update=midterm).to_dict()
    assert again["findings"][0]["text"] == {"nb": "Skrevet av analytikerne."}
    assert again["date"] == "2026-11-20"  # the analysts' date is kept
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.draft("sluttrapport", *docs)
    assert e.value.code == "argument.invalid-value"
    concluded = dict(midterm, status="concluded")
    with pytest.raises(tromsvekst.ArgumentError):
        tromsvekst.draft("midterm", *docs[:4], update=concluded)


def test_schemas_rules_codes_and_the_embedded_agreement() -> None:
    names = tromsvekst.schema_names()
    assert {"agreement", "action_plan", "meeting_log", "indicators", "evaluation", "report", "status", "rules"} <= set(names)
    for name in names:
        assert tromsvekst.schema(name)["$schema"].startswith("https://json-schema.org/draft/2020-12")
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.schema("nope")
    assert e.value.code == "argument.invalid-value" and "action_plan" in str(e.value)
    on_disk = json.loads(pathlib.Path("schemas/agreement.schema.json").read_text(encoding="utf-8"))
    assert tromsvekst.schema("agreement") == on_disk
    rules = tromsvekst.rules()
    assert len(rules) > 60 and {"id", "severity", "section", "title", "message"} <= set(rules[0])
    assert "json.duplicate-key" in tromsvekst.error_codes()
    # The value words are the documents': a status table mapped to them reads as the Word file does.
    words = tromsvekst.vocabulary("nb")
    assert words["measure_status"]["ongoing"] == "pågår" and words["milestone_status"]["completed"] == "nådd"
    assert tromsvekst.vocabulary("en")["rating"]["partly"] == "Partly on track"
    with pytest.raises(tromsvekst.ArgumentError):
        tromsvekst.vocabulary("se")  # type: ignore[arg-type]
    nt = tromsvekst.nord_troms()
    assert nt.kind == "agreement" and nt.to_dict()["period"] == {"start": 2025, "end": 2028}
    assert tromsvekst.__version__


def test_work_runs_in_threads_without_holding_the_gil() -> None:
    docs = [tromsvekst.parse(p) for p in ALL]
    results: list[bool] = []

    def work() -> None:
        for _ in range(20):
            results.append(tromsvekst.validate(*docs, as_of=DAY).valid)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 80


def test_spreadsheets_round_trip_and_dataframes(tmp_path: pathlib.Path) -> None:
    import pandas as pd

    plan = tromsvekst.parse(PLAN)
    data = tromsvekst.export_plan(plan)
    assert isinstance(data, bytes) and data[:2] == b"PK"
    assert tromsvekst.import_plan(data, names=["plan.xlsx"]).to_dict() == plan.to_dict()
    # Bytes are recognised by their content: a workbook starts with PK.
    assert tromsvekst.import_plan(tromsvekst.export_plan(plan)).to_dict() == plan.to_dict()
    assert tromsvekst.parse(data).to_dict() == plan.to_dict()
    files = tromsvekst.export_plan(plan, tmp_path / "csv", format="csv", lang="en")
    assert isinstance(files, dict) and set(files) == {"plan.csv", "tiltak.csv", "finansiering.csv", "milepaeler.csv", "oppfolging.csv"}
    back = tromsvekst.import_plan(*sorted((tmp_path / "csv").iterdir()))
    assert back.to_dict() == plan.to_dict()
    tromsvekst.export_plan(plan, tmp_path / "plan.xlsx")
    assert tromsvekst.parse(tmp_path / "plan.xlsx").to_dict() == plan.to_dict()
    # A DataFrame of measures fills in a plan.
    frame = pd.DataFrame({"id": ["a"], "tittel": ["T"], "delmål": ["1.1"], "ansvarlig": ["nord-tromsradet"], "status": ["pågår"], "fremdrift": [40]})
    filled = tromsvekst.import_plan(frame, base=PLAN)
    assert [m["progress"] for m in filled.to_dict()["measures"]] == [40]
    with pytest.raises(tromsvekst.SheetError) as e:
        tromsvekst.import_plan(frame.rename(columns={"delmål": "delmaal"}), base=PLAN)
    assert (e.value.code, e.value.sheet, e.value.line, e.value.column) == ("sheet.unknown-column", "tiltak", 1, 3)
    with pytest.raises(ValueError):
        tromsvekst.export_plan(plan, format="ods")
    # A workbook validates with findings at its cells.
    report = tromsvekst.validate(NT / "agreement.json", tmp_path / "plan.xlsx", as_of=DAY)
    assert report.valid


def test_jsonstat() -> None:
    ind = tromsvekst.apply_jsonstat("examples/jsonstat/folkemengde-07459.json", "examples/jsonstat/mapping.json", NT / "indicators.json")
    people = next(x for x in ind.to_dict()["indicators"] if x["id"] == "folkemengde")
    assert [(o["year"], o["value"], o["source"]["table"]) for o in people["observations"]] == [(2024, 11000.0, "07459"), (2025, 10910.0, "07459"), (2026, 10870.0, "07459")]
    with pytest.raises(tromsvekst.JsonStatError) as e:
        tromsvekst.apply_jsonstat("examples/jsonstat/folkemengde-07459.json", {"mappings": [{"indicator": "folkemengde", "select": {"Region": ["X"]}}]}, NT / "indicators.json")
    assert e.value.code == "jsonstat.unknown-category"


def test_portfolio_of_two_agreements() -> None:
    p = tromsvekst.portfolio(NT, pathlib.Path("examples/illustrative"), as_of=datetime.date(2027, 3, 1), lang="en")
    assert [a["id"] for a in p.agreements] == ["nord-troms-2025-2028", "fjordvik-2026-2031"]
    frame = p.to_pandas()
    assert list(frame["id"]) == ["nord-troms-2025-2028", "fjordvik-2026-2031"]
    assert frame.loc[0, "evaluations_due"] == "midterm overdue 2026-12-31"
    assert p.to_text().startswith("Growth agreements as of 2027-03-01")
    assert "| agreement |" in p.to_markdown()


def test_status_tables_for_money_people_and_meetings() -> None:
    import decimal

    s = tromsvekst.status(NT, as_of=DAY, lang="en")
    funding = s.to_pandas("funding")
    assert sum(funding["planned"]) == decimal.Decimal("3000000.50")  # exact, never a float
    assert all(isinstance(v, decimal.Decimal) for v in funding["planned"])
    assert s.to_pandas("funding_by_source")["source"].notna().all()
    towns = s.to_pandas("municipalities")
    assert set(towns["municipality"]) == {"kafjord", "kvaenangen", "nordreisa", "skjervoy"}
    assert towns[(towns["municipality"] == "skjervoy") & towns["leads"]]["measure"].tolist() == [
        "nt-1.3-moteplasser", "nt-3.2-naeringsomrader"]
    actions = s.to_pandas("actions")
    assert actions["id"].tolist() == ["oppf-2026-1-1"]
    assert s.to_pandas("advocacy")["result"].tolist() == ["politisk-pavirkningskraft"] * 2
    assert len(s.to_pandas("themes")) == 14
    assert s.to_pandas("parties")["measures"].sum() == 10


def test_a_folder_with_no_document_is_an_error(tmp_path: pathlib.Path) -> None:
    (tmp_path / "notes.txt").write_text("not a document")
    with pytest.raises(tromsvekst.ReadError) as e:
        tromsvekst.validate(tmp_path)
    assert e.value.code == "io.empty-folder"
    with pytest.raises(tromsvekst.ReadError):
        tromsvekst.status(tmp_path, lang="en")


def test_a_jsonstat_mapping_in_a_folder_is_left_out_with_a_note(tmp_path: pathlib.Path) -> None:
    import shutil
    import warnings

    root = pathlib.Path(__file__).resolve().parents[3]
    for f in ("action-plan-2025-2026.json", "indicators.json", "meetings-2025-2026.json"):
        shutil.copy(root / "examples" / "nord-troms" / f, tmp_path / f)
    shutil.copy(root / "examples" / "jsonstat" / "mapping.json", tmp_path / "mapping.json")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = tromsvekst.validate(tmp_path, as_of="2026-11-26", lang="en")
    assert report.valid
    assert any("mapping.json is a JSON-stat mapping" in str(w.message) for w in caught)


def test_status_history_is_the_command_lines() -> None:
    import os
    import subprocess

    root = pathlib.Path(__file__).resolve().parents[3]
    folder = "examples/nord-troms/whole-period"
    history = tromsvekst.status_history(folder, as_of="2028-11-30", lang="en")
    exe = os.environ.get("TROMSVEKST_CLI", str(root / "target" / "debug" / "tromsvekst"))
    cli = subprocess.run([exe, "status", "history", folder, "--as-of", "2028-11-30", "--lang", "en", "--format", "json"],
                         capture_output=True, cwd=root, check=True)
    assert history.to_json().encode() == cli.stdout
    assert history.points[0]["day"] == "2025-03-31" and history.points[-1]["day"] == "2028-11-30"
    frame = history.to_pandas()
    assert list(frame.columns) == ["day", "plan", "number", "title", "progress"]
    assert len(frame) == 4 * len(history.points)
    assert "Progress over time" in history.to_text()
