"""The same inputs give the same bytes from Python as from the command line,
with no optional argument: the defaults (today in Europe/Oslo, bokmål) are
the core's, not the binding's. And what a notebook user tries first."""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import pickle
import subprocess

import pytest

import tromsvekst

ROOT = pathlib.Path(__file__).resolve().parents[3]
NT = "examples/nord-troms"
PLAN = f"{NT}/action-plan-2025-2026.json"
FOREIGN = "tests/vectors/foreign-plan-status/plan.json"


def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    exe = os.environ.get("TROMSVEKST_CLI", str(ROOT / "target" / "debug" / "tromsvekst"))
    assert pathlib.Path(exe).is_file(), f"build the command line first (cargo build -p tromsvekst-cli): {exe}"
    return subprocess.run([exe, *args], capture_output=True, cwd=ROOT)


def test_validate_with_defaults_is_the_command_lines_report() -> None:
    for args in ([], [NT], [PLAN, f"{NT}/indicators.json"]):
        out = cli("check", *args, "--format", "json")
        assert out.returncode in (0, 1), out.stderr
        assert tromsvekst.validate(*args).to_json().encode() == out.stdout, args


def test_status_and_draft_with_defaults_are_the_command_lines() -> None:
    out = cli("status", NT, "--format", "json")
    assert out.returncode == 0, out.stderr
    assert tromsvekst.status(NT).to_json().encode() == out.stdout
    out = cli("draft", "midterm", PLAN, f"{NT}/indicators.json")
    assert out.returncode == 0, out.stderr
    assert tromsvekst.draft_midterm(PLAN, f"{NT}/indicators.json").to_json().encode() == out.stdout


def test_default_day_is_today_in_oslo_and_default_language_bokmal() -> None:
    report = tromsvekst.validate(NT)
    assert report.as_of == tromsvekst.today() and report.lang == "nb"
    assert abs((tromsvekst.today() - datetime.date.today()).days) <= 1
    with pytest.raises(tromsvekst.JsonError) as e:
        tromsvekst.parse(b"{")
    assert "uventet slutt" in str(e.value) or "slutt" in str(e.value), str(e.value)
    with pytest.raises(tromsvekst.JsonError) as e:
        tromsvekst.parse(b"{", lang="en")
    assert str(e.value).startswith("input-1:1:2: json.syntax: ") and e.value.message_en in str(e.value)


def test_a_plan_of_another_agreement_without_it_is_refused() -> None:
    for call in (tromsvekst.status, tromsvekst.draft_midterm):
        with pytest.raises(tromsvekst.BundleError) as e:
            call(FOREIGN, as_of="2026-11-26")
        assert e.value.code == "bundle.agreement-missing"
        assert "fjordvik-2026-2031" in str(e.value)
        assert (e.value.document, e.value.pointer) == (FOREIGN, "/agreement")
    report = tromsvekst.validate(FOREIGN, as_of="2026-11-26")
    assert report.counts["error"] == 1
    assert [f["rule"] for f in report.findings if f["severity"] == "error"] == ["bundle.agreement.mismatch"]


@pytest.mark.parametrize("as_of", [datetime.date(2026, 11, 26), datetime.datetime(2026, 11, 26, 23, 59), "2026-11-26"])
def test_as_of_takes_a_date_a_datetime_or_iso_text(as_of: tromsvekst.AsOf) -> None:
    assert tromsvekst.status(as_of=as_of).as_of == datetime.date(2026, 11, 26)


def test_as_of_in_another_form_is_a_clear_error() -> None:
    with pytest.raises(TypeError) as t:
        tromsvekst.status(as_of=20261126)  # type: ignore[arg-type]
    assert isinstance(t.value, tromsvekst.ArgumentTypeError)
    assert t.value.code == "argument.invalid-type" and "datetime.date" in str(t.value)
    with pytest.raises(tromsvekst.ArgumentError) as v:
        tromsvekst.validate(as_of="26.11.2026", lang="en")
    assert v.value.code == "argument.invalid-value"
    assert "YYYY-MM-DD" in str(v.value) and "<input>" not in str(v.value)


def test_lang_in_any_case_and_a_clear_refusal() -> None:
    assert tromsvekst.validate(lang="EN").lang == "en"
    assert tromsvekst.validate(lang="Nb").lang == "nb"
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.status(lang="de")
    assert e.value.code == "argument.invalid-value" and "«nb»" in str(e.value) and "«en»" in str(e.value)


def test_a_folder_is_read_as_on_the_command_line() -> None:
    assert tromsvekst.validate(NT, as_of="2026-11-26").to_json() == tromsvekst.validate(
        *sorted(str(p) for p in pathlib.Path(NT).glob("*.json")), as_of="2026-11-26"
    ).to_json()


def test_exceptions_pickle_with_their_class_code_and_place() -> None:
    errors: list[tromsvekst.TromsvekstError] = []
    for bad in (lambda: tromsvekst.parse("no/such.json"), lambda: tromsvekst.parse(b'{"kind": 1}', name="x.json")):
        with pytest.raises(tromsvekst.TromsvekstError) as e:
            bad()
        errors.append(e.value)
    for err in errors:
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err)
        assert (back.code, back.kind, back.document, back.pointer, back.line, back.column, str(back)) == (
            err.code, err.kind, err.document, err.pointer, err.line, err.column, str(err)
        )
    assert isinstance(pickle.loads(pickle.dumps(errors[0])), FileNotFoundError)


