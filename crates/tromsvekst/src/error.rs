//! Errors: input that cannot be read as a document of the expected kind.
//!
//! Validation findings are not errors: they go in a [`Report`](crate::Report).
//! An [`Error`] means the input could not be turned into a typed document at
//! all, and it always says where (JSON pointer, line, column) and what (a
//! stable [`ErrorCode`] and a message in Norwegian bokmål and English).

use crate::lang::Lang;
use serde::Serialize;
use std::fmt;
use std::sync::Arc;

macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal in $kind:ident,)*) => {
        /// The stable code of an [`Error`]. Codes never change meaning once
        /// released; new ones may be added. The enum is deliberately not
        /// `#[non_exhaustive]`: the bindings map it with an exhaustive `match`,
        /// so a new code cannot reach Python or JavaScript unmapped.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            /// Every code, in catalog order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as it appears in reports and bindings, e.g. `json.duplicate-key`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }

            /// What kind of failure the code belongs to (the part of its
            /// name before the dot).
            pub fn kind(self) -> ErrorKind {
                match self {
                    $(ErrorCode::$variant => ErrorKind::$kind,)*
                }
            }
        }
    };
}

error_codes! {
    /// Reading the input failed (used by the command line and the bindings).
    Io = "io.read" in Io,
    /// A file or folder named as input does not exist.
    NotFound = "io.not-found" in Io,
    /// A folder named as input holds no document (no JSON file): nothing to
    /// check, and not the embedded agreement in its place.
    EmptyFolder = "io.empty-folder" in Io,
    /// Writing the output failed (the folder is missing or not writable, the disk is full).
    WriteFailed = "io.write" in Io,
    /// The output file exists and overwriting it was not asked for.
    FileExists = "io.exists" in Io,
    /// The output format asked for contradicts the output file's name
    /// (`--format xlsx` with `--out plan.csv`), or the name says no format.
    FormatMismatch = "io.format-mismatch" in Io,
    /// An argument of a function or command has a value it does not take
    /// (a language other than nb or en, an unknown table or document kind).
    InvalidArgument = "argument.invalid-value" in Argument,
    /// An argument of a function has a type it does not take (a number
    /// where a date is expected, say).
    InvalidArgumentType = "argument.invalid-type" in Argument,
    /// A bug in this library, caught at a binding's boundary instead of
    /// crashing the host (a panic in Rust): report it with the input.
    Internal = "internal.error" in Internal,
    /// The input is larger than [`Limits::max_bytes`](crate::Limits::max_bytes).
    SizeLimit = "json.size-limit" in Json,
    /// The input is not valid UTF-8.
    InvalidUtf8 = "json.invalid-utf8" in Json,
    /// The input is empty or only white space.
    Empty = "json.empty" in Json,
    /// The input is not well-formed JSON.
    Syntax = "json.syntax" in Json,
    /// A key appears twice in the same object.
    DuplicateKey = "json.duplicate-key" in Json,
    /// Arrays and objects nest deeper than [`Limits::max_depth`](crate::Limits::max_depth).
    DepthLimit = "json.depth-limit" in Json,
    /// A string is longer than [`Limits::max_string_bytes`](crate::Limits::max_string_bytes).
    StringLimit = "json.string-limit" in Json,
    /// A number is too large to represent (e.g. `1e400`).
    NumberOutOfRange = "json.number-out-of-range" in Json,
    /// The top level is not a JSON object.
    NotAnObject = "document.not-an-object" in Document,
    /// The `kind` names no known document kind.
    UnknownKind = "document.unknown-kind" in Document,
    /// The `kind` is a known kind, but not the one expected here.
    WrongKind = "document.wrong-kind" in Document,
    /// The `schema_version` has a major version this library does not read.
    UnsupportedVersion = "document.unsupported-version" in Document,
    /// A value has the wrong JSON type.
    InvalidType = "document.invalid-type" in Document,
    /// A value has the right type but is not allowed.
    InvalidValue = "document.invalid-value" in Document,
    /// A date that is not a real calendar date, or not in a date format.
    InvalidDate = "document.invalid-date" in Document,
    /// An amount of money that is negative, a float, or has fractions of an øre.
    InvalidAmount = "document.invalid-amount" in Document,
    /// An object has a field the document kind does not define.
    UnknownField = "document.unknown-field" in Document,
    /// A required field is missing.
    MissingField = "document.missing-field" in Document,
    /// A configuration names a rule that does not exist.
    UnknownRule = "config.unknown-rule" in Config,
    /// A set of documents does not hold exactly one agreement.
    AgreementCount = "bundle.agreement-count" in Bundle,
    /// The documents belong to an agreement that is neither among them nor
    /// the embedded one: the status and the drafts of another agreement
    /// cannot be made without it.
    AgreementMissing = "bundle.agreement-missing" in Bundle,
    /// The file is not a readable spreadsheet (not XLSX, or CSV that cannot be read).
    SheetUnreadable = "sheet.unreadable" in Sheet,
    /// A sheet (or CSV file) whose name is not one of the layout's sheets.
    UnknownSheet = "sheet.unknown-sheet" in Sheet,
    /// A sheet the layout needs is missing.
    MissingSheet = "sheet.missing-sheet" in Sheet,
    /// A column header that is not one of the sheet's columns.
    UnknownColumn = "sheet.unknown-column" in Sheet,
    /// A column the sheet needs is missing.
    MissingColumn = "sheet.missing-column" in Sheet,
    /// The same column appears twice in a sheet.
    DuplicateColumn = "sheet.duplicate-column" in Sheet,
    /// A cell whose content does not fit its column.
    InvalidCell = "sheet.invalid-cell" in Sheet,
    /// Merged cells, whose value would count for one cell only.
    MergedCells = "sheet.merged-cells" in Sheet,
    /// A formula without a calculated value saved in the file.
    Formula = "sheet.formula" in Sheet,
    /// A sheet with more rows than the limit.
    TooManyRows = "sheet.too-many-rows" in Sheet,
    /// A JSON-stat dataset that does not follow the format.
    JsonStatInvalid = "jsonstat.invalid" in JsonStat,
    /// A JSON-stat `value` whose length does not match the product of `size`.
    JsonStatSize = "jsonstat.size-mismatch" in JsonStat,
    /// A sparse JSON-stat `value` with an index outside the dataset.
    JsonStatIndex = "jsonstat.index-out-of-range" in JsonStat,
    /// A mapping names a dimension the dataset does not have.
    JsonStatDimension = "jsonstat.unknown-dimension" in JsonStat,
    /// A mapping names a category code the dimension does not have.
    JsonStatCategory = "jsonstat.unknown-category" in JsonStat,
    /// The dataset has no time dimension to take the years from.
    JsonStatNoTime = "jsonstat.no-time-dimension" in JsonStat,
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The coarse kind of an [`Error`]: what failed, for code that handles
/// failures by kind (retry a read, show a form's field) rather than by
/// [`ErrorCode`]. Each code belongs to one kind, named by the part of the
/// code before its dot (`io.not-found` is [`ErrorKind::Io`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file or folder (`io.*`).
    Io,
    /// A function or command was given an argument it does not take (`argument.*`).
    Argument,
    /// A bug in this library, caught at a boundary (`internal.*`).
    Internal,
    /// The text is not JSON this library reads, or exceeds a limit (`json.*`).
    Json,
    /// The JSON is not a document of the kind expected (`document.*`).
    Document,
    /// A configuration that names what does not exist (`config.*`).
    Config,
    /// A set of documents that does not make a bundle (`bundle.*`).
    Bundle,
    /// A spreadsheet that does not fit its layout (`sheet.*`).
    Sheet,
    /// A JSON-stat dataset or its mapping (`jsonstat.*`).
    JsonStat,
}

