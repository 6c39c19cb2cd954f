"""What an analyst does in a notebook, each item of issue 24's list: objects
that pickle and copy (workers get and return them), documents compared by
value, files colleagues can open, spreadsheets round-tripped through pandas,
the built-in agreement beside another, the argument errors of the package,
and types that catch a typo."""

from __future__ import annotations

import copy
import datetime
import errno
import os
import pathlib
import pickle
import stat
import subprocess
import sys
import typing

import pytest

import tromsvekst

ROOT = pathlib.Path(__file__).resolve().parents[3]
NT = ROOT / "examples" / "nord-troms"
WHOLE = NT / "whole-period"
FJORDVIK = ROOT / "examples" / "illustrative"
DAY = datetime.date(2026, 11, 26)


# -- pickle and deep copy ---------------------------------------------------


def test_documents_pickle_and_copy_with_their_positions() -> None:
    plan = tromsvekst.parse(NT / "action-plan-2025-2026.json")
    for again in (pickle.loads(pickle.dumps(plan)), copy.deepcopy(plan), copy.copy(plan)):
        assert again == plan
        assert again.name == plan.name
        # Read from text: a finding on the copy still has its line.
        before = tromsvekst.validate(plan, as_of=DAY).to_json()
        assert tromsvekst.validate(again, as_of=DAY).to_json() == before
    # A document given as data pickles too (placed by pointer, no line).
    data = tromsvekst.parse(plan.to_dict(), name="as-data.json")
    assert pickle.loads(pickle.dumps(data)) == data


def test_reports_statuses_portfolios_and_histories_pickle() -> None:
    report = tromsvekst.validate(NT, as_of=DAY)
    status = tromsvekst.status(NT, as_of=DAY)
    portfolio = tromsvekst.portfolio(WHOLE, FJORDVIK, as_of=DAY)
    history = tromsvekst.status_history(NT, as_of=DAY)
    for obj in (report, status, portfolio, history):
        for again in (pickle.loads(pickle.dumps(obj)), copy.deepcopy(obj)):
            assert type(again) is type(obj)
            assert again.to_json() == obj.to_json()
    # The status keeps its documents: the report made from the copy is the same.
    again = pickle.loads(pickle.dumps(status))
    assert again.to_html() == status.to_html()


def test_a_worker_process_gets_and_returns_documents() -> None:
    import concurrent.futures
    import multiprocessing

    plan = tromsvekst.parse(NT / "action-plan-2025-2026.json")
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        back = pool.submit(copy.deepcopy, plan).result(timeout=120)
    assert back == plan


# -- Document: value equality and a view ------------------------------------


def test_documents_are_equal_by_value_and_show_themselves() -> None:
    a = tromsvekst.parse(NT / "action-plan-2025-2026.json")
    b = tromsvekst.parse((NT / "action-plan-2025-2026.json").read_bytes(), name="other-name.json")
    assert a == b and hash(a) == hash(b)
    assert a != tromsvekst.parse(NT / "meetings-2025-2026.json")
    assert len({a, b}) == 1
    shown = a._repr_html_()
    assert "Handlingsplan 2025–2026" in shown and "10 tiltak" in shown and "nord-troms-handlingsplan-2025-2026" in shown


# -- files written from Python ---------------------------------------------


def test_files_are_written_with_the_users_umask_and_the_clis_bytes(tmp_path: pathlib.Path) -> None:
    old = os.umask(0o022)
    try:
        cli = os.environ.get("TROMSVEKST_CLI")
        if cli:
            # The command line under the same umask: the same bytes, the same permissions.
            out = tmp_path / "cli.xlsx"
            subprocess.run([cli, "export", str(NT / "action-plan-2025-2026.json"), "--out", str(out)], check=True, capture_output=True)
            assert stat.S_IMODE(out.stat().st_mode) == 0o644
        target = tmp_path / "plan.xlsx"
        data = tromsvekst.export_plan(NT / "action-plan-2025-2026.json", target)
        mode = stat.S_IMODE(target.stat().st_mode)
        assert mode == 0o644, oct(mode)
        assert target.read_bytes() == data
        os.umask(0o002)
        folder = tmp_path / "csv"
        tromsvekst.export_plan(NT / "action-plan-2025-2026.json", folder, format="csv")
        for f in folder.iterdir():
            assert stat.S_IMODE(f.stat().st_mode) == 0o664, f
        if cli:
            assert (tmp_path / "cli.xlsx").read_bytes() == target.read_bytes()
    finally:
        os.umask(old)


