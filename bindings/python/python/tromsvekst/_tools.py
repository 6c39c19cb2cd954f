"""Drafts, spreadsheets, JSON-stat, merging, the public site, and the catalogues.

Part of :mod:`tromsvekst`; import from there."""

from __future__ import annotations

import json
import os
from typing import Any, Literal, Mapping, overload

from . import _tromsvekst as _native
from ._types import DraftKind, Lang, MergeConflict, SheetFormat
from ._document import AsOf, Document, Source, _inputs, _named_bytes, _write, parse

def draft_midterm(*documents: Source, as_of: AsOf = None, lang: Lang = "nb") -> Document:
    """A draft of the midterm evaluation, pre-filled from the status on ``as_of``
    (default: today in Europe/Oslo), with the judgments left to the analysts."""
    return Document(_native.draft_midterm_evaluation(_inputs(documents, lang), as_of, lang))


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


def vocabulary(lang: Lang = "nb") -> dict[str, dict[str, str]]:
    """The words for every value of the documents in ``lang``, by kind and
    value as the JSON writes it: ``vocabulary("en")["milestone_status"]["completed"]``
    is ``"reached"``. The documents and the workbench use the same words; map a
    pandas column with it: ``frame.status.map(vocabulary()["measure_status"])``."""
    result: dict[str, dict[str, str]] = json.loads(_native.vocabulary_json(lang))
    return result


def error_codes() -> list[str]:
    """Every error code an exception's ``code`` can hold."""
    return _native.error_codes()
