"""tromsvekst: follow up Tromsvekst regional growth agreements from Python.

The same engine as the ``tromsvekst`` command line and the WebAssembly
package: the same rules, the same messages, the same report, byte for byte.

>>> import tromsvekst
>>> report = tromsvekst.validate(tromsvekst.nord_troms(), lang="en")
>>> report.valid
True
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
import json
import os
from typing import TYPE_CHECKING, Any, Mapping, Union

from . import _tromsvekst as _native
from ._tromsvekst import (
    BundleError,
    ConfigError,
    DocumentError,
    JsonError,
    JsonStatError,
    ReadError,
    SheetError,
    TromsvekstError,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__version__: str = _native.__version__

__all__ = [
    "BundleError",
    "ConfigError",
    "Document",
    "DocumentError",
    "EvaluationDue",
    "JsonError",
    "JsonStatError",
    "OverdueMilestone",
    "ReadError",
    "Report",
    "SheetError",
    "Source",
    "Status",
    "TromsvekstError",
    "apply_jsonstat",
    "draft_midterm",
    "error_codes",
    "export_plan",
    "import_plan",
    "nord_troms",
    "parse",
    "parse_action_plan",
    "parse_agreement",
    "parse_evaluation",
    "parse_indicators",
    "parse_meeting_log",
    "rules",
    "schema",
    "schema_names",
    "status",
    "validate",
]

#: What a document can be given as: a parsed :class:`Document`, JSON text
#: (a ``str`` starting with ``{``), JSON bytes, a path, a ``dict``, or a
#: ``(name, bytes)`` pair (a name ending in ``.xlsx`` or ``.csv`` is a spreadsheet).
Source = Union["Document", str, bytes, "os.PathLike[str]", Mapping[str, Any], tuple[str, bytes]]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised with pandas absent
        raise ImportError(
            "to_pandas() needs pandas, which is optional: pip install pandas "
            "(or pip install 'tromsvekst[pandas]')"
        ) from e
    return pandas


def _date(value: _dt.date | None) -> str:
    if value is None:
        return _dt.date.today().isoformat()
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


class Document:
    """A document of any kind (agreement, action_plan, meeting_log,
    indicators, evaluation), read strictly: reading it raised no error."""

    __slots__ = ("_native",)

    def __init__(self, native: _native.Document) -> None:
        self._native = native

    @property
    def kind(self) -> str:
        """``agreement``, ``action_plan``, ``meeting_log``, ``indicators`` or ``evaluation``."""
        return self._native.kind

    @property
    def id(self) -> str:
        """The document's id."""
        return self._native.id

    @property
    def name(self) -> str | None:
        """The name it goes by in reports (its file name), if read from text."""
        return self._native.name

    @property
    def agreement(self) -> str:
        """The id of the agreement it belongs to (its own id for an agreement)."""
        return self._native.agreement

    def to_json(self) -> str:
        """The document as JSON."""
        return self._native.to_json()

    def to_dict(self) -> dict[str, Any]:
        """The document as plain Python data (dates as ISO strings, amounts as strings)."""
        result: dict[str, Any] = json.loads(self._native.to_json())
        return result

    def __repr__(self) -> str:
        return f"<tromsvekst.Document {self.kind} {self.id!r}>"


def _read(source: Source, name: str | None, kind: str | None) -> Document:
    if isinstance(source, Document):
        return source
    if isinstance(source, tuple):
        given, data = source
        if given.lower().endswith((".xlsx", ".csv")) and kind in (None, "action_plan"):
            return Document(_native.import_plan([(given, data)], None))
        return Document(_native.parse(data, name or given, kind))
    if isinstance(source, Mapping):
        data = json.dumps(source, ensure_ascii=False).encode("utf-8")
        return Document(_native.parse(data, name or f"<{source.get('kind', 'document')}>", kind))
    if isinstance(source, bytes):
        return Document(_native.parse(source, name or "<bytes>", kind))
    if isinstance(source, str) and source.lstrip()[:1] in ("{", "["):
        return Document(_native.parse(source.encode("utf-8"), name or "<string>", kind))
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        data = _read_file(path)
        if path.lower().endswith((".xlsx", ".csv")) and kind in (None, "action_plan"):
            # A spreadsheet is an action plan in the documented layout.
            return Document(_native.import_plan([(name or path, data)], None))
        return Document(_native.parse(data, name or path, kind))
    raise TypeError(
        f"cannot read a document from {type(source).__name__}: give a Document, JSON text, bytes, a path or a dict"
    )


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise _native.read_error(path, e.strerror or str(e)) from e


