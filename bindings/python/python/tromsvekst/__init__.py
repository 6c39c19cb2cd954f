"""tromsvekst: follow up Tromsvekst regional growth agreements from Python.

The same engine as the ``tromsvekst`` command line and the WebAssembly
package: the same rules, the same messages, the same defaults (messages in
bokmål, judged on today's date in Europe/Oslo), the same report, byte for byte.

>>> import tromsvekst
>>> report = tromsvekst.validate(tromsvekst.nord_troms(), lang="en")
>>> report.valid
True
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import decimal
import html
import json
import os
import warnings
from typing import TYPE_CHECKING, Any, Literal, Mapping, Union, get_args, overload

from . import _frames
from . import _tromsvekst as _native
from ._types import (
    Counts,
    DocumentKind,
    DraftKind,
    EvaluationState,
    Finding,
    FocusAreaProgress,
    Lang,
    Level,
    MergeConflict,
    ReportDict,
    StatusDict,
    ReportKind,
    RuleGroup,
    Severity,
    SheetFormat,
)
from ._errors import (
    ArgumentError,
    ArgumentTypeError,
    BundleError,
    ConfigError,
    DocumentError,
    InternalError,
    JsonError,
    JsonStatError,
    NotFoundError,
    OutputExistsError,
    ReadError,
    SheetError,
    TromsvekstError,
    WriteError,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas
else:

    class _PandasTypes:
        """``pandas.DataFrame`` in the annotations, resolved at run time
        (``typing.get_type_hints``) without importing pandas with the package:
        pandas' own class when it is installed, ``Any`` otherwise."""

        def __getattr__(self, name: str) -> Any:
            try:
                import pandas as pd
            except ImportError:  # pragma: no cover - pandas is optional
                return Any
            return getattr(pd, name)

    pandas = _PandasTypes()

__version__: str = _native.__version__

__all__ = [
    "Counts",
    "DocumentKind",
    "DraftKind",
    "EvaluationState",
    "Finding",
    "FocusAreaProgress",
    "Lang",
    "Level",
    "MergeConflict",
    "ReportDict",
    "StatusDict",
    "ReportKind",
    "RuleGroup",
    "Severity",
    "SheetFormat",
    "ArgumentError",
    "ArgumentTypeError",
    "AsOf",
    "BundleError",
    "ConfigError",
    "Document",
    "DocumentError",
    "EvaluationDue",
    "InternalError",
    "JsonError",
    "JsonStatError",
    "NotFoundError",
    "OutputExistsError",
    "OverdueMilestone",
    "ReadError",
    "Report",
    "MeetingReport",
    "SheetError",
    "Source",
    "Status",
    "StatusHistory",
    "StatusTable",
    "TromsvekstError",
    "WriteError",
    "apply_jsonstat",
    "merge",
    "site",
    "Merged",
    "draft",
    "draft_midterm",
    "portfolio",
    "Portfolio",
    "report",
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
    "status_history",
    "today",
    "validate",
]

#: What a document can be given as: a parsed :class:`Document`, JSON text
#: (a ``str`` starting with ``{``), JSON bytes, a path to a file or a folder
#: (its ``*.json`` files, as on the command line), a ``dict``, or a
#: ``(name, bytes)`` pair. Workbooks and CSV files are action plans in the
#: spreadsheet layout; what a file is comes from its content (a workbook
#: starts with ``PK``), then its name.
Source = Union["Document", str, bytes, "os.PathLike[str]", Mapping[str, Any], tuple[str, bytes]]

#: The day to judge on: a :class:`datetime.date`, a text ``YYYY-MM-DD``, or
#: ``None`` for today in Europe/Oslo (the default of every interface).
AsOf = Union[_dt.date, str, None]

from ._frames import StatusTable  # noqa: E402  (the tables of :meth:`Status.to_pandas`)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised with pandas absent
        raise ImportError(
            "to_pandas() needs pandas, which is optional: pip install pandas "
            "(or pip install 'tromsvekst[pandas]')"
        ) from e
    return pandas


