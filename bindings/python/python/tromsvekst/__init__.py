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

import datetime as _dt
from typing import TYPE_CHECKING, Any, Literal, Union

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
from ._frames import StatusTable
from ._document import (
    AsOf,
    Document,
    Source,
    nord_troms,
    pandas,
    parse,
    parse_action_plan,
    parse_agreement,
    parse_evaluation,
    parse_indicators,
    parse_meeting_log,
    today,
)
from ._report import MeetingReport, Report, report, validate
from ._status import (
    EvaluationDue,
    OverdueMilestone,
    Portfolio,
    Status,
    StatusHistory,
    portfolio,
    status,
    status_history,
)
from ._tools import (
    Merged,
    apply_jsonstat,
    draft,
    draft_midterm,
    error_codes,
    export_plan,
    import_plan,
    merge,
    rules,
    schema,
    schema_names,
    site,
    vocabulary,
)

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
    "vocabulary",
]

_MOVED = ("tromsvekst._document", "tromsvekst._report", "tromsvekst._status", "tromsvekst._tools")
# The classes and functions live in the package's private modules; they are
# the package's, by name, in pickles, reprs and the documentation.
for _name in __all__:
    _value = globals()[_name]
    if getattr(_value, "__module__", None) in _MOVED:
        _value.__module__ = "tromsvekst"