def _named_bytes(source: Source, name: str | None, default: str) -> tuple[str, bytes]:
    """A source as (name, bytes) for the spreadsheet and JSON-stat readers."""
    if isinstance(source, tuple):
        return (name or source[0], source[1])
    if isinstance(source, Document):
        return (name or source.name or default, source.to_json().encode("utf-8"))
    if isinstance(source, Mapping):
        return (name or default, json.dumps(source, ensure_ascii=False).encode("utf-8"))
    if isinstance(source, bytes):
        return (name or default, source)
    if isinstance(source, str) and source.lstrip()[:1] in ("{", "["):
        return (name or default, source.encode("utf-8"))
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        return (name or path, _read_file(path))
    raise TypeError(f"cannot read {type(source).__name__}: give a path, bytes, JSON text or a dict")


def parse(source: Source, *, name: str | None = None, kind: str | None = None) -> Document:
    """Reads a document of any kind (or of ``kind``, when given).

    ``source`` is JSON text (a ``str`` starting with ``{``), bytes, a path or
    a ``dict``; a path ending in ``.xlsx`` or ``.csv`` is an action plan in
    the spreadsheet layout (see :func:`import_plan`). ``name`` is the name used in errors and reports (default: the
    path, or ``<string>``). Malformed input raises a :class:`TromsvekstError`
    subclass with ``code``, ``pointer``, ``line`` and ``column``.
    """
    return _read(source, name, kind)


def parse_agreement(source: Source, *, name: str | None = None) -> Document:
    """Reads an agreement."""
    return _read(source, name, "agreement")


def parse_action_plan(source: Source, *, name: str | None = None) -> Document:
    """Reads an action plan."""
    return _read(source, name, "action_plan")


def parse_meeting_log(source: Source, *, name: str | None = None) -> Document:
    """Reads a meeting log."""
    return _read(source, name, "meeting_log")


def parse_indicators(source: Source, *, name: str | None = None) -> Document:
    """Reads a set of indicators."""
    return _read(source, name, "indicators")


def parse_evaluation(source: Source, *, name: str | None = None) -> Document:
    """Reads an evaluation."""
    return _read(source, name, "evaluation")


def nord_troms() -> Document:
    """The embedded agreement, Tromsvekstavtalen for Nord-Troms 2025–2028."""
    return Document(_native.nord_troms())


def _inputs(sources: tuple[Source, ...]) -> tuple[list[_native.Document], list[tuple[str, bytes]]]:
    """Parsed documents, and raw files for the library to read itself. When
    every source is raw, the files go to the library as they are (read once,
    in order, without copies); otherwise they are read here, in order."""
    if not any(isinstance(s, Document) for s in sources):
        return [], [_named_bytes(s, None, "<input>") for s in sources]
    return _documents(sources), []


def _documents(sources: tuple[Source, ...]) -> list[_native.Document]:
    """Documents in the order given, except that all CSV files together make
    one action plan (one file per sheet), placed last, as in the other languages."""
    docs: list[_native.Document] = []
    csv: list[tuple[str, bytes]] = []
    for s in sources:
        if isinstance(s, Document):
            docs.append(s._native)
            continue
        item = _named_bytes(s, None, "<input>")
        if item[0].lower().endswith(".csv"):
            csv.append(item)
        else:
            docs += _native.parse_inputs([item])
    if csv:
        docs += _native.parse_inputs(csv)
    return docs