def today() -> _dt.date:
    """Today in Europe/Oslo: the day every function judges on by default."""
    return _dt.date.fromisoformat(_native.today())


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
    def name(self) -> str:
        """The name it goes by in reports: its path, the name given, ``input-N``
        for unnamed text, or its id for a document made here (a draft)."""
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

    def __eq__(self, other: object) -> bool:
        """Documents are equal when their values are: the same JSON, wherever they were read from."""
        if not isinstance(other, Document):
            return NotImplemented
        return self.kind == other.kind and self.to_json() == other.to_json()

    def __hash__(self) -> int:
        return hash(self.to_json())

    def _repr_html_(self) -> str:
        """The document in a notebook: its kind, title, id, period and what it holds."""
        data = self.to_dict()
        title = data.get("title") or data.get("name") or {}
        text = title.get("nb") if isinstance(title, dict) else str(title)
        kinds = {
            "agreement": "Avtale", "action_plan": "Handlingsplan", "meeting_log": "Møtelogg",
            "indicators": "Indikatorsett", "evaluation": "Evaluering",
        }
        period = data.get("period")
        when = f" {period.get('start')}–{period.get('end')}" if isinstance(period, dict) else ""
        counts = [
            (label, len(data[key]))
            for key, label in (
                ("focus_areas", "innsatsområder"), ("measures", "tiltak"), ("milestones", "milepæler"),
                ("updates", "oppfølgingsnotater"), ("meetings", "møter"), ("indicators", "indikatorer"),
                ("findings", "vurderinger"), ("adjustments", "justeringer"),
            )
            if isinstance(data.get(key), list)
        ]
        items = "".join(f"<li>{n} {html.escape(label)}</li>" for label, n in counts)
        return (
            f"<div><p><strong>{html.escape(kinds.get(self.kind, self.kind))}{html.escape(when)}:</strong> "
            f"{html.escape(text or self.id)}</p>"
            f"<p><code>{html.escape(self.id)}</code> — {html.escape(self.name)}</p>"
            + (f"<ul>{items}</ul>" if items else "")
            + "</div>"
        )

    def __repr__(self) -> str:
        return f"<tromsvekst.Document {self.kind} {self.id!r}>"


def _type_error(argument: str, expected_nb: str, expected_en: str, value: object, lang: str) -> Exception:
    return _native.argument_type_error(argument, expected_nb, expected_en, type(value).__name__, lang)