# -- spreadsheets through pandas --------------------------------------------


def test_a_workbook_read_and_written_back_by_pandas_imports() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl")
    import io

    plan = tromsvekst.parse(NT / "action-plan-2025-2026.json")
    workbook = tromsvekst.export_plan(plan)
    sheets = pd.read_excel(io.BytesIO(workbook), sheet_name=None)
    # What pandas makes of it: whole numbers with a gap become floats (2.0), dates Timestamps.
    measures = next(frame for name, frame in sheets.items() if name.lower() == "tiltak")
    assert measures.select_dtypes("float").shape[1] > 0 or measures.select_dtypes("datetime").shape[1] > 0
    back = tromsvekst.import_plan(sheets)
    assert back.to_dict()["measures"] == plan.to_dict()["measures"]
    assert back.to_dict()["milestones"] == plan.to_dict()["milestones"]


def test_numbers_and_dates_as_spreadsheet_tools_write_them() -> None:
    pd = pytest.importorskip("pandas")
    plan = tromsvekst.parse(NT / "action-plan-2025-2026.json")
    frames = {name.removesuffix(".csv"): text for name, text in tromsvekst.export_plan(plan, format="csv").items()}
    import io

    measures = pd.read_csv(io.StringIO(frames["tiltak"]))
    weight = next(c for c in measures.columns if c.lower() in ("vekt", "weight"))
    measures[weight] = measures[weight].astype(float)  # 2 -> 2.0
    sheets = {name: pd.read_csv(io.StringIO(text)) for name, text in frames.items()}
    sheets["tiltak"] = measures
    back = tromsvekst.import_plan(sheets)
    assert back.to_dict()["measures"] == plan.to_dict()["measures"]
    assert "2.0" in measures.to_csv(index=False)


# -- the built-in agreement beside another -----------------------------------


def test_a_portfolio_of_the_built_in_agreement_and_another() -> None:
    # The whole period's documents without their agreement, beside Fjordvik's files.
    docs = [p for p in sorted(WHOLE.glob("*.json")) if p.name != "agreement.json"]
    p = tromsvekst.portfolio(*docs, FJORDVIK, as_of=DAY)
    ids = [a["id"] for a in p.agreements]
    assert sorted(ids) == ["fjordvik-2026-2031", "nord-troms-2025-2028"]


# -- the package's argument errors ------------------------------------------


def test_languages_are_nb_or_en_only() -> None:
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.validate(tromsvekst.nord_troms(), lang="no")  # type: ignore[arg-type]
    assert e.value.code == "argument.invalid-value" and "«no»" in str(e.value)
    with pytest.raises(tromsvekst.ArgumentTypeError) as e2:
        tromsvekst.status(NT, as_of=DAY, lang=None)  # type: ignore[arg-type]
    assert e2.value.code == "argument.invalid-type" and "NoneType" in str(e2.value)
    assert isinstance(e2.value, TypeError)


def test_schema_speaks_the_language_asked() -> None:
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.schema("plan", lang="en")
    assert 'unknown schema "plan"' in str(e.value)
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.schema("plan")
    assert "ukjent skjema «plan»" in str(e.value)


def test_parse_of_a_folder_says_what_to_use() -> None:
    with pytest.raises(tromsvekst.ArgumentError) as e:
        tromsvekst.parse(NT, lang="en")
    assert "got a folder" in str(e.value) and "validate or status" in str(e.value)
    assert e.value.document == str(NT)


