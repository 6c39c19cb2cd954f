"""The documents, and how a source becomes input for the native module.

Part of :mod:`tromsvekst`; import from there."""

from __future__ import annotations

import datetime as _dt
import html
import json
import os
import warnings
from typing import TYPE_CHECKING, Any, Mapping, Union

from . import _tromsvekst as _native
from ._types import DocumentKind, Lang


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
        # The kind as the documents say it (the vocabulary), with a capital.
        kind = json.loads(_native.vocabulary_json("nb"))["document_kind"].get(self.kind, self.kind)
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
            f"<div><p><strong>{html.escape(kind[:1].upper() + kind[1:])}{html.escape(when)}:</strong> "
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


def _named_bytes(source: Any, name: str | None, lang: str) -> tuple[str | None, bytes]:
    """A source as ``(name, bytes)`` for the spreadsheet and JSON-stat readers."""
    if isinstance(source, Document):
        return (name or source.name, source.to_json().encode("utf-8"))
    item = _one(source, name, lang)
    if not isinstance(item, tuple):  # pragma: no cover - _one gives tuples for non-Documents
        raise _type_error("source", "en fil", "a file", source, lang)
    return (item[0], item[1])


def _write(path: str, data: bytes, force: bool, lang: str) -> None:
    """Writes a file as the command line does (the core's write): never over an
    existing file without ``force``, atomically (a temporary file, then a
    rename), with the user's umask (0644 where the umask is 022)."""
    _native.write_file(path, data, force, lang)


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