def test_documents_given_as_dicts_are_placed_by_pointer() -> None:
    plan = json.loads(pathlib.Path(PLAN).read_text(encoding="utf-8"))
    plan["measures"][0]["progress"] = 140
    report = tromsvekst.validate(plan, as_of="2026-11-26", lang="en")
    found = [f for f in report.findings if f["rule"] == "plan.measure.progress"]
    assert found and found[0]["document"] == "input-1"
    assert found[0]["line"] is None and found[0]["pointer"] == "/measures/0/progress"
    with pytest.raises(tromsvekst.DocumentError) as e:
        tromsvekst.parse({**plan, "tittel": "x"})
    assert (e.value.document, e.value.pointer, e.value.line) == ("input-1", "/tittel", None)
    # The status says that the figures come from documents with errors.
    status = tromsvekst.status(plan, as_of="2026-11-26", lang="en")
    assert status.validation["error"] >= 1
    assert "Note: validating the documents finds" in "\n".join(status.to_text().split("\n")[:4])
    assert "Note: validating the documents finds" in status._repr_html_()


def test_a_drafts_findings_are_named_after_it_in_document_order() -> None:
    draft = tromsvekst.draft_midterm(PLAN, as_of="2026-11-26")
    report = tromsvekst.validate(PLAN, draft, as_of="2026-11-26")
    mine = [f for f in report.findings if f["rule"] == "evaluation.finding.incomplete"]
    assert {f["document"] for f in mine} == {draft.name} == {"nord-troms-2025-2028-midterm-2026"}
    pointers = [f["pointer"] for f in mine]
    assert pointers == sorted(pointers, key=lambda p: int(p.rsplit("/", 1)[1]))
    assert pointers.index("/findings/2") < pointers.index("/findings/10")


def test_export_never_overwrites_without_force(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"a week of work")
    with pytest.raises(FileExistsError) as e:
        tromsvekst.export_plan(PLAN, target)
    assert isinstance(e.value, tromsvekst.OutputExistsError) and e.value.code == "io.exists"
    assert target.read_bytes() == b"a week of work"
    folder = tmp_path / "ark"
    folder.mkdir()
    (folder / "tiltak.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(tromsvekst.OutputExistsError):
        tromsvekst.export_plan(PLAN, folder)
    assert [p.name for p in folder.iterdir()] == ["tiltak.csv"]
    tromsvekst.export_plan(PLAN, target, force=True)
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_format_follows_the_name(tmp_path: pathlib.Path) -> None:
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.export_plan(PLAN, tmp_path / "plan.csv", format="xlsx")
    assert e.value.code == "io.format-mismatch"
    assert not (tmp_path / "plan.csv").exists()
    with pytest.raises(tromsvekst.ArgumentError):
        tromsvekst.export_plan(PLAN, tmp_path / "plan.json")
    with pytest.raises(tromsvekst.WriteError) as w:
        tromsvekst.export_plan(PLAN, tmp_path / "missing" / "deeper" / "plan.xlsx")
    assert w.value.code == "io.write" and isinstance(w.value, OSError)
    files = tromsvekst.export_plan(PLAN, tmp_path / "ark")
    assert isinstance(files, dict) and (tmp_path / "ark" / "tiltak.csv").is_file()


def test_status_tables_are_tidy() -> None:
    status = tromsvekst.status(NT, as_of="2026-11-26", lang="en")
    measures = status.to_pandas("measures")
    plan = json.loads(pathlib.Path(PLAN).read_text(encoding="utf-8"))
    assert len(measures) == len(plan["measures"]) and measures["id"].is_unique
    progress = status.to_pandas("progress")
    assert progress["sub_goal"].notna().all() and progress["sub_goal"].is_unique
    assert progress["focus_area_title"].notna().all()
    assert str(status.to_pandas("milestones")["due"].dtype).startswith("datetime64")
    assert str(status.to_pandas("evaluations")["due"].dtype).startswith("datetime64")
    assert str(status.to_pandas("meetings")["year"].dtype) == "Int64"
    assert str(status.to_pandas("indicators")["latest_year"].dtype) == "Int64"
    # Units in the table's language (bokmål where the data has no translation).
    assert "persons" in set(status.to_pandas("indicators")["unit"])
    nb = tromsvekst.status(NT, as_of="2026-11-26").to_pandas("indicators")
    assert "personer" in set(nb["unit"])
    evaluations = status.to_pandas("evaluations")
    assert list(evaluations["stage"]) == ["midterm", "final"]
    with pytest.raises(tromsvekst.ArgumentError) as e:
        status.to_pandas("tabell")  # type: ignore[arg-type]
    for name in ("focus_areas", "progress", "measures", "evaluations"):
        assert name in str(e.value)


def test_the_html_view_shows_what_the_text_shows() -> None:
    status = tromsvekst.status(NT, as_of="2026-11-26", lang="en")
    page = status._repr_html_()
    for heading in ("Evaluations", "Progress per focus area", "Overdue milestones", "Political meetings", "Coordinators", "Indicators"):
        assert heading in status.to_text() and heading in page, heading
    overdue = status.to_pandas("milestones")["title"].iloc[0]
    # Names where ids were: the party by its name, the date as people write it.
    assert overdue in page and "Troms fylkeskommune" in page
    assert "In force from March\u00a02025" in status.to_text() and "In force from March\u00a02025" in page


def test_the_status_report_is_the_command_lines() -> None:
    out = cli("report", "status", NT, "--as-of", "2026-11-26", "--lang", "en")
    assert out.returncode == 0, out.stderr
    html = tromsvekst.status(NT, as_of="2026-11-26", lang="en").to_html()
    assert html.encode() == out.stdout
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
