"""Where the follow-up stands: the status on a day, its history, several agreements side by side.

Part of :mod:`tromsvekst`; import from there."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
from typing import Any, Literal, get_args

from . import _frames
from . import _tromsvekst as _native
from ._types import EvaluationState, FocusAreaProgress, Lang, StatusDict
from ._document import AsOf, Source, _inputs, _int_or_na, _pandas, _write, pandas
from ._frames import StatusTable


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