def _read_file(path: str, lang: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError as e:
        raise _native.io_error("not-found", path, e.strerror or "", lang) from e
    except OSError as e:
        raise _native.io_error("read", path, e.strerror or str(e), lang) from e


def _is_json_text(value: str) -> bool:
    return value.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")


def _items(source: Source, name: str | None, lang: str) -> list[Any]:
    """A source as the native module's inputs: a native Document, or
    ``(name or None, bytes, positions)``. A folder gives its documents."""
    if isinstance(source, Document):
        return [source._native]
    if isinstance(source, tuple) and len(source) == 2 and isinstance(source[1], (bytes, bytearray)):
        return [(name or source[0], bytes(source[1]), True)]
    if isinstance(source, Mapping):
        # A dict is data, not text the user wrote: findings say a pointer, no line.
        return [(name, json.dumps(source, ensure_ascii=False).encode("utf-8"), False)]
    if isinstance(source, (bytes, bytearray, memoryview)):
        return [(name, bytes(source), True)]
    if isinstance(source, str) and _is_json_text(source):
        return [(name, source.encode("utf-8"), True)]
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if os.path.isdir(path):
            members = _native.folder_members(path, [n for n in os.listdir(path) if os.path.isfile(os.path.join(path, n))], lang)
            found = []
            for n in members:
                file = os.path.join(path, n)
                data = _read_file(file, lang)
                # A JSON-stat mapping or dataset kept beside the documents is left out, with a note.
                note = _native.folder_companion(file, data, lang)
                if note is not None:
                    warnings.warn(note, stacklevel=3)
                    continue
                found.append((file, data, True))
            return found
        return [(name or path, _read_file(path, lang), True)]
    raise _type_error(
        "document",
        "et Document, JSON-tekst, bytes, en sti, en dict eller (navn, bytes)",
        "a Document, JSON text, bytes, a path, a dict or (name, bytes)",
        source,
        lang,
    )


def _one(source: Source, name: str | None, lang: str) -> Any:
    if isinstance(source, (str, os.PathLike)) and not (isinstance(source, str) and _is_json_text(source)):
        if os.path.isdir(os.fspath(source)):
            raise _native.folder_given(os.fspath(source), lang)
    items = _items(source, name, lang)
    if len(items) != 1:
        raise _type_error("source", "én fil, ikke en mappe", "one file, not a folder", source, lang)
    return items[0]


def _inputs(sources: tuple[Source, ...], lang: str) -> list[Any]:
    return [item for s in sources for item in _items(s, None, lang)]


def parse(source: Source, *, name: str | None = None, kind: DocumentKind | None = None, lang: Lang = "nb") -> Document:
    """Reads a document of any kind (or of ``kind``, when given).

    ``source`` is JSON text (a ``str`` starting with ``{``), bytes, a path or
    a ``dict``; a workbook or CSV file is an action plan in the spreadsheet
    layout (see :func:`import_plan`). ``name`` is the name used in errors and
    reports (default: the path, or ``input-1``). Malformed input raises a
    :class:`TromsvekstError` subclass with ``code``, ``pointer``, ``line`` and
    ``column``, its message in ``lang``.
    """
    if isinstance(source, Document):
        if kind is not None and source.kind != kind:
            return Document(_native.parse((source.name, source.to_json().encode("utf-8"), True), kind, lang))
        return source
    item = _one(source, name, lang)
    return Document(_native.parse(item, kind, lang))


def parse_agreement(source: Source, *, name: str | None = None, lang: Lang = "nb") -> Document:
    """Reads an agreement."""
    return parse(source, name=name, kind="agreement", lang=lang)


def parse_action_plan(source: Source, *, name: str | None = None, lang: Lang = "nb") -> Document:
    """Reads an action plan (JSON, a workbook, or a CSV file)."""
    return parse(source, name=name, kind="action_plan", lang=lang)


def parse_meeting_log(source: Source, *, name: str | None = None, lang: Lang = "nb") -> Document:
    """Reads a meeting log."""
    return parse(source, name=name, kind="meeting_log", lang=lang)


def parse_indicators(source: Source, *, name: str | None = None, lang: Lang = "nb") -> Document:
    """Reads a set of indicators."""
    return parse(source, name=name, kind="indicators", lang=lang)


def parse_evaluation(source: Source, *, name: str | None = None, lang: Lang = "nb") -> Document:
    """Reads an evaluation."""
    return parse(source, name=name, kind="evaluation", lang=lang)


def nord_troms() -> Document:
    """The embedded agreement, Tromsvekstavtalen for Nord-Troms 2025–2028."""
    return Document(_native.nord_troms())


def _int_or_na(frame: Any, columns: list[str]) -> Any:
    for c in columns:
        if c in frame.columns:
            frame[c] = frame[c].astype("Int64")
    return frame


def _dates(pd: Any, frame: Any, columns: list[str]) -> Any:
    for c in columns:
        if c in frame.columns:
            frame[c] = pd.to_datetime(frame[c])
    return frame


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
    def groups(self) -> list[RuleGroup]:
        """Findings grouped by rule, errors first."""
        groups: list[RuleGroup] = list(self._data["groups"])
        return groups

    @property
    def findings(self) -> list[Finding]:
        """Every finding, flat, in report order."""
        return [f for g in self.groups for f in g["findings"]]

    def to_dict(self) -> ReportDict:
        """The report as plain Python data."""
        result: ReportDict = json.loads(self._native.to_json())
        return result

    def to_json(self) -> str:
        """The report as JSON, byte for byte what the command line prints."""
        return self._native.to_json()

    def to_text(self) -> str:
        """The report as text, grouped by rule with file:line:column."""
        return self._native.to_text()

    def to_pandas(self) -> pandas.DataFrame:
        """One row per finding: rule, severity, section, document, sheet, line,
        column (nullable integers), pointer, message."""
        pd = _pandas()
        columns = ["rule", "severity", "section", "document", "sheet", "line", "column", "pointer", "message"]
        rows = [
            {**{k: f.get(k) for k in columns}, "section": g["section"]}
            for g in self._data["groups"]
            for f in g["findings"]
        ]
        return _int_or_na(pd.DataFrame(rows, columns=columns), ["line", "column"])

    def _repr_html_(self) -> str:
        c = self._data["counts"]
        nb = self.lang == "nb"
        verdict = ("gyldig" if nb else "valid") if self.valid else ("ugyldig" if nb else "invalid")
        colour = "#2e7d32" if self.valid else "#c62828"
        tail = self.to_text().rstrip("\n").rsplit("\n", 1)[-1]
        summary = tail.split(" — ", 1)[-1] if " — " in tail else f"{c['error']}, {c['warning']}, {c['info']}"
        head = f"<p><b style='color:{colour}'>{verdict}</b> — {html.escape(summary)}</p>"
        rows = []
        for g in self._data["groups"]:
            for f in g["findings"]:
                place = f["document"]
                if f.get("line") is not None:
                    place += f":{f['line']}:{f['column']}"
                else:
                    place += f"#{f['pointer']}"
                rows.append(
                    "<tr>"
                    + "".join(
                        f"<td>{html.escape(str(v))}</td>"
                        for v in (
                            ("feil" if nb else "error")
                            if g["severity"] == "error"
                            else ("advarsel" if nb else "warning")
                            if g["severity"] == "warning"
                            else "info",
                            g["rule"],
                            g["section"],
                            place,
                            f["message"],
                        )
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
    lang: Lang = "nb",
    as_of: AsOf = None,
    severity: Mapping[str, Level] | None = None,
) -> Report:
    """Validates documents together: an agreement and its action plans, meeting
    logs, indicators and evaluations. Without an agreement among them, the
    embedded Nord-Troms agreement is used; with no document at all, that
    agreement alone is checked (as ``tromsvekst check`` does).

    ``as_of`` is the day the follow-up is judged on (meetings held this year,
    coordinators in place): a :class:`datetime.date` or ``"YYYY-MM-DD"``;
    without it, today in Europe/Oslo, as on the command line.
    ``severity`` changes rules' severities: ``{"agreement.process.chronology": "off"}``.
    """
    items = _inputs(documents, lang)
    return Report(_native.validate(items, lang, as_of, dict(severity or {})))


@dataclasses.dataclass(frozen=True)
class EvaluationDue:
    """A planned evaluation and where it stands."""

    stage: Literal["midterm", "final"]
    due: _dt.date
    state: EvaluationState
    days_left: int
    evaluation: str | None
    #: The parties whose bodies have handled it, and those that have not yet.
    handled_by: tuple[str, ...] = ()
    not_handled_by: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class OverdueMilestone:
    """A milestone past its due day."""

    id: str
    plan: str
    title: str
    due: _dt.date
    days_late: int


_TABLES: tuple[str, ...] = get_args(StatusTable)


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
    def validation(self) -> dict[str, int]:
        """Findings of validating the same documents on the same day; with
        errors, the figures may be wrong (every rendering says so)."""
        return dict(self._data["validation"])

    @property
    def evaluations(self) -> list[EvaluationDue]:
        """The planned evaluations: due day, state, days left."""
        return [
            EvaluationDue(
                e["stage"],
                _dt.date.fromisoformat(e["due"]),
                e["state"],
                e["days_left"],
                e["evaluation"],
                tuple(e["handled_by"]),
                tuple(e["not_handled_by"]),
            )
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
    def progress(self) -> list[FocusAreaProgress]:
        """Progress per focus area, with its sub-goals."""
        progress: list[FocusAreaProgress] = list(self._data["progress"])
        return progress

    def to_dict(self) -> StatusDict:
        """The status as plain Python data (dates as ISO strings)."""
        result: StatusDict = json.loads(self._native.to_json())
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

    def to_html(self) -> str:
        """The status report as one self-contained HTML file (inline styles and
        charts, a print stylesheet for A4): the same bytes as
        ``tromsvekst report status … --out status.html``."""
        return self._native.to_html()

    def to_docx(self, path: str | os.PathLike[str] | None = None, *, force: bool = False) -> bytes:
        """The status report as a Word document: heading styles, header rows
        that repeat across pages, the charts as pictures with alternative
        text, page numbers, the document's language. With ``path``, also
        written there (an existing file is replaced only with ``force=True``:
        :class:`OutputExistsError`). The same bytes as ``tromsvekst report
        status … --out status.docx``."""
        data = self._native.to_docx()
        if path is not None:
            _write(os.fspath(path), data, force, self._data["lang"])
        return data

    def to_pandas(self, table: StatusTable = "progress") -> pandas.DataFrame:
        """A table of the status as a tidy DataFrame, one row per thing:

        ``focus_areas`` (one per focus area), ``progress`` (one per sub-goal,
        with its focus area), ``measures`` (one per measure, its sub-goals
        joined, the day of its last dated follow-up entry), ``milestones``
        (overdue), ``meetings`` (one per year), ``coordinators`` (one per
        party), ``indicators`` (one per indicator) and ``observations`` (one
        per indicator and year), ``evaluations``; the current plan's funding
        in exact kroner (``Decimal``), one frame per level so that each sums
        to the plan's total — ``funding`` (per focus area),
        ``funding_by_sub_goal``, ``funding_by_source``, ``funding_by_year``
        (a line without a year has a missing year); ``parties`` and
        ``municipalities`` (one row per municipality and measure it takes part
        in), ``actions`` (open follow-up actions of the political meetings),
        ``themes`` (one row per year and central theme) and ``advocacy``.

        The columns and dtypes are fixed, an empty table keeps them: progress
        ``Float64``, counts and years ``Int64``, days ``datetime64[ns]``, texts
        ``string``, yes/no ``boolean``; a missing value is ``<NA>`` (``NaT``).
        """
        if table not in _frames.SPECS:
            raise _native.unknown_value("table", str(table), list(_TABLES), self._data["lang"])
        return _frames.frame(_pandas(), _frames.rows(self._data, table), table)

    def _repr_html_(self) -> str:
        """The status report, charts and all, as a notebook shows it: the same
        report as :meth:`to_html`, its styles kept to itself."""
        return self._native.to_html_fragment()

    def __repr__(self) -> str:
        return f"<tromsvekst.Status {self._data['agreement']['id']} as of {self._data['as_of']}>"


def status(*documents: Source, as_of: AsOf = None, lang: Lang = "nb") -> Status:
    """Where the follow-up stands on ``as_of`` (default: today in Europe/Oslo).
    Documents of an agreement that is not among them (nor the embedded one)
    are refused with a :class:`BundleError` (``bundle.agreement-missing``)."""
    return Status(_native.status(_inputs(documents, lang), as_of, lang))


class StatusHistory:
    """The progress per focus area at the end of each quarter up to a day,
    each day judged on what was known on it (follow-up, adoptions and
    evaluations dated later left out)."""

    __slots__ = ("_native", "_data")

    def __init__(self, native: _native.HistoryReport) -> None:
        self._native = native
        self._data: dict[str, Any] = json.loads(native.to_json())

    @property
    def points(self) -> list[dict[str, Any]]:
        """Each day with the plan then running and the progress per focus area."""
        return list(self._data["points"])

    def to_json(self) -> str:
        """As JSON, the same bytes as ``tromsvekst status history --format json``."""
        return self._native.to_json()

    def to_text(self) -> str:
        """As the command line prints it."""
        return self._native.to_text()

    def to_markdown(self) -> str:
        """As Markdown."""
        return self._native.to_markdown()

    def to_pandas(self) -> Any:
        """A tidy frame: one row per day and focus area (day, plan, number, title, progress)."""
        import pandas as pd

        rows = [
            {"day": _dt.date.fromisoformat(p["day"]), "plan": p["plan"], **f}
            for p in self._data["points"]
            for f in p["focus_areas"]
        ]
        frame = pd.DataFrame(rows, columns=["day", "plan", "number", "title", "progress"])
        frame["day"] = pd.to_datetime(frame["day"])
        frame["progress"] = frame["progress"].astype("float64")
        return frame

    def __repr__(self) -> str:
        return f"<tromsvekst.StatusHistory of {len(self._data['points'])} days>"


def status_history(*documents: Source, as_of: AsOf = None, lang: Lang = "nb") -> StatusHistory:
    """The progress per focus area at the end of each quarter from the start of
    the agreement's period up to ``as_of`` (default: today in Europe/Oslo), each
    day judged on what was known on it."""
    return StatusHistory(_native.status_history(_inputs(documents, lang), as_of, lang))


def draft_midterm(*documents: Source, as_of: AsOf = None, lang: Lang = "nb") -> Document:
    """A draft of the midterm evaluation, pre-filled from the status on ``as_of``
    (default: today in Europe/Oslo), with the judgments left to the analysts."""
    return Document(_native.draft_midterm_evaluation(_inputs(documents, lang), as_of, lang))


class Portfolio:
    """Several agreements side by side on a day: one line per agreement
    (period, current plan, progress, evaluations due, overdue milestones,
    meetings this year, validation counts)."""

    __slots__ = ("_native", "_data")

    def __init__(self, native: _native.PortfolioReport) -> None:
        self._native = native
        self._data: dict[str, Any] = json.loads(native.to_json())

    @property
    def as_of(self) -> _dt.date:
        """The day it is judged on."""
        return _dt.date.fromisoformat(self._data["as_of"])

    @property
    def agreements(self) -> list[dict[str, Any]]:
        """One dict per agreement, as in the JSON."""
        return [dict(a) for a in self._data["agreements"]]

    def to_dict(self) -> dict[str, Any]:
        """The portfolio as a dict (as in the JSON)."""
        return json.loads(self._native.to_json())  # type: ignore[no-any-return]

    def to_json(self) -> str:
        """The portfolio as JSON, the same bytes as the command line's ``--format json``."""
        return self._native.to_json()

    def to_text(self) -> str:
        """The portfolio as plain text."""
        return self._native.to_text()

    def to_markdown(self) -> str:
        """The portfolio as Markdown."""
        return self._native.to_markdown()

    def to_pandas(self) -> pandas.DataFrame:
        """One row per agreement: id, title, period start and end, current
        plan, progress, evaluations due, overdue milestones, errors."""
        pd = _pandas()
        rows = [
            {
                "id": a["id"],
                "title": a["title"],
                "start": a["period"]["start"],
                "end": a["period"]["end"],
                "current_plan": (a.get("current_plan") or {}).get("id"),
                "progress": a.get("progress"),
                "evaluations_due": "; ".join(f"{e['stage']} {e['state']} {e['due']}" for e in a["evaluations_due"]),
                "overdue_milestones": a["overdue_milestones"],
                "errors": a["validation"]["error"],
            }
            for a in self._data["agreements"]
        ]
        return _int_or_na(pd.DataFrame(rows), ["start", "end", "overdue_milestones", "errors"])

    def __repr__(self) -> str:
        return f"<tromsvekst.Portfolio {len(self._data['agreements'])} agreements as of {self._data['as_of']}>"


def portfolio(*documents: Source, as_of: AsOf = None, lang: Lang = "nb") -> Portfolio:
    """Several agreements side by side on ``as_of`` (default: today in
    Europe/Oslo). Give each agreement with its documents (a folder per
    agreement, say): the documents are split by the agreement they name."""
    return Portfolio(_native.portfolio(_inputs(documents, lang), as_of, lang))


class MeetingReport:
    """A document for the political meetings: the status, or the midterm or
    final evaluation, as Word, HTML or Markdown. A notebook shows it with its
    charts."""

    __slots__ = ("_native", "_lang")

    def __init__(self, native: _native.MeetingReport, lang: str) -> None:
        self._native = native
        self._lang = lang

    @property
    def title(self) -> str:
        """The report's title."""
        return self._native.title

    def to_html(self) -> str:
        """One self-contained HTML file (inline styles and charts, a print
        stylesheet for A4)."""
        return self._native.to_html()

    def to_markdown(self) -> str:
        """Markdown, the charts as text."""
        return self._native.to_markdown()

    def to_docx(self, path: str | os.PathLike[str] | None = None, *, force: bool = False) -> bytes:
        """A Word document; with ``path``, also written there (an existing
        file is replaced only with ``force=True``)."""
        data = self._native.to_docx()
        if path is not None:
            _write(os.fspath(path), data, force, self._lang)
        return data

    def save(self, path: str | os.PathLike[str], *, force: bool = False) -> None:
        """Writes the report, the format following the name (``.docx``,
        ``.html``, ``.md``), as ``tromsvekst report … --out`` does."""
        target = os.fspath(path)
        chosen = _native.MeetingReport.format_of(target)
        if chosen is None:
            raise _native.unknown_value("path", os.path.splitext(target)[1] or target, [".docx", ".html", ".md"], self._lang)
        _write(target, self._native.render(chosen), force, self._lang)

    def _repr_html_(self) -> str:
        return self._native.to_html_fragment()

    def __repr__(self) -> str:
        return f"<tromsvekst.MeetingReport {self.title!r}>"


def report(
    kind: ReportKind,
    *documents: Source,
    as_of: AsOf = None,
    lang: Lang = "nb",
) -> MeetingReport:
    """The document for a political meeting of ``kind`` on ``as_of`` (default:
    today in Europe/Oslo): ``"status"``, or ``"midterm"``/``"final"`` — the
    evaluation of that stage among the documents (a concluded one as it
    stands; a draft with its evidence refreshed on the day, every word of the
    analysts kept), else a draft made on the day, every part not filled in
    marked as such. The same report as ``tromsvekst report``."""
    return MeetingReport(_native.report(_inputs(documents, lang), kind, as_of, lang), lang)


def draft(kind: DraftKind, *documents: Source, as_of: AsOf = None, lang: Lang = "nb", update: Source | None = None) -> Document:
    """A draft of ``kind``: ``"midterm"`` (the midterm evaluation), ``"plan"``
    (the next action plan) or ``"final"`` (the final evaluation), pre-filled
    from the documents on ``as_of`` (default: today in Europe/Oslo), with the
    judgments left to the analysts.

    With ``update`` (an earlier draft: a :class:`Document`, a path, JSON text
    or bytes), that draft is refreshed instead: new evidence goes in, every
    word the analysts wrote stays. A concluded evaluation or an adopted plan
    is refused with an :class:`ArgumentError`.
    """
    old = None if update is None else parse(update, lang=lang)._native
    return Document(_native.draft(_inputs(documents, lang), kind, as_of, lang, old))


def _named_bytes(source: Any, name: str | None, lang: str) -> tuple[str | None, bytes]:
    """A source as ``(name, bytes)`` for the spreadsheet and JSON-stat readers."""
    if isinstance(source, Document):
        return (name or source.name, source.to_json().encode("utf-8"))
    item = _one(source, name, lang)
    if not isinstance(item, tuple):  # pragma: no cover - _one gives tuples for non-Documents
        raise _type_error("source", "en fil", "a file", source, lang)
    return (item[0], item[1])


def import_plan(*sources: Any, base: Source | None = None, names: list[str] | None = None, lang: Lang = "nb") -> Document:
    """Imports an action plan from a spreadsheet in the documented layout
    (``docs/SPREADSHEET.md``): one workbook (path or bytes: a workbook is told
    by its content), or CSV files (one per sheet, named after it:
    ``tiltak.csv``, ``milepaeler.csv`` …), or pandas DataFrames (each taken as
    the CSV sheet its name says; default ``tiltak``).

    Without a Plan sheet, ``base`` is the plan (JSON) the sheets fill in.
    Errors are :class:`SheetError` with ``sheet``, ``line`` (the row) and
    ``column``; findings on the plan point to its cells.
    """
    files: list[tuple[str | None, bytes]] = []
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
            files.append(_named_bytes(source, given, lang))
    base_doc = None if base is None else parse(base, kind="action_plan", lang=lang)._native
    return Document(_native.import_plan(files, base_doc, lang))


def _write(path: str, data: bytes, force: bool, lang: str) -> None:
    """Writes a file as the command line does (the core's write): never over an
    existing file without ``force``, atomically (a temporary file, then a
    rename), with the user's umask (0644 where the umask is 022)."""
    _native.write_file(path, data, force, lang)


@overload
def export_plan(
    plan: Source, path: None = None, *, format: Literal["xlsx"] | None = None, lang: Lang = "nb", force: bool = False
) -> bytes: ...
@overload
def export_plan(
    plan: Source,
    path: str | os.PathLike[str] | None = None,
    *,
    format: Literal["csv"],
    lang: Lang = "nb",
    force: bool = False,
) -> dict[str, str]: ...
@overload
def export_plan(
    plan: Source,
    path: str | os.PathLike[str],
    *,
    format: SheetFormat | None = None,
    lang: Lang = "nb",
    force: bool = False,
) -> bytes | dict[str, str]: ...
def export_plan(
    plan: Source,
    path: str | os.PathLike[str] | None = None,
    *,
    format: SheetFormat | None = None,
    lang: Lang = "nb",
    force: bool = False,
) -> bytes | dict[str, str]:
    """Exports an action plan to the spreadsheet layout: a workbook's bytes
    (``format="xlsx"``, the default without a path) or a dict of file name to
    CSV text (``format="csv"``). With ``path``, writes the workbook there, or
    the CSV files into that folder; the format follows the path's name
    (``.xlsx`` a workbook; ``.csv`` or a folder, CSV files) and a contradiction
    with ``format`` is an :class:`ArgumentError`. An existing file is never
    replaced without ``force=True`` (:class:`OutputExistsError`, the file left
    as it was). Importing the result gives the same plan.
    """
    native = parse(plan, kind="action_plan", lang=lang)._native
    target = None if path is None else os.fspath(path)
    chosen = _native.export_format(target, format, target is not None and os.path.isdir(target), lang)
    if chosen == "xlsx":
        data = _native.export_plan_xlsx(native, lang)
        if target is not None:
            _write(target, data, force, lang)
        return data
    files = dict(_native.export_plan_csv(native, lang))
    if target is not None:
        try:
            os.makedirs(target, exist_ok=True)
        except OSError as e:
            raise _native.io_error("write", target, e.strerror or str(e), lang) from e
        paths = {os.path.join(target, n): t for n, t in files.items()}
        # Refuse before writing anything, so that a refusal changes no file.
        existing = [p for p in paths if os.path.lexists(p)]
        if existing and not force:
            raise _native.io_error("exists", existing[0], "", lang)
        for p, text in paths.items():
            _write(p, text.encode("utf-8"), True, lang)
    return files


def apply_jsonstat(
    dataset: Source,
    mapping: Source,
    indicators: Source,
    *,
    names: tuple[str, str, str] | None = None,
    lang: Lang = "nb",
) -> Document:
    """The indicator set with the figures of a JSON-stat 2.0 dataset (as SSB's
    PxWebApi gives it) put in, as the mapping (``{"mappings": [...]}``) says:
    which category codes, summed, make which indicator; the years come from
    the time dimension. ``names`` names the three in errors (default: their
    paths). Errors are :class:`JsonStatError`."""
    n: tuple[str | None, str | None, str | None] = names if names is not None else (None, None, None)
    defaults = ("dataset.json", "mapping.json", "indicators.json")
    parts = []
    for source, given, default in zip((dataset, mapping, indicators), n, defaults):
        got_name, data = _named_bytes(source, given, lang)
        parts.append((got_name or default, data))
    return Document(_native.apply_jsonstat(parts[0], parts[1], parts[2], lang))


class Merged:
    """Two versions of a document merged item by item (:func:`merge`)."""

    __slots__ = ("_json", "document")

    def __init__(self, document: Document, text: str) -> None:
        self.document = document
        """The merged document: every change of both sides, and *mine* where both changed one field."""
        self._json = text

    @property
    def conflicts(self) -> list[MergeConflict]:
        """Where both changed the same thing: ``kind`` (``both_changed``,
        ``removed_by_me``, ``removed_by_them``), ``pointer`` into the merged
        document, ``item`` and its ``title``, the ``base``, ``mine`` and
        ``theirs`` values, and the ``message``."""
        result: list[MergeConflict] = json.loads(self._json)["conflicts"]
        return result

    def to_json(self) -> str:
        """The merge as JSON (document and conflicts), as ``tromsvekst merge --format json`` writes it."""
        return self._json

    def __repr__(self) -> str:
        return f"<tromsvekst.Merged {self.document.kind} {self.document.id!r}: {len(self.conflicts)} conflicts>"


def merge(base: Source, mine: Source, theirs: Source, *, lang: Lang = "nb") -> Merged:
    """Merges two versions of one document made from a common ``base`` (your
    version and a colleague's), as ``tromsvekst merge BASE MINE THEIRS`` does:
    items matched by id (measures, milestones, meetings, decisions, actions …),
    follow-up entries by measure and date, figures by year, each field on its
    own. Where both changed one field, ``mine`` is kept and the conflict is in
    :attr:`Merged.conflicts`; no item either side added is lost."""
    parts = []
    for source, default in zip((base, mine, theirs), ("base.json", "mine.json", "theirs.json")):
        got_name, data = _named_bytes(source, None, lang)
        parts.append((got_name or default, data))
    document, text = _native.merge(parts[0], parts[1], parts[2], lang)
    return Merged(Document(document), text)


def site(
    *documents: Source,
    as_of: AsOf = None,
    made: AsOf = None,
    previous: str | os.PathLike[str] | None = None,
    out: str | os.PathLike[str] | None = None,
    force: bool = False,
    lang: Lang = "nb",
) -> dict[str, bytes]:
    """The follow-up in public, as ``tromsvekst site`` makes it: a static site
    (bokmål at the root, English under ``en/``) with its open data (the status
    as JSON, CSV files, a DCAT-AP-NO catalogue) and an Atom feed, on ``as_of``,
    made on ``made`` (both default today in Europe/Oslo). Only what the
    parties have decided or recorded as done is published, unless the
    agreement's ``publishing`` settings open more.

    Returns the files, path → bytes. With ``previous`` (the folder of an
    earlier build) the feed lists what changed since; with ``out`` the files
    are written into that folder too (one that holds anything only with
    ``force=True``)."""
    files = _native.site(
        _inputs(documents, lang),
        as_of,
        made,
        None if previous is None else os.fspath(previous),
        None if out is None else os.fspath(out),
        force,
        lang,
    )
    return dict(files)


def schema(name: str, *, lang: Lang = "nb") -> dict[str, Any]:
    """The JSON Schema of a document kind or output: see :func:`schema_names`.
    An unknown name is an :class:`ArgumentError` listing the names, in ``lang``."""
    result: dict[str, Any] = json.loads(_native.schema(name, lang))
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
