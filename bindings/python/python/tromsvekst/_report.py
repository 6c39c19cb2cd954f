"""The check's report and the documents for the political meetings.

Part of :mod:`tromsvekst`; import from there."""

from __future__ import annotations

import datetime as _dt
import html
import json
import os
from typing import Any, Mapping

from . import _tromsvekst as _native
from ._types import Finding, Lang, Level, ReportDict, ReportKind, RuleGroup
from ._document import AsOf, Source, _inputs, _int_or_na, _pandas, _write, pandas

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
        severity = json.loads(_native.vocabulary_json(self.lang))["severity"]
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
                            severity.get(g["severity"], g["severity"]),
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