impl ErrorKind {
    /// The kind as the bindings name it: the part of its codes before the
    /// dot (`io`, `argument`, `internal`, `json`, `document`, `config`,
    /// `bundle`, `sheet`, `jsonstat`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::Argument => "argument",
            ErrorKind::Internal => "internal",
            ErrorKind::Json => "json",
            ErrorKind::Document => "document",
            ErrorKind::Config => "config",
            ErrorKind::Bundle => "bundle",
            ErrorKind::Sheet => "sheet",
            ErrorKind::JsonStat => "jsonstat",
        }
    }
}

/// Input that could not be read as a document, a file that could not be
/// read or written, or an argument a function does not take: what (a
/// stable [`ErrorCode`], its [`ErrorKind`], a message in bokmål and
/// English), where (document, sheet, JSON pointer, line, column) and,
/// when another error caused it, that error as its
/// [`source`](std::error::Error::source).
///
/// The fields are private, read through methods, so that new information
/// can be added without breaking code that reads errors; the error is one
/// pointer wide, so a `Result<T, Error>` costs little more than a `T`.
///
/// ```
/// use tromsvekst::{Bundle, ErrorCode, ErrorKind, Lang};
/// let input: &[u8] = b"{\"kind\": \"action_plan\",\n \"id\": }";
/// let err = Bundle::parse(&[("plan.json", input)], &Default::default()).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::Syntax);
/// assert_eq!(err.kind(), ErrorKind::Json);
/// assert_eq!(err.document(), Some("plan.json"));
/// assert_eq!((err.line(), err.column()), (Some(2), Some(8)));
/// assert!(std::error::Error::source(&err).is_none());
///
/// // A file that cannot be read: the system's error is the cause.
/// let missing = std::fs::read("no/such/file.json").unwrap_err();
/// let err = tromsvekst::Error::io("no/such/file.json", tromsvekst::IoAction::Read, missing);
/// assert_eq!((err.code(), err.kind()), (ErrorCode::NotFound, ErrorKind::Io));
/// assert!(err.message(Lang::En).starts_with("no such file or folder: "));
/// assert!(std::error::Error::source(&err).is_some());
/// ```
#[derive(Clone)]
pub struct Error {
    inner: Box<Inner>,
}