class Report:
    """The result of validation. Only errors make it invalid."""

    __slots__ = ("_native", "_cache")

    def __init__(self, native: _native.Report) -> None:
        self._native = native
        self._cache: dict[str, Any] | None = None

    @property
    def _data(self) -> dict[str, Any]:
        # Read lazily: a notebook that only asks report.valid pays nothing more.
        if self._cache is None:
            self._cache = json.loads(self._native.to_json())
        return self._cache

    @property
    def valid(self) -> bool:
        """No errors."""
        return self._native.valid

    @property
    def lang(self) -> str:
        """The language of the messages: ``nb`` or ``en``."""
        return str(self._data["lang"])

    @property
    def as_of(self) -> _dt.date | None:
        """The day the follow-up was judged on."""
        value = self._data.get("as_of")
        return _dt.date.fromisoformat(value) if value else None

    @property
    def counts(self) -> dict[str, int]:
        """Findings by severity: ``error``, ``warning``, ``info``."""
        return dict(self._data["counts"])

    @property
    def groups(self) -> list[dict[str, Any]]:
        """Findings grouped by rule, errors first."""
        return list(self._data["groups"])

    @property
    def findings(self) -> list[dict[str, Any]]:
        """Every finding, flat, in report order."""
        return [f for g in self._data["groups"] for f in g["findings"]]

    def to_dict(self) -> dict[str, Any]:
        """The report as plain Python data."""
        result: dict[str, Any] = json.loads(self._native.to_json())
        return result

    def to_json(self) -> str:
        """The report as JSON, byte for byte what the command line prints."""
        return self._native.to_json()

    def to_text(self) -> str:
        """The report as text, grouped by rule with file:line:column."""
        return self._native.to_text()

    def to_pandas(self) -> pandas.DataFrame:
        """One row per finding: rule, severity, section, document, line, column, pointer, message."""
        pd = _pandas()
        columns = ["rule", "severity", "section", "document", "line", "column", "pointer", "message"]
        rows = [
            {**{k: f[k] for k in columns if k in f}, "section": g["section"]}
            for g in self._data["groups"]
            for f in g["findings"]
        ]
        return pd.DataFrame(rows, columns=columns)

    def _repr_html_(self) -> str:
        c = self._data["counts"]
        nb = self.lang == "nb"
        verdict = ("gyldig" if nb else "valid") if self.valid else ("ugyldig" if nb else "invalid")
        colour = "#2e7d32" if self.valid else "#c62828"
        head = (
            f"<p><b style='color:{colour}'>{verdict}</b> — {c['error']} {'feil' if nb else 'errors'}, "
            f"{c['warning']} {'advarsler' if nb else 'warnings'}, {c['info']} info</p>"
        )
        rows = []
        for g in self._data["groups"]:
            for f in g["findings"]:
                place = f["document"]
                if f.get("line") is not None:
                    place += f":{f['line']}:{f['column']}"
                rows.append(
                    "<tr>"
                    + "".join(
                        f"<td>{html.escape(str(v))}</td>"
                        for v in (g["severity"], g["rule"], g["section"], place, f["message"])
                    )
                    + "</tr>"
                )
        labels = ("alvor", "regel", "avsnitt", "sted", "melding") if nb else ("severity", "rule", "section", "location", "message")
        table = (
            "<table><thead><tr>"
            + "".join(f"<th>{h}</th>" for h in labels)
            + "</tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table>"
        )
        return head + (table if rows else "")

    def __repr__(self) -> str:
        c = self._data["counts"]
        return f"<tromsvekst.Report valid={self.valid} errors={c['error']} warnings={c['warning']} info={c['info']}>"


def validate(
    *documents: Source,
    lang: str = "nb",
    as_of: _dt.date | None = None,
    severity: Mapping[str, str] | None = None,
) -> Report:
    """Validates documents together: an agreement and its action plans, meeting
    logs, indicators and evaluations. Without an agreement among them, the
    embedded Nord-Troms agreement is used.

    ``as_of`` is the day the follow-up is judged on: meetings held this year,
    coordinators in place. Without it, as in the Rust API, the rules that need
    a date are skipped; pass ``datetime.date.today()`` to judge today.
    ``severity`` changes rules' severities: ``{"agreement.process.chronology": "off"}``.
    """
    day = None if as_of is None else _date(as_of)
    docs, files = _inputs(documents)
    return Report(_native.validate(docs, lang, day, dict(severity or {}), files))


@dataclasses.dataclass(frozen=True)
class EvaluationDue:
    """A planned evaluation and where it stands."""

    stage: str
    due: _dt.date
    state: str
    days_left: int
    evaluation: str | None


@dataclasses.dataclass(frozen=True)
class OverdueMilestone:
    """A milestone past its due day."""

    id: str
    plan: str
    title: str
    due: _dt.date
    days_late: int


