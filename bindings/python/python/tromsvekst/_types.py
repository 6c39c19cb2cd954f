"""The names of tromsvekst's argument values and the shapes of its plain data,
for type checkers: a typo such as ``draft("midtrem")`` or ``lang="no"`` is an
error under ``mypy --strict``, and ``finding["line"]`` is known to be an
``int | None``. At run time these are ordinary ``Literal`` aliases and
``TypedDict`` classes (``typing.get_type_hints`` resolves every public
function)."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, TypedDict, Union

#: A language of messages and documents: Norwegian bokmål or English.
Lang = Literal["nb", "en"]

#: What :func:`tromsvekst.draft` drafts.
DraftKind = Literal["midterm", "plan", "final"]

#: The kinds of document (:attr:`tromsvekst.Document.kind`, ``parse(kind=...)``).
DocumentKind = Literal["agreement", "action_plan", "meeting_log", "indicators", "evaluation"]

#: A finding's severity.
Severity = Literal["error", "warning", "info"]

#: A severity to set for a rule in ``validate(severity=...)``: ``off`` silences it.
Level = Literal["error", "warning", "info", "off"]

#: What :func:`tromsvekst.report` makes.
ReportKind = Literal["status", "midterm", "final"]

#: The state of a planned evaluation on the day (``EvaluationDue.state``).
EvaluationState = Literal["done", "due", "overdue", "upcoming"]

#: A measure's status.
MeasureStatus = Literal["planned", "ongoing", "completed", "postponed", "cancelled"]

#: The spreadsheet formats of :func:`tromsvekst.export_plan`.
SheetFormat = Literal["xlsx", "csv"]


class _Finding(TypedDict):
    rule: str
    severity: Severity
    message: str
    document: str
    pointer: str
    line: Optional[int]
    column: Optional[int]


class Finding(_Finding, total=False):
    """One finding of a check (:attr:`tromsvekst.Report.findings`); ``sheet``
    for a finding in a spreadsheet."""

    sheet: str


class _RuleGroup(TypedDict):
    rule: str
    severity: Severity
    section: str
    title: str
    count: int
    findings: List[Finding]


class RuleGroup(_RuleGroup, total=False):
    """The findings of one rule (:attr:`tromsvekst.Report.groups`); ``omitted``
    counts those past the limit per rule."""

    omitted: int


class Counts(TypedDict):
    """Findings by severity."""

    error: int
    warning: int
    info: int


class DocumentSummary(TypedDict):
    """A document the report covers."""

    name: str
    kind: DocumentKind
    id: str


class ReportDict(TypedDict):
    """A report as plain data (:meth:`tromsvekst.Report.to_dict`)."""

    valid: bool
    lang: Lang
    as_of: Optional[str]
    counts: Counts
    documents: List[DocumentSummary]
    groups: List[RuleGroup]


class _MeasureProgress(TypedDict):
    id: str
    title: str
    status: MeasureStatus
    progress: Optional[int]
    weight: int


class MeasureProgress(_MeasureProgress, total=False):
    """A measure in the progress of a sub-goal; ``last_update`` the day of its
    last dated follow-up entry (ISO)."""

    last_update: str


class SubGoalProgress(TypedDict):
    """The progress of a sub-goal: its measures' progress, weighted."""

    id: str
    text: str
    progress: Optional[float]
    measures: List[MeasureProgress]


class FocusAreaProgress(TypedDict):
    """The progress of a focus area (:attr:`tromsvekst.Status.progress`)."""

    number: int
    title: str
    progress: Optional[float]
    measures: int
    sub_goals: List[SubGoalProgress]


class _MergeConflict(TypedDict):
    kind: Literal["both_changed", "removed_by_me", "removed_by_them"]
    pointer: str
    message: str


class MergeConflict(_MergeConflict, total=False):
    """Where both versions changed the same thing (:attr:`tromsvekst.Merged.conflicts`):
    the values absent where a side had none (removed)."""

    item: str
    title: Union[str, Dict[str, str]]
    base: Any
    mine: Any
    theirs: Any


__all__ = [
    "Counts",
    "DocumentKind",
    "DocumentSummary",
    "DraftKind",
    "EvaluationState",
    "Finding",
    "FocusAreaProgress",
    "Lang",
    "Level",
    "MeasureProgress",
    "MeasureStatus",
    "MergeConflict",
    "ReportDict",
    "ReportKind",
    "RuleGroup",
    "Severity",
    "SheetFormat",
    "SubGoalProgress",
]


class _StatusDict(TypedDict):
    as_of: str
    lang: Lang
    agreement: Dict[str, Any]
    validation: Counts
    evaluations: List[Dict[str, Any]]
    overdue_milestones: List[Dict[str, Any]]
    measures: Dict[str, int]
    meetings: List[Dict[str, Any]]
    coordinators: List[Dict[str, Any]]
    progress: List[FocusAreaProgress]
    unserved: Dict[str, List[str]]
    indicators: List[Dict[str, Any]]


class StatusDict(_StatusDict, total=False):
    """A status as plain data (:meth:`tromsvekst.Status.to_dict`), as
    ``status.schema.json`` describes it: the keys above always, these when
    there is something to say (dates as ISO strings, amounts as strings)."""

    advocacy: List[Dict[str, Any]]
    as_documented: List[Dict[str, Any]]
    current_plan: Optional[str]
    funding: Optional[Dict[str, Any]]
    in_force: Optional[str]
    municipalities: List[Dict[str, Any]]
    open_actions: List[Dict[str, Any]]
    parties: List[Dict[str, Any]]
    period_progress: List[Dict[str, Any]]
    references: List[Dict[str, Any]]
    themes: List[Dict[str, Any]]