#[derive(Clone, Serialize)]
struct Inner {
    code: ErrorCode,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sheet: Option<String>,
    pointer: String,
    line: Option<u32>,
    column: Option<u32>,
    message_en: String,
    message_nb: String,
    #[serde(skip)]
    cause: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl Serialize for Error {
    /// The stable fields, in order: `code`, `document` and `sheet` (when
    /// known), `pointer`, `line`, `column`, `message_en`, `message_nb`. The
    /// cause is not written: its words are in the messages.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.inner.serialize(s)
    }
}

impl PartialEq for Error {
    /// Equal when everything the error says is equal; causes compare by
    /// their text.
    fn eq(&self, other: &Error) -> bool {
        let (a, b) = (&*self.inner, &*other.inner);
        a.code == b.code
            && a.document == b.document
            && a.sheet == b.sheet
            && a.pointer == b.pointer
            && (a.line, a.column) == (b.line, b.column)
            && (&a.message_en, &a.message_nb) == (&b.message_en, &b.message_nb)
            && a.cause.as_ref().map(ToString::to_string)
                == b.cause.as_ref().map(ToString::to_string)
    }
}

impl Eq for Error {}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &*self.inner;
        let mut d = f.debug_struct("Error");
        d.field("code", &i.code);
        if let Some(doc) = &i.document {
            d.field("document", doc);
        }
        if let Some(sheet) = &i.sheet {
            d.field("sheet", sheet);
        }
        d.field("pointer", &i.pointer)
            .field("line", &i.line)
            .field("column", &i.column)
            .field("message_en", &i.message_en)
            .field("message_nb", &i.message_nb);
        if let Some(cause) = &i.cause {
            d.field("cause", cause);
        }
        d.finish()
    }
}