class Status:
    """Where the follow-up stands on a day."""

    __slots__ = ("_native", "_data")

    def __init__(self, native: _native.StatusReport) -> None:
        self._native = native
        self._data: dict[str, Any] = json.loads(native.to_json())

    @property
    def as_of(self) -> _dt.date:
        """The day it is judged on."""
        return _dt.date.fromisoformat(self._data["as_of"])

    @property
    def evaluations(self) -> list[EvaluationDue]:
        """The planned evaluations: due day, state, days left."""
        return [
            EvaluationDue(e["stage"], _dt.date.fromisoformat(e["due"]), e["state"], e["days_left"], e["evaluation"])
            for e in self._data["evaluations"]
        ]

    @property
    def overdue_milestones(self) -> list[OverdueMilestone]:
        """Milestones past their due day."""
        return [
            OverdueMilestone(m["id"], m["plan"], m["title"], _dt.date.fromisoformat(m["due"]), m["days_late"])
            for m in self._data["overdue_milestones"]
        ]

    @property
    def progress(self) -> list[dict[str, Any]]:
        """Progress per focus area, with its sub-goals."""
        return list(self._data["progress"])

    def to_dict(self) -> dict[str, Any]:
        """The status as plain Python data (dates as ISO strings)."""
        result: dict[str, Any] = json.loads(self._native.to_json())
        return result

    def to_json(self) -> str:
        """The status as JSON."""
        return self._native.to_json()

    def to_text(self) -> str:
        """The status as plain text."""
        return self._native.to_text()

    def to_markdown(self) -> str:
        """The status as Markdown."""
        return self._native.to_markdown()

    def to_pandas(self, table: str = "progress") -> pandas.DataFrame:
        """A table of the status as a DataFrame: ``progress`` (per focus area and
        sub-goal), ``measures``, ``milestones`` (overdue), ``meetings`` or ``indicators``."""
        pd = _pandas()
        d = self._data
        if table == "progress":
            rows: list[dict[str, Any]] = []
            for f in d["progress"]:
                rows.append({"focus_area": f["number"], "sub_goal": None, "title": f["title"], "progress": f["progress"], "measures": f["measures"]})
                for g in f["sub_goals"]:
                    rows.append({"focus_area": f["number"], "sub_goal": g["id"], "title": None, "progress": g["progress"], "measures": len(g["measures"])})
            return pd.DataFrame(rows)
        if table == "measures":
            rows = [
                {"focus_area": f["number"], "sub_goal": g["id"], **m}
                for f in d["progress"]
                for g in f["sub_goals"]
                for m in g["measures"]
            ]
            return pd.DataFrame(rows)
        if table == "milestones":
            return pd.DataFrame([dataclasses.asdict(m) for m in self.overdue_milestones], columns=["id", "plan", "title", "due", "days_late"])
        if table == "meetings":
            return pd.DataFrame(d["meetings"])
        if table == "indicators":
            rows = []
            for x in d["indicators"]:
                row = {k: x[k] for k in ("id", "name", "unit", "direction", "trend", "light")}
                for part in ("baseline", "latest", "target"):
                    v = x[part]
                    row[f"{part}_year"] = v["year"] if v else None
                    row[f"{part}_value"] = v["value"] if v else None
                rows.append(row)
            return pd.DataFrame(rows)
        raise ValueError(f"unknown table {table!r}: expected progress, measures, milestones, meetings or indicators")

    def _repr_html_(self) -> str:
        d = self._data
        nb = d["lang"] == "nb"
        out = [f"<h4>{html.escape(d['agreement']['title'])} — {d['as_of']}</h4>"]
        out.append("<table><thead><tr><th>" + ("evaluering" if nb else "evaluation") + "</th><th>" + ("frist" if nb else "due") + "</th><th>status</th><th>" + ("dager igjen" if nb else "days left") + "</th></tr></thead><tbody>")
        for e in d["evaluations"]:
            out.append(f"<tr><td>{e['stage']}</td><td>{e['due']}</td><td>{e['state']}</td><td>{e['days_left']}</td></tr>")
        out.append("</tbody></table>")
        out.append("<table><thead><tr><th>" + ("innsatsområde" if nb else "focus area") + "</th><th>" + ("fremdrift" if nb else "progress") + "</th></tr></thead><tbody>")
        for f in d["progress"]:
            p = f["progress"]
            bar = "" if p is None else f"<div style='background:#1976d2;height:0.8em;width:{p}%'></div>"
            label = "–" if p is None else f"{p:.1f} %"
            out.append(f"<tr><td>{f['number']}. {html.escape(f['title'])}</td><td style='min-width:12em'>{bar}{label}</td></tr>")
        out.append("</tbody></table>")
        if d["overdue_milestones"]:
            out.append("<p>" + ("Milepæler på overtid: " if nb else "Overdue milestones: ") + ", ".join(html.escape(m["id"]) for m in d["overdue_milestones"]) + "</p>")
        return "".join(out)

    def __repr__(self) -> str:
        return f"<tromsvekst.Status {self._data['agreement']['id']} as of {self._data['as_of']}>"


def status(*documents: Source, as_of: _dt.date | None = None, lang: str = "nb") -> Status:
    """Where the follow-up stands on ``as_of`` (default: today)."""
    docs, files = _inputs(documents)
    return Status(_native.status(docs, _date(as_of), lang, files))


