"""Calls the whole public API with types; `mypy --strict` must pass on it."""

from __future__ import annotations

import datetime
import pathlib

import tromsvekst


def use() -> None:
    day = datetime.date(2026, 11, 26)
    doc: tromsvekst.Document = tromsvekst.parse(pathlib.Path("examples/nord-troms/action-plan-2025-2026.json"))
    kinds: list[str] = [doc.kind, doc.id, doc.agreement, doc.to_json()]
    name: str | None = doc.name
    data: dict[str, object] = doc.to_dict()
    agreement = tromsvekst.parse_agreement("examples/nord-troms/agreement.json")
    plan = tromsvekst.parse_action_plan({"kind": "action_plan"}, name="x.json")
    log = tromsvekst.parse_meeting_log(b"{}")
    ind = tromsvekst.parse_indicators("{}")
    ev = tromsvekst.parse_evaluation("{}")
    nt: tromsvekst.Document = tromsvekst.nord_troms()
    report: tromsvekst.Report = tromsvekst.validate(nt, agreement, plan, log, ind, ev, lang="en", as_of=day, severity={"agreement.process.chronology": "off"})
    valid: bool = report.valid
    counts: dict[str, int] = report.counts
    as_of: datetime.date | None = report.as_of
    groups = report.groups + report.findings
    text: str = report.to_text() + report.to_json() + report.lang + report._repr_html_()
    rd = report.to_dict()
    frame = report.to_pandas()
    status: tromsvekst.Status = tromsvekst.status(nt, as_of=day, lang="nb")
    due: datetime.date = status.evaluations[0].due
    late: list[tromsvekst.OverdueMilestone] = status.overdue_milestones
    ev_due: tromsvekst.EvaluationDue = status.evaluations[0]
    more: str = status.to_text() + status.to_markdown() + status.to_json() + status._repr_html_()
    sd = status.to_dict()
    progress = status.progress
    table = status.to_pandas("meetings")
    draft: tromsvekst.Document = tromsvekst.draft_midterm(nt, as_of=day)
    schema: dict[str, object] = tromsvekst.schema("agreement")
    site: dict[str, bytes] = tromsvekst.site(nt, as_of=day, made=day, previous=None, out=None, force=False, lang="en")
    names: list[str] = tromsvekst.schema_names()
    rules = tromsvekst.rules()
    codes: list[str] = tromsvekst.error_codes()
    words: dict[str, dict[str, str]] = tromsvekst.vocabulary("en")
    version: str = tromsvekst.__version__
    plan_doc: tromsvekst.Document = tromsvekst.import_plan("plan.xlsx", b"...", ("tiltak.csv", b"id"), base=doc, names=["a.xlsx"])
    exported: bytes | dict[str, str] = tromsvekst.export_plan(plan_doc, "out.xlsx", format="xlsx", lang="en")
    filled: tromsvekst.Document = tromsvekst.apply_jsonstat("d.json", {"mappings": []}, doc, names=("d", "m", "i"))
    try:
        tromsvekst.parse("{")
    except tromsvekst.JsonError as e:
        place: tuple[str, str, int | None, int | None, str | None] = (e.code, e.pointer, e.line, e.column, e.document)
        messages: tuple[str, str, str] = (e.message_en, e.message_nb, e.json)
    except tromsvekst.SheetError as e:
        sheet: str | None = e.sheet
        print(sheet)
    except (tromsvekst.DocumentError, tromsvekst.ConfigError, tromsvekst.BundleError, tromsvekst.ReadError, tromsvekst.JsonStatError):
        pass
    except tromsvekst.TromsvekstError:
        pass
    print(plan_doc, exported, filled, kinds, name, data, valid, counts, as_of, groups, text, rd, frame, due, late, ev_due, more, sd, progress, table, draft, schema, site, names, rules, codes, version)