/// Which way a file was being used when an I/O error happened
/// ([`Error::io`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    /// Reading a file or listing a folder.
    Read,
    /// Writing a file.
    Write,
}

impl Error {
    /// An error with a code and its message in bokmål and in English (in
    /// that order, as everywhere in the crate), without a place yet.
    pub fn new(code: ErrorCode, nb: impl Into<String>, en: impl Into<String>) -> Self {
        Error {
            inner: Box::new(Inner {
                code,
                document: None,
                sheet: None,
                pointer: String::new(),
                line: None,
                column: None,
                message_en: en.into(),
                message_nb: nb.into(),
                cause: None,
            }),
        }
    }

    /// A file that could not be read or written, named `name`:
    /// `io.not-found` when it does not exist, `io.write` for anything that
    /// went wrong writing, `io.read` otherwise. The system's words follow
    /// the message, and the I/O error is the [`source`](std::error::Error::source).
    /// The command line and the bindings word every I/O error here.
    pub fn io(name: impl Into<String>, action: IoAction, cause: std::io::Error) -> Self {
        let code = match action {
            IoAction::Write => ErrorCode::WriteFailed,
            IoAction::Read if cause.kind() == std::io::ErrorKind::NotFound => ErrorCode::NotFound,
            IoAction::Read => ErrorCode::Io,
        };
        Error::io_code(code, name, &cause.to_string()).caused_by(cause)
    }

    /// The I/O error of code `code` (`io.read`, `io.not-found`, `io.write`)
    /// for the file `name`, with the system's `reason` after the message when
    /// there is one: for a binding whose host did the reading and reports
    /// the failure as text (Python's `OSError`).
    pub fn io_code(code: ErrorCode, name: impl Into<String>, reason: &str) -> Self {
        let (nb, en) = match code {
            ErrorCode::NotFound => ("filen eller mappen finnes ikke", "no such file or folder"),
            ErrorCode::WriteFailed => ("kan ikke skrive filen", "cannot write the file"),
            _ => ("kan ikke lese filen", "cannot read the file"),
        };
        let (nb, en) = if reason.is_empty() {
            (nb.to_string(), en.to_string())
        } else {
            (format!("{nb}: {reason}"), format!("{en}: {reason}"))
        };
        Error::new(code, nb, en).in_document(name)
    }

    /// The file `name` exists and was left as it is (`io.exists`): nothing
    /// is written over a file unless asked; `force_hint` (bokmål, English)
    /// says how to ask, in the words of the interface (`--force`, say).
    pub fn file_exists(name: impl Into<String>, force_hint: (&str, &str)) -> Self {
        Error::new(
            ErrorCode::FileExists,
            format!("filen finnes og er latt være som den er: {}", force_hint.0),
            format!("the file exists and was left as it is: {}", force_hint.1),
        )
        .in_document(name)
    }

    /// The same error, caused by `cause` (its
    /// [`source`](std::error::Error::source)): a library's error kept whole
    /// beside the words this error says of it.
    pub fn caused_by(mut self, cause: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.inner.cause = Some(Arc::new(cause));
        self
    }

    /// The stable code, e.g. [`ErrorCode::DuplicateKey`].
    pub fn code(&self) -> ErrorCode {
        self.inner.code
    }

    /// The kind of failure the code belongs to.
    pub fn kind(&self) -> ErrorKind {
        self.inner.code.kind()
    }

    /// The name of the document (usually its file name), when known.
    pub fn document(&self) -> Option<&str> {
        self.inner.document.as_deref()
    }

    /// The sheet, when the input is a spreadsheet (then [`line`](Error::line) is the row).
    pub fn sheet(&self) -> Option<&str> {
        self.inner.sheet.as_deref()
    }