def draft_midterm(*documents: Source, as_of: _dt.date | None = None, lang: str = "nb") -> Document:
    """A draft of the midterm evaluation, pre-filled from the status on ``as_of``
    (default: today), with the judgments left to the analysts."""
    docs, files = _inputs(documents)
    return Document(_native.draft_midterm_evaluation(docs, _date(as_of), lang, files))


def import_plan(*sources: Any, base: Source | None = None, names: list[str] | None = None) -> Document:
    """Imports an action plan from a spreadsheet in the documented layout
    (``docs/SPREADSHEET.md``): one ``.xlsx`` workbook, or CSV files (one per
    sheet, named after it: ``tiltak.csv``, ``milepaeler.csv`` …), or pandas
    DataFrames (each taken as the CSV sheet its name says; default ``tiltak``).

    Without a Plan sheet, ``base`` is the plan (JSON) the sheets fill in.
    Errors are :class:`SheetError` with ``sheet``, ``line`` (the row) and
    ``column``; findings on the plan point to its cells.
    """
    files: list[tuple[str, bytes]] = []
    for i, source in enumerate(sources):
        given = names[i] if names and i < len(names) else None
        if hasattr(source, "to_csv") and hasattr(source, "columns"):
            # A pandas DataFrame: its CSV is the sheet.
            text: str = source.to_csv(index=False)
            files.append((given or "tiltak.csv", text.encode("utf-8")))
        elif isinstance(source, Mapping) and source and all(hasattr(v, "to_csv") for v in source.values()):
            for sheet, frame in source.items():
                files.append((f"{sheet}.csv", frame.to_csv(index=False).encode("utf-8")))
        else:
            files.append(_named_bytes(source, given, "tiltak.csv"))
    base_doc = None if base is None else _read(base, None, "action_plan")._native
    return Document(_native.import_plan(files, base_doc))


def export_plan(
    plan: Source, path: str | os.PathLike[str] | None = None, *, format: str = "xlsx", lang: str = "nb"
) -> bytes | dict[str, str]:
    """Exports an action plan to the spreadsheet layout: ``format="xlsx"``
    gives the workbook's bytes, ``format="csv"`` a dict of file name to CSV
    text. With ``path``, writes the workbook there, or the CSV files into that
    folder. Importing the result gives the same plan.
    """
    native = _read(plan, None, "action_plan")._native
    if format == "xlsx":
        data = _native.export_plan_xlsx(native, lang)
        if path is not None:
            with open(path, "wb") as f:
                f.write(data)
        return data
    if format == "csv":
        files = dict(_native.export_plan_csv(native, lang))
        if path is not None:
            os.makedirs(path, exist_ok=True)
            for file_name, text in files.items():
                with open(os.path.join(path, file_name), "w", encoding="utf-8", newline="") as f:
                    f.write(text)
        return files
    raise ValueError(f"unknown format {format!r}: expected xlsx or csv")


def apply_jsonstat(
    dataset: Source, mapping: Source, indicators: Source, *, names: tuple[str, str, str] | None = None
) -> Document:
    """The indicator set with the figures of a JSON-stat 2.0 dataset (as SSB's
    PxWebApi gives it) put in, as the mapping (``{"mappings": [...]}``) says:
    which category codes, summed, make which indicator; the years come from
    the time dimension. ``names`` names the three in errors (default: their
    paths). Errors are :class:`JsonStatError`."""
    n: tuple[str | None, str | None, str | None] = names if names is not None else (None, None, None)
    return Document(
        _native.apply_jsonstat(
            _named_bytes(dataset, n[0], "dataset.json"),
            _named_bytes(mapping, n[1], "mapping.json"),
            _named_bytes(indicators, n[2], "indicators.json"),
        )
    )


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of a document kind or output: see :func:`schema_names`."""
    text = _native.schema(name)
    if text is None:
        raise KeyError(f"no schema {name!r}: expected one of {', '.join(_native.schema_names())}")
    result: dict[str, Any] = json.loads(text)
    return result


def schema_names() -> list[str]:
    """The names of the JSON Schemas."""
    return _native.schema_names()


def rules() -> list[dict[str, Any]]:
    """The rule catalog: id, severity, section, document kind, title and message in nb and en."""
    result: list[dict[str, Any]] = json.loads(_native.rules_json())
    return result


def error_codes() -> list[str]:
    """Every error code an exception's ``code`` can hold."""
    return _native.error_codes()
