"""The exceptions of tromsvekst. Every one carries the stable ``code`` of the
core's error, the place (``document``, ``sheet``, ``pointer``, ``line``,
``column``) and the message in both languages (``message_nb``,
``message_en``). They are raised by the native module (which picks the class
by code) and pickle (for multiprocessing and Dask): their module is
``tromsvekst``."""

from __future__ import annotations

from typing import Optional


class TromsvekstError(ValueError):
    """Input that could not be read or used. Attributes: code, kind (the
    part of the code before the dot: ``io``, ``argument``, ``internal``,
    ``json``, ``document``, ``config``, ``bundle``, ``sheet``, ``jsonstat``),
    pointer, line, column, document, sheet, message_en, message_nb, json."""

    code: str = ""
    kind: str = ""
    pointer: str = ""
    line: Optional[int] = None
    column: Optional[int] = None
    document: Optional[str] = None
    sheet: Optional[str] = None
    message_en: str = ""
    message_nb: str = ""
    json: str = ""


class _FileError(TromsvekstError):
    """An error that is also an :class:`OSError`: ``errno`` (``ENOENT``,
    ``EEXIST`` where the code says which), ``filename`` and ``strerror`` are
    set as code that catches an ``OSError`` reads them; its text stays the
    package's message, and it pickles with all of them."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[object, ...]:
        state = dict(self.__dict__)
        for name in ("errno", "filename", "strerror"):
            state[name] = getattr(self, name, None)
        return (type(self), (str(self),), state)


class ReadError(TromsvekstError):
    """A file could not be read (code ``io.read``)."""


class NotFoundError(_FileError, ReadError, FileNotFoundError):
    """A file or folder named as input does not exist (code ``io.not-found``);
    also a :class:`FileNotFoundError`."""


class WriteError(_FileError, OSError):
    """A file could not be written (code ``io.write``); also an :class:`OSError`."""


class OutputExistsError(_FileError, FileExistsError):
    """The output file exists and ``force`` was not given (code ``io.exists``);
    also a :class:`FileExistsError`. The file is left as it was."""


class ArgumentError(TromsvekstError):
    """An argument has a value the function does not take (codes
    ``argument.invalid-value``, ``io.format-mismatch``)."""


class ArgumentTypeError(ArgumentError, TypeError):
    """An argument has a type the function does not take (code
    ``argument.invalid-type``); also a :class:`TypeError`."""


class JsonError(TromsvekstError):
    """The input is not acceptable JSON (code ``json.*``)."""


class DocumentError(TromsvekstError):
    """The JSON is not a valid document of its kind (code ``document.*``)."""


class ConfigError(TromsvekstError):
    """The configuration is wrong (code ``config.*``)."""


class BundleError(TromsvekstError):
    """The documents do not form a bundle (code ``bundle.*``): two agreements,
    or documents of an agreement that is not among them."""


class SheetError(TromsvekstError):
    """A spreadsheet (XLSX or CSV) does not fit the layout (code ``sheet.*``);
    sheet, line (row) and column say where."""


class JsonStatError(TromsvekstError):
    """A JSON-stat dataset or its mapping is wrong (code ``jsonstat.*``)."""


class InternalError(TromsvekstError):
    """A bug in tromsvekst, caught instead of crashing the interpreter (code
    ``internal.error``): please report it with the input that caused it."""


__all__ = [
    "ArgumentError",
    "ArgumentTypeError",
    "BundleError",
    "ConfigError",
    "DocumentError",
    "InternalError",
    "JsonError",
    "JsonStatError",
    "NotFoundError",
    "OutputExistsError",
    "ReadError",
    "SheetError",
    "TromsvekstError",
    "WriteError",
]

for _name in __all__:
    globals()[_name].__module__ = "tromsvekst"