    /// JSON pointer (RFC 6901) to the offending value; empty for the whole
    /// document or when the error has no place in one.
    pub fn pointer(&self) -> &str {
        &self.inner.pointer
    }

    /// 1-based line in the input text (the row in a sheet), when the error
    /// has a place in it.
    pub fn line(&self) -> Option<u32> {
        self.inner.line
    }

    /// 1-based column (in characters) in the input text, or in a sheet.
    pub fn column(&self) -> Option<u32> {
        self.inner.column
    }

    /// The same error with another code: a more precise one found by the
    /// caller (a formula in a cell that does not fit its column).
    #[cfg(feature = "spreadsheet")]
    pub(crate) fn with_code(mut self, code: ErrorCode) -> Self {
        self.inner.code = code;
        self
    }

    pub(crate) fn at(mut self, pointer: String, line: u32, column: u32) -> Self {
        let i = &mut *self.inner;
        i.pointer = pointer;
        i.line = Some(line);
        i.column = Some(column);
        self
    }

    /// Points the error at a value, without a line and column.
    pub(crate) fn at_pointer(mut self, pointer: &str) -> Self {
        self.inner.pointer = pointer.to_string();
        self
    }

    pub(crate) fn at_position(mut self, line: u32, column: u32) -> Self {
        self.inner.line = Some(line);
        self.inner.column = Some(column);
        self
    }

    /// Places the error in a sheet, or in none.
    pub(crate) fn in_sheet(mut self, sheet: Option<String>) -> Self {
        self.inner.sheet = sheet;
        self
    }

    /// Names the document the error belongs to (its file name, say).
    pub fn in_document(mut self, name: impl Into<String>) -> Self {
        self.inner.document = Some(name.into());
        self
    }

    /// An argument of a function or command has a type it does not take:
    /// `argument` must be `expected` (in bokmål and English), not `got`
    /// (code `argument.invalid-type`). Every interface makes it here.
    pub fn argument_type(argument: &str, expected_nb: &str, expected_en: &str, got: &str) -> Self {
        Error::new(
            ErrorCode::InvalidArgumentType,
            format!("{argument} må være {expected_nb}, ikke {got}"),
            format!("{argument} must be {expected_en}, not {got}"),
        )
    }

    /// An argument has a value that is not one of `choices` (code
    /// `argument.invalid-value`): a schema, a document kind, a table, a format.
    pub fn argument_value(argument: (&str, &str), value: &str, choices: &[&str]) -> Self {
        let list = choices.join(", ");
        Error::new(
            ErrorCode::InvalidArgument,
            format!("ukjent {} «{value}»: forventet en av {list}", argument.0),
            format!("unknown {} \"{value}\": expected one of {list}", argument.1),
        )
    }

    /// A folder given where one document is read (`parse`, say): which
    /// function reads a folder instead (code `argument.invalid-value`).
    pub fn folder_given(folder: &str) -> Self {
        Error::new(
            ErrorCode::InvalidArgument,
            "leser ett dokument, men fikk en mappe: gi en av filene i den, eller bruk validate eller status, som leser alle dokumentene i en mappe".to_string(),
            "reads one document, but got a folder: give one of its files, or use validate or status, which read every document of a folder".to_string(),
        )
        .in_document(folder)
    }