def test_file_not_found_carries_errno_and_filename(tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(FileNotFoundError) as e:
        tromsvekst.parse(missing)
    assert e.value.errno == errno.ENOENT
    assert e.value.filename == str(missing)
    with pytest.raises(FileExistsError) as e2:
        target = tmp_path / "plan.xlsx"
        target.write_bytes(b"x")
        tromsvekst.export_plan(NT / "action-plan-2025-2026.json", target)
    assert e2.value.errno == errno.EEXIST and e2.value.filename == str(target)
    assert target.read_bytes() == b"x"


# -- types ------------------------------------------------------------------


def test_every_public_function_has_resolvable_type_hints() -> None:
    import inspect

    checked = 0
    for name in tromsvekst.__all__:
        obj = getattr(tromsvekst, name)
        if inspect.isfunction(obj):
            typing.get_type_hints(obj)
            checked += 1
        elif inspect.isclass(obj):
            for _, method in inspect.getmembers(obj, inspect.isfunction):
                typing.get_type_hints(method)
                checked += 1
    assert checked > 40


def test_a_status_as_plain_data_is_typed_as_its_schema_says() -> None:
    import json

    schema = json.loads((ROOT / "schemas" / "status.schema.json").read_text(encoding="utf-8"))
    hints = typing.get_type_hints(tromsvekst.StatusDict)
    assert set(hints) == set(schema["properties"])
    assert tromsvekst.StatusDict.__required_keys__ == frozenset(schema["required"])
    data = tromsvekst.status(WHOLE, as_of=DAY).to_dict()
    assert set(schema["required"]) <= set(data) <= set(hints)
    assert typing.get_type_hints(tromsvekst.Status.to_dict)["return"] is tromsvekst.StatusDict


def test_mypy_strict_rejects_a_typo_in_draft_kind(tmp_path: pathlib.Path) -> None:
    snippet = tmp_path / "typo.py"
    snippet.write_text(
        "import tromsvekst\n"
        "tromsvekst.draft('midtrem', tromsvekst.nord_troms())\n"
        "tromsvekst.validate(tromsvekst.nord_troms(), lang='no')\n"
        "ok: bytes = tromsvekst.export_plan(tromsvekst.nord_troms())\n"
        "files: dict[str, str] = tromsvekst.export_plan(tromsvekst.nord_troms(), format='csv')\n"
        "line: int | None = tromsvekst.validate(tromsvekst.nord_troms()).findings[0]['line']\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1, out.stdout
    errors = [line for line in out.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, out.stdout
    assert "typo.py:2:" in errors[0] and "'midtrem'" in errors[0]
    assert "typo.py:3:" in errors[1] and "'no'" in errors[1]


# -- tidy frames --------------------------------------------------------------


def test_frames_have_fixed_columns_and_one_dtype_per_kind_of_value() -> None:
    pd = pytest.importorskip("pandas")
    status = tromsvekst.status(NT, as_of=DAY)
    empty = tromsvekst.status(tromsvekst.nord_troms(), as_of=DAY)  # no plan: empty tables
    tables = typing.get_args(tromsvekst.StatusTable)
    assert "observations" in tables and "funding_by_year" in tables
    for table in tables:
        full, none = status.to_pandas(table), empty.to_pandas(table)
        assert list(full.columns) == list(none.columns), table
        assert list(full.dtypes) == list(none.dtypes), table
        if "progress" in full.columns:
            assert str(full["progress"].dtype) == "Float64", table
        for column in full.columns:
            if column in ("due", "date", "since", "last_update"):
                assert str(full[column].dtype) == "datetime64[ns]", (table, column)
    measures = status.to_pandas("measures")
    assert measures["last_update"].notna().any() and measures["last_update"].isna().any()
    assert pd.isna(measures.loc[measures["last_update"].isna(), "last_update"]).all()
    observations = status.to_pandas("observations")
    assert len(observations) == sum(len(i.get("series", [])) for i in status.to_dict()["indicators"])
    assert str(observations["year"].dtype) == "Int64"


def test_funding_frames_each_sum_to_the_total() -> None:
    pytest.importorskip("pandas")
    import decimal

    status = tromsvekst.status(NT, as_of=DAY)
    total = decimal.Decimal(status.to_dict()["funding"]["total"]["totals"]["planned"])
    assert total == decimal.Decimal("3000000.50")
    for table in ("funding", "funding_by_source", "funding_by_year"):
        frame = status.to_pandas(table)
        assert sum(frame["planned"]) == total, table
    # A funding line without a year: a missing year, not a dash.
    plan = tromsvekst.parse(NT / "action-plan-2025-2026.json").to_dict()
    del plan["measures"][0]["funding"][0]["year"]
    docs = [p for p in sorted(NT.glob("*.json")) if "action-plan" not in p.name]
    years = tromsvekst.status(*docs, plan, as_of=DAY).to_pandas("funding_by_year")
    assert years["year"].isna().sum() == 1 and sum(years["planned"]) == total