    /// The same error without line and column (for input given as data,
    /// whose serialised text the user never saw): the pointer says where.
    pub fn without_position(mut self) -> Self {
        self.inner.line = None;
        self.inner.column = None;
        self
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.inner.message_nb,
            Lang::En => &self.inner.message_en,
        }
    }

    /// Places the error in a sheet of a spreadsheet, at a row and column.
    pub fn at_cell(mut self, sheet: impl Into<String>, row: u32, column: u32) -> Self {
        let i = &mut *self.inner;
        i.sheet = Some(sheet.into());
        i.line = Some(row);
        i.column = Some(column);
        self
    }

    /// `file:line:column` (`file[sheet]:row:column` for a spreadsheet), or as much of it as is known.
    pub fn location(&self) -> String {
        let i = &*self.inner;
        let doc = i.document.as_deref().unwrap_or("<input>");
        place(doc, i.sheet.as_deref(), i.line, i.column).unwrap_or_else(|| match &i.sheet {
            Some(s) => format!("{doc}[{s}]"),
            None => doc.to_string(),
        })
    }

    /// The error rendered in a language: `location: code: message (at pointer)`;
    /// without a document (a wrong argument, say), `code: message`.
    pub fn render(&self, lang: Lang) -> String {
        let i = &*self.inner;
        let mut out = if i.document.is_none() && i.line.is_none() {
            format!("{}: {}", i.code, self.message(lang))
        } else {
            format!("{}: {}: {}", self.location(), i.code, self.message(lang))
        };
        if !i.pointer.is_empty() {
            let at = match lang {
                Lang::Nb => "ved",
                Lang::En => "at",
            };
            out.push_str(&format!(" ({at} {})", i.pointer));
        }
        out
    }

    /// The error as pretty JSON with a final newline (stable field order):
    /// the form the conformance vectors compare byte for byte.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }
}

/// `file:line:column`, or `file[sheet]:row:column`; `None` without a line.
pub(crate) fn place(
    document: &str,
    sheet: Option<&str>,
    line: Option<u32>,
    column: Option<u32>,
) -> Option<String> {
    let (l, c) = (line?, column?);
    Some(match sheet {
        Some(s) => format!("{document}[{s}]:{l}:{c}"),
        None => format!("{document}:{l}:{c}"),
    })
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .cause
            .as_deref()
            .map(|c| c as &(dyn std::error::Error + 'static))
    }
}

impl From<crate::lang::UnknownLang> for Error {
    fn from(e: crate::lang::UnknownLang) -> Error {
        Error::new(
            ErrorCode::InvalidArgument,
            e.message(crate::lang::Lang::Nb),
            e.message(crate::lang::Lang::En),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_the_kind_its_name_begins_with() {
        for code in ErrorCode::ALL {
            let prefix = code.as_str().split('.').next().unwrap_or_default();
            let kind = format!("{:?}", code.kind()).to_lowercase();
            assert_eq!(prefix, kind, "{code}");
            assert_eq!(prefix, code.kind().as_str(), "{code}");
        }
    }

    #[test]
    fn an_error_is_one_pointer_wide() {
        assert_eq!(size_of::<Error>(), size_of::<usize>());
        assert_eq!(size_of::<Result<(), Error>>(), size_of::<usize>());
    }

    #[test]
    fn the_cause_is_the_source_and_the_json_is_unchanged_by_it() {
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "permission denied");
        let err = Error::io("out.docx", IoAction::Write, io);
        assert_eq!(err.code(), ErrorCode::WriteFailed);
        assert_eq!(
            err.message(Lang::Nb),
            "kan ikke skrive filen: permission denied"
        );
        let source = std::error::Error::source(&err).map(ToString::to_string);
        assert_eq!(source.as_deref(), Some("permission denied"));
        let plain = Error::io_code(ErrorCode::WriteFailed, "out.docx", "permission denied");
        assert_eq!(err.to_json(), plain.to_json());
        assert!(std::error::Error::source(&plain).is_none());
        assert_ne!(err, plain, "the cause is part of what the error says");
        assert!(format!("{err:?}").contains("cause"));
    }

    #[test]
    fn a_reason_left_empty_adds_no_colon() {
        let err = Error::io_code(ErrorCode::NotFound, "plan.json", "");
        assert_eq!(err.message(Lang::En), "no such file or folder");
        assert_eq!(err.document(), Some("plan.json"));
        assert_eq!(err.kind(), ErrorKind::Io);
    }
}
